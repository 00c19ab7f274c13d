#!/usr/bin/env python3
"""Keep in index.html only the module preloads the start app imports.

    preload-only-imported.py STAGING_DIR

Trunk adds a `<link rel="modulepreload">` for every JavaScript snippet that
wasm-bindgen wrote for the crate, whether or not the start app's glue
imports it. A snippet only the full app uses (the Web Crypto one) was then
fetched on every first load, costing bytes and a request on a poor
signal. The file stays in the build (the full app imports it, and the
service worker caches every file); only the preload goes.

The start app's glue is the module the loader script imports; a snippet
counts as imported when the glue names its path in an import. Run by
tools/build-full-app.sh after the JavaScript is in its final form and
before tools/build-worker.sh hashes the page.
"""

import os
import re
import sys

stage = sys.argv[1]
html_path = os.path.join(stage, "index.html")
html = open(html_path, encoding="utf-8").read()

loader = re.search(r"import init, \* as bindings from '\./([^']+\.js)'", html)
if not loader:
    sys.exit("preload-only-imported: no loader import of the start app in index.html")
glue = open(os.path.join(stage, loader.group(1)), encoding="utf-8").read()
imported = set(re.findall(r"""from\s*["']\./(snippets/[^"']+\.js)["']""", glue))


def keep(match):
    href = match.group(1)
    return match.group(0) if href in imported else ""


html, before = re.subn(
    r'<link rel="modulepreload" href="\./(snippets/[^"]+)"[^>]*>', keep, html
)
dropped = before - len(imported & set(re.findall(r'href="\./(snippets/[^"]+)"', html)))
missing = [s for s in imported if not os.path.exists(os.path.join(stage, s))]
if missing:
    sys.exit(f"preload-only-imported: the start app imports missing files: {missing}")
open(html_path, "w", encoding="utf-8").write(html)
print(f"preload-only-imported: {dropped} preload(s) of snippets the start app does not import dropped")
