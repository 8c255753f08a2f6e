#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and runs figcheck on the bundled
# fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
./build/cli/figcheck extract fixtures/extract --format table
# The check fixtures hold planted faults: show them without failing the command, and write the
# reports an editor and a CI system would open.
./build/cli/figcheck check fixtures/check --fail-on none \
  --report html=build/figcheck-report.html --report sarif=build/figcheck.sarif \
  --report csv=build/figcheck.csv
echo "reports: build/figcheck-report.html, build/figcheck.sarif, build/figcheck.csv"
