#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
# playwright-core for the browser test, from the lock file (drives Debian's chromium).
[ -d tests/browser/node_modules/playwright-core ] ||
  (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
export FIGCHECK_REQUIRE_BROWSER=1
ctest --test-dir build --output-on-failure -j 2 --progress
# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer, then the multi-threaded
# paths under ThreadSanitizer.
[ "${FIGCHECK_SKIP_SANITIZERS:-0}" = 1 ] || bash scripts/test-sanitized.sh
[ "${FIGCHECK_SKIP_SANITIZERS:-0}" = 1 ] || bash scripts/test-thread-sanitized.sh
