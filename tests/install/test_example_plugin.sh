#!/usr/bin/env bash
# What a third party does: install Contingent, build the example plugin
# (sdk/examples/training) out of tree against the installed SDK with
# find_package(ContingentSdk), and run it with the installed shell.
#
#   test_example_plugin.sh BUILD_DIR SOURCE_DIR BUILT_SHELL
#
# BUILD_DIR must hold a built tree (contingent, libcontingent-sdk, rosters).
# Set CONTINGENT_KEEP_TMP=1 to keep the temporary folder for a look after a failure.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR BUILT_SHELL" >&2
    exit 2
fi
build_dir=$1
source_dir=$2
built_shell=$3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/contingent-install-test.XXXXXX")
cleanup() {
    if [[ "${CONTINGENT_KEEP_TMP:-}" == 1 ]]; then
        echo "kept $tmp"
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "--- $*"; }

prefix=$tmp/prefix
db=$tmp/t.db
out=$tmp/out.txt
# Only the plugins this test names: nothing from the caller's environment.
unset CONTINGENT_PLUGIN_PATH

# Runs a command with its stdout and stderr in $out and its exit code in $status.
run() {
    set +e
    "$@" >"$out" 2>&1
    status=$?
    set -e
}
# Asserts the last run() exited with $1 ("nonzero" for any failure).
expect_status() {
    local want=$1
    shift
    if [[ "$want" == nonzero && $status -ne 0 ]] || [[ "$want" == "$status" ]]; then
        return 0
    fi
    cat "$out" >&2
    fail "$* exited with $status, expected $want"
}

# (a) Install the build into a fresh prefix.
step "install $build_dir into $prefix"
run cmake --install "$build_dir" --prefix "$prefix"
expect_status 0 "cmake --install"
for f in bin/contingent include/contingent/sdk/plugin.h lib/cmake/ContingentSdk/ContingentSdkConfig.cmake \
    lib/contingent/plugins/rosters.json; do
    [[ -e "$prefix/$f" ]] || fail "the install lacks $f"
done
shell=$prefix/bin/contingent
[[ "$("$shell" --version)" == "$("$built_shell" --version)" ]] ||
    fail "installed and built shells differ: $("$shell" --version) / $("$built_shell" --version)"

# (b) Build the example from a copy outside the source tree, as a third party
# would, with the compiler the project used.
step "build the example plugin against $prefix"
cp -R "$source_dir/sdk/examples/training" "$tmp/src"
cxx=$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
cd "$tmp"
run cmake -S "$tmp/src" -B "$tmp/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    ${cxx:+-DCMAKE_CXX_COMPILER="$cxx"} -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
expect_status 0 "configuring the example"
grep -q "^ContingentSdk_DIR:PATH=$prefix/" "$tmp/build/CMakeCache.txt" ||
    fail "the example found ContingentSdk outside $prefix: $(grep ContingentSdk_DIR "$tmp/build/CMakeCache.txt")"
run cmake --build "$tmp/build"
expect_status 0 "building the example"

# (c) The library and its manifest, side by side.
plugin_dir=$tmp/build
[[ -f "$plugin_dir/training.so" ]] || fail "no $plugin_dir/training.so"
[[ -f "$plugin_dir/training.json" ]] || fail "no $plugin_dir/training.json"
grep -q '"id": "training"' "$plugin_dir/training.json" || fail "bad manifest: $(cat "$plugin_dir/training.json")"
grep -q '"version": "1.0.0"' "$plugin_dir/training.json" || fail "bad manifest: $(cat "$plugin_dir/training.json")"

contingent() { run "$shell" --database "$db" --plugin-dir "$plugin_dir" "$@"; }

# (d) The installed shell loads it (and the shipped rosters plugin).
step "load the plugin"
contingent plugins
expect_status 0 "contingent plugins"
grep -Eq '^training +1\.0\.0 +loaded +Training courses' "$out" || { cat "$out" >&2; fail "training is not loaded"; }
grep -Eq '^rosters +[^ ]+ +loaded' "$out" || { cat "$out" >&2; fail "rosters is not loaded"; }

# (e) Its command, on a store with demo officers.
step "run its command"
contingent demo --officers 3 --tours 0 --seed 1
expect_status 0 "contingent demo"
contingent training add DEMO-00001 pre-deployment 2024-01-10
expect_status 0 "training add"
contingent training list
expect_status 0 "training list"
grep -Eq '^DEMO-00001 .* pre-deployment +2024-01-10$' "$out" || { cat "$out" >&2; fail "training list lacks the course"; }
grep -q '^1 course(s)$' "$out" || { cat "$out" >&2; fail "training list: wrong count"; }
contingent training list DEMO-00002
expect_status 0 "training list DEMO-00002"
grep -q '^0 course(s)$' "$out" || { cat "$out" >&2; fail "training list DEMO-00002 shows other officers"; }

