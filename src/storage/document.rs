//! Loading a versioned document from a key, safely: a value that cannot be
//! read is copied aside under its "damaged" key before anything can
//! overwrite it, and the user is told in plain words.

use crate::domain::stored::ReadError;

use super::{KeyValueStore, StorageKey};

/// What loading a key found.
pub struct Loaded<T> {
    pub value: T,
    /// Set when the saved value could not be read.
    pub problem: Option<String>,
}

/// Read `key` with `read`; an absent key gives `T::default()`.
pub fn load<T: Default>(
    store: &impl KeyValueStore,
    key: StorageKey,
    what: &str,
    read: impl Fn(&str) -> Result<T, ReadError>,
) -> Loaded<T> {
    match store.get(key) {
        Ok(None) => Loaded {
            value: T::default(),
            problem: None,
        },
        Err(e) => Loaded {
            value: T::default(),
            problem: Some(format!("The saved {what} could not be read: {e}.")),
        },
        Ok(Some(text)) => match read(&text) {
            Ok(value) => Loaded {
                value,
                problem: None,
            },
            Err(e) => {
                let kept = store.set(key.damaged(), &text).is_ok();
                let aside = if kept {
                    "The damaged text has been kept aside in this browser, so nothing is lost."
                } else {
                    "The damaged text could not be kept aside."
                };
                Loaded {
                    value: T::default(),
                    problem: Some(format!("The saved {what} could not be read: {e}. {aside}")),
                }
            }
        },
    }
}
