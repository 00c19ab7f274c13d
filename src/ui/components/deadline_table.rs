//! The results of the deadline engine: one row per obligation, with the due
//! date, status, days left, the scheme it comes from and the rule and clause
//! behind it, linked to its entry on the rules page. A row that cannot be
//! worked out says why in its place.

use leptos::prelude::*;

use super::{StatusTag, WorkingDetails};
use crate::domain::date_text::{iso, short};
use crate::domain::deadlines::{Deadline, DeadlineReport};
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
            <cite>{super::clause_text(o.clause)}</cite>
            " \u{b7} "
            <a href=rule_link(scheme, o) data-testid="rule-link">
                "About this rule"<span class="nhsuk-u-visually-hidden">{format!(": {}", o.title)}</span>
            </a>
        </p>
    }
}

#[component]
pub fn DeadlineTable(
    report: DeadlineReport,
    /// Drawn under each row's status, e.g. "Mark done" on a resident's page.
    #[prop(optional)]
    row_action: Option<Callback<Deadline, AnyView>>,
) -> impl IntoView {
    let rows = report
        .deadlines
        .into_iter()
        .map(|d| {
            let o = d.obligation;
            let action = row_action.map(|f| f.run(d.clone()));
            let monitored = d.monitored.map(|(date, label)| {
                view! {
                    <p class="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0 app-wrap" data-testid="monitored">
                        {format!("{}: ", super::clause_text(label))}<time datetime=iso(date)>{short(date)}</time>
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
                    <td class="nhsuk-table__cell app-nowrap">
                        <span class="app-table__label" aria-hidden="true">"Due"</span>
                        <time datetime=iso(d.due) data-testid="due">{short(d.due)}</time>
                        {monitored}
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="app-table__label" aria-hidden="true">"Obligation"</span>
                        <strong>{o.title}</strong>
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{d.explanation()}"."</p>
                        <details class="nhsuk-details nhsuk-u-margin-bottom-0">
                            <summary class="nhsuk-details__summary">
                                <span class="nhsuk-details__summary-text">
                                    "Rule and source"<span class="nhsuk-u-visually-hidden">{format!(": {}", o.title)}</span>
                                </span>
                            </summary>
                            <div class="nhsuk-details__text">
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{super::clause_text(o.rule)}</p>
                                {o.interpretation.map(|i| view! {
                                    <p class="nhsuk-body-s nhsuk-u-margin-bottom-1" data-testid="interpretation">
                                        <strong>"How the tool reads it: "</strong>{super::clause_text(i)}
                                    </p>
                                })}
                                {source_line(d.scheme, o)}
                                <WorkingDetails deadline=d.clone()/>
                            </div>
                        </details>
                    </td>
                    <td class="nhsuk-table__cell">
                        <span class="app-table__label" aria-hidden="true">"Status"</span>
                        <StatusTag status=d.status/>
                        {action}
                    </td>
                    <td class="nhsuk-table__cell app-nowrap">
                        <span class="app-table__label" aria-hidden="true">"Days"</span>
                        <span data-testid="days">{d.days_text()}</span>
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
                        <span class="app-table__label" aria-hidden="true">"Due"</span>
                        "Cannot be worked out"
                    </td>
                    <td class="nhsuk-table__cell" colspan="3">
                        <span class="app-table__label" aria-hidden="true">"Obligation"</span>
                        <strong>{o.title}</strong>
                        <p class="nhsuk-error-message nhsuk-u-margin-bottom-1" data-testid="row-problem">{u.message}</p>
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
                <p>{super::clause_text(&n)}</p>
            </div>
        }).collect_view()}
        <table class="nhsuk-table app-table" data-testid="deadlines">
            <caption class="nhsuk-table__caption">"Deadlines, soonest first"</caption>
            <thead class="nhsuk-table__head">
                <tr>
                    <th scope="col" class="nhsuk-table__header">"Due"</th>
                    <th scope="col" class="nhsuk-table__header">"Obligation"</th>
                    <th scope="col" class="nhsuk-table__header">"Status"</th>
                    <th scope="col" class="nhsuk-table__header">"Days"</th>
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
                                    {format!(": {} ({})", n.reason, super::clause_text(n.obligation.clause))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })}
    }
}
