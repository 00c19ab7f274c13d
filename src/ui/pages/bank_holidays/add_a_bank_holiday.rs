//! The bank holidays page's "Add a bank holiday": a one-off holiday, or one
//! that moves a built-in holiday, kept on this device, with the errors
//! summarised above the form and the confirmation once added.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{long, DateEntry, DatePart, DateParts};
use crate::domain::rules::calendar::{LocalHoliday, LocalHolidayError};
use crate::ui::components::{DateInput, ErrorSummary, SummaryError};
use crate::ui::state::AppState;

/// The heading, the form, and what happened.
#[component]
pub fn AddABankHoliday(
    /// What was added or removed, shown above the form.
    confirmation: RwSignal<Option<String>>,
    /// Why saving failed, in the error summary (set by the table's Remove
    /// too).
    save_error: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();

    let new_date = RwSignal::new(DateParts::default());
    let moved_from = RwSignal::new(DateParts::default());
    let moved_error: RwSignal<Option<(String, DatePart)>> = RwSignal::new(None);
    let new_name = RwSignal::new(String::new());
    let date_error: RwSignal<Option<(String, DatePart)>> = RwSignal::new(None);
    let name_error: RwSignal<Option<String>> = RwSignal::new(None);

    let summary = Signal::derive(move || {
        let mut list = Vec::new();
        for (id, error) in [
            ("holiday-date", date_error),
            ("holiday-moved-from", moved_error),
        ] {
            if let Some((message, part)) = error.get() {
                let suffix = match part {
                    DatePart::Month => "month",
                    DatePart::Year => "year",
                    _ => "day",
                };
                list.push(SummaryError {
                    target_id: format!("{id}-{suffix}"),
                    message,
                });
            }
        }
        if let Some(message) = name_error.get() {
            list.push(SummaryError {
                target_id: "holiday-name".into(),
                message,
            });
        }
        if let Some(message) = save_error.get() {
            list.push(SummaryError {
                target_id: "add-holiday".into(),
                message,
            });
        }
        list
    });

    let add = move |_| {
        date_error.set(None);
        moved_error.set(None);
        name_error.set(None);
        save_error.set(None);
        confirmation.set(None);
        let name = new_name.get_untracked();
        let date = match new_date.get_untracked().entry("Date of the holiday") {
            DateEntry::Valid(d) => Some(d),
            DateEntry::Empty => {
                date_error.set(Some((
                    "Enter the date of the holiday".into(),
                    DatePart::All,
                )));
                None
            }
            DateEntry::Invalid { message, part } => {
                date_error.set(Some((message, part)));
                None
            }
        };
        let instead_of = match moved_from.get_untracked().entry("Date it moves from") {
            DateEntry::Valid(d) => Some(Some(d)),
            DateEntry::Empty => Some(None),
            DateEntry::Invalid { message, part } => {
                moved_error.set(Some((message, part)));
                None
            }
        };
        if name.trim().is_empty() {
            name_error.set(Some("Enter a name for the holiday".into()));
        }
        let (Some(date), Some(instead_of)) = (date, instead_of) else {
            return;
        };
        let checked = app
            .calendar
            .with_untracked(|c| LocalHoliday::validate(date, &name, instead_of, c));
        match checked {
            Err(LocalHolidayError::NameMissing) => {}
            Err(e @ (LocalHolidayError::NothingToMove(_) | LocalHolidayError::MovedToItself)) => {
                moved_error.set(Some((e.to_string(), DatePart::All)))
            }
            Err(e) => date_error.set(Some((e.to_string(), DatePart::All))),
            Ok(holiday) => {
                if name_error.get_untracked().is_some() {
                    return;
                }
                let mut list = app.local_holidays.get_untracked();
                let at = list.partition_point(|h| h.date < holiday.date);
                list.insert(at, holiday.clone());
                match app.save_local_holidays(list) {
                    Ok(()) => {
                        let moved = match holiday.instead_of {
                            Some(from) => format!(" {} is a working day again.", long(from)),
                            None => String::new(),
                        };
                        confirmation.set(Some(format!(
                            "Added {} on {}. Deadlines now skip it.{moved}",
                            holiday.name,
                            long(holiday.date)
                        )));
                        new_date.set(DateParts::default());
                        moved_from.set(DateParts::default());
                        new_name.set(String::new());
                    }
                    Err(e) => save_error.set(Some(format!("{e}."))),
                }
            }
        }
    };

    view! {
        <h2 id="add-holiday-heading">"Add a bank holiday"</h2>
        <p>
            "When a new one-off bank holiday is proclaimed, add it here. It is kept in this browser and "
            "every deadline counted in working days skips it straight away. When the proclamation moves "
            "an existing bank holiday (as in 2020, when the early May bank holiday moved to VE Day), give "
            "the date it moves from as well: that day becomes a working day again. Removing the holiday "
            "here undoes both."
        </p>
        {move || confirmation.get().map(|c| view! {
            <div class="nhsuk-inset-text" role="status" data-testid="holiday-confirmation">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>{c}</p>
            </div>
        })}
        <ErrorSummary errors=summary/>
        <form novalidate class="app-no-print" on:submit=move |ev| {
            ev.prevent_default();
            add(());
        }>
            <DateInput
                id="holiday-date"
                label="Date of the holiday"
                hint="For example, 8 5 2023"
                value=new_date
                on_input=Callback::new(move |p| new_date.set(p))
                error=date_error
            />
            <DateInput
                id="holiday-moved-from"
                label="Date it moves from (optional)"
                hint="Only when the proclamation moves an existing bank holiday, for example 4 5 2020. Leave blank for an extra holiday."
                value=moved_from
                on_input=Callback::new(move |p| moved_from.set(p))
                error=moved_error
            />
            <div
                class="nhsuk-form-group"
                class=("nhsuk-form-group--error", move || name_error.with(Option::is_some))
            >
                <label class="nhsuk-label" for="holiday-name">"Name of the holiday"</label>
                {move || name_error.get().map(|m| view! {
                    <span class="nhsuk-error-message" id="holiday-name-error">
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>
                        {m}
                    </span>
                })}
                <input
                    class="nhsuk-input nhsuk-u-width-two-thirds"
                    class=("nhsuk-input--error", move || name_error.with(Option::is_some))
                    id="holiday-name"
                    name="holiday-name"
                    type="text"
                    aria-describedby=move || name_error.with(Option::is_some).then_some("holiday-name-error")
                    prop:value=new_name
                    on:input=move |ev| new_name.set(event_target_value(&ev))
                />
            </div>
            <button class="nhsuk-button" id="add-holiday" type="submit">"Add bank holiday"</button>
        </form>
    }
}
