//! The worklist itself: each resident to see, why (what is due, the home's
//! concern, what the home asked), the outcome once recorded, and space for
//! notes on paper.

use leptos::prelude::*;

use super::outcome::{RecordOutcome, RecordedOutcome};
use super::outcome_form::{DueItem, Forms};
use super::request::RequestBox;
use super::Round;
use crate::domain::helpers::date_text::short;
use crate::domain::records::register::marking::DoneTarget;
use crate::domain::records::register::nhs_number;
use crate::domain::records::register::worklist::WorklistEntry;
use crate::ui::components::{clause_text, JustMarked, MarkDone, StatusTag};

#[component]
pub fn Worklist(
    round: Round,
    entries: Memo<Vec<WorklistEntry>>,
    on_marked: Callback<JustMarked>,
    forms: Forms,
) -> impl IntoView {
    move || {
        let entries = entries.get();
        if entries.is_empty() {
            return view! { <p data-testid="round-empty">"No resident has anything due before the next round, and none is flagged."</p> }.into_any();
        }
        view! {
            <ol class="nhsuk-list app-round" data-testid="worklist">
                {entries.into_iter().map(|e| entry(round, e, on_marked, forms)).collect_view()}
            </ol>
        }
        .into_any()
    }
}

fn entry(
    round: Round,
    e: WorklistEntry,
    on_marked: Callback<JustMarked>,
    forms: Forms,
) -> impl IntoView {
    let rid = e.resident.id.clone();
    let (li_id, shown_id) = (rid.clone(), rid.clone());
    let due: Vec<DueItem> = e
        .items
        .iter()
        .map(|i| DueItem {
            key: i.key.to_string(),
            title: i.obligation.title,
            target: DoneTarget {
                home_id: i.home_id.to_string(),
                resident_id: i.resident.as_ref().map(|x| x.id.clone()),
                obligation: i.obligation.id,
            },
        })
        .collect();
    view! {
        <li class="app-round-entry" data-resident=li_id>
            <h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                {e.resident.name.clone()}
                {(!e.resident.room.is_empty()).then(|| format!(", room {}", e.resident.room))}
            </h2>
            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{format!("NHS number {}", nhs_number::format(&e.resident.nhs_number))}</p>
            {e.concern.map(|c| view! { <p data-testid="concern"><strong>"Concern from the home: "</strong>{c}</p> })}
            {e.requested.into_iter().map(|r| view! { <RequestBox entry=r/> }).collect_view()}
            {(!e.items.is_empty()).then(|| view! {
                <ul class="nhsuk-list nhsuk-u-margin-bottom-2">
                    {e.items.into_iter().map(|i| {
                        let target = DoneTarget {
                            home_id: i.home_id.to_string(),
                            resident_id: i.resident.as_ref().map(|x| x.id.clone()),
                            obligation: i.obligation.id,
                        };
                        let key = format!("{}-{}", i.resident.as_ref().map(|x| x.id.as_str()).unwrap_or_default(), i.key);
                        let what = format!("{} for {}", i.obligation.title, i.who());
                        view! {
                            <li data-obligation=i.obligation.id.as_str()>
                                <StatusTag status=i.status/>
                                {format!(" {} \u{2013} due {}", i.obligation.title, short(i.due))}
                                <span class="nhsuk-body-s">{format!(" ({})", clause_text(i.obligation.clause))}</span>
                                <MarkDone target key what on_marked/>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            <RecordedOutcome round resident_id=shown_id forms/>
            <RecordOutcome round resident_id=rid items=due forms/>
            <div class="app-notes">"Notes:"</div>
        </li>
    }
}
