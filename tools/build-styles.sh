#!/usr/bin/env bash
# Compile style/main.scss with the pinned npm sass into target/style/, and copy
# the few nhsuk-frontend icons its CSS refers to, so the site needs nothing
# from any other origin. Trunk runs this before each build (Trunk.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/style
mkdir -p "$out/assets/images"
node_modules/.bin/sass --pkg-importer=node --no-source-map --style=compressed \
  --quiet-deps --silence-deprecation=import style/main.scss "$out/main.css"
# Copy every image the compiled CSS names, and fail if one is missing.
for name in $(grep -o 'assets/images/[A-Za-z0-9._-]*' "$out/main.css" | sort -u | sed 's|assets/images/||'); do
  cp node_modules/nhsuk-frontend/dist/nhsuk/assets/images/"$name" "$out/assets/images/$name"
done
