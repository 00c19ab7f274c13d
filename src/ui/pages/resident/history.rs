//! A resident's "History": what was recorded, newest first, each with a
//! button to remove it.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{short, unbroken};
use crate::domain::records::register::{Event, Resident};

/// The events recorded, or that there are none yet.
#[component]
pub(super) fn History(resident: Memo<Option<Resident>>) -> impl IntoView {
    let edit = super::editor(resident);
    move || {
        let Some(r) = resident.get() else {
            return ().into_any();
        };
        let mut events: Vec<(usize, Event)> = r.events.iter().cloned().enumerate().collect();
        events.reverse();
        if events.is_empty() {
            return view! { <p>"Nothing recorded yet."</p> }.into_any();
        }
        view! {
            <ul class="nhsuk-list nhsuk-list--border" data-testid="history">
                {events.into_iter().map(|(i, e)| view! {
                    <li>
                        <strong>{short(e.date)}</strong>
                        {format!(": {}", unbroken(&e.kind.label()))}
                        {(!e.by.is_empty()).then(|| format!(" (by {})", e.by))}
                        " "
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-no-print" type="button" on:click=move |_| edit(&|r| { if i < r.events.len() { r.events.remove(i); } })>
                            "Remove"<span class="nhsuk-u-visually-hidden">" this entry"</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    }
}
