#!/bin/sh
# AddressSanitizer + UndefinedBehaviorSanitizer: configures <build> with -DMPH_SANITIZE=ON, builds everything, runs the
# whole ctest suite with leak detection, and prints how long the build and the tests took.
# Usage: packaging/sanitize.sh [build dir, default build-asan] [extra ctest arguments, e.g. -LE data]
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$here/build-asan"}
[ $# -gt 0 ] && shift
jobs=${MPH_SANITIZE_JOBS:-2}

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
if [ -f "$here/packaging/lsan.supp" ]; then
    export LSAN_OPTIONS="suppressions=$here/packaging/lsan.supp:print_suppressions=0"
fi

start=$(date +%s)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMPH_SANITIZE=ON >/dev/null
cmake --build "$build" -j"$jobs"
built=$(date +%s)
status=0
ctest --test-dir "$build" --output-on-failure -j"$jobs" "$@" || status=$?
done=$(date +%s)
echo "sanitize: build $((built - start)) s, tests $((done - built)) s, total $((done - start)) s; ctest exit $status"
exit $status
