//! Loading a versioned document from a key, safely. A value that cannot be
//! read is copied aside under a key of its own, time-stamped, and only then
//! removed, so the next save neither overwrites it nor mistakes it for
//! another tab's work. When there is no room to copy it, it stays where it
//! is and the document is `blocked`: nothing is saved over it until the
//! user has downloaded it (the Backup page offers that).

use crate::domain::formats::stored::ReadError;

use super::{KeyValueStore, StorageKey};

/// What loading a key found.
pub struct Loaded<T> {
    pub value: T,
    /// Set when the saved value could not be read.
    pub problem: Option<String>,
    /// The saved value could not be read nor kept aside: saving over it
    /// must wait until the user has a copy.
    pub blocked: bool,
}

/// The user's words for where a kept copy is.
pub const KEPT_ASIDE: &str = "It has been kept aside, untouched, under \u{201c}Saved data kept aside\u{201d} on the Backup page, so nothing is lost";

/// Read `key` with `read`; an absent key gives `T::default()`. `stamp` is
/// the time now (ISO), for the key of a damaged copy.
pub fn load<T: Default>(
    store: &impl KeyValueStore,
    key: StorageKey,
    what: &str,
    stamp: &str,
    read: impl Fn(&str) -> Result<T, ReadError>,
) -> Loaded<T> {
    let text = match store.get(key) {
        Ok(None) => {
            return Loaded {
                value: T::default(),
                problem: None,
                blocked: false,
            }
        }
        Err(e) => {
            // Nothing could be read, so nothing may be written over it.
            return Loaded {
                value: T::default(),
                problem: Some(format!("The saved {what} could not be read: {e}.")),
                blocked: true,
            };
        }
        Ok(Some(text)) => text,
    };
    match read(&text) {
        Ok(value) => Loaded {
            value,
            problem: None,
            blocked: false,
        },
        // Not damaged: a newer build wrote it (an old build still cached
        // on this device). It stays where it is, and is not saved over.
        Err(e @ ReadError::NewerVersion { .. }) => Loaded {
            value: T::default(),
            problem: Some(format!(
                "The saved {what} cannot be shown: {e}. Nothing will be saved over it; reload the page when online."
            )),
            blocked: true,
        },
        Err(e) => match keep_aside(store, key, stamp, &text) {
            Ok(_) => Loaded {
                value: T::default(),
                problem: Some(format!(
                    "The saved {what} could not be read, so it is treated as damaged: {e}. {KEPT_ASIDE}."
                )),
                blocked: false,
            },
            Err(_) => Loaded {
                value: T::default(),
                problem: Some(format!(
                    "The saved {what} could not be read, so it is treated as damaged: {e}. There is no room in this browser to keep a copy aside, so the toolkit will not save any change over it: download it from the Backup page first."
                )),
                blocked: true,
            },
        },
    }
}

/// Copy `text` (the value of `key`) under a new damaged key, then remove
/// the original. Never overwrites an earlier copy. Returns the new key.
pub fn keep_aside(
    store: &impl KeyValueStore,
    key: StorageKey,
    stamp: &str,
    text: &str,
) -> Result<String, super::StorageError> {
    let aside = copy_aside(store, key, stamp, text)?;
    // The copy is safe; only now is the original removed. Were the removal
    // to fail, the original stays and the next load keeps another copy.
    let _ = store.remove(key);
    Ok(aside)
}

/// Copy `text` (the value of `key`) under a new damaged key, leaving the
/// original where it is. Never overwrites an earlier copy.
pub fn copy_aside(
    store: &impl KeyValueStore,
    key: StorageKey,
    stamp: &str,
    text: &str,
) -> Result<String, super::StorageError> {
    let held = store.keys().unwrap_or_default();
    let aside = (1..)
        .map(|n| key.damaged_key(stamp, n))
        .find(|k| !held.contains(k))
        .unwrap_or_else(|| key.damaged_key(stamp, held.len() + 1));
    store.set_text(&aside, text)?;
    Ok(aside)
}

/// Where the whole document, as it was stored, is kept when some of its
/// records were left out.
pub const KEPT_ASIDE_WHOLE: &str = "The register as it was saved, with that record, is kept aside, untouched, under \u{201c}Saved data kept aside\u{201d} on the Backup page.";

/// A damaged value kept aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DamagedCopy {
    pub key: String,
    /// Which data it was: "register", "agreements"...
    pub what: String,
    /// When it was kept aside (ISO), or empty for copies made by earlier
    /// versions.
    pub kept_at: String,
    /// Its length in characters.
    pub characters: usize,
}

/// How many characters the toolkit's stored values take, of the about
/// 5,000,000 a browser keeps for a site (its records live there, not in
/// the larger store the browser's own estimate counts).
pub fn characters_used(store: &impl KeyValueStore) -> usize {
    store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with("care-home-toolkit"))
        .map(|k| {
            store
                .get_text(&k)
                .ok()
                .flatten()
                .map_or(0, |t| k.len() + t.len())
        })
        .sum()
}

/// The records a copy of the register kept aside left out because they
/// fail the forms' checks, to fix in the form and bring back
/// (`Register::bring_back`); none for a copy of anything else.
pub fn left_out_of_copy(
    store: &impl KeyValueStore,
    key: &str,
) -> crate::domain::records::register::Register {
    let is_register = super::keys::describe_damaged_key(key)
        .is_some_and(|(what, _)| what == StorageKey::Register.name());
    let text = store.get_text(key).ok().flatten().filter(|_| is_register);
    text.map(|t| crate::domain::records::register::store_file::records_left_out(&t))
        .unwrap_or_default()
}

/// Every damaged copy held, oldest first.
pub fn damaged_copies(store: &impl KeyValueStore) -> Vec<DamagedCopy> {
    let mut copies: Vec<DamagedCopy> = store
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter_map(|key| {
            let (what, kept_at) = super::keys::describe_damaged_key(&key)?;
            let (what, kept_at) = (what.to_string(), kept_at.to_string());
            let characters = store
                .get_text(&key)
                .ok()
                .flatten()
                .map_or(0, |t| t.chars().count());
            Some(DamagedCopy {
                key,
                what,
                kept_at,
                characters,
            })
        })
        .collect();
    crate::domain::helpers::stable_sort::sort_by(&mut copies, |a, b| {
        a.kept_at.cmp(&b.kept_at).then(a.key.cmp(&b.key))
    });
    copies
}
