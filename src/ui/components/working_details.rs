//! "Show the working": how a due date was counted.

use leptos::prelude::*;

use crate::domain::date_text::{iso, long, short};
use crate::domain::deadlines::{Counted, Deadline};
use crate::domain::obligation::Interval;

#[component]
pub fn WorkingDetails(deadline: Deadline) -> impl IntoView {
    let body = match (&deadline.working, deadline.counted) {
        (Some(span), _) => {
            let counted = span
                .counted
                .iter()
                .enumerate()
                .map(|(i, d)| view! { <li>{format!("{}. ", i + 1)}<time datetime=iso(*d)>{short(*d)}</time></li> })
                .collect_view();
            let holidays = if span.holidays_skipped.is_empty() {
                view! { <p>"No bank holidays were skipped."</p> }.into_any()
            } else {
                let items = span
                    .holidays_skipped
                    .iter()
                    .map(|h| view! { <li data-testid="skipped-holiday"><time datetime=iso(h.date)>{short(h.date)}</time>{format!(": {}", h.name)}</li> })
                    .collect_view();
                view! {
                    <p>"Bank holidays skipped:"</p>
                    <ul>{items}</ul>
                }
                .into_any()
            };
            view! {
                <p>
                    {format!(
                        "Counting starts the day after {}. Working days counted:",
                        long(span.from)
                    )}
                </p>
                <ol class="nhsuk-list app-working">{counted}</ol>
                {holidays}
                <p>{format!("Saturdays and Sundays skipped: {}.", span.weekend_days_skipped)}</p>
            }
            .into_any()
        }
        (None, Counted::After(Interval::Months(n))) => view! {
            <p>
                {format!(
                    "{} plus {n} calendar months is {}. When the later month is shorter, the date moves back to its last day.",
                    long(deadline.anchor),
                    long(deadline.due)
                )}
            </p>
        }
        .into_any(),
        (None, Counted::After(Interval::Days(n))) => view! {
            <p>{format!("{} plus {n} calendar days is {}.", long(deadline.anchor), long(deadline.due))}</p>
        }
        .into_any(),
        (None, Counted::NextMeeting) => view! {
            <p>
                {format!(
                    "The first Lead GP and care home manager meeting recorded after {} is on {}.",
                    long(deadline.anchor),
                    long(deadline.due)
                )}
            </p>
        }
        .into_any(),
        (None, _) => view! {
            <p>{format!("Nothing has been recorded yet, so it is due on {}.", long(deadline.due))}</p>
        }
        .into_any(),
    };
    // The citation as kept in the data, with the source document's code
    // (the files in shared/seeds), for whoever checks the working.
    let cited = format!(
        "Cited as: {}.",
        deadline.obligation.clause.replace(")(", ")\u{2060}(")
    );
    view! {
        <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"Show the working"</span>
            </summary>
            <div class="nhsuk-details__text">
                {body}
                <p class="nhsuk-body-s" data-testid="cited-as">{cited}</p>
            </div>
        </details>
    }
}
