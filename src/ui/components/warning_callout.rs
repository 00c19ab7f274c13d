//! An NHS.UK warning callout: a heading that says what needs the user's
//! attention, then what to do about it.

use leptos::prelude::*;

#[component]
pub fn WarningCallout(
    title: &'static str,
    /// Its `data-testid`.
    testid: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="nhsuk-warning-callout" data-testid=testid>
            <h2 class="nhsuk-warning-callout__label">
                <span role="text">
                    <span class="nhsuk-u-visually-hidden">"Important: "</span>
                    {title}
                </span>
            </h2>
            {children()}
        </div>
    }
}
