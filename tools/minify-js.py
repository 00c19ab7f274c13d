#!/usr/bin/env python3
"""Minify the build's generated JavaScript, then mend the page's integrity
hashes.

    minify-js.py STAGING_DIR

wasm-bindgen writes readable JavaScript glue (the start app's, the full
app's, and the small snippets from src/ui/*.js); terser (package.json)
shortens it to about three quarters of its gzipped size, which the first
load's budget counts. Only local names are mangled and only in module scope
(`--module`): the names the wasm imports and the files' exports are kept.
sw.js, our own worker, is left as written.

Trunk has already written `integrity="sha384-…"` for each file it preloads,
so every integrity attribute in index.html is worked out again from the
file as it now is; a file it names that is missing fails the build.
Run by tools/build-full-app.sh (trunk's post-build hook) in release builds,
before tools/build-worker.sh lists the files and hashes the build.
"""

import base64
import hashlib
import os
import re
import subprocess
import sys

stage = sys.argv[1]
terser = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "node_modules", ".bin", "terser")
before = after = 0
for root, _, files in os.walk(stage):
    for name in sorted(files):
        path = os.path.join(root, name)
        if not name.endswith(".js") or os.path.relpath(path, stage) == "sw.js":
            continue
        before += os.path.getsize(path)
        subprocess.run(
            [terser, path, "--module", "--compress", "--mangle", "--output", path],
            check=True,
        )
        after += os.path.getsize(path)

html_path = os.path.join(stage, "index.html")
html = open(html_path, encoding="utf-8").read()


def mend(match):
    tag = match.group(0)
    href = re.search(r'href="\./([^"]+)"', tag)
    if not href:
        sys.exit(f"minify-js: an integrity attribute without a local href: {tag}")
    with open(os.path.join(stage, href.group(1)), "rb") as f:
        digest = base64.b64encode(hashlib.sha384(f.read()).digest()).decode()
    return re.sub(r'integrity="sha384-[^"]*"', f'integrity="sha384-{digest}"', tag)


html, count = re.subn(r"<link[^>]*integrity=\"sha384-[^\"]*\"[^>]*>", mend, html)
open(html_path, "w", encoding="utf-8").write(html)
print(f"minify-js: {before} -> {after} bytes of JavaScript; {count} integrity hashes written")
