#!/usr/bin/env bash
# Every test, in three layers. Usage: tools/test.sh [native|browser|e2e|all]
#   native   cargo test for the domain (fast)
#   browser  wasm-bindgen-test in headless Chromium (components, storage)
#   e2e      the release dist/ served from a sub-path by a plain static
#            server, driven in Chromium over WebDriver, and a smoke suite
#            in WebKit (WebKitGTK) and Firefox
set -euo pipefail
cd "$(dirname "$0")/.."
source tools/env.sh
layer=${1:-all}

native() {
  echo "== native domain tests"
  # The decoders' property tests (tests/domain/properties.rs), bounded;
  # `make fuzz` runs them at length.
  PROPTEST_CASES="${PROPTEST_CASES:-256}" cargo test --locked --lib --test domain
  echo "== conventions (clippy.toml: one stable sort)"
  cargo clippy --locked --lib --target wasm32-unknown-unknown -- -A clippy::all -D clippy::disallowed_methods
}

browser() {
  echo "== browser tests (wasm-bindgen-test, headless Chromium)"
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/browser/webdriver.json" \
  CHROMEDRIVER="$(command -v chromedriver)" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test --locked --target wasm32-unknown-unknown --test browser
}

e2e() {
  echo "== end-to-end tests (release build, static server, WebDriver)"
  tools/build.sh
  cargo test --locked --test e2e -- --test-threads=1
}

case "$layer" in
  native) native ;;
  browser) browser ;;
  e2e) e2e ;;
  all) native; browser; e2e ;;
  *) echo "usage: tools/test.sh [native|browser|e2e|all]" >&2; exit 2 ;;
esac
