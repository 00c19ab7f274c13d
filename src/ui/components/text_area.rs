//! An NHS textarea with its label, hint and error.

use leptos::prelude::*;

use super::ErrorMessage;

#[component]
pub fn TextArea(
    /// The element id (an id made at run time too, such as a resident's).
    #[prop(into)]
    id: String,
    label: &'static str,
    #[prop(default = "")] hint: &'static str,
    #[prop(default = 3)] rows: u32,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// Extra words after the label, such as which schemes require it.
    #[prop(default = String::new())]
    tag: String,
    /// The message at the field, when it is wrong.
    #[prop(optional, into)]
    error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if !hint.is_empty() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let (field, label_for, name) = (id.clone(), id.clone(), id.clone());
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field=field
        >
            <label class="nhsuk-label nhsuk-label--s" for=label_for>
                {label}
                {(!tag.is_empty()).then(|| view! { <span class="app-required-by">{tag.clone()}</span> })}
            </label>
            {(!hint.is_empty()).then(|| view! { <div class="nhsuk-hint" id=hint_id>{hint}</div> })}
            <ErrorMessage id=error_id message=error/>
            <textarea
                class="nhsuk-textarea"
                class=("nhsuk-textarea--error", move || error.with(Option::is_some))
                id=id
                name=name
                rows=rows
                aria-describedby=described_by
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
