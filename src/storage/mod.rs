//! Browser storage: the only code that touches localStorage (and, later,
//! files). Each value lives under one key of [`keys::StorageKey`], behind the
//! small [`KeyValueStore`] trait so tests can use an in-memory store.

pub mod keys;
pub mod local_holidays;
pub mod location;
pub mod store;

pub use keys::StorageKey;
pub use store::{BrowserStore, KeyValueStore, MemoryStore, StorageError};
