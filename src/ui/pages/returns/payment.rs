//! The quarterly return page's "What it earns" (Rotherham, 001 §4.2 and
//! 003): the quarter priced at the rates in force on its first day, less
//! any deduction for lateness, and what each later day would lose if it is
//! not yet sent. Nothing for a scheme not paid per patient.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::helpers::date_text::short;
use crate::domain::records::register::Home;
use crate::domain::records::returns::money::percent_of;
use crate::domain::records::returns::{
    bands_from, lateness, pounds, rotherham_payment, Figure, Figures, Lateness, Rates,
};

use super::Shown;

/// "What it earns", or nothing.
#[component]
pub(super) fn PaymentSummary(
    today: NaiveDate,
    home: Memo<Home>,
    shown: RwSignal<Shown>,
    /// The due date and why.
    due: Memo<(NaiveDate, String)>,
    late: Memo<Option<Lateness>>,
    figs: Memo<Figures>,
) -> impl IntoView {
    // What it earns.
    move || {
        let h = home.get();
        if !Rates::pays_per_patient(&h.scheme) {
            return None;
        }
        let quarter = shown.with(|s| s.quarter);
        // The version in force on the quarter's first day prices it; a
        // quarter none covers is shown unpriced (domain rules 6.1).
        let Some(rates) = Rates::for_quarter(&h.scheme, quarter) else {
            return Some(view! {
                <h2>"What it earns"</h2>
                <p data-testid="no-rates">{format!(
                    "No rates are known for {}: no version of the scheme was in force then, so this quarter is not priced and its return is not called overdue.",
                    quarter.label()
                )}</p>
            }.into_any());
        };
        let l = late.get().unwrap_or(Lateness::ON_TIME);
        // Not submitted and past its due date: priced as if sent today, and
        // what each later day would lose (domain rules 6.1).
        let due_on = due.with(|d| d.0);
        let unsent_late = late.get().is_none() && due_on < today;
        let l = if unsent_late {
            lateness(due_on, today)
        } else {
            l
        };
        let p = rotherham_payment(&figs.get(), rates, l);
        let gross = p.gross;
        let bands = unsent_late.then(|| {
            bands_from(due_on, today)
                .into_iter()
                .map(|b| {
                    let text = match (b.until, b.percent) {
                        (_, 100) => "Later than that: no payment.".to_string(),
                        (Some(u), pct) => format!(
                            "Submitted by {}: {}% deducted, {} paid.",
                            short(u),
                            pct,
                            pounds(gross - percent_of(gross, pct))
                        ),
                        (None, _) => String::new(),
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view()
        });
        let line = |key: &'static str, what: String, amount: i64| {
            view! {
                <tr class="nhsuk-table__row">
                    <th scope="row" class="nhsuk-table__header">{what}</th>
                    <td class="nhsuk-table__cell app-nowrap" data-payment=key>{pounds(amount)}</td>
                </tr>
            }
        };
        let f = figs.get();
        Some(view! {
            <h2>"What it earns"</h2>
            {unsent_late.then(|| view! {
                <p data-testid="if-sent-today">{if l.percent == 100 {
                    format!("Not submitted and {} days past its due date: more than 21 days late, so no payment.", l.days)
                } else {
                    format!("Not submitted and {} days past its due date: priced as if submitted today.", l.days)
                }}</p>
            })}
            <ul class="nhsuk-list" data-testid="loss-bands">{bands}</ul>
            <table class="nhsuk-table" data-testid="payment">
                <caption class="nhsuk-table__caption nhsuk-table__caption--s">{format!(
                    "At the rates of {} (the version in force on {}, the quarter\u{2019}s first day)",
                    rates.clause,
                    short(quarter.first_day())
                )}</caption>
                <tbody class="nhsuk-table__body">
                    {line("new-permanent", format!("New permanent patients: {} \u{d7} {}", f.value(Figure::NewPermanent), pounds(rates.new_permanent)), p.new_permanent)}
                    {line("continuing", format!("Patients at the start of the quarter: {} \u{d7} {}", f.value(Figure::Start), pounds(rates.continuing)), p.continuing)}
                    {line("temporary", format!("Temporary patients: {} \u{d7} {}", f.value(Figure::Temporary), pounds(rates.temporary)), p.temporary)}
                    {line("gross", "Gross".to_string(), p.gross)}
                    {line("deduction", format!("Deduction for lateness ({}%)", l.percent), p.deduction)}
                    {line("net", "Net".to_string(), p.net)}
                </tbody>
            </table>
            <p data-testid="when-paid">{format!("{}. The percentage for a late return is read as deducted from the payment.", l.when_paid())}</p>
        }.into_any())
    }
}
