//! Writing several keys as one change: all of them, or none. A restore
//! writes the register, the agreements, the settings and the bank holidays;
//! if the browser refuses any of them, the ones already written are put
//! back as they were, so the message "Nothing was restored" is true.

use super::{KeyValueStore, StorageError, StorageKey};

/// Write every `(key, text)`; on the first failure, put back what each
/// written key held before (or remove it) and return the error.
pub fn write_together(
    store: &impl KeyValueStore,
    writes: &[(StorageKey, String)],
) -> Result<(), StorageError> {
    let mut before: Vec<(StorageKey, Option<String>)> = Vec::with_capacity(writes.len());
    for (key, text) in writes {
        let old = store.get(*key)?;
        if let Err(e) = store.set(*key, text) {
            // Undo in reverse order. Putting back what was there takes no
            // more room than it did, so this does not fail for space.
            for (k, old) in before.into_iter().rev() {
                let _ = match old {
                    Some(t) => store.set(k, &t),
                    None => store.remove(k),
                };
            }
            return Err(e);
        }
        before.push((*key, old));
    }
    Ok(())
}
