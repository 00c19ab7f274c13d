//! One row of the "Collect returns" table: a practice's return for a home
//! and quarter, with when it reached the commissioner and whether late,
//! the practice's own dates, adjustments, failed checks (and accepting
//! it despite them), "Remove", then every figure and the money.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::helpers::date_text::{short, DateEntry, DatePart, DateParts};
use crate::domain::records::returns::collect::Row;
use crate::domain::records::returns::file::ReturnFile;
use crate::domain::records::returns::Figure;
use crate::ui::components::DateInput;

use super::collection_table::{figure_cells, money_cells};

/// What to do with one collected return: accept it despite a failed
/// check (or take that back), or take it out.
#[derive(Clone, Copy)]
pub(super) struct RowActions {
    pub(super) accept: Callback<(ReturnFile, bool)>,
    pub(super) remove: Callback<ReturnFile>,
    /// Set the day it reached the commissioner: `Err` says why not.
    pub(super) received: Callback<(ReturnFile, NaiveDate), Result<(), String>>,
}

/// "Change the date it reached you": the e-mail's date, say.
#[component]
fn ReceivedDate(file: ReturnFile, act: RowActions) -> impl IntoView {
    let id = format!(
        "received-{}-{}-{}-{}",
        file.practice.ods, file.home.id, file.year, file.q
    );
    let parts = RwSignal::new(file.received.map(DateParts::from_date).unwrap_or_default());
    let error = RwSignal::new(Option::<(String, DatePart)>::None);
    let file = StoredValue::new(file);
    let save = move |_| match parts.get_untracked().entry("Date it reached you") {
        DateEntry::Valid(d) => match act.received.run((file.get_value(), d)) {
            Ok(()) => error.set(None),
            Err(e) => error.set(Some((e, DatePart::All))),
        },
        DateEntry::Empty => error.set(Some((
            "Enter the date it reached you".into(),
            DatePart::All,
        ))),
        DateEntry::Invalid { message, part } => error.set(Some((message, part))),
    };
    view! {
        <details class="nhsuk-details nhsuk-u-margin-bottom-1 app-no-print">
            <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">"Change the date it reached you"</span></summary>
            <div class="nhsuk-details__text">
                <DateInput id=id label="Date it reached you" value=parts on_input=Callback::new(move |p| parts.set(p)) error=error/>
                <button class="nhsuk-button nhsuk-button--secondary app-small-button" type="button" data-testid="save-received" on:click=save>"Save the date"</button>
            </div>
        </details>
    }
}

/// The table row of one collected return.
pub(super) fn return_row(r: Row, act: RowActions) -> impl IntoView {
    let f = &r.file;
    let values = Figure::ALL.map(|x| u64::from(f.figure(x)));
    // A date never breaks inside itself (no-break spaces).
    let day = |d| short(d).replace(' ', "\u{a0}");
    // Judged by the commissioner's due date and the day it reached them
    // (domain rules 6.1); the practice's own dates are shown beside.
    let late = match (r.received, r.lateness) {
        _ if f.submitted.is_none() => {
            "A draft: the practice has not marked it submitted.".to_string()
        }
        (Some(got), Some(l)) if l.days > 0 => format!(
            "Received {}, due {}: {} days late, {}%",
            day(got),
            day(r.due),
            l.days,
            l.percent
        ),
        (Some(got), _) => format!("Received {}, due {}: on time", day(got), day(r.due)),
        (None, _) => format!("Due {}; the day it arrived is not known", day(r.due)),
    };
    let changed = match (f.received, f.brought_in) {
        (Some(r), Some(b)) if r != b => Some(format!(
            "The date it reached you was changed by you; it was brought in on {}.",
            day(b)
        )),
        _ => None,
    };
    let claimed = format!(
        "The practice\u{2019}s file: due {}{}",
        day(f.due),
        f.submitted
            .map(|s| format!(", submitted {}", day(s)))
            .unwrap_or_default()
    );
    let (g, d, n) = r.money.unwrap_or((0, 0, 0));
    let counts = r.counts();
    let problems = r.problems.clone();
    let marked = !problems.is_empty();
    let accepted = f.accepted;
    let file = StoredValue::new(f.clone());
    view! {
        <tr class="nhsuk-table__row" data-marked=marked.to_string() data-return=format!("{}-{}-{}-q{}", f.practice.ods, f.home.id, f.year, f.q) data-counts=counts.to_string()>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Home"</span>
                <strong>{f.home.name.clone()}</strong>
                <span class="nhsuk-body-s app-figure-reading">{format!("Q{} {}", f.q, f.quarter().map(|q| q.financial_year()).unwrap_or_default())}</span>
                <span class="nhsuk-body-s app-figure-reading" data-testid="late">{late}</span>
                {changed.map(|c| view! { <span class="nhsuk-body-s app-figure-reading" data-testid="received-changed">{c}</span> })}
                <span class="nhsuk-body-s app-figure-reading" data-testid="claimed">{claimed}</span>
                {f.submitted.is_some().then(|| view! { <ReceivedDate file=f.clone() act=act/> })}
                {(!f.adjustments.is_empty()).then(|| view! {
                    <span class="nhsuk-body-s app-figure-reading">
                        {format!("Adjusted: {}", f.adjustments.iter().map(|a| format!("{} to {} ({})", a.figure.label(), a.value, a.reason)).collect::<Vec<_>>().join("; "))}
                    </span>
                })}
                {marked.then(|| view! {
                    <div class="app-figure-reading" data-testid="problems">
                        <strong class="nhsuk-tag nhsuk-tag--red">{if accepted { "Accepted despite" } else { "To check, not in the totals" }}</strong>
                        <ul class="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-1">
                            {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                        </ul>
                        <button class="nhsuk-button nhsuk-button--secondary app-small-button app-no-print" type="button" data-testid="accept"
                            on:click=move |_| act.accept.run((file.get_value(), !accepted))>
                            {if accepted { "Take the acceptance back" } else { "Accept it: count it in the totals" }}
                        </button>
                    </div>
                })}
                <button class="nhsuk-button nhsuk-button--secondary app-small-button app-no-print" type="button" data-testid="remove-return"
                    on:click=move |_| act.remove.run(file.get_value())>
                    "Remove"<span class="nhsuk-u-visually-hidden">{format!(": {}, Q{} {}", f.home.name, f.q, f.year)}</span>
                </button>
            </td>
            {figure_cells(values)}
            {money_cells(g, d, n, r.money.is_some())}
        </tr>
    }
}
