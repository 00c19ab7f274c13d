#!/usr/bin/env bash
# What each page of the full app costs (issue 12's full-app size): builds
# the full app as it ships (cargo release, wasm-bindgen, wasm-opt -Oz) once
# as it is, once with each page of `src/ui/app.rs`'s `page` match left out,
# and once with all of them left out, and prints a table of the wasm's
# gzipped size (level 6, as `make bench` counts) and what each page adds.
#
# A page left out takes with it the code only it uses (its domain code
# too); code two pages share shows only in the "every page" line.
#
# Works on a copy of HEAD (a git worktree), so the tree you are editing is
# never touched; about a minute a build, half an hour in all.
# Usage: tools/page-sizes.sh [Page ...]   (default: every page of the match)
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
root=$PWD
source tools/env.sh
export PATH="$root/node_modules/.bin:$PATH"
export CARGO_TARGET_DIR="$root/target/page-sizes"
mkdir -p "$CARGO_TARGET_DIR"
copy=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$copy" >/dev/null 2>&1 || true' EXIT
git worktree add --detach -f "$copy" HEAD >/dev/null
cd "$copy"

pages=("$@")
if [[ ${#pages[@]} -eq 0 ]]; then
  mapfile -t pages < <(grep -oE 'view! \{ <[A-Za-z]+Page' src/ui/app.rs | sed 's/.*<//' | sort -u)
fi

# The gzipped size of the full app's wasm as built from the copy now.
# A build that fails stops the script (a stale wasm would give a wrong size).
size() {
  if ! cargo build --release --locked --target wasm32-unknown-unknown \
    --bin care-home-toolkit-full >"$CARGO_TARGET_DIR/build.log" 2>&1; then
    tail -20 "$CARGO_TARGET_DIR/build.log" >&2
    return 1
  fi
  local out="$CARGO_TARGET_DIR/sizes"
  rm -rf "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name full \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/care-home-toolkit-full.wasm"
  wasm-opt -Oz "$out/full_bg.wasm" -o "$out/full_bg.wasm"
  gzip -6 -c "$out/full_bg.wasm" | wc -c
}
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }

# Leave out the pages named (a regular expression of names).
leave_out() {
  git checkout -q src/ui/app.rs
  perl -0pi -e "s/view! \\{ <($1)\\b[^}]*\\}\\s*\\.into_any\\(\\)/().into_any()/gs" src/ui/app.rs
}

whole=$(size)
echo "| full app's wasm, gzipped | $(kb "$whole") |"
echo "|---|---:|"
for p in "${pages[@]}"; do
  leave_out "$p"
  if git diff --quiet src/ui/app.rs; then
    echo "| $p: not in the match | |"
    continue
  fi
  without=$(size)
  echo "| $p adds | $(kb $((whole - without))) |"
done
leave_out '[A-Za-z]+Page'
none=$(size)
echo "| every page of the full app together adds | $(kb $((whole - none))) |"
echo "| the full app with none of its pages | $(kb "$none") |"
