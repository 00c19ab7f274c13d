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
