#!/usr/bin/env python3
"""Drop the CSS rules no page of the app can match.

    purge-css.py SHEET.css SOURCE_DIR_OR_FILE...

The NHS.UK components bring many variants this app never uses (card types,
heading sizes, table styles...). A selector is kept unless it names a class
that appears nowhere in the sources given (the Rust views, the small JS
files, index.html): a plain substring test, so a class built from a literal
prefix is kept too. Rules are never reordered, so the cascade is unchanged;
only selectors that can match no element are removed. The sheet is rewritten
in place; the sizes before and after are printed.

Run by tools/build-styles.sh on both sheets after sass.
"""

import os
import re
import sys

CLASS = re.compile(r"\.([A-Za-z_][A-Za-z0-9_-]*)")
# At-rules whose block holds more rules (purged inside); others are kept whole.
NESTING = ("@media", "@supports", "@layer", "@container")


def source_text(paths):
    text = []
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                for name in sorted(files):
                    if name.endswith((".rs", ".js", ".html")):
                        with open(os.path.join(root, name), encoding="utf-8") as f:
                            text.append(f.read())
        else:
            with open(path, encoding="utf-8") as f:
                text.append(f.read())
    return "\n".join(text)


def split_top(text, sep):
    """Split on `sep` outside parentheses and brackets."""
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def block_end(css, open_at):
    """Index of the brace closing the one at `open_at` (strings respected)."""
    depth, i, quote = 0, open_at, None
    while i < len(css):
        c = css[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ValueError("unbalanced braces in the stylesheet")


def purge(css, used):
    out, i = [], 0
    while i < len(css):
        brace = css.find("{", i)
        semi = css.find(";", i)
        if brace == -1:
            out.append(css[i:])
            break
        if css[i] == "@" and semi != -1 and semi < brace:
            out.append(css[i : semi + 1])  # @charset, @import...
            i = semi + 1
            continue
        prelude = css[i:brace]
        end = block_end(css, brace)
        body = css[brace + 1 : end]
        i = end + 1
        if prelude.startswith(NESTING):
            inner = purge(body, used)
            if inner.strip():
                out.append(prelude + "{" + inner + "}")
        elif prelude.startswith("@"):
            out.append(prelude + "{" + body + "}")
        else:
            keep = [
                s
                for s in split_top(prelude, ",")
                if all(name in used for name in CLASS.findall(s))
            ]
            if keep:
                out.append(",".join(keep) + "{" + body + "}")
    return "".join(out)


def main():
    sheet, sources = sys.argv[1], sys.argv[2:]
    with open(sheet, encoding="utf-8-sig") as f:
        css = f.read()
    text = source_text(sources)
    names = set(CLASS.findall(css))
    used = {name for name in names if name in text}
    purged = purge(css, used)
    with open(sheet, "w", encoding="utf-8") as f:
        f.write(purged)
    print(
        f"purge-css: {os.path.basename(sheet)} {len(css)} -> {len(purged)} bytes "
        f"({len(names) - len(used)} unused classes)"
    )


if __name__ == "__main__":
    main()
