#!/usr/bin/env bash
# Trunk post_build hook: build the full app (src/bin/full_app.rs), which the
# start app loads on the first visit to a page it does not have. Trunk builds
# the start app itself from index.html; this does the same steps for the
# second binary (cargo, wasm-bindgen, wasm-opt in release), adds the full
# app's extra styles (style/full.scss), and names the result in index.html's
# <meta name="care-home-toolkit:full-app">.
#
# Files are named by a hash of their contents, as trunk names its own, so a
# browser never pairs a cached full app with a newer start app.
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/env.sh
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
profile="${TRUNK_PROFILE:-debug}"
bin=care-home-toolkit-full
args=(--target wasm32-unknown-unknown --bin "$bin" --locked)
[[ "$profile" == release ]] && args+=(--release)
cargo build "${args[@]}"

out=target/full-app
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name full \
  "target/wasm32-unknown-unknown/$profile/$bin.wasm"
if [[ "$profile" == release ]]; then
  wasm-opt -Oz "$out/full_bg.wasm" -o "$out/full_bg.wasm"
fi
# The full app's extra styles, compiled by tools/build-styles.sh (pre_build).
cp target/style/full.css "$out/full.css"
hash=$(cat "$out/full.js" "$out/full_bg.wasm" "$out/full.css" | sha256sum | cut -c1-16)
cp "$out/full.js" "$TRUNK_STAGING_DIR/full-$hash.js"
cp "$out/full_bg.wasm" "$TRUNK_STAGING_DIR/full-${hash}_bg.wasm"
cp "$out/full.css" "$TRUNK_STAGING_DIR/full-$hash.css"
if [[ -d "$out/snippets" ]]; then
  cp -r "$out/snippets" "$TRUNK_STAGING_DIR/"
fi
html="$TRUNK_STAGING_DIR/index.html"
grep -q 'name="care-home-toolkit:full-app" content=""' "$html" || {
  echo "build-full-app: index.html has no empty care-home-toolkit:full-app meta" >&2
  exit 1
}
sed -i "s|name=\"care-home-toolkit:full-app\" content=\"\"|name=\"care-home-toolkit:full-app\" content=\"full-$hash.js\"|" "$html"
# Release builds ship minified JavaScript (the first load's budget counts it).
if [[ "$profile" == release ]]; then
  python3 tools/minify-js.py "$TRUNK_STAGING_DIR"
fi
# The first load preloads only the snippets the start app imports.
python3 tools/preload-only-imported.py "$TRUNK_STAGING_DIR"
bash tools/build-worker.sh
