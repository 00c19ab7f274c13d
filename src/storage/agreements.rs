//! Saving and loading agreements, without two tabs silently overwriting
//! each other: every save bumps a revision, and a save is refused when the
//! stored revision is not the one this tab last read.

use crate::domain::agreement::{read_agreements, write_agreements, Agreement, AgreementsFile};

use super::document::{load as load_document, Loaded};
use super::{KeyValueStore, StorageError, StorageKey};

/// The agreements and the revision they were read at.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stored {
    pub agreements: Vec<Agreement>,
    pub revision: u64,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved since this one read: nothing was written.
    ChangedElsewhere,
    Storage(StorageError),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ChangedElsewhere => write!(
                f,
                "The agreements were changed in another tab or window, so this change has not been saved over them"
            ),
            SaveError::Storage(e) => write!(f, "{e}"),
        }
    }
}

fn read(text: &str) -> Result<Stored, crate::domain::stored::ReadError> {
    read_agreements(text).map(
        |AgreementsFile {
             agreements,
             revision,
             ..
         }| Stored {
            agreements,
            revision,
        },
    )
}

pub fn load(store: &impl KeyValueStore) -> Loaded<Stored> {
    load_document(store, StorageKey::Agreements, "agreements", read)
}

/// The revision stored now (0 when none or unreadable).
pub fn stored_revision(store: &impl KeyValueStore) -> u64 {
    store
        .get(StorageKey::Agreements)
        .ok()
        .flatten()
        .and_then(|t| read(&t).ok())
        .map_or(0, |s| s.revision)
}

/// Save `agreements` if the stored revision is still `read_at`; returns the
/// new revision.
pub fn save(
    store: &impl KeyValueStore,
    agreements: &[Agreement],
    read_at: u64,
) -> Result<u64, SaveError> {
    if stored_revision(store) != read_at {
        return Err(SaveError::ChangedElsewhere);
    }
    force_save(store, agreements, read_at)
}

/// Save whatever is stored, after the user chose to keep this tab's copy.
pub fn force_save(
    store: &impl KeyValueStore,
    agreements: &[Agreement],
    read_at: u64,
) -> Result<u64, SaveError> {
    let revision = stored_revision(store).max(read_at) + 1;
    store
        .set(
            StorageKey::Agreements,
            &write_agreements(agreements, revision),
        )
        .map_err(SaveError::Storage)?;
    Ok(revision)
}
