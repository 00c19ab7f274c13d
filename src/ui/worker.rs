//! The service worker's registration (`worker.js`, `public/sw.js`): the app
//! works offline after the first visit, and a new build is offered with a
//! "Reload" button rather than mixed into a running page.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/ui/worker.js")]
extern "C" {
    /// Register `sw.js` once the page has loaded; show "A new version is
    /// ready" when a newer build has installed.
    #[wasm_bindgen(js_name = registerWorker)]
    pub fn register_worker();
}

#[wasm_bindgen(module = "/src/ui/worker.js")]
extern "C" {
    #[wasm_bindgen(js_name = keepStorage)]
    fn keep_storage_js() -> js_sys::Promise;
    #[wasm_bindgen(js_name = storageStatus)]
    fn storage_status_js() -> js_sys::Promise;
}

/// Whether the browser keeps this site's storage, and how much is used.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StorageStatus {
    pub kept: bool,
    /// Characters the toolkit's records take in the browser's storage for
    /// the site, which holds about [`SITE_CHARACTERS`].
    pub characters: usize,
}

/// About what a browser keeps for one site in the storage the records
/// use (localStorage): 5 million characters in every engine.
pub const SITE_CHARACTERS: usize = 5_000_000;

/// "1.4 million" or "12 thousand" (with a no-break space: the number
/// and its word stay on one line).
fn about(n: usize) -> String {
    if n >= 100_000 {
        let tenths = (n + 50_000) / 100_000;
        format!("{}.{}\u{a0}million", tenths / 10, tenths % 10)
    } else {
        format!("{}\u{a0}thousand", n.div_ceil(1000))
    }
}

impl StorageStatus {
    /// "Kept on this device. Using 1.2 MB of 2,048 MB."
    pub fn describe(&self) -> String {
        let kept = if self.kept {
            "This browser keeps the toolkit\u{2019}s data: it will not clear it to free space."
        } else {
            "This browser has not agreed to keep the toolkit\u{2019}s data: it may clear it \
             when the device runs short of space. Make backups."
        };
        if self.characters == 0 {
            return format!("{kept} Nothing is stored yet.");
        }
        // The records' own share, not the browser's estimate for the
        // whole site (issue 23: "2.0 MB of the 10739 MB" was said with
        // storage full).
        format!(
            "{kept} The records take about {} of the {} characters this browser keeps for a site ({}%).",
            about(self.characters),
            about(SITE_CHARACTERS),
            (self.characters * 100).div_ceil(SITE_CHARACTERS).min(100)
        )
    }
}

/// Ask the browser to keep this site's storage; whether it does.
pub async fn keep_storage() -> bool {
    wasm_bindgen_futures::JsFuture::from(keep_storage_js())
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Read whether storage is kept and how much is used.
pub async fn storage_status() -> StorageStatus {
    let value = wasm_bindgen_futures::JsFuture::from(storage_status_js())
        .await
        .unwrap_or(JsValue::UNDEFINED);
    let array = js_sys::Array::from(&value);
    StorageStatus {
        kept: array.get(0).as_bool().unwrap_or(false),
        characters: crate::storage::characters_used(&crate::storage::BrowserStore),
    }
}
