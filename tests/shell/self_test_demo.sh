#!/bin/sh
# The self-test over a demo store (every bundled plugin, 120 fictional officers
# with their records): every page for every role, no QML warning allowed.
set -eu
contingent=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$contingent" --database "$dir/demo.db" --user planner demo --seed 7 >/dev/null
"$contingent" --database "$dir/demo.db" --user planner --self-test
"$contingent" --database "$dir/demo.db" --user planner --lang sl --self-test
