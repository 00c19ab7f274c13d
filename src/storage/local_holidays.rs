//! Saving and loading the bank holidays added on this device.

use crate::domain::calendar::LocalHoliday;
use crate::domain::stored::{read_local_holidays, write_local_holidays};

use super::{KeyValueStore, StorageError, StorageKey};

/// What loading found.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub holidays: Vec<LocalHoliday>,
    /// Set when the saved value could not be read: it has been kept aside
    /// under its own key and the message says so.
    pub problem: Option<String>,
}

/// Load the saved list. A damaged value is copied aside before anything can
/// overwrite it, and the app carries on with an empty list.
pub fn load(store: &impl KeyValueStore) -> Loaded {
    match store.get(StorageKey::LocalHolidays) {
        Ok(None) => Loaded {
            holidays: Vec::new(),
            problem: None,
        },
        Err(e) => Loaded {
            holidays: Vec::new(),
            problem: Some(format!("The saved bank holidays could not be read: {e}.")),
        },
        Ok(Some(text)) => match read_local_holidays(&text) {
            Ok(holidays) => Loaded {
                holidays,
                problem: None,
            },
            Err(e) => {
                let kept = store.set(StorageKey::DamagedLocalHolidays, &text).is_ok();
                let aside = if kept {
                    "The damaged text has been kept aside in this browser and nothing else was changed."
                } else {
                    "The damaged text could not be kept aside."
                };
                Loaded {
                    holidays: Vec::new(),
                    problem: Some(format!(
                        "The bank holidays added on this device could not be read: {e}. {aside} Add them again on this page."
                    )),
                }
            }
        },
    }
}

/// Save the list, replacing what was there.
pub fn save(store: &impl KeyValueStore, holidays: &[LocalHoliday]) -> Result<(), StorageError> {
    store.set(StorageKey::LocalHolidays, &write_local_holidays(holidays))
}
