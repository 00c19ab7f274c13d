//! One NHS checkbox with its label.

use leptos::prelude::*;

#[component]
pub fn Checkbox(
    id: &'static str,
    label: &'static str,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="nhsuk-checkboxes__item">
            <input
                class="nhsuk-checkboxes__input"
                id=id
                name=id
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{label}</label>
        </div>
    }
}
