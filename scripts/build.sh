#!/usr/bin/env bash
# Configures and builds figcheck with Ninja into build/ (Release, assertions kept on).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DFIGCHECK_BUILD_TESTS=ON -DFIGCHECK_BUILD_BENCH=ON >/dev/null
# Two grammar TUs at once peak near 1 GB; two jobs match the two cores.
# Quiet when it builds cleanly; the compiler's warnings and errors when there are any.
ninja -C build -j "${FIGCHECK_BUILD_JOBS:-2}" >build/ninja.log 2>&1 || {
  grep -E -A12 'FAILED|error' build/ninja.log | head -80 >&2
  exit 1
}
grep -A6 'warning:' build/ninja.log >&2 || true
