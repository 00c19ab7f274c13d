//! A resident's "The resident has left the home": the folded form that
//! records why and when they left (while they are current).

use leptos::prelude::*;

use crate::domain::helpers::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::records::register::{Discharge, LeftBecause, Resident};
use crate::ui::components::{DateInput, SelectField};

/// The form, there only while the resident is current.
#[component]
pub(super) fn TheResidentHasLeft(resident: Memo<Option<Resident>>) -> impl IntoView {
    let edit = super::editor(resident);
    // Leaving the home.
    let leave_date = RwSignal::new(DateParts::default());
    let leave_reason = RwSignal::new(String::new());
    let leave_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let discharge = move |_| {
        leave_error.set(None);
        let reason = match leave_reason.get_untracked().as_str() {
            "died" => LeftBecause::Died,
            "moved-out" => LeftBecause::MovedOut,
            _ => {
                leave_error.set(Some(("Choose why the resident left".into(), DatePart::All)));
                return;
            }
        };
        match leave_date.get_untracked().event_entry("Date") {
            DateEntry::Valid(date) => edit(&|r| r.discharged = Some(Discharge { date, reason })),
            DateEntry::Empty => leave_error.set(Some(("Enter the date".into(), DatePart::All))),
            DateEntry::Invalid { message, part } => leave_error.set(Some((message, part))),
        }
    };

    move || {
        resident.with(|r| r.as_ref().is_some_and(|r| r.is_current())).then(|| view! {
            <details class="nhsuk-details app-no-print">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"The resident has left the home"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <SelectField
                        id="leave-reason"
                        label="Why"
                        options=vec![(String::new(), "Choose".to_string()), ("moved-out".into(), "Moved out".into()), ("died".into(), "Died".into())]
                        value=leave_reason
                        on_change=Callback::new(move |v| leave_reason.set(v))
                    />
                    <DateInput id="leave-date" label="Date" value=leave_date on_input=Callback::new(move |p| leave_date.set(p)) error=leave_error/>
                    <button class="nhsuk-button nhsuk-button--warning" type="button" data-testid="discharge" on:click=discharge>"Record that the resident has left"</button>
                </div>
            </details>
        })
    }
}
