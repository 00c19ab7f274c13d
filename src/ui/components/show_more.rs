//! "Show 25 more": the secondary button under a long list that draws its
//! next page of rows, there only while some rows are not drawn yet.

use leptos::prelude::*;

/// The button, for a list where `matching` rows match and `shown` are
/// drawn. Each page keeps its own count and focus: `on_more` adds the
/// next `page` rows (and moves focus, if it does).
#[component]
pub fn ShowMore(
    /// How many rows match.
    #[prop(into)]
    matching: Signal<usize>,
    /// How many of them are drawn.
    #[prop(into)]
    shown: Signal<usize>,
    /// How many rows each press adds.
    page: usize,
    /// Its `data-testid`.
    testid: &'static str,
    /// Left out of print, with `app-no-print`.
    #[prop(optional)]
    no_print: bool,
    /// Draws the next `page` rows.
    on_more: Callback<()>,
) -> impl IntoView {
    let class = if no_print {
        "nhsuk-button nhsuk-button--secondary app-no-print"
    } else {
        "nhsuk-button nhsuk-button--secondary"
    };
    move || {
        (shown.get() < matching.get()).then(|| {
            view! {
                <button class=class type="button" data-testid=testid on:click=move |_| on_more.run(())>
                    {move || format!("Show {} more", matching.get().saturating_sub(shown.get()).min(page))}
                </button>
            }
        })
    }
}
