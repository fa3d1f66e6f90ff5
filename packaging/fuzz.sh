#!/bin/sh
# Builds the libFuzzer targets (clang, -DMPH_FUZZ=ON), writes their seed corpora, and runs every target in parallel
# for the given time. Usage: packaging/fuzz.sh [seconds per target, default 600] [build dir, default build-fuzz]
# Findings (crash-*, leak-*, timeout-*, oom-*) are written to <build>/fuzz/artifacts/<target>/; logs to <build>/fuzz/logs/.
# Exit status: 0 when every target ran its time without a finding.
set -eu
seconds=${1:-600}
here=$(cd "$(dirname "$0")/.." && pwd)
build=${2:-"$here/build-fuzz"}
jobs=${MPH_FUZZ_BUILD_JOBS:-2}

CC=${CC:-clang} CXX=${CXX:-clang++} cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMPH_FUZZ=ON -DMPH_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target fuzzers -j"$jobs"

out="$build/fuzz"
rm -rf "$out/seeds"
mkdir -p "$out/logs" "$out/corpus" "$out/artifacts"
"$build/tests/fuzz/fuzz_seeds" "$out/seeds"
# fuzz_history_open makes its own seeds (histories written through Qt SQL).
[ -x "$build/tests/fuzz/fuzz_history_open" ] && MPH_FUZZ_WRITE_SEEDS="$out/seeds/fuzz_history_open" \
    "$build/tests/fuzz/fuzz_history_open"

pids=""
targets=""
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    name=$(basename "$fuzzer")
    [ "$name" = fuzz_seeds ] && continue
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    mkdir -p "$out/corpus/$name" "$out/artifacts/$name" "$out/seeds/$name"
    # detect_leaks: a leak is a finding. -timeout: one input running over 10 s is a hang. -rss_limit_mb: 2 GiB.
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$fuzzer" "$out/corpus/$name" "$out/seeds/$name" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/artifacts/$name/" \
        >"$out/logs/$name.log" 2>&1 &
    pids="$pids $!"
    targets="$targets $name"
done

status=0
set -- $targets
for pid in $pids; do
    name=$1
    shift
    if wait "$pid"; then result=ok; else result="FINDING (see $out/artifacts/$name/)"; status=1; fi
    # libFuzzer's last status line (cov: ft: exec/s) and its final stats.
    last=$(grep -E '^#[0-9]+' "$out/logs/$name.log" | tail -n 1 || true)
    execs=$(grep -E 'stat::number_of_executed_units' "$out/logs/$name.log" | awk '{print $2}' || true)
    echo "$name: $result; executions ${execs:-?}; $last"
done
exit $status
