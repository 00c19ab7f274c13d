#!/usr/bin/env bash
# Called at the end of the post_build hook (tools/build-full-app.sh), when
# every file of the build is in trunk's staging directory: write the page's
# Content-Security-Policy, then write into sw.js the build's files with the
# SHA-256 of each (the worker checks every file against it before caching)
# and a hash of them all, which names the worker's cache. A
# changed build is a changed sw.js, so browsers install it.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run from the post_build hook}"
cd "$TRUNK_STAGING_DIR"
[[ -f sw.js ]] || { echo "build-worker: sw.js is not in the build" >&2; exit 1; }
# The Content-Security-Policy, in a <meta> right after the charset: this
# origin only for scripts (and WebAssembly), styles, images, connections,
# workers and the manifest; no objects, no <base>, no form posts. Trunk's
# one inline script (the loader) is allowed by its SHA-256 alone.
html=index.html
script=$(python3 - "$html" <<'PY'
import base64, hashlib, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
found = re.findall(r'<script type="module">(.*?)</script>', text, re.S)
if len(found) != 1:
    sys.exit(f"build-worker: expected one inline script in index.html, found {len(found)}")
print(base64.b64encode(hashlib.sha256(found[0].encode("utf-8")).digest()).decode())
PY
)
csp="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-$script'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
sed -i "s|<meta charset=\"utf-8\">|<meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\" content=\"$csp\">|" "$html"
grep -q 'http-equiv="Content-Security-Policy"' "$html" || { echo "build-worker: no CSP written" >&2; exit 1; }
echo "build-worker: Content-Security-Policy written"

files=$(find . -type f ! -name sw.js | sed 's|^\./||' | LC_ALL=C sort)
build=$(echo "$files" | while read -r f; do sha256sum "$f"; done | sha256sum | cut -c1-16)
# The page names its build, so that it can tell the worker which build
# started or failed to start (a build changing only a script or the page
# is still another build).
sed -i "s|<meta name=\"care-home-toolkit:full-app\"|<meta name=\"care-home-toolkit:build\" content=\"$build\">\n    <meta name=\"care-home-toolkit:full-app\"|" "$html"
grep -q "name=\"care-home-toolkit:build\" content=\"$build\"" "$html" || { echo "build-worker: no build named in the page" >&2; exit 1; }
# Each file with the SHA-256 the worker checks it against before caching;
# "./" is the page itself, as the address bar names it.
hash() { sha256sum "$1" | cut -c1-64; }
list=$(printf '"./":"%s"' "$(hash index.html)"; echo "$files" | while read -r f; do printf ',"%s":"%s"' "$f" "$(hash "$f")"; done)
sed -i "s|\"__BUILD__\"|\"$build\"|; s|__FILES__|{$list}|" sw.js
grep -q "__FILES__\|__BUILD__" sw.js && { echo "build-worker: placeholders left in sw.js" >&2; exit 1; }
echo "build-worker: $(echo "$files" | wc -l) files, build $build"
