//! `#/due`: pick a scheme, type the resident's dates, see every deadline.
//! The address always holds the inputs, so the link reproduces the result.

use leptos::prelude::*;

use crate::domain::formats::due_link::{DueField, DueForm, FieldError, FieldMap};
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{short, DateParts};
use crate::domain::rules::deadlines::{deadlines, DeadlineReport, Status};
use crate::storage::location;
use crate::ui::components::{CopyLink, DeadlineTable, ErrorSummary, SummaryError};

use super::due_calculator_form::{done_open, form_markup, show_state, Change};
use crate::ui::markup::Markup;
use crate::ui::state::AppState;

/// Fields whose errors are visible: from the link at once, typed ones when
/// the user leaves them or has typed a whole date.
fn initially_shown(query: &str, form: &DueForm) -> FieldMap<()> {
    let mut shown = FieldMap::default();
    for field in form.link_errors.keys() {
        shown.insert(*field, ());
    }
    if query.is_empty() {
        return shown;
    }
    if !form.scheme.is_empty() {
        shown.insert(DueField::Scheme, ());
    }
    for field in DueField::DATES {
        if !form.date(field).is_empty() {
            shown.insert(field, ());
        }
    }
    shown
}

fn whole_date_typed(parts: &DateParts) -> bool {
    !parts.day.trim().is_empty() && !parts.month.trim().is_empty() && parts.year.trim().len() >= 4
}

fn summary_line(report: &DeadlineReport) -> String {
    let count = |s: Status| report.deadlines.iter().filter(|d| d.status == s).count();
    format!(
        "{} deadlines: {} overdue, {} due within 7 days.",
        report.deadlines.len(),
        count(Status::Overdue),
        count(Status::DueSoon)
    )
}

#[component]
pub fn DueCalculatorPage(
    /// The query part of the address, e.g. "scheme=lsc-2026&admitted=2026-11-02".
    query: String,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let default_scheme = app.default_scheme().map(|s| s.id);
    let initial = DueForm::from_query(&query, app.today, default_scheme);
    let shown = RwSignal::new(initially_shown(&query, &initial));
    let form = RwSignal::new(initial);

    // The address follows the form (replaceState: no history entry per key).
    Effect::new(move |_| {
        let q = form.with(DueForm::to_query);
        location::replace_hash(&format!("{}?{q}", Route::CALCULATOR.fixed_href()));
    });

    let validated = Memo::new(move |_| form.with(DueForm::validate));
    // Worked out where it is read rather than kept: cheap, and a memo of
    // its own would cost the first load about 1 KB (issue 11).
    let visible_errors = move || -> Vec<FieldError> {
        let errors: Vec<FieldError> = validated.with(|v| v.clone().err().unwrap_or_default());
        shown.with(|shown| {
            form.with(|f| {
                errors
                    .into_iter()
                    .filter(|e| shown.contains_key(&e.field) || whole_date_typed(&f.date(e.field)))
                    .collect()
            })
        })
    };
    let summary = Signal::derive(move || {
        visible_errors()
            .into_iter()
            .map(|e| SummaryError {
                target_id: e.field.html_id(e.part),
                message: e.message,
            })
            .collect::<Vec<_>>()
    });

    // The form is drawn once with the values it starts with; from then on
    // the boxes hold what is typed, and one effect shows the errors and
    // the fields of the chosen scheme (`due_calculator_form`).
    let form_ref = NodeRef::<leptos::html::Form>::new();
    let folded = !query.is_empty() && validated.with_untracked(Result::is_ok);
    let first_markup = untrack(|| form.with(|f| form_markup(f, &visible_errors(), folded)));
    // Chromium fires "change" at a focused field as it is taken off the
    // page, after the page's signals are gone (leaving the calculator by
    // the address bar while a box is focused): the handler then does
    // nothing, rather than stop the app on a disposed signal (issue 23).
    let on_edit = move |ev: leptos::ev::Event, left_field: bool| {
        let Some(change) = form.try_with_untracked(|f| Change::of(&ev, f)).flatten() else {
            return;
        };
        let field = match change {
            Change::Scheme(id) => {
                form.try_update(|f| f.set_scheme(&id));
                DueField::Scheme
            }
            Change::Temporary(on) => {
                form.try_update(|f| f.set_temporary(on));
                return;
            }
            Change::Date(field, parts) => {
                if !left_field {
                    form.try_update(|f| f.set_date(field, parts));
                }
                field
            }
        };
        if left_field || field == DueField::Scheme {
            shown.try_update(|s| {
                s.insert(field, ());
            });
        }
    };
    Effect::new(move |was_open: Option<bool>| {
        let errors = visible_errors();
        let open = form.with(|f| done_open(f, &errors));
        if let Some(el) = form_ref.get() {
            form.with(|f| show_state(&el, f, &errors, (was_open != Some(open)).then_some(open)));
        }
        open
    });

    let results = move || match validated.get() {
        Err(_) => {
            let prompt = if visible_errors().is_empty() {
                "Choose a scheme and enter the date of admission to see the deadlines."
            } else {
                "Correct the problems above to see the deadlines."
            };
            view! { <p data-testid="results-prompt">{prompt}</p> }.into_any()
        }
        Ok(question) => {
            let mut report = app
                .calendar
                .with(|c| deadlines(question.scheme, &question.facts, question.as_of, c));
            let line = summary_line(&report);
            let warnings = std::mem::take(&mut report.warnings);
            view! {
                {view! {
                    <p class="nhsuk-body" data-testid="results-summary" aria-live="polite">
                        {format!(
                            "{} As of {}, under {}.",
                            line,
                            short(question.as_of),
                            question.scheme.name
                        )}
                    </p>
                }
                // The benchmark (Element Timing API) reads when the first
                // result was painted.
                .attr("elementtiming", "first-result")}
                {warnings
                    .iter()
                    .map(|w| {
                        let mut m = Markup::new();
                        m.tag(
                            "<h3 class=\"nhsuk-warning-callout__label\"><span role=\"text\"><span \
                             class=\"nhsuk-u-visually-hidden\">Important: </span>Outside the scheme\u{2019}s \
                             period</span></h3><p>",
                        )
                        .text(w)
                        .tag("</p>");
                        view! {
                            <div class="nhsuk-warning-callout" data-testid="period-warning" inner_html=m.finish()></div>
                        }
                    })
                    .collect_view()}
                <DeadlineTable report/>
            }
            .into_any()
        }
    };

    view! {
        <h1>"Resident due dates"</h1>
        <p class="nhsuk-lede-text">
            "Every review deadline a scheme sets for one resident, with the rule and clause behind each date."
        </p>
        <ErrorSummary errors=summary/>
        <form
            novalidate
            class="app-no-print"
            data-testid="due-form"
            node_ref=form_ref
            inner_html=first_markup
            on:submit=move |ev| ev.prevent_default()
            on:input=move |ev| on_edit(ev, false)
            on:change=move |ev| on_edit(ev, true)
        ></form>
        <section aria-labelledby="results-heading" data-testid="results">
            <h2 id="results-heading" tabindex="-1">"Deadlines"</h2>
            {results}
            // After the dates, so that they come first on the screen.
            <CopyLink
                link=Signal::derive(move || {
                    format!(
                        "{}{}?{}",
                        location::page_base(),
                        Route::CALCULATOR.fixed_href(),
                        form.with(DueForm::to_query)
                    )
                })
                title="Resident due dates"
            />
        </section>
    }
}
