#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs one of them.
#   scripts/fuzz.sh extract|rule_pack|archive|baseline|project_config SECONDS [libFuzzer flags]
# The build goes to build-fuzz/ (or $FIGCHECK_FUZZ_BUILD, which test-sanitized.sh sets). Seeds
# come from fixtures/, rules/ and fuzz/seeds/; new inputs accumulate in BUILD/corpus-TARGET,
# crashes in BUILD/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?extract, rule_pack, archive, baseline or project_config}
seconds=${2:?seconds to run}
shift 2
case "$target" in
  extract | rule_pack | archive | baseline | project_config) ;;
  *)
    echo "fuzz.sh: $target: not extract, rule_pack, archive, baseline or project_config" >&2
    exit 2
    ;;
esac
command -v clang++ >/dev/null || {
  echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-dev)" >&2
  exit 2
}
build=${FIGCHECK_FUZZ_BUILD:-build-fuzz}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DFIGCHECK_FUZZ=ON -DFIGCHECK_BUILD_TESTS=OFF -DFIGCHECK_BUILD_BENCH=OFF >/dev/null
fi
ninja -C "$build" -j "${FIGCHECK_BUILD_JOBS:-2}" "figcheck_${target}_fuzzer" >/dev/null

build=$(cd "$build" && pwd)
corpus=$build/corpus-${target}
seeds=$build/seeds-${target}
mkdir -p "$corpus" "$seeds" "$build/artifacts" "$build/run-$target"
case "$target" in
  extract) find fixtures -type f \( -name '*.txt' -o -name '*.md' \) -exec cp {} "$seeds" \; ;;
  rule_pack) find rules fixtures -type f \( -name '*.yaml' -o -name '*.yml' \) -exec cp {} "$seeds" \; ;;
  *) cp "fuzz/seeds/$target"/* "$seeds" ;;
esac
# With -jobs=N libFuzzer writes fuzz-<job>.log into the current folder: one folder per target, so
# that two fuzzers run at once keep their logs apart.
cd "$build/run-$target"
exec "$build/fuzz/figcheck_${target}_fuzzer" "$corpus" "$seeds" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix="$build/artifacts/" -print_final_stats=1 "$@"
