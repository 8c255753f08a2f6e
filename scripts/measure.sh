#!/usr/bin/env bash
# Measures figcheck against ../shared (when it is there): conformance pass rates per suite and
# single-threaded extraction speed over the real corpus. Skips, saying so, without ../shared.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${FIGCHECK_SHARED:-../shared}
if [ ! -d "$shared/conformance" ] || [ ! -d "$shared/corpus" ]; then
  echo "measure: $shared not found; skipping conformance and corpus measurements" >&2
  exit 0
fi
bash scripts/build.sh
echo "== conformance (failures in build/conformance-failures.txt)"
./build/bench/figcheck_conformance "$shared/conformance" --failures build/conformance-failures.txt
echo "== extraction speed, $(nproc) cores, $(uname -m)"
./build/bench/figcheck_extract_bench "$shared/corpus"
