//! Browser storage, files and the address bar: the only code that touches
//! them. Each stored value lives under one key of [`keys::StorageKey`],
//! behind the small [`KeyValueStore`] trait so tests can use memory. The
//! browser's own parts (localStorage, files, the address bar) build for
//! wasm only; the rest builds and is tested natively too.

pub mod device;
mod document;
#[cfg(target_arch = "wasm32")]
pub mod files;
pub mod keys;
pub mod local_holidays;
#[cfg(target_arch = "wasm32")]
pub mod location;
pub mod revisioned;
pub mod settings;
pub mod store;
pub mod together;

pub use document::{
    characters_used, damaged_copies, keep_aside, left_out_of_copy, DamagedCopy, Loaded,
};
pub use keys::{StorageKey, DAMAGED_PREFIX};
#[cfg(target_arch = "wasm32")]
pub use store::BrowserStore;
pub use store::{KeyValueStore, MemoryStore, StorageError};

#[cfg(target_arch = "wasm32")]
/// Call `f` when another tab changes `key` (the `storage` event fires only
/// in the other tabs of the same origin).
pub fn on_changed_elsewhere(key: StorageKey, f: impl Fn() + 'static) {
    use leptos::prelude::window_event_listener;
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(key.as_str()) {
            f();
        }
    });
    std::mem::forget(handle);
}
