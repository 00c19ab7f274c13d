//! Small helpers to drive and read the DOM the way a user would.

use care_home_toolkit::domain::records::register::{Home, Resident};
use care_home_toolkit::ui::{AppState, Records};
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mount `f` in a fresh element, with the app state the pages expect.
pub fn mount(today: NaiveDate, f: impl FnOnce() -> AnyView + 'static) -> HtmlElement {
    let parent: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&parent).unwrap();
    let handle = leptos::mount::mount_to(parent.clone(), move || {
        provide_context(AppState::load(today));
        provide_context(Records::load().0);
        f()
    });
    handle.forget();
    parent
}

/// Home "h1", Oakwood House, on the Lancashire and South Cumbria scheme,
/// its weekly round on Tuesdays.
pub fn oakwood_house() -> Home {
    Home {
        id: "h1".into(),
        name: "Oakwood House".into(),
        scheme: "lsc-2026".into(),
        round_day: "Tuesday".into(),
        ..Home::default()
    }
}

/// A resident of home "h1", admitted on 2 November 2026, nothing else set.
pub fn resident(id: &str, name: &str, nhs: &str) -> Resident {
    Resident {
        made: Default::default(),
        stamps: Default::default(),
        versions: Vec::new(),
        id: id.into(),
        home_id: "h1".into(),
        name: name.into(),
        date_of_birth: None,
        nhs_number: nhs.into(),
        room: String::new(),
        temporary: false,
        admitted: d(2026, 11, 2),
        informed: None,
        events: vec![],
        discharged: None,
        concern: String::new(),
    }
}

/// Let effects and rendering catch up.
pub async fn settle() {
    for _ in 0..3 {
        leptos::task::tick().await;
    }
}

/// Wait `ms` milliseconds of real time (timers fire meanwhile).
pub async fn wait_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

pub fn find(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

pub fn text(root: &Element, selector: &str) -> String {
    find(root, selector)
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Type into a box: set its value and fire `input` then `change`.
pub fn type_into(root: &Element, id: &str, value: &str) {
    let input: HtmlInputElement = find(root, &format!("#{id}"))
        .unwrap_or_else(|| panic!("no input #{id}"))
        .unchecked_into();
    input.set_value(value);
    for kind in ["input", "change"] {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let ev = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
        input.dispatch_event(&ev).unwrap();
    }
}

pub fn click(root: &Element, selector: &str) {
    let el: HtmlElement = find(root, selector)
        .unwrap_or_else(|| panic!("nothing to click at {selector}"))
        .unchecked_into();
    el.click();
}

/// (obligation id, datetime of its due date, status) for every result row.
pub fn result_rows(root: &Element) -> Vec<(String, String, String)> {
    all(root, "tr[data-obligation]")
        .into_iter()
        .map(|row| {
            let due = row
                .query_selector("time")
                .unwrap()
                .and_then(|t| t.get_attribute("datetime"))
                .unwrap_or_default();
            (
                row.get_attribute("data-obligation").unwrap_or_default(),
                due,
                row.get_attribute("data-status").unwrap_or_default(),
            )
        })
        .collect()
}

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
