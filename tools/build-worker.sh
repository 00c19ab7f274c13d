#!/usr/bin/env bash
# Called at the end of the post_build hook (tools/build-full-app.sh), when
# every file of the build is in trunk's staging directory: write into sw.js
# the list of those files and a hash of their contents, which names the
# worker's cache. A changed build is a changed sw.js, so browsers install it.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run from the post_build hook}"
cd "$TRUNK_STAGING_DIR"
[[ -f sw.js ]] || { echo "build-worker: sw.js is not in the build" >&2; exit 1; }
files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
build=$(echo "$files" | while read -r f; do sha256sum "$f"; done | sha256sum | cut -c1-16)
# "./" is the page itself, as the address bar names it.
list=$(printf '"./"'; echo "$files" | while read -r f; do printf ',"%s"' "$f"; done)
sed -i "s|\"__BUILD__\"|\"$build\"|; s|__FILES__|[$list]|" sw.js
grep -q "__FILES__\|__BUILD__" sw.js && { echo "build-worker: placeholders left in sw.js" >&2; exit 1; }
echo "build-worker: $(echo "$files" | wc -l) files, build $build"
