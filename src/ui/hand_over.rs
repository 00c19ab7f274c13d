//! Loading the full app. The start app has only the pages a link usually
//! opens, so the first load is small. The first visit to any other page
//! fetches the full app (a second module built from this same code; the
//! build names it in index.html) and hands the page over: the start app is
//! unmounted and the full app mounts in its place, reading the same storage.

use std::any::Any;
use std::cell::{Cell, RefCell};

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/ui/hand_over.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchFullApp)]
    fn fetch_full_app() -> js_sys::Promise;
    #[wasm_bindgen(js_name = startFullApp)]
    fn start_full_app(prepared: &JsValue) -> js_sys::Promise;
}

thread_local! {
    /// The start app's mount, dropped (so unmounted) at the hand-over.
    static START_APP: RefCell<Option<Box<dyn Any>>> = RefCell::new(None);
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// Keep the start app's mount handle until the full app takes over.
pub fn keep_until_hand_over(mounted: impl Any) {
    START_APP.with(|s| *s.borrow_mut() = Some(Box::new(mounted)));
}

/// Fetch the full app and hand over to it; once only. A failure to fetch
/// it leaves the start app working and says why in `problem`.
pub fn load_full_app(problem: RwSignal<Option<String>>) {
    if LOADING.replace(true) {
        return;
    }
    problem.set(None);
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(fetch_full_app()).await {
            Ok(prepared) => {
                let start_app = START_APP.with(|s| s.borrow_mut().take());
                drop(start_app);
                if let Err(e) = JsFuture::from(start_full_app(&prepared)).await {
                    show_start_failure(describe(&e));
                }
            }
            Err(e) => {
                LOADING.set(false);
                problem.set(Some(describe(&e)));
            }
        }
    });
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "no reason was given".to_string())
}

/// The start app is gone by now, so the message gets a page of its own.
fn show_start_failure(reason: String) {
    leptos::mount::mount_to_body(move || {
        view! {
            <div class="nhsuk-width-container">
                {failure(
                    "The toolkit could not start",
                    format!("The rest of the app failed to start: {reason}."),
                    "Your saved data has not been changed. Reload the page to try again.",
                )}
            </div>
        }
    });
}

/// An NHS error summary: what failed, why, and what to do.
fn failure(title: &'static str, why: String, advice: &'static str) -> impl IntoView {
    view! {
        <div class="nhsuk-error-summary" role="alert" data-testid="full-app-failed">
            <h2 class="nhsuk-error-summary__title">{title}</h2>
            <div class="nhsuk-error-summary__body">
                <p>{why}</p>
                <p>{advice}</p>
            </div>
        </div>
    }
}

/// Why the rest of the app could not be fetched, in words for the user:
/// (title, what happened, what to do). Offline is said as such.
pub fn fetch_failure(online: bool, reason: &str) -> (&'static str, String, &'static str) {
    if online {
        (
            "This page could not be loaded",
            format!("The rest of the toolkit could not be fetched: {reason}."),
            "Your saved data has not been changed. Check the connection to the site and try again.",
        )
    } else {
        (
            "You are offline and this page has not been saved on this device yet",
            "This device has not yet kept the rest of the toolkit: it is saved the first time \
             the toolkit is opened with a connection."
                .to_string(),
            "Your saved data has not been changed. The due-date calculator works now; \
             connect once and every page will then work offline.",
        )
    }
}

fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// What the start app shows while the full app loads, or why it did not.
#[component]
pub fn LoadingFullApp(problem: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        match problem.get() {
        None => view! {
            <div class="app-loading" role="status" data-testid="loading-full-app">
                <p>
                    "Loading the rest of the toolkit (the register, agreements and other pages). "
                    "This happens once: after that it is kept on this device."
                </p>
                <progress class="app-progress" aria-label="Loading the rest of the toolkit"></progress>
            </div>
        }
        .into_any(),
        Some(reason) => view! {
            {
                let (title, why, advice) = fetch_failure(online(), &reason);
                failure(title, why, advice)
            }
            <button class="nhsuk-button" type="button" on:click=move |_| load_full_app(problem)>
                "Try again"
            </button>
        }
        .into_any(),
    }
    }
}
