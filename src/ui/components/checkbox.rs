//! One NHS checkbox with its label.

use leptos::prelude::*;

#[component]
pub fn Checkbox(
    /// The element id (an id made at run time too, such as a line's).
    #[prop(into)]
    id: String,
    #[prop(into)] label: String,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
    /// Words after the label for screen readers only, when every box of a
    /// list reads the same ("for Ann Smith").
    #[prop(optional, into)]
    hidden: String,
) -> impl IntoView {
    let (name, label_for) = (id.clone(), id.clone());
    view! {
        <div class="nhsuk-checkboxes__item">
            <input
                class="nhsuk-checkboxes__input"
                id=id
                name=name
                type="checkbox"
                prop:checked=checked
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            <label class="nhsuk-label nhsuk-checkboxes__label" for=label_for>
                {label}
                {(!hidden.is_empty()).then(|| view! { <span class="nhsuk-u-visually-hidden">{format!(" {hidden}")}</span> })}
            </label>
        </div>
    }
}
