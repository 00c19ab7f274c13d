//! Saving and loading the bank holidays added on this device.

use crate::domain::formats::stored::{read_local_holidays, write_local_holidays};
use crate::domain::rules::calendar::LocalHoliday;

use super::document::{load as load_document, Loaded};
use super::{KeyValueStore, StorageError, StorageKey};

/// Load the saved list; a damaged value is kept aside and reported.
pub fn load(store: &impl KeyValueStore, stamp: &str) -> Loaded<Vec<LocalHoliday>> {
    load_document(
        store,
        StorageKey::LocalHolidays,
        "bank holidays added on this device",
        stamp,
        read_local_holidays,
    )
}

/// Save the list, replacing what was there.
pub fn save(store: &impl KeyValueStore, holidays: &[LocalHoliday]) -> Result<(), StorageError> {
    store.set(StorageKey::LocalHolidays, &write_local_holidays(holidays))
}
