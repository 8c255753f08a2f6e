#!/usr/bin/env bash
# The multi-threaded paths under ThreadSanitizer: a clang build of figcheck and its tests in
# build-tsan/ (mimalloc left out: the sanitizer brings its own allocator), then `check` and
# `extract` on four threads over the fixtures and the checker and CLI tests, which run the same
# binary. Any report fails the run (halt_on_error, exit code 66). Only the two targets are built
# and the tests that read the 200 MB file or the 10 MB line are left to the plain build, which
# keeps the stage to a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-tsan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DFIGCHECK_SANITIZE_THREAD=ON \
  -DFIGCHECK_BUILD_TESTS=ON -DFIGCHECK_BUILD_BENCH=OFF >/dev/null
ninja -C build-tsan -j "${FIGCHECK_BUILD_JOBS:-2}" figcheck figcheck_tests >/dev/null
export TSAN_OPTIONS=halt_on_error=1:exitcode=66:second_deadlock_stack=1
figcheck=build-tsan/cli/figcheck
for format in text json sarif; do
  "$figcheck" check --jobs 4 --fail-on none --format "$format" fixtures/ >/dev/null
done
"$figcheck" extract --jobs 4 fixtures/ >/dev/null
build-tsan/tests/figcheck_tests --gtest_brief=1 \
  --gtest_filter='SourceMap.*:Determinism.*:CheckCli.*:RulesCli.*:ExtractCli.*:BadInput.*:RuleKinds.*:CorpusClaims.*:NearDuplicates.*:GroupByKey.*:ReportFilesCli.*:OutputFolder.*:TerminationSignals/*:-*TwoHundredMegabyte*:*TenMegabyteLine*'
echo "ThreadSanitizer: no report"
