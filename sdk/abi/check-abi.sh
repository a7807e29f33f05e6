#!/usr/bin/env bash
# The SDK's binary-compatibility promise, checked: compares the built
# libcontingent-sdk with the committed baseline (abidw's description of SDK
# 1.0, gzipped) and fails on any change abidiff calls incompatible (a removed
# or changed function, a class that changed size or layout, a changed virtual
# table). Additions are compatible and pass.
#
#   check-abi.sh BASELINE.abi.gz LIBRARY            check
#   check-abi.sh --renew BASELINE.abi.gz LIBRARY    write a new baseline
#
# Renew the baseline only with a new major version, or after an addition
# that this check reports as compatible (`cmake --build build --target abi_baseline`).
set -uo pipefail

renew=0
if [[ "${1:-}" == --renew ]]; then
    renew=1
    shift
fi
if [[ $# -ne 2 ]]; then
    echo "usage: $0 [--renew] BASELINE.abi.gz LIBRARY" >&2
    exit 2
fi
baseline=$1
library=$2
for tool in abidw abidiff; do
    command -v "$tool" >/dev/null ||
        { echo "$tool is not installed (Debian package abigail-tools; scripts/dev.sh installs it)" >&2; exit 1; }
done
[[ -f "$library" ]] || { echo "no library at $library" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
abidw --no-corpus-path --out-file "$tmp/current.abi" "$library" ||
    { echo "abidw could not read $library (built without debug information?)" >&2; exit 1; }
if (( renew )); then
    gzip -9 -n -c "$tmp/current.abi" >"$baseline"
    echo "wrote $baseline"
    exit 0
fi
gunzip -c "$baseline" >"$tmp/baseline.abi" || { echo "cannot read $baseline" >&2; exit 1; }
abidiff --suppressions "$(dirname "$0")/private.suppr" "$tmp/baseline.abi" "$tmp/current.abi" \
    >"$tmp/report.txt" 2>&1
status=$?
cat "$tmp/report.txt"
# abidiff's exit code is a bit set: 1 error, 2 usage error, 4 an ABI change,
# 8 an incompatible ABI change.
if (( status & 3 )); then
    echo "FAIL: abidiff could not compare (exit $status)" >&2
    exit 1
fi
# A change to an existing function or variable, even "indirect" (a type it
# uses changed size or layout), breaks built plugins as surely as a removal:
# only added functions and variables are compatible.
changed=$(sed -nE 's/^(Functions|Variables) changes summary: ([0-9]+) Removed, ([0-9]+) Changed.*/\2 \3/p' \
    "$tmp/report.txt" | awk '{ n += $1 + $2 } END { print n + 0 }')
if (( status & 8 )) || (( changed > 0 )); then
    echo "FAIL: libcontingent-sdk is not binary compatible with the baseline $baseline:" >&2
    echo "  plugins built against it would break. Restore the ABI (add, never change or" >&2
    echo "  remove; grow classes behind their d-pointer), or make a new major version." >&2
    exit 1
fi
if (( status & 4 )); then
    echo "PASS: compatible additions only (renew the baseline to keep them: --target abi_baseline)"
else
    echo "PASS: the ABI is the baseline's"
fi
exit 0
