//! Care Home Toolkit.
//!
//! - [`domain`]: pure rules and data, tested natively.
//! - `storage`: browser storage, the only code that touches it (wasm only).
//! - `ui`: Leptos pages and components (wasm only).

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
