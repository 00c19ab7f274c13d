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
        // Keep the entry's id (see `on_route_change`).
        let state = history.state().unwrap_or(JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(hash));
    }
}

/// Take `key` out of the address's query, without a history entry: a
/// sealed link's data, once opened, is not left in the browser's history.
pub fn drop_from_query(key: &str) {
    let hash = current_hash();
    let Some((path, query)) = hash.split_once('?') else {
        return;
    };
    let rest: Vec<(String, String)> = crate::domain::formats::query::parse(query)
        .into_iter()
        .filter(|(k, _)| k != key)
        .collect();
    let query =
        crate::domain::formats::query::build(rest.iter().map(|(k, v)| (k.as_str(), v.clone())));
    if query.is_empty() {
        replace_hash(path);
    } else {
        replace_hash(&format!("{path}?{query}"));
    }
}

/// How the user reached a page: a new entry (a link, a typed address), or
/// back or forward to an entry seen before, with its scroll position.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arrival {
    New,
    Return { scroll_y: f64 },
}

thread_local! {
    /// Scroll positions by history entry id, and the id of the entry shown.
    static ENTRIES: std::cell::RefCell<(Vec<(u32, f64)>, u32)> =
        const { std::cell::RefCell::new((Vec::new(), 0)) };
}

fn entry_id() -> Option<u32> {
    let history = web_sys::window()?.history().ok()?;
    history.state().ok()?.as_f64().map(|n| n as u32)
}

/// Give the entry shown an id (the history state), remembered across
/// reloads by the browser, and return it.
fn ensure_entry_id() -> u32 {
    if let Some(id) = entry_id() {
        return id;
    }
    // A new entry: one more than any id seen (ids start at 1).
    let id = ENTRIES.with(|e| e.borrow().0.iter().map(|(i, _)| *i).max().unwrap_or(0)) + 1;
    let id = id.max(ENTRIES.with(|e| e.borrow().1) + 1);
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state(&JsValue::from_f64(id as f64), "");
    }
    id
}

fn remember_scroll() {
    let y = web_sys::window()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0);
    ENTRIES.with(|e| {
        let mut e = e.borrow_mut();
        let current = e.1;
        match e.0.iter_mut().find(|(i, _)| *i == current) {
            Some(slot) => slot.1 = y,
            None => e.0.push((current, y)),
        }
    });
}

/// Call `f` with the new fragment whenever the user navigates (a link,
/// the back button, or an edited address). Fragments that are not routes
/// (an in-page "#id" target) are left to the page.
/// `arrived` is called after `f` with how the user came: to scroll and
/// move focus once the new page is drawn.
pub fn on_route_change(f: impl Fn(String) + 'static, arrived: impl Fn(Arrival) + 'static) {
    let first = ensure_entry_id();
    ENTRIES.with(|e| e.borrow_mut().1 = first);
    let scroll = window_event_listener(leptos::ev::scroll, move |_| remember_scroll());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        let hash = current_hash();
        if !(hash.is_empty() || hash.starts_with("#/")) {
            return;
        }
        let arrival = match entry_id() {
            Some(id) => {
                let y =
                    ENTRIES.with(|e| e.borrow().0.iter().find(|(i, _)| *i == id).map(|(_, y)| *y));
                ENTRIES.with(|e| e.borrow_mut().1 = id);
                Arrival::Return {
                    scroll_y: y.unwrap_or(0.0),
                }
            }
            None => {
                let id = ensure_entry_id();
                ENTRIES.with(|e| e.borrow_mut().1 = id);
                Arrival::New
            }
        };
        // A field still focused (the address bar or Back used while typing)
        // gets its "change" now, while its page is there to take it, not
        // as the page is taken down (issue 23).
        if let Some(field) = leptos::prelude::document()
            .active_element()
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = field.blur();
        }
        f(hash);
        arrived(arrival);
    });
    // Until the app that asked is unmounted (the start app hands over).
    on_cleanup(move || {
        handle.remove();
        scroll.remove();
    });
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
