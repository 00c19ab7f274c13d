//! The quarterly return page's choice of what to show: the care home, the
//! financial year and the quarter. A new choice forgets a submission date
//! being tried.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::records::returns::Quarter;
use crate::ui::components::SelectField;

use super::Shown;

/// "Care home", "Financial year" and "Quarter".
#[component]
pub(super) fn ChooseReturn(
    /// (id, name) of each care home, in the register's order.
    home_options: Vec<(String, String)>,
    today: NaiveDate,
    shown: RwSignal<Shown>,
) -> impl IntoView {
    let year_options = move || {
        let last = Quarter::of(today).year + 1;
        (2019..=last)
            .rev()
            .map(|y| (y.to_string(), Quarter { year: y, q: 1 }.financial_year()))
            .collect::<Vec<_>>()
    };
    view! {
        <div class="app-no-print">
            <SelectField id="return-home" label="Care home" options=Signal::derive(move || home_options.clone())
                value=Signal::derive(move || shown.with(|s| s.home.clone()))
                on_change=Callback::new(move |id: String| shown.update(|s| { s.home = id; s.submitted = None; }))/>
            <SelectField id="return-year" label="Financial year" options=Signal::derive(year_options)
                value=Signal::derive(move || shown.with(|s| s.quarter.year.to_string()))
                on_change=Callback::new(move |y: String| if let Ok(y) = y.parse() { shown.update(|s| { s.quarter.year = y; s.submitted = None; }) })/>
            <SelectField id="return-q" label="Quarter"
                options=Signal::derive(move || { let y = shown.with(|s| s.quarter.year); (1..=4u8).map(|q| (q.to_string(), Quarter { year: y, q }.label())).collect::<Vec<_>>() })
                value=Signal::derive(move || shown.with(|s| s.quarter.q.to_string()))
                on_change=Callback::new(move |q: String| if let Ok(q) = q.parse() { shown.update(|s| { s.quarter.q = q; s.submitted = None; }) })/>
        </div>
    }
}
