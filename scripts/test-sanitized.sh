#!/usr/bin/env bash
# Builds the test suite with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and
# runs it; any report fails the run (-fno-sanitize-recover). The 200 MB file, the 10 MB line and the browser
# test are left to the plain build: under ASan they only cost time.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DFIGCHECK_SANITIZE=ON \
  -DFIGCHECK_BUILD_TESTS=ON -DFIGCHECK_BUILD_BENCH=OFF >/dev/null
ninja -C build-asan -j "${FIGCHECK_BUILD_JOBS:-2}" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j 2 -E 'TwoHundredMegabyte|TenMegabyteLine|html_report_in_browser'
