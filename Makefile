# Care Home Toolkit task runner. The README's two commands are `make serve`
# and `make test`; each installs what is missing first (tools/setup.sh).
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: serve test build bench page-sizes fuzz setup setup-test test-native test-browser test-e2e

## Serve the app with live rebuilds at http://127.0.0.1:8080/
serve: setup
	tools/serve.sh

## Every test: native domain tests, browser component tests, end-to-end.
test: setup-test
	tools/test.sh

## The release site in dist/, ready for any static server, at any sub-path.
build: setup
	tools/build.sh

## Sizes and timings, printed as a table (not a test).
bench: setup-test build
	cargo bench --bench load

## What each page adds to the full app, gzipped (a table; about half an
## hour: one release build per page, on a copy of HEAD).
page-sizes: setup
	tools/page-sizes.sh

## The decoders' property tests at length: 20,000 cases each (about 6
## minutes); `make test` runs 256.
fuzz:
	PROPTEST_CASES=20000 cargo test --release --test domain properties

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
