#!/usr/bin/env bash
# The release build: `trunk build --release`, into dist/.
#
# Trunk asks each tool on PATH for its version (`wasm-opt --version` runs a
# large Node script) and, if that ask fails, tries to download the tool, which
# fails on a machine without general internet. It has been seen once here, so
# a failed build is tried once more before giving up.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/env.sh
if ! trunk build --release "$@"; then
  echo "build: trunk failed; trying once more" >&2
  trunk build --release "$@"
fi
