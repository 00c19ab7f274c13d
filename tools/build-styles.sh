#!/usr/bin/env bash
# Compile style/main.scss (the first load's styles) and style/full.scss (the
# full app's additions) with the pinned npm sass into target/style/, and copy
# the few nhsuk-frontend icons its CSS refers to, so the site needs nothing
# from any other origin. Rules for classes that appear nowhere in src/ or
# index.html are removed (tools/purge-css.py). Trunk runs this before each build (Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/style
mkdir -p "$out/assets/images"
for sheet in main full; do
  node_modules/.bin/sass --pkg-importer=node --no-source-map --style=compressed \
    --quiet-deps --silence-deprecation=import "style/$sheet.scss" "$out/$sheet.css"
  # Drop the rules for classes no view uses (about two thirds of the sheet).
  python3 tools/purge-css.py "$out/$sheet.css" src index.html
done
# Copy every image the compiled CSS names, and fail if one is missing.
for name in $(cat "$out/main.css" "$out/full.css" | grep -o 'assets/images/[A-Za-z0-9._-]*'  | sort -u | sed 's|assets/images/||'); do
  cp node_modules/nhsuk-frontend/dist/nhsuk/assets/images/"$name" "$out/assets/images/$name"
done
