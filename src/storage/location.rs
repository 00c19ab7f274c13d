//! The address bar: navigation state lives in the URL fragment (`#/due?…`),
//! which works on any static host and is never sent to a server.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// The fragment now, e.g. "#/due?scheme=lsc-2026".
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replace the fragment without adding a history entry or firing
/// `hashchange`, so typing does not fill the back button.
pub fn replace_hash(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_hash() == hash {
        return;
    }
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(hash));
    }
}

/// Call `f` with the new fragment whenever the user navigates (a link,
/// the back button, or an edited address). Fragments that are not routes
/// (an in-page "#id" target) are left to the page.
pub fn on_route_change(f: impl Fn(String) + 'static) {
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        if hash.is_empty() || hash.starts_with("#/") {
            f(hash);
        }
    });
    // Until the app that asked is unmounted (the start app hands over).
    on_cleanup(move || handle.remove());
}

/// The page's address without its fragment, to build links to this app.
pub fn page_base() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_string(),
        None => href,
    }
}

/// Go to a fragment address, as a link would.
pub fn go_to(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}
