//! The results of the deadline engine: one row per obligation, with the due
//! date, status, days left, the scheme it comes from and the rule and clause
//! behind it, linked to its entry on the rules page. A row that cannot be
//! worked out says why in its place.

use leptos::prelude::*;

use super::{StatusTag, WorkingDetails};
use crate::domain::date_text::{iso, short};
use crate::domain::deadlines::DeadlineReport;
use crate::domain::obligation::Obligation;
use crate::domain::schemes::Scheme;

/// The address of an obligation's entry on `#/rules`.
pub fn rule_link(scheme: &Scheme, o: &Obligation) -> String {
    format!("#/rules?scheme={}&obligation={}", scheme.id, o.id.as_str())
}

fn source_line(scheme: &'static Scheme, o: &'static Obligation) -> impl IntoView {
    view! {
        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1" data-testid="clause">
            <span data-testid="row-scheme">{format!("From {}: ", scheme.short_name)}</span>
            <cite>{o.clause}</cite>
            " \u{b7} "
            <a href=rule_link(scheme, o) data-testid="rule-link">
                "About this rule"<span class="nhsuk-u-visually-hidden">{format!(": {}", o.title)}</span>
            </a>
        </p>
    }
}

#[component]
pub fn DeadlineTable(report: DeadlineReport) -> impl IntoView {
    let rows = report
        .deadlines
        .into_iter()
        .map(|d| {
            let o = d.obligation;
            let monitored = d.monitored.map(|(date, label)| {
                view! {
                    <p class="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0" data-testid="monitored">
                        {format!("{label}: ")}<time datetime=iso(date)>{short(date)}</time>
                    </p>
                }
            });
            view! {
                <tr
                    class="nhsuk-table__row"
                    data-obligation=o.id.as_str()
                    data-row=d.row_key()
                    data-status=d.status.as_str()
                >
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Obligation "</span>
                        <strong>{o.title}</strong>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Due "</span>
                        <time datetime=iso(d.due) data-testid="due">{short(d.due)}</time>
                        {monitored}
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
                        {o.interpretation.map(|i| view! {
                            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1" data-testid="interpretation">
                                <strong>"How the tool reads it: "</strong>{i}
                            </p>
                        })}
                        {source_line(d.scheme, o)}
                        <WorkingDetails deadline=d.clone()/>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let unavailable = report
        .unavailable
        .into_iter()
        .map(|u| {
            let o = u.obligation;
            view! {
                <tr class="nhsuk-table__row" data-obligation=o.id.as_str() data-status="unavailable">
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Obligation "</span>
                        <strong>{o.title}</strong>
                    </td>
                    <td class="nhsuk-table__cell" colspan="2">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Due "</span>
                        <span class="nhsuk-error-message nhsuk-u-margin-bottom-0" data-testid="row-problem">{u.message}</span>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="nhsuk-table-responsive__heading" aria-hidden="true">"Rule "</span>
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{o.rule}</p>
                        {source_line(u.scheme, o)}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let not_applicable = report.not_applicable;
    let notes = report.notes;
    view! {
        {notes.into_iter().map(|n| view! {
            <div class="nhsuk-inset-text" data-testid="rule-note">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>{n}</p>
            </div>
        }).collect_view()}
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
            <tbody class="nhsuk-table__body">{rows}{unavailable}</tbody>
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
                                    {format!(": {} ({}: {})", n.reason, n.scheme.short_name, n.obligation.clause)}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
    }
}
