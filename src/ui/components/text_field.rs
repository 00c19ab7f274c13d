//! An NHS text input with its label, hint, error and warning.

use leptos::prelude::*;

use super::ErrorMessage;

#[component]
pub fn TextField(
    /// The input's id (and name).
    #[prop(into)]
    id: String,
    label: &'static str,
    #[prop(default = "")] hint: &'static str,
    /// "text", "tel" or "email".
    #[prop(default = "text")]
    input_type: &'static str,
    /// An `autocomplete` token, e.g. "tel" or "email".
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// A width class such as "nhsuk-input--width-20".
    #[prop(default = "")]
    width: &'static str,
    #[prop(into)] value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// Called when the user leaves the field after changing it.
    #[prop(optional)]
    on_change: Option<Callback<()>>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Advice that does not block (shown without the error styling).
    #[prop(optional, into)]
    warning: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let warning = warning.unwrap_or_else(|| Signal::derive(|| None));
    let warning_id = format!("{id}-warning");
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let (field_id, label_for, name) = (id.clone(), id.clone(), id.clone());
    let described_by = {
        let id = id.clone();
        move || {
            let mut ids = Vec::new();
            if !hint.is_empty() {
                ids.push(format!("{id}-hint"));
            }
            if error.with(Option::is_some) {
                ids.push(format!("{id}-error"));
            }
            if warning.with(Option::is_some) {
                ids.push(format!("{id}-warning"));
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field=field_id
        >
            <label class="nhsuk-label" for=label_for>{label}</label>
            {(!hint.is_empty()).then(|| view! { <div class="nhsuk-hint" id=hint_id>{hint}</div> })}
            <ErrorMessage id=error_id message=error/>
            {move || warning.get().map(|m| view! {
                <p class="nhsuk-body-s app-warning" id=warning_id.clone() data-testid="warning">
                    <strong>"Warning: "</strong>
                    {m}
                </p>
            })}
            <input
                class=format!("nhsuk-input {width}")
                class=("nhsuk-input--error", move || error.with(Option::is_some))
                id=id
                name=name
                type=input_type
                autocomplete=autocomplete
                spellcheck="false"
                aria-describedby=described_by
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
                on:change=move |_| {
                    if let Some(cb) = on_change {
                        cb.run(());
                    }
                }
            />
        </div>
    }
}
