//! The "Collect returns" page's table: the returns collected, by practice
//! and home, with every figure and the money, totals per practice and
//! overall; drafts apart, in no total; and the table as a CSV.

use leptos::prelude::*;

use crate::domain::records::returns::collect::{collected_csv, table, Totals};
use crate::domain::records::returns::{pounds, Figure};
use crate::storage::files;
use crate::ui::records::Records;
use crate::ui::state::AppState;

use super::return_row::{return_row, RowActions};
use super::Notices;

/// A row's (or a total's) cell for each figure.
pub(super) fn figure_cells(values: [u64; 7]) -> impl IntoView {
    Figure::ALL
        .into_iter()
        .zip(values)
        .map(|(f, v)| {
            view! {
                <td class="nhsuk-table__cell" data-total=f.key()>
                    <span class="app-table__label" aria-hidden="true">{f.label()}</span>
                    {v.to_string()}
                </td>
            }
        })
        .collect_view()
}

/// A row's (or a total's) "Gross", "Deduction" and "Net" cells.
pub(super) fn money_cells(gross: i64, deduction: i64, net: i64, has_money: bool) -> impl IntoView {
    let show = move |p: i64| {
        if has_money {
            pounds(p)
        } else {
            "\u{2014}".to_string()
        }
    };
    view! {
        <td class="nhsuk-table__cell" data-money="gross"><span class="app-table__label" aria-hidden="true">"Gross"</span>{show(gross)}</td>
        <td class="nhsuk-table__cell" data-money="deduction"><span class="app-table__label" aria-hidden="true">"Deduction"</span>{show(deduction)}</td>
        <td class="nhsuk-table__cell" data-money="net"><span class="app-table__label" aria-hidden="true">"Net"</span>{show(net)}</td>
    }
}

fn totals_row(label: String, t: &Totals, testid: &'static str) -> impl IntoView {
    view! {
        <tr class="nhsuk-table__row app-totals" data-testid=testid>
            <th scope="row" class="nhsuk-table__header">{label}</th>
            {figure_cells(t.figures)}
            {money_cells(t.gross, t.deduction, t.net, true)}
        </tr>
    }
}

/// "Returns by practice and home", "Drafts" and "Download the table as
/// CSV"; or that none are collected yet.
#[component]
pub(super) fn CollectionTable(
    app: AppState,
    notices: Notices,
    act: RowActions,
    records: Records,
) -> impl IntoView {
    let export = move |_| {
        let text = records.collected.value.with_untracked(|l| collected_csv(l));
        let name = format!(
            "returns-{}.csv",
            crate::domain::helpers::date_text::iso(app.today)
        );
        if let Err(e) = files::download(&name, "text/csv;charset=utf-8", &text) {
            notices.set(vec![(false, e)]);
        }
    };

    move || {
        let c = records
            .collected
            .value
            .with(|l| app.settings.with(|s| table(l, &s.return_due)));
        if c.practices.is_empty() && c.drafts.is_empty() {
            return view! { <p data-testid="no-returns">"No returns collected on this device yet."</p> }.into_any();
        }
        let head = || {
            view! {
                <thead class="nhsuk-table__head"><tr>
                    <th scope="col" class="nhsuk-table__header">"Home and quarter"</th>
                    {Figure::ALL.map(|f| view! { <th scope="col" class="nhsuk-table__header">{f.label()}</th> }).collect_view()}
                    <th scope="col" class="nhsuk-table__header">"Gross"</th>
                    <th scope="col" class="nhsuk-table__header">"Deduction"</th>
                    <th scope="col" class="nhsuk-table__header">"Net"</th>
                </tr></thead>
            }
        };
        let drafts = c.drafts;
        view! {
            <p>"Lateness is judged by your due date for each quarter and the day the file reached you (the day it was brought in here); the practice\u{2019}s own dates are shown beside. A return that fails a check is marked and left out of the totals until you accept it."</p>
            <table class="nhsuk-table app-table app-table--many" data-testid="collected">
                <caption class="nhsuk-table__caption">"Returns by practice and home"</caption>
                {head()}
                {c.practices.into_iter().map(|(label, rows, totals)| view! {
                    <tbody class="nhsuk-table__body" data-practice=label.clone()>
                        <tr class="nhsuk-table__row"><th scope="rowgroup" colspan="11" class="nhsuk-table__header">{label.clone()}</th></tr>
                        {rows.into_iter().map(|r| return_row(r, act)).collect_view()}
                        {totals_row(format!("Total for {label}"), &totals, "practice-total")}
                    </tbody>
                }).collect_view()}
                <tbody class="nhsuk-table__body">
                    {totals_row("Total, every practice".to_string(), &c.overall, "overall-total")}
                </tbody>
            </table>
            {(!drafts.is_empty()).then(|| view! {
                <table class="nhsuk-table app-table app-table--many" data-testid="drafts">
                    <caption class="nhsuk-table__caption">"Drafts: not marked submitted, in no total"</caption>
                    {head()}
                    <tbody class="nhsuk-table__body">
                        {drafts.into_iter().map(|r| return_row(r, act)).collect_view()}
                    </tbody>
                </table>
            })}
            <button class="nhsuk-button nhsuk-button--secondary app-no-print" type="button" data-testid="export-collected" on:click=export>"Download the table as CSV"</button>
        }
        .into_any()
    }
}
