//! The bank holidays page's table: the year's holidays, where each comes
//! from, and Remove for one added on this device.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{iso, long};
use crate::domain::rules::calendar::{Holiday, HolidaySource, LocalHoliday};
use crate::ui::state::AppState;

/// The table of the year's holidays.
#[component]
pub fn HolidaysInYear(
    year: i32,
    /// What was removed, shown above the form.
    confirmation: RwSignal<Option<String>>,
    /// Why saving failed, shown in the form's error summary.
    save_error: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();

    let remove = move |date: chrono::NaiveDate| {
        let list: Vec<LocalHoliday> = app
            .local_holidays
            .get_untracked()
            .into_iter()
            .filter(|h| h.date != date)
            .collect();
        match app.save_local_holidays(list) {
            Ok(()) => confirmation.set(Some(format!(
                "Removed the holiday on {}. Any day it had moved is a bank holiday again.",
                long(date)
            ))),
            Err(e) => save_error.set(Some(format!("{e}."))),
        }
    };

    let rows = move || {
        app.calendar.with(|c| {
            c.holidays_in_year(year)
                .into_iter()
                .cloned()
                .collect::<Vec<Holiday>>()
        })
        .into_iter()
        .map(|h| {
            let date = h.date;
            let projected = h.is_projected();
            let local = matches!(h.source, HolidaySource::Local { .. });
            view! {
                <tr class="nhsuk-table__row" data-holiday=iso(date)>
                    <td class="nhsuk-table__cell">
                        <span class="app-table__label" aria-hidden="true">"Date "</span>
                        <time datetime=iso(date)>{long(date)}</time>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="app-table__label" aria-hidden="true">"Holiday "</span>
                        {h.name.clone()}
                        {projected.then(|| view! { " " <strong class="nhsuk-tag nhsuk-tag--grey">"Projected"</strong> })}
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="app-table__label" aria-hidden="true">"Source "</span>
                        {h.source.describe()}
                        {local.then(|| view! {
                            " "
                            <button
                                class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-no-print"
                                type="button"
                                on:click=move |_| remove(date)
                            >
                                "Remove"
                                <span class="nhsuk-u-visually-hidden">{format!(" the holiday on {}", long(date))}</span>
                            </button>
                        })}
                    </td>
                </tr>
            }
        })
        .collect_view()
    };

    view! {
        <table class="nhsuk-table app-table" data-testid="holidays">
            <caption class="nhsuk-table__caption">{format!("Bank holidays in {year}")}</caption>
            <thead class="nhsuk-table__head">
                <tr>
                    <th scope="col" class="nhsuk-table__header">"Date"</th>
                    <th scope="col" class="nhsuk-table__header">"Holiday"</th>
                    <th scope="col" class="nhsuk-table__header">"Source"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">{rows}</tbody>
        </table>
    }
}
