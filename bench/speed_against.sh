#!/usr/bin/env bash
# Extraction speed of this tree against an earlier commit's, on the same machine in the same
# minutes (the VM's speed drifts by the hour, so figures of different days do not compare).
# Builds the commit's extraction bench and figcheck in a git worktree under build/, then runs
# each pair in turn: the library bench, and `figcheck extract --jobs 1` end to end (the command a
# user runs; wall and CPU seconds, peak memory). Default commit: d978167, the last one before
# attribution existed.
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
ninja -C "$worktree/build" -j 2 figcheck_extract_bench figcheck >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
megabytes=$(du -sbL "$corpus" | awk '{printf "%.1f", $1 / 1e6}')
# One end-to-end run: "NAME: figcheck extract --jobs 1: W s wall, C s CPU, M MB/s, P MB peak".
end_to_end() {
  local name=$1 binary=$2 stats
  stats=$(mktemp)
  /usr/bin/time -o "$stats" -f '%e %U %S %M' "$binary" extract --jobs 1 "$corpus" \
    >/dev/null 2>&1 || true
  read -r wall user system peak <"$stats"
  rm -f "$stats"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$system" -v p="$peak" -v mb="$megabytes" \
    'BEGIN { printf "%s: figcheck extract --jobs 1 (%s MB): %.2f s wall, %.2f s CPU, %.1f MB/s, %.0f MB peak\n",
             n, mb, w, u + s, mb / w, p / 1024 }'
}
for ((round = 1; round <= rounds; ++round)); do
  "$worktree/build/bench/figcheck_extract_bench" "$corpus" --repeat 5 |
    sed -n "s/^extract (/$commit: extract (/p"
  build/bench/figcheck_extract_bench "$corpus" --repeat 5 | sed -n 's/^extract/this tree: extract/p'
  end_to_end "$commit" "$worktree/build/cli/figcheck"
  end_to_end "this tree" build/cli/figcheck
done
