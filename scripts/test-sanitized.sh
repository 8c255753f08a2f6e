#!/usr/bin/env bash
# The test suite again under AddressSanitizer + UndefinedBehaviorSanitizer (any report fails:
# -fno-sanitize-recover), then a one-minute smoke run of each libFuzzer target (articles, rule
# packs, archives, baselines, .figcheck.yaml). One clang build in build-asan/ serves both. The
# 200 MB file, the 10 MB line, the linear-cost timings and the browser test are left to the plain
# build: under ASan they only cost time.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DFIGCHECK_FUZZ=ON -DFIGCHECK_BUILD_TESTS=ON \
  -DFIGCHECK_BUILD_BENCH=OFF >/dev/null
ninja -C build-asan -j "${FIGCHECK_BUILD_JOBS:-2}" >/dev/null
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-asan --output-on-failure -j 2 \
  -E 'TwoHundredMegabyte|TenMegabyteLine|LinearCost|html_report_in_browser'
for target in extract rule_pack archive baseline project_config; do
  FIGCHECK_FUZZ_BUILD=build-asan bash scripts/fuzz.sh "$target" "${FIGCHECK_FUZZ_SECONDS:-60}" \
    >"build-asan/fuzz-$target.log" 2>&1 || {
    tail -40 "build-asan/fuzz-$target.log"
    exit 1
  }
  grep -h "stat::number_of_executed_units" "build-asan/fuzz-$target.log" |
    sed "s/^/fuzz $target: /"
done