contingent training add NOPE x 2024-01-10
expect_status 1 "training add NOPE"
grep -q 'NOPE' "$out" || { cat "$out" >&2; fail "no message naming the unknown service number"; }
contingent training add DEMO-00001 pre-deployment 2024-02-30
expect_status nonzero "training add with a bad date"
grep -q '2024-02-30' "$out" || { cat "$out" >&2; fail "no message naming the bad date"; }
contingent training add DEMO-00001 pre-deployment
expect_status 2 "training add with too few arguments"
contingent training
expect_status 2 "training without a subcommand"

# Its check, over deployments written straight into the store (no plugin in
# this test writes them). DEMO-00001 completed the course on 2024-01-10.
if command -v sqlite3 >/dev/null; then
    step "run its check"
    sqlite3 "$db" "
        INSERT INTO mission (id, code, name, organisation, start_date)
            VALUES (901, 'TEST', 'Test mission', 'UN', '2023-01-01');
        INSERT INTO deployment (id, officer_id, mission_id, first_day, last_day, status) VALUES
            (901, (SELECT id FROM officer WHERE service_number = 'DEMO-00001'), 901, '2024-02-01', '2024-03-31', 'planned'),
            (902, (SELECT id FROM officer WHERE service_number = 'DEMO-00001'), 901, '2024-01-10', '2024-01-20', 'completed'),
            (903, (SELECT id FROM officer WHERE service_number = 'DEMO-00002'), 901, '2024-02-01', '2024-03-31', 'approved'),
            (904, (SELECT id FROM officer WHERE service_number = 'DEMO-00003'), 901, '2024-02-01', '2024-03-31', 'cancelled');"
    contingent check
    expect_status 1 "contingent check"
    flagged=$(sed -n 's/^WARNING  deployment \([0-9]*\)  training\.predeployment_course$/\1/p' "$out" | tr '\n' ' ')
    [[ "$flagged" == "902 903 " ]] || { cat "$out" >&2; fail "check flagged deployments '$flagged', expected '902 903 '"; }
    if grep -q '^ERROR' "$out"; then cat "$out" >&2; fail "a check failed to run"; fi
    contingent check --deployment 903
    if grep -q 'deployment 902' "$out"; then cat "$out" >&2; fail "check --deployment 903 reported 902"; fi
    grep -q '^WARNING  deployment 903  training\.predeployment_course$' "$out" ||
        { cat "$out" >&2; fail "check --deployment 903 missed 903"; }

    # The facts of one tour: the missions plugin's "Tour" section (read through
    # the SDK, not its tables) and the example's own "Training".
    step "read the deployment facts"
    contingent training tour 903
    expect_status 0 "training tour 903"
    grep -q '^Tour (missions)$' "$out" || { cat "$out" >&2; fail "no Tour section from missions"; }
    grep -q '^  Mission: TEST (Test mission)$' "$out" || { cat "$out" >&2; fail "the Tour section lacks the mission"; }
    grep -q '^Training (training)$' "$out" || { cat "$out" >&2; fail "no Training section"; }
    grep -q '^  Pre-deployment course: none$' "$out" || { cat "$out" >&2; fail "DEMO-00002 has no course"; }
    contingent training tour 902
    grep -q '^  Pre-deployment course: none$' "$out" || { cat "$out" >&2; fail "902 starts the day of the course"; }
    contingent training tour 901
    grep -q '^  Pre-deployment course: completed 2024-01-10$' "$out" || { cat "$out" >&2; fail "901 follows the course"; }
    contingent training tour 999
    expect_status 1 "training tour 999"
else
    echo "--- sqlite3 not found: the check itself is not exercised"
fi

# Its own install rules: into the prefix, where the installed shell finds it
# without --plugin-dir.
step "install the plugin"
run cmake --install "$tmp/build" --prefix "$prefix"
expect_status 0 "installing the example"
run "$shell" --database "$tmp/t2.db" plugins
expect_status 0 "contingent plugins (installed plugin)"
grep -Eq '^training +1\.0\.0 +loaded' "$out" || { cat "$out" >&2; fail "the installed training plugin is not loaded"; }

echo "PASS: the example plugin builds against the installed SDK and runs"
