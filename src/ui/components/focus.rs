use wasm_bindgen::JsCast;

/// Move keyboard focus to the element with this id, and bring it into view.
pub fn focus_element(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Move keyboard focus to the first element inside `root` that `css`
/// matches, if there is one.
pub fn focus_within(root: &web_sys::Element, css: &str) {
    let element = root
        .query_selector(css)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
