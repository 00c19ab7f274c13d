//! "Mark done" beside an obligation wherever it is listed: a date (today
//! unless changed) and who did it, saved through the register's own
//! `mark_done`; the page then offers "Undo".

use leptos::prelude::*;

use super::{DateInput, TextField};
use crate::domain::date_text::{DatePart, DateParts};
use crate::domain::register::marking::{DoneTarget, Marked};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// What was just marked, for the page's "Undo" banner.
#[derive(Clone, Debug, PartialEq)]
pub struct JustMarked {
    pub marked: Marked,
    /// "Medication review for Ann Smith on Mon 23 Nov 2026".
    pub what: String,
}

#[component]
pub fn MarkDone(
    target: DoneTarget,
    /// Unique on the page: the base of the form's ids.
    key: String,
    /// Read by screen readers after "Mark done": the obligation and whose.
    what: String,
    /// Told what was marked, to offer "Undo".
    on_marked: Callback<JustMarked>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let open = RwSignal::new(false);
    let when = RwSignal::new(DateParts::from_date(app.today));
    let by = RwSignal::new(String::new());
    let error = RwSignal::new(Option::<(String, DatePart)>::None);
    let target = StoredValue::new(target);
    let what = StoredValue::new(what);
    let date_id = format!("done-{key}");
    let by_id = format!("done-by-{key}");
    let save = move || {
        error.set(None);
        let date = match when.get_untracked().past_event("Date done", app.today) {
            Ok(d) => d,
            Err(e) => {
                error.set(Some(e));
                return;
            }
        };
        let mut result = Err(String::new());
        let who = by.get_untracked();
        records
            .register
            .update(|r| result = target.with_value(|t| r.mark_done(t, date, &who)));
        match result {
            Ok(marked) => {
                open.set(false);
                on_marked.run(JustMarked {
                    marked,
                    what: format!(
                        "{} on {}",
                        what.get_value(),
                        crate::domain::date_text::short(date)
                    ),
                });
            }
            Err(message) => error.set(Some((message, DatePart::All))),
        }
    };
    view! {
        <div class="app-mark-done app-no-print">
            {move || (!open.get()).then(|| view! {
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-small-button" type="button" data-testid="mark-done"
                    on:click=move |_| open.set(true)>
                    "Mark done"<span class="nhsuk-u-visually-hidden">{format!(": {}", what.get_value())}</span>
                </button>
            })}
            {
                let (date_id, by_id) = (date_id.clone(), by_id.clone());
                move || open.get().then(|| view! {
                    <div class="app-mark-done__form" data-testid="mark-done-form">
                        <DateInput id=date_id.clone() label="Date done" value=when on_input=Callback::new(move |p| when.set(p)) error=error/>
                        <TextField id=by_id.clone() label="Done by (optional)" value=by on_input=Callback::new(move |v| by.set(v)) error=Signal::derive(|| None::<String>)/>
                        <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                            <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button" data-testid="save-done" on:click=move |_| save()>"Save"</button>
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                        </div>
                    </div>
                })
            }
        </div>
    }
}

/// The banner after marking: what was marked, and "Undo".
#[component]
pub fn UndoBanner(just: RwSignal<Option<JustMarked>>) -> impl IntoView {
    let records = expect_context::<Records>();
    let undo = move |_| {
        if let Some(j) = just.get_untracked() {
            records.register.update(|r| {
                r.undo(&j.marked);
            });
        }
        just.set(None);
    };
    move || {
        just.get().map(|j| {
            view! {
                <div class="nhsuk-inset-text app-undo" role="status" data-testid="undo-banner">
                    <p class="nhsuk-u-margin-bottom-2">{format!("Marked done: {}.", j.what)}</p>
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="undo" on:click=undo>
                        "Undo"
                    </button>
                </div>
            }
        })
    }
}
