//! `#/due`: pick a scheme, type the resident's dates, see every deadline.
//! The address always holds the inputs, so the link reproduces the result.

use leptos::prelude::*;

use crate::domain::date_text::{short, DateParts};
use crate::domain::deadlines::{deadlines, DeadlineReport, Status};
use crate::domain::due_link::{DueField, DueForm, FieldError, FieldMap};
use crate::domain::schemes::Scheme;
use crate::storage::location;
use crate::ui::components::{
    CopyLink, DateInput, DeadlineTable, ErrorSummary, SchemeChoice, SummaryError,
};
use crate::ui::state::AppState;

/// Hints under the date fields.
fn hint(field: DueField) -> &'static str {
    match field {
        DueField::Admitted => "For example, 3 11 2026",
        DueField::Informed => {
            "Leave blank if not known. The LSC initial review counts from this date when it is \
             after the admission (LSC specification, section 2.6); otherwise from admission."
        }
        DueField::Readmitted => "The latest return to the home after a hospital episode, if any.",
        DueField::HospitalAdmission => {
            "The latest admission to hospital, if any: Rotherham reviews each one (Rotherham scheme \
             overview, section 8)."
        }
        DueField::NextMeeting => {
            "If known: the review of an admission to hospital is due by this meeting \
             (Rotherham scheme overview, section 2); otherwise 2 months after the admission."
        }
        DueField::AsOf => "Statuses and days left are worked out for this date. Today by default.",
        _ => "",
    }
}

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
        location::replace_hash(&format!("#/due?{q}"));
    });

    let validated = Memo::new(move |_| form.with(DueForm::validate));
    let visible_errors = Memo::new(move |_| {
        let errors: Vec<FieldError> = validated.with(|v| v.clone().err().unwrap_or_default());
        let shown = shown.get();
        form.with(|f| {
            errors
                .into_iter()
                .filter(|e| shown.contains_key(&e.field) || whole_date_typed(&f.date(e.field)))
                .collect::<Vec<_>>()
        })
    });
    let error_for = move |field: DueField| {
        Signal::derive(move || {
            visible_errors.with(|errs| {
                errs.iter()
                    .find(|e| e.field == field)
                    .map(|e| (e.message.clone(), e.part))
            })
        })
    };
    let summary = Signal::derive(move || {
        visible_errors.with(|errs| {
            errs.iter()
                .map(|e| SummaryError {
                    target_id: e.field.html_id(e.part),
                    message: e.message.clone(),
                })
                .collect::<Vec<_>>()
        })
    });

    let date_field = move |field: DueField| {
        view! {
            <DateInput
                id=field.key()
                label=field.label()
                hint=hint(field)
                value=Signal::derive(move || form.with(|f| f.date(field)))
                on_input=Callback::new(move |parts: DateParts| form.update(|f| f.set_date(field, parts)))
                on_change=Callback::new(move |_| shown.update(|s| {
                    s.insert(field, ());
                }))
                error=error_for(field)
            />
        }
    };

    // Fields only some schemes use appear when such a scheme is chosen; a
    // value typed for another scheme stays in the link.
    let scheme_now = Memo::new(move |_| form.with(|f| Scheme::by_id(&f.scheme)));
    let shown_for_scheme = move |field: DueField| {
        let applies = Memo::new(move |_| field.applies_to(scheme_now.get()));
        move || applies.get().then(|| date_field(field))
    };

    // The done dates open by themselves when a link filled one, or one has
    // a problem to fix.
    let done_open = move || {
        form.with(|f| {
            DueField::DATES
                .into_iter()
                .any(|d| d.done_obligation().is_some() && !f.date(d).is_empty())
        }) || visible_errors.with(|e| e.iter().any(|x| x.field.done_obligation().is_some()))
    };

    // `elementtiming` lets the benchmark (Element Timing API) read when the
    // first result was painted; the view macro has no name for it.
    let summary_ref = NodeRef::<leptos::html::P>::new();
    Effect::new(move |_| {
        if let Some(p) = summary_ref.get() {
            let _ = p.set_attribute("elementtiming", "first-result");
        }
    });

    let results = move || match validated.get() {
        Err(_) => {
            let prompt = if visible_errors.with(Vec::is_empty) {
                "Choose a scheme and enter the date of admission to see the deadlines."
            } else {
                "Correct the problems above to see the deadlines."
            };
            view! { <p data-testid="results-prompt">{prompt}</p> }.into_any()
        }
        Ok(question) => {
            let report = app
                .calendar
                .with(|c| deadlines(question.scheme, &question.facts, question.as_of, c));
            let line = summary_line(&report);
            let warnings = report.warnings.clone();
            view! {
                <p
                    class="nhsuk-body"
                    data-testid="results-summary"
                    aria-live="polite"
                    node_ref=summary_ref
                >
                    {format!(
                        "{} As of {}, under {}.",
                        line,
                        short(question.as_of),
                        question.scheme.name
                    )}
                </p>
                {warnings
                    .into_iter()
                    .map(|w| {
                        view! {
                            <div class="nhsuk-warning-callout" data-testid="period-warning">
                                <h3 class="nhsuk-warning-callout__label">
                                    <span role="text">
                                        <span class="nhsuk-u-visually-hidden">"Important: "</span>
                                        "Outside the scheme\u{2019}s period"
                                    </span>
                                </h3>
                                <p>{w}</p>
                            </div>
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
        <p class="app-no-print">
            <a href="#results-heading" on:click=move |ev| {
                ev.prevent_default();
                crate::ui::components::focus_element("results-heading");
            }>"Jump to the deadlines"</a>
        </p>
        <ErrorSummary errors=summary/>
        <form novalidate on:submit=move |ev| ev.prevent_default() class="app-no-print" data-testid="due-form">
            <SchemeChoice
                selected=Signal::derive(move || form.with(|f| f.scheme.clone()))
                on_select=Callback::new(move |id: String| {
                    form.update(|f| f.set_scheme(&id));
                    shown.update(|s| {
                        s.insert(DueField::Scheme, ());
                    });
                })
                error=Signal::derive(move || error_for(DueField::Scheme).get().map(|(m, _)| m))
            />
            {date_field(DueField::Admitted)}
            {date_field(DueField::Informed)}
            {date_field(DueField::Readmitted)}
            {shown_for_scheme(DueField::HospitalAdmission)}
            {shown_for_scheme(DueField::NextMeeting)}
            <div class="nhsuk-form-group">
                <div class="nhsuk-checkboxes">
                    <div class="nhsuk-checkboxes__item">
                        <input
                            class="nhsuk-checkboxes__input"
                            id="temporary"
                            name="temporary"
                            type="checkbox"
                            aria-describedby="temporary-hint"
                            prop:checked=move || form.with(|f| f.temporary)
                            on:change=move |ev| {
                                let checked = event_target_checked(&ev);
                                form.update(|f| f.temporary = checked);
                            }
                        />
                        <label class="nhsuk-label nhsuk-checkboxes__label" for="temporary">
                            "Temporary resident"
                        </label>
                        <div class="nhsuk-hint nhsuk-checkboxes__hint" id="temporary-hint">
                            "Temporary residents need no care plan (Rotherham scheme overview, section 4)."
                        </div>
                    </div>
                </div>
            </div>
            <details class="nhsuk-details" data-testid="done-dates" prop:open=done_open>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"Reviews and plans already done (optional)"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <p class="nhsuk-hint">
                        "Leave blank when not done since admission: recurring reviews then count from admission. \
                         Only the chosen scheme\u{2019}s are shown."
                    </p>
                    {DueField::DATES
                        .into_iter()
                        .filter(|f| f.done_obligation().is_some())
                        .map(shown_for_scheme)
                        .collect_view()}
                </div>
            </details>
            {date_field(DueField::AsOf)}
        </form>
        <section aria-labelledby="results-heading" data-testid="results">
            <h2 id="results-heading" tabindex="-1">"Deadlines"</h2>
            <CopyLink
                link=Signal::derive(move || {
                    format!("{}#/due?{}", location::page_base(), form.with(DueForm::to_query))
                })
                title="Resident due dates"
            />
            {results}
        </section>
    }
}
