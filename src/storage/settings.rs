//! Saving and loading preferences.

use crate::domain::records::settings::{read_settings, write_settings, Settings};

use super::document::{load as load_document, Loaded};
use super::{KeyValueStore, StorageError, StorageKey};

pub fn load(store: &impl KeyValueStore, stamp: &str) -> Loaded<Settings> {
    load_document(
        store,
        StorageKey::Settings,
        "settings",
        stamp,
        read_settings,
    )
}

pub fn save(store: &impl KeyValueStore, settings: &Settings) -> Result<(), StorageError> {
    store.set(StorageKey::Settings, &write_settings(settings))
}
