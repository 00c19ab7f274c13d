//! An NHS select with its label and error.

use leptos::prelude::*;

use super::ErrorMessage;

#[component]
pub fn SelectField(
    id: &'static str,
    label: &'static str,
    /// (value, text) for each option, in order.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
    #[prop(optional, into)] error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error = error.unwrap_or_else(|| Signal::derive(|| None));
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field=id
        >
            <label class="nhsuk-label" for=id>{label}</label>
            <ErrorMessage id=format!("{id}-error") message=error/>
            <select
                class="nhsuk-select"
                class=("nhsuk-select--error", move || error.with(Option::is_some))
                id=id
                name=id
                prop:value=value
                on:change=move |ev| on_change.run(event_target_value(&ev))
            >
                {move || {
                    let current = value.get_untracked();
                    options
                        .get()
                        .into_iter()
                        .map(|(v, text)| {
                            let selected = v == current;
                            view! { <option value=v selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
