//! The "Collect returns" page's "Check before adding": what files and
//! links read would do, each older return they would replace beside the
//! newer, and "Add these returns" or "Cancel". Nothing is added before.

use leptos::prelude::*;

use crate::domain::records::returns::Figure;
use crate::ui::records::Records;

use super::{save_all_or_none, Notices, Pending};

/// "Check before adding", while something read waits to be added.
#[component]
pub(super) fn CheckBeforeAdding(
    records: Records,
    pending: RwSignal<Option<Pending>>,
    notices: Notices,
) -> impl IntoView {
    let confirm = move |_| {
        if let Some(p) = pending.get_untracked() {
            // Against what is stored now, in case it changed meanwhile.
            let now = records.collected.value.get_untracked();
            let list = crate::domain::records::returns::collect::apply(&now, &p.before, p.list);
            let said = save_all_or_none(&records, now, list, Vec::new());
            pending.set(None);
            notices.set(if said.is_empty() {
                vec![(true, "Added.".to_string())]
            } else {
                said
            });
            request_animation_frame(|| crate::ui::components::focus_element("import-notices"));
        }
    };
    let cancel = move |_| {
        pending.set(None);
        notices.set(vec![(true, "Nothing was added.".to_string())]);
        request_animation_frame(|| crate::ui::components::focus_element("import-notices"));
    };
    view! {
        {move || pending.get().map(|p| view! {
            <div class="nhsuk-inset-text app-no-print" id="confirm-returns" tabindex="-1" data-testid="confirm-returns">
                <h2 class="nhsuk-heading-s">"Check before adding"</h2>
                <p>"Nothing has been added yet. What the files and links would do is listed below."</p>
                {p.pairs.into_iter().map(|(old, new)| view! {
                    <table class="nhsuk-table app-table" data-testid="replacement">
                        <caption class="nhsuk-table__caption nhsuk-table__caption--s">{format!(
                            "Replaces the return of {} ({}), {}, Q{} {}",
                            old.practice.name, old.practice.ods, old.home.name, old.q,
                            old.quarter().map(|q| q.financial_year()).unwrap_or_default()
                        )}</caption>
                        <thead class="nhsuk-table__head"><tr>
                            <th scope="col" class="nhsuk-table__header">"Figure"</th>
                            <th scope="col" class="nhsuk-table__header">"Here now"</th>
                            <th scope="col" class="nhsuk-table__header">"In the newer return"</th>
                        </tr></thead>
                        <tbody class="nhsuk-table__body">
                            {Figure::ALL.into_iter().map(|f| view! {
                                <tr class="nhsuk-table__row">
                                    <th scope="row" class="nhsuk-table__header">{f.label()}</th>
                                    <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"Here now"</span>{old.figure(f).to_string()}</td>
                                    <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"In the newer return"</span>{new.figure(f).to_string()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }).collect_view()}
                <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                    <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button" data-testid="confirm-add" on:click=confirm>"Add these returns"</button>
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="cancel-add" on:click=cancel>"Cancel"</button>
                </div>
            </div>
        })}
    }
}
