//! The results of the deadline engine: one row per obligation, with the due
//! date, status, days left, the scheme it comes from and the rule and clause
//! behind it, linked to its entry on the rules page. A row that cannot be
//! worked out says why in its place.
//!
//! What never changes once drawn (the dates, the rule, the source and the
//! working) is written as markup (`ui::markup`); Leptos draws the rows and
//! the status cell, where a page may put an action such as "Mark done".

use leptos::prelude::*;

use super::status_tag::push_status_tag;
use super::working_details::{push_time, working_details};
use super::StatusTag;
use crate::domain::formats::route::Route;
use crate::domain::rules::deadlines::{Deadline, DeadlineReport, Unavailable};
use crate::domain::rules::obligation::Obligation;
use crate::domain::rules::schemes::Scheme;
use crate::ui::markup::Markup;

/// The address of an obligation's entry on `#/rules` (ids of the schemes
/// and obligations need no encoding): the page's fixed address with the
/// query added, which costs the start app's first load less than
/// `Route::href`'s whole table.
pub fn rule_link(scheme: &Scheme, o: &Obligation) -> String {
    format!(
        "{}?scheme={}&obligation={}",
        Route::RULES.fixed_href(),
        scheme.id,
        o.id.as_str()
    )
}

/// A cell's label, shown on a phone where the table's head is not.
fn label(m: &mut Markup, fixed: &'static str) {
    m.tag("<span class=\"app-table__label\" aria-hidden=\"true\">")
        .tag(fixed)
        .tag("</span>");
}

/// The obligation's title, in bold.
fn title(m: &mut Markup, o: &Obligation) {
    label(m, "Obligation");
    m.tag("<strong>").text(o.title).tag("</strong>");
}

fn source_line(m: &mut Markup, scheme: &'static Scheme, o: &'static Obligation) {
    m.tag("<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\" data-testid=\"clause\"><span data-testid=\"row-scheme\">")
        .text(&format!("From {}: ", scheme.short_name))
        .tag("</span><cite>")
        .text(&super::clause_text(o.clause))
        .tag("</cite> \u{b7} <a href=\"")
        .text(&rule_link(scheme, o))
        .tag("\" data-testid=\"rule-link\">About this rule<span class=\"nhsuk-u-visually-hidden\">")
        .text(&format!(": {}", o.title))
        .tag("</span></a></p>");
}

fn due_cell(m: &mut Markup, d: &Deadline) {
    label(m, "Due");
    m.tag("<time datetime=\"")
        .text(&crate::domain::helpers::date_text::iso(d.due))
        .tag("\" data-testid=\"due\">")
        .text(&crate::domain::helpers::date_text::short(d.due))
        .tag("</time>");
    if let Some((date, what)) = d.monitored {
        m.tag("<p class=\"nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0 app-wrap\" data-testid=\"monitored\">")
            .text(&format!("{}: ", super::clause_text(what)));
        push_time(m, date);
        m.tag("</p>");
    }
}

fn obligation_cell(m: &mut Markup, d: &Deadline) {
    let o = d.obligation;
    title(m, o);
    // The date it counts from kept on one line (a cheaper way than
    // `date_text::unbroken` for the first load).
    let (explanation, from) = d.explanation_and_date();
    m.tag("<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\">")
        .text(&explanation);
    if let Some(from) = from {
        m.tag(" (<span class=\"app-nowrap\">")
            .text(&crate::domain::helpers::date_text::short(from))
            .tag("</span>)");
    }
    m.tag(".</p><details class=\"nhsuk-details nhsuk-u-margin-bottom-0\"><summary class=\"nhsuk-details__summary\">\
              <span class=\"nhsuk-details__summary-text\">Rule and source<span class=\"nhsuk-u-visually-hidden\">")
        .text(&format!(": {}", o.title))
        .tag("</span></span></summary><div class=\"nhsuk-details__text\"><p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\">")
        .text(&super::clause_text(o.rule))
        .tag("</p>");
    if let Some(i) = o.interpretation {
        m.tag("<p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\" data-testid=\"interpretation\"><strong>How the tool reads it: </strong>")
            .text(&super::clause_text(i))
            .tag("</p>");
    }
    source_line(m, d.scheme, o);
    working_details(m, d);
    m.tag("</div></details>");
}

fn days_cell(m: &mut Markup, d: &Deadline) {
    label(m, "Days");
    m.tag("<span data-testid=\"days\">")
        .text(&d.days_text())
        .tag("</span>");
}

/// An unavailable row's cells: why it cannot be worked out, and its rule.
fn unavailable_cells(m: &mut Markup, u: &Unavailable) {
    let o = u.obligation;
    m.tag("<td class=\"nhsuk-table__cell\">");
    label(m, "Due");
    m.tag("Cannot be worked out</td><td class=\"nhsuk-table__cell\" colspan=\"3\">");
    title(m, o);
    m.tag("<p class=\"nhsuk-error-message nhsuk-u-margin-bottom-1\" data-testid=\"row-problem\">")
        .text(&u.message)
        .tag("</p>");
    source_line(m, u.scheme, o);
    m.tag("</td>");
}

