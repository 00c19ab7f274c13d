//! Where values are kept: the browser's localStorage, or memory in tests.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::StorageKey;

/// Why storage failed, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is switched off or blocked (private mode, policy).
    Unavailable,
    /// The browser refused to keep more (QuotaExceededError).
    Full,
    /// The value stored under this key could not be read nor kept aside,
    /// so it is not saved over until the user has downloaded it.
    Blocked,
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(
                f,
                "This browser is not letting the toolkit save anything (storage is switched off or blocked). Changes last only until the page is closed"
            ),
            StorageError::Full => write!(
                f,
                "This browser's storage for the toolkit is full, so the change was not saved. Nothing saved earlier was lost"
            ),
            StorageError::Blocked => write!(
                f,
                "Not saved: what was saved here earlier could not be read and has not been kept aside, so the toolkit will not save over it. Download it from the Backup page first"
            ),
            StorageError::Other(e) => write!(f, "The change could not be saved ({e})"),
        }
    }
}

/// Get and set whole values by key. The `*_text` methods take any key (the
/// time-stamped copies of damaged values); the others the app's own.
pub trait KeyValueStore {
    fn get_text(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set_text(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove_text(&self, key: &str) -> Result<(), StorageError>;
    /// Every key held, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;

    fn get(&self, key: StorageKey) -> Result<Option<String>, StorageError> {
        self.get_text(key.as_str())
    }
    /// The first `chars` characters of a value: what a revision check
    /// reads, without copying a large register out of storage to do it.
    fn get_head(&self, key: StorageKey, chars: u32) -> Result<Option<String>, StorageError> {
        Ok(self
            .get(key)?
            .map(|t| t.chars().take(chars as usize).collect()))
    }
    fn set(&self, key: StorageKey, value: &str) -> Result<(), StorageError> {
        self.set_text(key.as_str(), value)
    }
    fn remove(&self, key: StorageKey) -> Result<(), StorageError> {
        self.remove_text(key.as_str())
    }
}

/// The browser's localStorage (wasm only).
#[cfg(target_arch = "wasm32")]
pub use browser::BrowserStore;

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{KeyValueStore, StorageError, StorageKey};

    /// The browser's localStorage.
    #[derive(Clone, Copy, Debug, Default)]
    pub struct BrowserStore;

    fn local_storage() -> Result<web_sys::Storage, StorageError> {
        web_sys::window()
            .ok_or(StorageError::Unavailable)?
            .local_storage()
            .map_err(|_| StorageError::Unavailable)?
            .ok_or(StorageError::Unavailable)
    }

    impl KeyValueStore for BrowserStore {
        fn get_text(&self, key: &str) -> Result<Option<String>, StorageError> {
            local_storage()?
                .get_item(key)
                .map_err(|_| StorageError::Unavailable)
        }

        fn set_text(&self, key: &str, value: &str) -> Result<(), StorageError> {
            local_storage()?.set_item(key, value).map_err(|e| {
                let name = js_sys::Reflect::get(&e, &"name".into())
                    .ok()
                    .and_then(|v| v.as_string())
                    .unwrap_or_default();
                if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                    StorageError::Full
                } else {
                    StorageError::Other(name)
                }
            })
        }

        fn remove_text(&self, key: &str) -> Result<(), StorageError> {
            local_storage()?
                .remove_item(key)
                .map_err(|_| StorageError::Unavailable)
        }

        /// Sliced in the browser, so only the head crosses into the app (a
        /// lone half of a surrogate pair at the cut is read as U+FFFD).
        fn get_head(&self, key: StorageKey, chars: u32) -> Result<Option<String>, StorageError> {
            use wasm_bindgen::JsCast;
            let storage = local_storage()?;
            let get_item: js_sys::Function = js_sys::Reflect::get(&storage, &"getItem".into())
                .ok()
                .and_then(|f| f.dyn_into().ok())
                .ok_or(StorageError::Unavailable)?;
            let value = get_item
                .call1(&storage, &key.as_str().into())
                .map_err(|_| StorageError::Unavailable)?;
            if value.is_null() || value.is_undefined() {
                return Ok(None);
            }
            let text: js_sys::JsString = value.unchecked_into();
            Ok(text.slice(0, chars).as_string())
        }

        fn keys(&self) -> Result<Vec<String>, StorageError> {
            let storage = local_storage()?;
            let n = storage.length().map_err(|_| StorageError::Unavailable)?;
            Ok((0..n)
                .filter_map(|i| storage.key(i).ok().flatten())
                .collect())
        }
    }
}

/// An in-memory store for tests; `capacity` bytes simulate a full browser.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    values: Rc<RefCell<BTreeMap<String, String>>>,
    pub capacity: Option<usize>,
}

impl MemoryStore {
    /// A store that refuses to hold more than `bytes` of text in all.
    pub fn with_capacity(bytes: usize) -> Self {
        MemoryStore {
            capacity: Some(bytes),
            ..MemoryStore::default()
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get_text(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set_text(&self, key: &str, value: &str) -> Result<(), StorageError> {
        let mut values = self.values.borrow_mut();
        if let Some(cap) = self.capacity {
            let others: usize = values
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(_, v)| v.len())
                .sum();
            if others + value.len() > cap {
                return Err(StorageError::Full);
            }
        }
        values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove_text(&self, key: &str) -> Result<(), StorageError> {
        self.values.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.values.borrow().keys().cloned().collect())
    }
}
