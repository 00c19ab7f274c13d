//! The NHS date input: day, month and year boxes in a fieldset, with the
//! error message at the field and only the wrong box highlighted.

use leptos::prelude::*;

use super::ErrorMessage;

use crate::domain::helpers::date_text::{DatePart, DateParts};

/// The three boxes of a date: which part, the id's ending, label, width.
/// The calculator's form writes the same boxes as markup.
pub const BOXES: [(DatePart, &str, &str, &str); 3] = [
    (DatePart::Day, "day", "Day", "nhsuk-input--width-2"),
    (DatePart::Month, "month", "Month", "nhsuk-input--width-2"),
    (DatePart::Year, "year", "Year", "nhsuk-input--width-4"),
];

#[component]
pub fn DateInput(
    /// The base of the ids: boxes are `<id>-day`, `<id>-month`, `<id>-year`.
    #[prop(into)]
    id: String,
    /// The legend, e.g. "Date of admission".
    label: &'static str,
    /// Help under the legend.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The boxes' contents.
    #[prop(into)]
    value: Signal<DateParts>,
    /// Called with the new contents on every keystroke.
    on_input: Callback<DateParts>,
    /// Called when the user leaves a box they changed.
    #[prop(optional)]
    on_change: Option<Callback<()>>,
    /// The message to show, and which box it is about.
    #[prop(into)]
    error: Signal<Option<(String, DatePart)>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field=id.clone()
        >
            <fieldset class="nhsuk-fieldset" role="group" aria-describedby=described_by>
                <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
                {hint.map(|h| view! { <div class="nhsuk-hint" id=hint_id.clone()>{h}</div> })}
                <ErrorMessage id=error_id.clone() message=Signal::derive(move || error.get().map(|(m, _)| m))/>
                <div class="nhsuk-date-input" id=id.clone()>
                    {BOXES
                        .into_iter()
                        .map(|(part, suffix, text, width)| {
                            let box_id = format!("{id}-{suffix}");
                            let in_error = move || {
                                error.with(|e| matches!(e, Some((_, p)) if *p == part || *p == DatePart::All))
                            };
                            view! {
                                <div class="nhsuk-date-input__item">
                                    <div class="nhsuk-form-group">
                                        <label class="nhsuk-label nhsuk-date-input__label" for=box_id.clone()>
                                            {text}
                                        </label>
                                        <input
                                            class=format!("nhsuk-input nhsuk-date-input__input {width}")
                                            class=("nhsuk-input--error", in_error)
                                            id=box_id.clone()
                                            name=box_id
                                            type="text"
                                            inputmode="numeric"
                                            autocomplete="off"
                                            prop:value=move || value.with(|p| p.part(part).to_string())
                                            on:input=move |ev| {
                                                let typed = event_target_value(&ev);
                                                let mut parts = value.get_untracked();
                                                *parts.part_mut(part) = typed;
                                                on_input.run(parts);
                                            }
                                            on:change=move |_| {
                                                if let Some(cb) = on_change {
                                                    cb.run(());
                                                }
                                            }
                                        />
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
