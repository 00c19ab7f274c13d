//! This browser's device id and name (`domain::merge::device`).

use crate::domain::merge::device::{read_device, write_device, Device};

use super::{KeyValueStore, StorageKey};

/// The device kept here; made (with `fresh_id`) and kept the first time.
/// A damaged record is replaced: it holds no one's data, only the id.
pub fn load_or_make(store: &impl KeyValueStore, fresh_id: impl FnOnce() -> String) -> Device {
    if let Ok(Some(text)) = store.get(StorageKey::Device) {
        if let Ok(d) = read_device(&text) {
            return d;
        }
    }
    let d = Device {
        id: fresh_id(),
        ..Device::default()
    };
    let _ = store.set(StorageKey::Device, &write_device(&d));
    d
}

/// Keep the device's new name.
pub fn save(store: &impl KeyValueStore, d: &Device) -> Result<(), super::StorageError> {
    store.set(StorageKey::Device, &write_device(d))
}
