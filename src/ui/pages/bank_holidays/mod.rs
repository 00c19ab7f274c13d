//! `#/calendar?year=2026`: the bank holidays the deadlines skip, where each
//! comes from, and a way to add a newly proclaimed one on this device (or
//! one that moves a built-in holiday).
//!
//! The page's parts: the year's holidays with Remove for those added here
//! (`holidays_in_year`), and the form to add one (`add_a_bank_holiday`).

mod add_a_bank_holiday;
mod holidays_in_year;

use chrono::Datelike;
use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::rules::calendar::{FIRST_YEAR, LAST_YEAR, PROCLAIMED_THROUGH};
use crate::ui::state::AppState;

use add_a_bank_holiday::AddABankHoliday;
use holidays_in_year::HolidaysInYear;

fn year_from(query_text: &str, fallback: i32) -> i32 {
    query::get(query_text, "year")
        .and_then(|v| v.parse::<i32>().ok())
        .unwrap_or(fallback)
        .clamp(FIRST_YEAR, LAST_YEAR)
}

#[component]
pub fn BankHolidaysPage(
    /// The query part of the address, e.g. "year=2026".
    query: String,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let year = year_from(&query, app.today.year());

    // Set by the form and by the table's Remove buttons alike.
    let save_error: RwSignal<Option<String>> = RwSignal::new(None);
    let confirmation: RwSignal<Option<String>> = RwSignal::new(None);

    view! {
        <h1>{format!("Bank holidays in England and Wales, {year}")}</h1>
        <p>
            "Deadlines counted in working days skip Saturdays, Sundays and these days. They come from the "
            "Banking and Financial Dealings Act 1971, Schedule 1, and the Royal Proclamations that follow it, "
            "with one-off changes (such as 2022\u{2019}s Platinum Jubilee) kept as a table."
        </p>
        {(year > PROCLAIMED_THROUGH).then(|| view! {
            <div class="nhsuk-inset-text" data-testid="projected-note">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>
                    {format!(
                        "Bank holidays have been proclaimed up to {PROCLAIMED_THROUGH}. The dates for {year} are \
                         projected from the standing rules and may change: add any one-off holiday below."
                    )}
                </p>
            </div>
        })}
        <nav class="nhsuk-u-margin-bottom-4 app-no-print" aria-label="Years">
            {(year > FIRST_YEAR).then(|| view! {
                <a class="app-year-link" href=Route::calendar_of(year - 1).href()>{format!("Previous year: {}", year - 1)}</a>
            })}
            " "
            {(year < LAST_YEAR).then(|| view! {
                <a class="app-year-link" href=Route::calendar_of(year + 1).href()>{format!("Next year: {}", year + 1)}</a>
            })}
        </nav>
        <HolidaysInYear year confirmation save_error/>
        <AddABankHoliday confirmation save_error/>
    }
}
