//! A button that opens the browser's print dialog (print or save as PDF).

use leptos::prelude::*;

#[component]
pub fn PrintButton(
    /// "Print or save as PDF", "Print the poster"…
    label: &'static str,
    /// "nhsuk-button" (the main action) or a secondary button's classes.
    #[prop(optional)]
    class: Option<&'static str>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <button
            class=format!("{} app-no-print", class.unwrap_or("nhsuk-button"))
            type="button"
            data-testid=testid
            on:click=move |_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            }
        >
            {label}
        </button>
    }
}
