//! The quarterly return page's LSC payment (000 §5): the financial year's
//! per-bed statement, month by month, and the form to record the number of
//! beds. Nothing for a scheme not paid per bed.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::helpers::date_text::{iso, DateEntry, DatePart, DateParts};
use crate::domain::records::register::Home;
use crate::domain::records::returns::{lsc_year, pounds, BedChange, Quarter};
use crate::ui::components::{DateInput, TextField};
use crate::ui::records::Records;

use super::Shown;

/// "August 2026" (chrono's own formatting would add its whole
/// format-string machinery to the app).
fn month_year(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {}",
        crate::domain::helpers::date_text::MONTHS[d.month0() as usize],
        d.year()
    )
}

/// "LSC payment <year>" and "Number of beds", or nothing.
#[component]
pub(super) fn LscPaymentStatement(
    records: Records,
    home: Memo<Home>,
    shown: RwSignal<Shown>,
) -> impl IntoView {
    // LSC: beds and the year's statement.
    let beds = RwSignal::new(String::new());
    let beds_from = RwSignal::new(DateParts::default());
    let beds_error = RwSignal::new(Option::<String>::None);
    let beds_date_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let record_beds = move |_| {
        beds_error.set(None);
        beds_date_error.set(None);
        let Ok(n) = beds.get_untracked().trim().parse::<u32>() else {
            beds_error.set(Some("Enter the number of beds: a whole number".into()));
            return;
        };
        let changed = match beds_from
            .get_untracked()
            .event_entry("Date the number changed")
        {
            DateEntry::Valid(d) => d,
            DateEntry::Empty => {
                beds_date_error.set(Some((
                    "Enter the date the number of beds changed".into(),
                    DatePart::All,
                )));
                return;
            }
            DateEntry::Invalid { message, part } => {
                beds_date_error.set(Some((message, part)));
                return;
            }
        };
        let id = shown.with_untracked(|s| s.home.clone());
        let mut result = Ok(());
        records
            .register
            .update(|r| result = r.record_beds(&id, BedChange::new(changed, n)));
        if let Err(m) = result {
            beds_error.set(Some(m));
        }
    };
    move || {
        let h = home.get();
        crate::domain::records::returns::payments::pays_per_bed(&h.scheme).then(|| {
            let year = shown.with(|s| s.quarter.year);
            let months = lsc_year(year, &h.beds);
            let total: i64 = months.iter().map(|m| m.amount).sum();
            view! {
                <h2>{format!("LSC payment {}", Quarter { year, q: 1 }.financial_year())}</h2>
                <p>"\u{a3}132 per bed a year for each aligned home, occupied or not, paid as \u{a3}11 per bed a month (LSC specification 2026/27, section 5). Months are paid whole: a number of beds from the 1st of a month counts for that month, one from later in a month from the next month. Payment follows the ICB\u{2019}s alignment document: check these figures against it."</p>
                <table class="nhsuk-table app-table" data-testid="lsc-statement">
                    <thead class="nhsuk-table__head"><tr>
                        <th scope="col" class="nhsuk-table__header">"Month"</th>
                        <th scope="col" class="nhsuk-table__header">"Beds"</th>
                        <th scope="col" class="nhsuk-table__header">"Amount"</th>
                    </tr></thead>
                    <tbody class="nhsuk-table__body">
                        {months.into_iter().map(|m| view! {
                            <tr class="nhsuk-table__row">
                                <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"Month"</span>{month_year(m.month)}</td>
                                <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"Beds"</span>{m.beds.to_string()}</td>
                                <td class="nhsuk-table__cell" data-month-amount=iso(m.month)><span class="app-table__label" aria-hidden="true">"Amount"</span>{pounds(m.amount)}</td>
                            </tr>
                        }).collect_view()}
                        <tr class="nhsuk-table__row">
                            <th scope="row" class="nhsuk-table__header">"Year"</th>
                            <td class="nhsuk-table__cell"></td>
                            <td class="nhsuk-table__cell" data-payment="year">{pounds(total)}</td>
                        </tr>
                    </tbody>
                </table>
                <div class="app-no-print">
                    <h3>"Number of beds"</h3>
                    <TextField id="beds" label="Beds" width="nhsuk-input--width-4" value=beds on_input=Callback::new(move |v| beds.set(v)) error=beds_error/>
                    <DateInput id="beds-from" label="Date the number changed" value=beds_from on_input=Callback::new(move |p| beds_from.set(p)) error=beds_date_error/>
                    <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="record-beds" on:click=record_beds>"Record the number of beds"</button>
                </div>
            }
        })
    }
}
