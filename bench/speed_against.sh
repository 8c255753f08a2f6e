#!/usr/bin/env bash
# Extraction speed of this tree against an earlier commit's, on the same machine in the same
# minutes (the VM's speed drifts by the hour, so figures of different days do not compare).
# Builds the commit's extraction bench in a git worktree under build/, then runs the two
# benches in turn. Default commit: d978167, the last one before attribution existed.
# Usage: bench/speed_against.sh [COMMIT] [ROUNDS]   (corpus: ../shared/corpus, or FIGCHECK_SHARED)
set -euo pipefail
cd "$(dirname "$0")/.."
commit=${1:-d978167}
rounds=${2:-3}
corpus=${FIGCHECK_SHARED:-../shared}/corpus
if [[ ! -d $corpus ]]; then
  echo "no corpus at $corpus: nothing to measure (set FIGCHECK_SHARED)" >&2
  exit 0
fi
bash scripts/build.sh
worktree=build/speed-against-$commit
if [[ ! -d $worktree ]]; then
  git worktree add --detach "$worktree" "$commit" >/dev/null
fi
cmake -S "$worktree" -B "$worktree/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DFIGCHECK_BUILD_TESTS=OFF -DFIGCHECK_BUILD_BENCH=ON >/dev/null
ninja -C "$worktree/build" -j 2 figcheck_extract_bench >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for ((round = 1; round <= rounds; ++round)); do
  "$worktree/build/bench/figcheck_extract_bench" "$corpus" --repeat 5 |
    sed -n "s/^extract (/$commit: extract (/p"
  build/bench/figcheck_extract_bench "$corpus" --repeat 5 | sed -n 's/^extract/this tree: extract/p'
done
