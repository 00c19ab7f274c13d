//! Choosing a scheme: NHS radios, each with its commissioner and period.

use leptos::prelude::*;

use super::ErrorMessage;

use crate::domain::rules::schemes::ALL;

#[component]
pub fn SchemeChoice(
    /// The chosen scheme id ("" for none).
    #[prop(into)]
    selected: Signal<String>,
    on_select: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field="scheme"
        >
            <fieldset class="nhsuk-fieldset" aria-describedby=move || error.with(Option::is_some).then_some("scheme-error")>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">"Scheme"</legend>
                <ErrorMessage id="scheme-error" message=error/>
                <div class="nhsuk-radios">
                    {ALL
                        .into_iter()
                        .map(|s| {
                            let id = format!("scheme-{}", s.id);
                            let hint_id = format!("{id}-hint");
                            view! {
                                <div class="nhsuk-radios__item">
                                    <input
                                        class="nhsuk-radios__input"
                                        id=id.clone()
                                        name="scheme"
                                        type="radio"
                                        value=s.id
                                        aria-describedby=hint_id.clone()
                                        prop:checked=move || selected.with(|sel| sel == s.id)
                                        on:change=move |_| on_select.run(s.id.to_string())
                                    />
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>{s.name}</label>
                                    <div class="nhsuk-hint nhsuk-radios__hint" id=hint_id>
                                        {format!("{}. In force {}. {}", s.commissioner, s.period_text(), s.stack_text().unwrap_or_default())}
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
        </div>
    }
}
