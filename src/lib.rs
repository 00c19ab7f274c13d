//! Care Home Toolkit.
//!
//! - [`domain`]: pure rules and data, tested natively.
//! - [`storage`]: browser storage, files and the address bar, the only code
//!   that touches them; what does not need a browser builds and is tested
//!   natively, against a store in memory.
//! - `ui`: Leptos pages and components (wasm only).

pub mod domain;

pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
