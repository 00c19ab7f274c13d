#!/usr/bin/env bash
# Install whatever this project needs that the machine lacks, and skip what is
# there. Versions come from tools.env. Usage: tools/setup.sh [build|test]
#   build: Rust wasm target, trunk, wasm-bindgen, npm packages (sass, binaryen, terser)
#   test:  all of build, plus Chromium, ChromeDriver, pdftotext, and for the
#          smoke suite Firefox ESR, geckodriver, WebKitGTK's WebDriver and xvfb
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=../tools.env
source tools.env
mode=${1:-build}
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf 'setup: %s\n' "$*"; }

# The pins in Cargo.toml and package.json must be the ones in tools.env.
grep -q "wasm-bindgen = \"=$WASM_BINDGEN_VERSION\"" Cargo.toml ||
  { say "Cargo.toml must pin wasm-bindgen = \"=$WASM_BINDGEN_VERSION\" (tools.env)"; exit 1; }
for pin in "\"binaryen\": \"$BINARYEN_VERSION\"" "\"nhsuk-frontend\": \"$NHSUK_FRONTEND_VERSION\"" "\"sass\": \"$SASS_VERSION\"" "\"terser\": \"$TERSER_VERSION\"" "\"axe-core\": \"$AXE_CORE_VERSION\""; do
  grep -q "$pin" package.json || { say "package.json must pin $pin (tools.env)"; exit 1; }
done

if ! cargo clippy --version >/dev/null 2>&1; then
  say "adding clippy (make test checks the code's conventions with it)"
  rustup component add clippy
fi
if ! rustup target list --installed | grep -qx "$RUST_WASM_TARGET"; then
  say "adding Rust target $RUST_WASM_TARGET"
  rustup target add "$RUST_WASM_TARGET"
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (10 to 20 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # --locked fails for this version; the exact version pin is what matters.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --ignore-scripts
fi

if [ "$mode" = test ]; then
  missing=""
  command -v chromium >/dev/null || missing="yes"
  command -v chromedriver >/dev/null || missing="yes"
  command -v pdftotext >/dev/null || missing="yes"
  command -v python3 >/dev/null || missing="yes"
  command -v firefox-esr >/dev/null || missing="yes"
  command -v WebKitWebDriver >/dev/null || missing="yes"
  command -v xvfb-run >/dev/null || missing="yes"
  command -v xauth >/dev/null || missing="yes"
  if [ -n "$missing" ]; then
    say "installing $APT_PACKAGES python3"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq $APT_PACKAGES python3 >/dev/null
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n 1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (about 2 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi
fi
say "tools ready ($mode)"
