//! NHS radios in a fieldset: one choice from a short list.

use leptos::prelude::*;

use super::ErrorMessage;

#[component]
pub fn RadioGroup(
    /// The base of the ids: each radio is `<name>-<key>`.
    name: &'static str,
    legend: &'static str,
    /// (key, label) for each choice.
    options: Vec<(&'static str, &'static str)>,
    /// The chosen key, or "" for none.
    #[prop(into)]
    selected: Signal<String>,
    on_select: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    /// Show the choices side by side.
    #[prop(default = false)]
    inline: bool,
) -> impl IntoView {
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field=name
        >
            <fieldset
                class="nhsuk-fieldset"
                aria-describedby=move || error.with(Option::is_some).then(|| format!("{name}-error"))
            >
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
                <ErrorMessage id=format!("{name}-error") message=error/>
                <div class="nhsuk-radios" class=("nhsuk-radios--inline", inline)>
                    {options
                        .into_iter()
                        .map(|(key, label)| {
                            let id = format!("{name}-{key}");
                            view! {
                                <div class="nhsuk-radios__item">
                                    <input
                                        class="nhsuk-radios__input"
                                        id=id.clone()
                                        name=name
                                        type="radio"
                                        value=key
                                        prop:checked=move || selected.with(|s| s == key)
                                        on:change=move |_| on_select.run(key.to_string())
                                    />
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>{label}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
