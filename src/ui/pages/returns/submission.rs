//! The quarterly return page's "Submission": the due date, whether the
//! return is (or would be) late and by how much, and the date it was
//! submitted, tried in the address before it is marked.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::helpers::date_text::{long, short, DateEntry, DatePart, DateParts};
use crate::domain::records::returns::{Lateness, QuarterReturn};
use crate::ui::components::DateInput;

use super::{EditReturn, Shown};

/// The "Submission" heading, due date and lateness, and "Date submitted".
#[component]
pub(super) fn Submission(
    today: NaiveDate,
    shown: RwSignal<Shown>,
    /// The return as kept (the date marked).
    kept: Memo<QuarterReturn>,
    /// The due date and why.
    due: Memo<(NaiveDate, String)>,
    /// The date tried in the form, else the one marked.
    submitted: Memo<Option<NaiveDate>>,
    late: Memo<Option<Lateness>>,
    edit: EditReturn,
) -> impl IntoView {
    // Submission.
    let submitted_parts = RwSignal::new(
        submitted
            .get_untracked()
            .map(DateParts::from_date)
            .unwrap_or_default(),
    );
    let submitted_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let try_date = move |parts: DateParts| {
        submitted_parts.set(parts.clone());
        match parts.event_entry("Date submitted") {
            DateEntry::Valid(d) => {
                submitted_error.set(None);
                shown.update(|s| s.submitted = Some(d));
            }
            DateEntry::Empty => {
                submitted_error.set(None);
                shown.update(|s| s.submitted = None);
            }
            DateEntry::Invalid { .. } => {}
        }
    };
    let mark_submitted = move |_| match submitted_parts
        .get_untracked()
        .event_entry("Date submitted")
    {
        DateEntry::Valid(d) => {
            submitted_error.set(None);
            let _ = edit.run(Box::new(move |k| {
                k.submitted = Some(d);
                Ok(())
            }));
        }
        DateEntry::Empty => submitted_error.set(Some((
            "Enter the date the return was submitted".into(),
            DatePart::All,
        ))),
        DateEntry::Invalid { message, part } => submitted_error.set(Some((message, part))),
    };
    let lateness_text = move || {
        let (due_on, why) = due.get();
        let due_line = format!("Due {} ({why}).", long(due_on));
        let state = match (late.get(), kept.with(|k| k.submitted)) {
            (Some(l), marked) => {
                let when = submitted.get().map(short).unwrap_or_default();
                let mark = if marked == submitted.get() {
                    "Submitted"
                } else {
                    "If submitted"
                };
                if l.days == 0 {
                    format!("{mark} on {when}: on time.")
                } else {
                    format!(
                        "{mark} on {when}: {} calendar day{} late, so {}% is deducted (Rotherham specification 2019/20, section 4.2).",
                        l.days,
                        if l.days == 1 { "" } else { "s" },
                        l.percent
                    )
                }
            }
            (None, _) if due_on < today => "Not submitted, and overdue.".to_string(),
            (None, _) => "Not submitted yet.".to_string(),
        };
        view! {
            <p data-testid="due">{due_line}</p>
            <p data-testid="lateness">{state}</p>
        }
    };
    view! {
        <h2>"Submission"</h2>
        {lateness_text}
        <div class="app-no-print">
            <DateInput id="submitted" label="Date submitted" value=submitted_parts on_input=Callback::new(try_date) error=submitted_error/>
            <button class="nhsuk-button" type="button" data-testid="mark-submitted" on:click=mark_submitted>"Mark as submitted"</button>
        </div>
    }
}
