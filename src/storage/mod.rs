//! Browser storage, files and the address bar: the only code that touches
//! them. Each stored value lives under one key of [`keys::StorageKey`],
//! behind the small [`KeyValueStore`] trait so tests can use memory.

pub mod device;
mod document;
pub mod files;
pub mod keys;
pub mod local_holidays;
pub mod location;
pub mod revisioned;
pub mod settings;
pub mod store;
pub mod together;

pub use document::{characters_used, damaged_copies, keep_aside, DamagedCopy, Loaded};
pub use keys::{StorageKey, DAMAGED_PREFIX};
pub use store::{BrowserStore, KeyValueStore, MemoryStore, StorageError};

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
