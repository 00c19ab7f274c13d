//! The pages and their fragment addresses. A small router of our own:
//! leptos_router has no hash mode, and fragments never reach a server.

use leptos::prelude::*;

use crate::storage::location;

pub use crate::domain::formats::route::Route;

/// The route of the address now, following every navigation.
/// After each navigation the new page starts at the top, or where the user
/// left it when they come back, and focus moves to its heading, which a
/// screen reader announces.
pub fn follow_address() -> Memo<Route> {
    let hash = RwSignal::new(location::current_hash());
    location::on_route_change(move |h| hash.set(h), settle);
    Memo::new(move |_| Route::parse(&hash.get()))
}

/// The full app, started by the start app when the user moved to one of
/// its pages, focuses that page's heading as any move does (issue 23: the
/// first move left focus on the page's body).
pub fn settle_after_hand_over() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root.filter(|r| r.has_attribute("data-handed-over")) {
        let _ = root.remove_attribute("data-handed-over");
        settle(location::Arrival::New);
    }
}

/// Once the new page is drawn: focus its `h1`, then scroll.
fn settle(arrival: location::Arrival) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        // A page that moved focus itself (to a linked entry) keeps it.
        let main = document.query_selector("main").ok().flatten();
        if let (Some(main), Some(active)) = (main, document.active_element()) {
            if main.contains(Some(&active)) {
                return;
            }
        }
        let heading = document
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            if !h.has_attribute("tabindex") {
                let _ = h.set_attribute("tabindex", "-1");
            }
            let _ = h.focus();
        }
        let y = match arrival {
            location::Arrival::New => 0.0,
            location::Arrival::Return { scroll_y } => scroll_y,
        };
        // Coming back down a page: a list drawn only near the screen
        // (`.app-render-when-seen`) is drawn now, so the place scrolled to
        // is where the user was, not where an estimate of its height puts
        // it. It goes back to being drawn lazily from the next frame on,
        // once this one (we are in its animation-frame callbacks) has been
        // drawn and its real height noted.
        let root = document.document_element().filter(|_| y > 0.0);
        if let Some(root) = &root {
            let _ = root.set_attribute(RESTORING, "");
        }
        window.scroll_to_with_x_and_y(0.0, y);
        if let Some(root) = root {
            request_animation_frame(move || {
                let _ = root.remove_attribute(RESTORING);
            });
        }
    });
}

/// On the page's root while the place a user comes back to is restored.
const RESTORING: &str = "data-restoring-scroll";
