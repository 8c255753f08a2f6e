#!/usr/bin/env bash
# Installs the Debian packages figcheck needs to build and test. Idempotent: when everything is
# already there it installs nothing and prints nothing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libboost-dev            # Spirit X3 (header-only)
  libyaml-cpp-dev         # rule packs
  libspdlog-dev libfmt-dev
  libcli11-dev
  nlohmann-json3-dev
  libgtest-dev libgmock-dev
  libbenchmark-dev
  libicu-dev              # encoding conversion (GB18030, UTF-16)
  libmimalloc-dev         # allocator for large corpora (optional at build time)
  git                     # PR mode (check --diff-base) and its test
  help2man man-db dpkg-dev  # the man page, reading it, and the .deb's dependencies
  python3                 # conformance and evaluation scripts
  python3-jsonschema      # reports read back against their schemas
  chromium                # the HTML report's browser test
  clang libclang-rt-14-dev  # sanitizer build and libFuzzer targets
)
# The browser test runs on Node.js; a machine that has its own keeps it.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
echo "figcheck setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq >/dev/null
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
