//! A table of the register's residents (a home's, or those the search
//! found), drawn a page at a time with "Show more".

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{iso, short};
use crate::domain::records::register::due_list::DueRow;
use crate::domain::records::register::{nhs_number, Resident};
use crate::ui::components::{ShowMore, StatusTag};

use super::PAGE;

/// One resident's row: name, NHS number, room, admission, next due.
fn resident_row(r: &Resident, next: Option<DueRow>) -> impl IntoView {
    view! {
        <tr class="nhsuk-table__row" data-resident=r.id.clone()>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Resident "</span>
                <a class=crate::ui::components::long_word_class(&r.name) href=Route::resident(&r.id).href()>{r.name.clone()}</a>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"NHS number "</span>
                <span class="app-nowrap">{nhs_number::format(&r.nhs_number)}</span>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Room "</span>
                {r.room.clone()}
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Admitted "</span>
                <span class="app-nowrap">{short(r.admitted)}</span>
                {r.temporary.then_some(" (temporary)")}
            </td>
            <td class="nhsuk-table__cell" data-testid="next-due">
                <span class="app-table__label" aria-hidden="true">"Next due "</span>
                {next.map(|n| view! {
                    <span class="app-nowrap"><time datetime=iso(n.due)>{short(n.due)}</time></span>
                    " "
                    <StatusTag status=n.status/>
                    <br/>
                    <span class="nhsuk-body-s">{n.obligation.title}</span>
                })}
            </td>
        </tr>
    }
}

/// How many of a table's residents are drawn: kept for the page by the
/// table's key (a home's id, or the search's), so a home opened or shown
/// further stays so when the register changes (another tab's save).
#[derive(Clone, Copy)]
pub(super) struct Shown {
    pub(super) counts: RwSignal<HashMap<String, usize>>,
}

impl Shown {
    pub(super) fn get(self, key: &str, default: usize) -> usize {
        self.counts.with(|m| m.get(key).copied().unwrap_or(default))
    }

    pub(super) fn set(self, key: &str, n: usize) {
        self.counts.update(|m| {
            m.insert(key.to_string(), n);
        });
    }
}

/// A table of residents, `shown` of them drawn, with "Show more".
#[component]
pub(super) fn ResidentsTable(
    caption: String,
    /// Where its residents are in the register, in the order shown: only
    /// the rows drawn are read.
    residents: StoredValue<Vec<usize>>,
    /// How many are drawn, kept under `key`; `default` until changed.
    counts: Shown,
    key: String,
    default: usize,
    next: Memo<HashMap<String, DueRow>>,
) -> impl IntoView {
    let records = expect_context::<crate::ui::records::Records>();
    let key = StoredValue::new(key);
    let shown = move || key.with_value(|k| counts.get(k, default));
    let table = NodeRef::<leptos::html::Table>::new();
    // Focus goes to the first row drawn, so it is not lost when the button
    // goes (issue 23) and the next Tab carries on down the list.
    let more = move |()| {
        let n = shown();
        key.with_value(|k| counts.set(k, n + PAGE));
        request_animation_frame(move || {
            if let Some(t) = table.get_untracked() {
                let css = format!("tbody tr:nth-child({}) a", n + 1);
                crate::ui::components::focus_within(&t, &css);
            }
        });
    };
    let count = residents.with_value(Vec::len);
    view! {
        <table class="nhsuk-table app-table" node_ref=table>
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
            <thead class="nhsuk-table__head">
                <tr>
                    <th scope="col" class="nhsuk-table__header">"Resident"</th>
                    <th scope="col" class="nhsuk-table__header">"NHS number"</th>
                    <th scope="col" class="nhsuk-table__header">"Room"</th>
                    <th scope="col" class="nhsuk-table__header">"Admitted"</th>
                    <th scope="col" class="nhsuk-table__header">"Next due"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {move || {
                    let n = shown();
                    // Folded: the due list is not even worked out yet.
                    if n == 0 {
                        return ().into_any();
                    }
                    // A change to the register draws the table afresh from
                    // the page; until then a place no longer there is
                    // passed over.
                    residents.with_value(|list| {
                        records.register.value.with(|reg| {
                            next.with(|m| {
                                list.iter()
                                    .take(n)
                                    .filter_map(|&i| reg.residents.get(i))
                                    .map(|r| resident_row(r, m.get(&r.id).cloned()))
                                    .collect_view()
                            })
                        })
                    })
                    .into_any()
                }}
            </tbody>
        </table>
        <ShowMore
            matching=count
            shown=Signal::derive(shown)
            page=PAGE
            testid="show-more-residents"
            on_more=Callback::new(more)
        />
    }
}
