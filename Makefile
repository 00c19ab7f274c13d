# Care Home Toolkit task runner. The README's two commands are `make serve`
# and `make test`; each installs what is missing first (tools/setup.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Leptos type-erases each component's view for the wasm build: about a fifth
# smaller. Set for wasm32 only, so native builds keep their cache.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --cfg erase_components

.PHONY: serve test build bench setup setup-test test-native test-browser test-e2e fmt

## Serve the app with live rebuilds at http://127.0.0.1:8080/
serve: setup
	trunk serve

## Every test: native domain tests, browser component tests, end-to-end.
test: setup-test
	tools/test.sh

## The release site in dist/, ready for any static server, at any sub-path.
build: setup
	trunk build --release

## Sizes and timings, printed as a table (not a test).
bench: setup-test build
	cargo bench --bench load

setup:
	tools/setup.sh build

setup-test:
	tools/setup.sh test

test-native:
	cargo test --lib --test domain

test-browser:
	tools/test.sh browser

test-e2e:
	tools/test.sh e2e
