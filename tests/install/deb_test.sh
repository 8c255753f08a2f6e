#!/usr/bin/env bash
# The Debian package installs and runs on this machine: cpack builds it from the build folder,
# dpkg -i installs it, the installed figcheck checks the fixtures and man finds its page; the
# package is removed again at the end. Needs root (dpkg); skipped (77) otherwise, or when a
# figcheck package is already installed (it is not ours to remove).
# Usage: deb_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source=$2
if [[ $(id -u) != 0 ]]; then
  echo "not root: dpkg -i cannot run here; skipped"
  exit 77
fi
if dpkg-query -W -f='${Status}' figcheck 2>/dev/null | grep -q "install ok installed"; then
  echo "a figcheck package is installed already; skipped"
  exit 77
fi
work=$(mktemp -d)
trap 'dpkg -r figcheck >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
cpack --config "$build/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(ls "$work"/figcheck_*.deb)
dpkg -i "$deb" >/dev/null
dpkg-deb --info "$deb" | grep -E "Package|Version|Depends"
[[ $(command -v figcheck) == /usr/bin/figcheck ]]
status=0
/usr/bin/figcheck check "$source/fixtures/check/faults" --format json >"$work/report.json" ||
  status=$?
[[ $status == 1 ]] || { echo "installed figcheck exited $status on the faults fixture"; exit 1; }
grep -q '"conflicting-figures"' "$work/report.json"
man -w figcheck
MANPAGER=cat man figcheck 2>/dev/null | grep -q "checks the figures in Chinese news articles"
[[ -f /usr/share/doc/figcheck/rules/conflict.md ]]
echo "the .deb installs, runs and has its man page"
