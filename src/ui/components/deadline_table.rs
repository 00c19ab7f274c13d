//! The results of the deadline engine: one row per obligation, with the due
//! date, status, days left and the rule and clause behind it.

use leptos::prelude::*;

use super::{StatusTag, WorkingDetails};
use crate::domain::date_text::{iso, short};
use crate::domain::deadlines::DeadlineReport;

#[component]
pub fn DeadlineTable(report: DeadlineReport) -> impl IntoView {
    let rows = report
        .deadlines
        .into_iter()
        .map(|d| {
            let o = d.obligation;
            view! {
                <tr
                    class="nhsuk-table__row"
                    data-obligation=o.id.as_str()
                    data-status=d.status.as_str()
                >
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Obligation "</span>
                        <strong>{o.title}</strong>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Due "</span>
                        <time datetime=iso(d.due)>{short(d.due)}</time>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Status "</span>
                        <StatusTag status=d.status/>
                        <span class="app-days" data-testid="days">{d.days_text()}</span>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Rule "</span>
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{d.explanation()}"."</p>
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{o.rule}</p>
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1" data-testid="clause">
                            <span class="nhsuk-u-visually-hidden">"Source: "</span>
                            <cite>{o.clause}</cite>
                        </p>
                        <WorkingDetails deadline=d.clone()/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let not_applicable = report.not_applicable;
    view! {
        <table class="nhsuk-table-responsive app-results" data-testid="deadlines">
            <caption class="nhsuk-table__caption">"Deadlines, soonest first"</caption>
            <thead class="nhsuk-table__head">
                <tr>
                    <th scope="col" class="nhsuk-table__header">"Obligation"</th>
                    <th scope="col" class="nhsuk-table__header">"Due"</th>
                    <th scope="col" class="nhsuk-table__header">"Status"</th>
                    <th scope="col" class="nhsuk-table__header">"Rule and source"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">{rows}</tbody>
        </table>
        {(!not_applicable.is_empty()).then(|| {
            view! {
                <h3>"Not applying to this resident"</h3>
                <ul class="nhsuk-list nhsuk-list--bullet" data-testid="not-applicable">
                    {not_applicable
                        .into_iter()
                        .map(|n| {
                            view! {
                                <li data-obligation=n.obligation.id.as_str()>
                                    <strong>{n.obligation.title}</strong>
                                    {format!(": {} ({})", n.reason, n.obligation.clause)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
    }
}
