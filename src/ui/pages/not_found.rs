//! Any fragment that is not a page.

use leptos::prelude::*;

use crate::domain::formats::route::Route;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    view! {
        <h1>"Page not found"</h1>
        <p data-testid="not-found">{format!("There is no page at \u{201c}{path}\u{201d}.")}</p>
        <p>
            <a href=Route::START.fixed_href()>"Go to the start page"</a>
        </p>
    }
}
