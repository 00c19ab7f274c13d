//! An NHS textarea with its label, hint and error.

use leptos::prelude::*;

#[component]
pub fn TextArea(
    id: &'static str,
    label: &'static str,
    #[prop(default = "")] hint: &'static str,
    #[prop(default = 3)] rows: u32,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    /// Extra words after the label, such as which schemes require it.
    #[prop(default = String::new())]
    tag: String,
) -> impl IntoView {
    view! {
        <div class="nhsuk-form-group" data-field=id>
            <label class="nhsuk-label nhsuk-label--s" for=id>
                {label}
                {(!tag.is_empty()).then(|| view! { <span class="app-required-by">{tag.clone()}</span> })}
            </label>
            {(!hint.is_empty()).then(|| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
            <textarea
                class="nhsuk-textarea"
                id=id
                name=id
                rows=rows
                aria-describedby=(!hint.is_empty()).then(|| format!("{id}-hint"))
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </div>
    }
}
