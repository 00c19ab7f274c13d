//! Component and storage tests in headless Chromium (wasm-bindgen-test).
//! Run with `make test` (or `tools/test.sh browser`).
#![cfg(target_arch = "wasm32")]

mod agreements;
mod assessment;
mod dom;
mod due_calculator;
mod files;
mod markup_twins;
mod register;
mod routes;
mod storage;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
