//! One row of the due list: when it is due, for whom, the obligation and
//! its rule, its status and "Mark as done".

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{iso, short, unbroken};
use crate::domain::records::register::due_list::DueRow;
use crate::domain::records::register::marking::DoneTarget;
use crate::domain::records::register::nhs_number;
use crate::ui::components::{rule_link, JustMarked, MarkDone, StatusTag};

/// A deadline's row: due, who, obligation and rule, status.
#[component]
pub(super) fn DeadlineRow(row: DueRow, on_marked: Callback<JustMarked>) -> impl IntoView {
    let r = row;
    let who = match &r.resident {
        Some(x) => view! {
            <a href=Route::resident(&x.id).href()>{x.name.clone()}</a>
            <br/>
            <span class="nhsuk-body-s"><span class="app-nowrap">{nhs_number::format(&x.nhs_number)}</span>{format!(" \u{b7} {}", r.home_name)}</span>
        }
        .into_any(),
        None => view! {
            <a href=Route::care_home(&r.home_id).href()>{r.home_name.clone()}</a>
            <br/>
            <span class="nhsuk-body-s">"Duty of the home"</span>
        }
        .into_any(),
    };
    let resident_id = r
        .resident
        .as_ref()
        .map(|x| x.id.clone())
        .unwrap_or_default();
    let rule = rule_link(r.scheme, r.obligation);
    let target = DoneTarget {
        home_id: r.home_id.to_string(),
        resident_id: r.resident.as_ref().map(|x| x.id.clone()),
        obligation: r.obligation.id,
    };
    let key = format!(
        "{}-{}",
        if resident_id.is_empty() {
            &*r.home_id
        } else {
            resident_id.as_str()
        },
        r.key
    );
    let what = format!("{} for {}", r.obligation.title, r.who());
    view! {
        <tr class="nhsuk-table__row" data-due-row="" data-obligation=r.obligation.id.as_str() data-status=r.status.as_str() data-resident=resident_id data-home=r.home_id.clone()>
            <td class="nhsuk-table__cell app-nowrap">
                <span class="app-table__label" aria-hidden="true">"Due "</span>
                <time datetime=iso(r.due)>{short(r.due)}</time>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Who "</span>
                {who}
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Obligation "</span>
                {r.obligation.title}
                <br/>
                <span class="nhsuk-body-s">
                    {format!("{}. From {}: ", unbroken(&r.explanation()), r.scheme.short_name)}
                    <cite>{crate::ui::components::clause_text(r.obligation.clause)}</cite>
                    " \u{b7} "
                    <a href=rule>"About this rule"</a>
                </span>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Status "</span>
                <StatusTag status=r.status/>
                <MarkDone target key what on_marked/>
            </td>
        </tr>
    }
}
