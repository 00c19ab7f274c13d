//! "Mark done" beside an obligation wherever it is listed: a date (today
//! unless changed) and who did it, saved through the register's own
//! `mark_done`; the page then offers "Undo".

use leptos::prelude::*;

use super::{DateInput, TextField};
use crate::domain::helpers::date_text::{DatePart, DateParts};
use crate::domain::records::register::marking::{DoneTarget, Marked};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// What was just marked, for the page's "Undo" banner.
#[derive(Clone, Debug, PartialEq)]
pub struct JustMarked {
    pub marked: Marked,
    /// "Medication review for Ann Smith on Mon 23 Nov 2026".
    pub what: String,
    /// The "Mark done" button pressed, to go back to when the banner is
    /// closed (if its row is still there).
    pub button_id: String,
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
    let button_id = format!("mark-done-{key}");
    // Focus goes where the user goes next (issue 23): into the form's date
    // when it opens, back to "Mark done" when it is cancelled.
    let focus_later = |id: String| {
        request_animation_frame(move || super::focus_element(&id));
    };
    let (open_focus, cancel_focus) = (format!("{date_id}-day"), button_id.clone());
    let open_form = move |_| {
        open.set(true);
        focus_later(open_focus.clone());
    };
    let cancel = move |_| {
        open.set(false);
        error.set(None);
        focus_later(cancel_focus.clone());
    };
    let marked_id = StoredValue::new(button_id.clone());
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
                    button_id: marked_id.get_value(),
                    marked,
                    what: format!(
                        "{} on {}",
                        what.get_value(),
                        crate::domain::helpers::date_text::short(date)
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
                    id=button_id.clone() on:click=open_form.clone()>
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
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" on:click=cancel.clone()>"Cancel"</button>
                        </div>
                    </div>
                })
            }
        </div>
    }
}

/// What the banner says: what was just marked (with "Undo"), or that it
/// was undone.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Marked(JustMarked),
    Undone(String),
}

/// The banner after marking: what was marked, and "Undo". It floats at
/// the foot of the screen, where the row the user pressed "Save" in was,
/// not at the top of a long list (issue 23), and takes focus, so it is
/// read out and Undo is the next key press away.
#[component]
pub fn UndoBanner(just: RwSignal<Option<JustMarked>>) -> impl IntoView {
    let records = expect_context::<Records>();
    let undone = RwSignal::new(Option::<String>::None);
    // Where the banner's Close returns focus: the row's "Mark done".
    let back_to = StoredValue::new(String::new());
    let focus = || request_animation_frame(|| super::focus_element("undo-banner"));
    Effect::new(move |_| {
        if let Some(id) = just.with(|j| j.as_ref().map(|j| j.button_id.clone())) {
            back_to.set_value(id);
            undone.set(None);
            focus();
        }
    });
    let undo = move |_| {
        if let Some(j) = just.get_untracked() {
            records.register.update(|r| {
                r.undo(&j.marked);
            });
            undone.set(Some(j.what));
            focus();
        }
        just.set(None);
    };
    // Closed, focus goes back to the row's "Mark done" (or, when the row
    // has gone, the page's heading), not to the page's body.
    let close = move |_| {
        just.set(None);
        undone.set(None);
        let id = back_to.get_value();
        request_animation_frame(move || {
            let document = document();
            let target = document
                .get_element_by_id(&id)
                .or_else(|| document.query_selector("main h1").ok().flatten());
            if let Some(el) =
                target.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
            {
                let _ = el.focus();
            }
        });
    };
    move || {
        let said = match (just.get(), undone.get()) {
            (Some(j), _) => Some(Said::Marked(j)),
            (None, Some(w)) => Some(Said::Undone(w)),
            (None, None) => None,
        };
        said.map(|said| {
            let (text, can_undo) = match said {
                Said::Marked(j) => (format!("Marked done: {}.", j.what), true),
                Said::Undone(w) => (format!("Undone: {w}."), false),
            };
            view! {
                <div class="nhsuk-inset-text app-undo app-no-print" role="status" data-testid="undo-banner" id="undo-banner" tabindex="-1">
                    <p class="nhsuk-u-margin-bottom-2">{text}</p>
                    <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                        {can_undo.then(|| view! {
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="undo" on:click=undo>
                                "Undo"
                            </button>
                        })}
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="close-banner" on:click=close>
                            "Close"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
