//! The NHS error message shown at a field.

use leptos::prelude::*;

/// Renders nothing until there is a message.
#[component]
pub fn ErrorMessage(
    /// The element id, which the field's `aria-describedby` names.
    #[prop(into)]
    id: String,
    #[prop(into)] message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <span class="nhsuk-error-message" id=id.clone()>
                    <span class="nhsuk-u-visually-hidden">"Error: "</span>
                    {m}
                </span>
            }
        })
    }
}
