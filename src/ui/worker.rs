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
    /// Bytes used and allowed, where the browser says.
    pub usage: Option<f64>,
    pub quota: Option<f64>,
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
        match (self.usage, self.quota) {
            (Some(u), Some(q)) if q > 0.0 => {
                // Rounded to whole tenths and megabytes first: formatting
                // a float would add about 4 KB to the app (issue 12).
                let tenths = (u / 100_000.0 + 0.5) as u64;
                let quota = (q / 1_000_000.0 + 0.5) as u64;
                format!(
                    "{kept} Using {}.{} MB of the {quota} MB this browser allows.",
                    tenths / 10,
                    tenths % 10
                )
            }
            _ => kept.to_string(),
        }
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
    let number = |i: u32| array.get(i).as_f64().filter(|n| *n >= 0.0);
    StorageStatus {
        kept: array.get(0).as_bool().unwrap_or(false),
        usage: number(1),
        quota: number(2),
    }
}
