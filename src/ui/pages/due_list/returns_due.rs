//! The due list's "Quarterly returns": each home's quarterly return not
//! yet submitted (Rotherham homes), due or overdue, below the list.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::short;
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The returns due, or nothing when none is.
#[component]
pub(super) fn QuarterlyReturnsDue() -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    // Quarterly returns not yet submitted (Rotherham homes), due or overdue.
    move || {
        let due = records.register.value.with(|r| {
            app.settings.with(|s| {
                crate::domain::records::returns::due::returns_due(r, app.today, &s.return_due)
            })
        });
        (!due.is_empty()).then(|| {
            view! {
                <h2>"Quarterly returns"</h2>
                <ul class="nhsuk-list" data-testid="returns-due">
                    {due.into_iter().map(|d| {
                        let (tag, text) = if d.days_left < 0 {
                            ("nhsuk-tag nhsuk-tag--red", format!("Overdue by {} days", -d.days_left))
                        } else if d.days_left <= 7 {
                            ("nhsuk-tag nhsuk-tag--yellow", "Due within 7 days".to_string())
                        } else {
                            ("nhsuk-tag nhsuk-tag--blue", "Not yet due".to_string())
                        };
                        view! {
                            <li data-return-due=d.home_id.clone()>
                                <a href=Route::return_of(&d.home_id, d.quarter.year, d.quarter.q).href()>
                                    {format!("{}: return for {}", d.home_name, d.quarter.label())}
                                </a>
                                {format!(", due {} ", short(d.due))}
                                <strong class=tag>{text}</strong>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}