/// Markup written by `write`, for an element's `inner_html`.
fn markup(write: impl FnOnce(&mut Markup)) -> String {
    let mut m = Markup::new();
    write(&mut m);
    m.finish()
}

/// The notes above the table, the table around `body` (its rows) and
/// what does not apply, below it.
fn framed(report: &DeadlineReport, body: AnyView) -> impl IntoView {
    let notes = report
        .notes
        .iter()
        .map(|n| {
            let mut m = Markup::new();
            m.tag("<span class=\"nhsuk-u-visually-hidden\">Information: </span><p>")
                .text(&super::clause_text(n))
                .tag("</p>");
            view! { <div class="nhsuk-inset-text" data-testid="rule-note" inner_html=m.finish()></div> }
        })
        .collect_view();
    let not_applicable = (!report.not_applicable.is_empty()).then(|| {
        let mut m = Markup::new();
        for n in &report.not_applicable {
            m.tag("<li data-obligation=\"")
                .text(n.obligation.id.as_str())
                .tag("\"><strong>")
                .text(n.obligation.title)
                .tag("</strong>")
                .text(&format!(
                    ": {} ({})",
                    n.reason,
                    super::clause_text(n.obligation.clause)
                ))
                .tag("</li>");
        }
        view! {
            <h3>"Not applying to this resident"</h3>
            <ul class="nhsuk-list nhsuk-list--bullet" data-testid="not-applicable" inner_html=m.finish()></ul>
        }
    });
    view! {
        {notes}
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
            {body}
        </table>
        {not_applicable}
    }
}

/// The deadlines of `report`, every row written as markup: nothing in
/// the table changes once drawn.
#[component]
pub fn DeadlineTable(report: DeadlineReport) -> impl IntoView {
    let mut rows = Markup::new();
    for d in &report.deadlines {
        rows.tag("<tr class=\"nhsuk-table__row\" data-obligation=\"")
            .text(d.obligation.id.as_str())
            .tag("\" data-row=\"")
            .text(&d.row_key())
            .tag("\" data-status=\"")
            .text(d.status.as_str())
            .tag("\"><td class=\"nhsuk-table__cell app-nowrap\">");
        due_cell(&mut rows, d);
        rows.tag("</td><td class=\"nhsuk-table__cell\">");
        obligation_cell(&mut rows, d);
        rows.tag("</td><td class=\"nhsuk-table__cell\">");
        label(&mut rows, "Status");
        push_status_tag(&mut rows, d.status);
        rows.tag("</td><td class=\"nhsuk-table__cell app-nowrap\">");
        days_cell(&mut rows, d);
        rows.tag("</td></tr>");
    }
    for u in &report.unavailable {
        rows.tag("<tr class=\"nhsuk-table__row\" data-obligation=\"")
            .text(u.obligation.id.as_str())
            .tag("\" data-status=\"unavailable\">");
        unavailable_cells(&mut rows, u);
        rows.tag("</tr>");
    }
    let body = view! { <tbody class="nhsuk-table__body" inner_html=rows.finish()></tbody> };
    framed(&report, body.into_any())
}

/// The same table with an action under each row's status, e.g. "Mark
/// done" on a resident's page: Leptos draws the rows.
#[component]
pub fn DeadlineTableWithActions(
    report: DeadlineReport,
    row_action: Callback<Deadline, AnyView>,
) -> impl IntoView {
    let rows = report
        .deadlines
        .iter()
        .map(|d| {
            let action = row_action.run(d.clone());
            view! {
                <tr
                    class="nhsuk-table__row"
                    data-obligation=d.obligation.id.as_str()
                    data-row=d.row_key().into_owned()
                    data-status=d.status.as_str()
                >
                    <td class="nhsuk-table__cell app-nowrap" inner_html=markup(|m| due_cell(m, d))></td>
                    <td class="nhsuk-table__cell" inner_html=markup(|m| obligation_cell(m, d))></td>
                    <td class="nhsuk-table__cell">
                        <span class="app-table__label" aria-hidden="true">"Status"</span>
                        <StatusTag status=d.status/>
                        {action}
                    </td>
                    <td class="nhsuk-table__cell app-nowrap" inner_html=markup(|m| days_cell(m, d))></td>
                </tr>
            }
        })
        .collect_view();
    let unavailable = report
        .unavailable
        .iter()
        .map(|u| {
            view! {
                <tr
                    class="nhsuk-table__row"
                    data-obligation=u.obligation.id.as_str()
                    data-status="unavailable"
                    inner_html=markup(|m| unavailable_cells(m, u))
                ></tr>
            }
        })
        .collect_view();
    let body = view! { <tbody class="nhsuk-table__body">{rows}{unavailable}</tbody> };
    framed(&report, body.into_any())
}
