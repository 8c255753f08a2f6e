#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and runs figcheck on the bundled
# fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
./build/cli/figcheck extract fixtures/extract --format table
# The check fixtures hold planted faults: show them without failing the command.
./build/cli/figcheck check fixtures/check --fail-on none
