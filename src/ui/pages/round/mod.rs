//! `#/round?home=…&date=…`: the weekly home-round worklist, printable with
//! space for notes.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{iso, long, parse_iso, short};
use crate::domain::helpers::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::records::register::marking::DoneTarget;
use crate::domain::records::register::nhs_number;
use crate::domain::records::register::worklist::{next_round, worklist};
use crate::storage::location;
use crate::ui::components::{
    DateInput, JustMarked, MarkDone, PrintButton, SelectField, StatusTag, UndoBanner,
};
use crate::ui::records::Records;
use crate::ui::state::AppState;

#[component]
pub fn RoundPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let params = query::parse(&query);
    let get = |key: &str| {
        params
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let homes = records.register.value.with_untracked(|r| r.homes.clone());
    let home_id = get("home")
        .or_else(|| homes.first().map(|h| h.id.clone()))
        .unwrap_or_default();
    let Some(home) = homes.iter().find(|h| h.id == home_id).cloned() else {
        return view! {
            <h1>"Home round worklist"</h1>
            <p>"Add a care home first, on the " <a href=Route::Register.fixed_href()>"care homes"</a> " page."</p>
        }
        .into_any();
    };
    let date = get("date")
        .and_then(|d| parse_iso(&d))
        .or_else(|| next_round(&home.round_day, app.today))
        .unwrap_or(app.today);
    let home_id = StoredValue::new(home.id.clone());
    let entries = Memo::new(move |_| {
        records.register.value.with(|r| {
            app.calendar
                .with(|c| home_id.with_value(|h| worklist(r, h, date, c)))
        })
    });
    let just_marked = RwSignal::new(Option::<JustMarked>::None);
    let on_marked = Callback::new(move |j| just_marked.set(Some(j)));
    // The round date, in the NHS three-box date input like every other date.
    let round_date = RwSignal::new(DateParts::from_date(date));
    let round_date_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let show_date = move |_| match round_date.get_untracked().event_entry("Round date") {
        DateEntry::Valid(d) => {
            round_date_error.set(None);
            home_id.with_value(|h| location::go_to(&Route::round_of(h, Some(&iso(d))).href()));
        }
        DateEntry::Empty => {
            round_date_error.set(Some(("Enter the round date".into(), DatePart::All)))
        }
        DateEntry::Invalid { message, part } => round_date_error.set(Some((message, part))),
    };
    let home_options: Vec<(String, String)> = homes
        .iter()
        .map(|h| (h.id.clone(), h.name.clone()))
        .collect();
    let date_for_select = iso(date);

    view! {
        <div class="app-no-print">
            <SelectField
                id="round-home"
                label="Care home"
                options=home_options
                value=home.id.clone()
                on_change=Callback::new(move |h: String| location::go_to(&Route::round_of(&h, Some(&date_for_select)).href()))
            />
            <DateInput id="round-date" label="Round date" value=round_date on_input=Callback::new(move |p| round_date.set(p)) error=round_date_error/>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="show-round" on:click=show_date>"Show this round"</button>
                <PrintButton label="Print the worklist"/>
            </div>
        </div>
        <h1>{format!("Home round: {}", home.name)}</h1>
        <p class="nhsuk-body-l">{long(date)}</p>
        <p>{format!(
            "Residents to prioritise: everything overdue or due before the next round ({}), and residents the home has flagged.",
            short(date + chrono::Duration::days(7))
        )}</p>
        <UndoBanner just=just_marked/>
        {move || { let entries = entries.get(); if entries.is_empty() {
            view! { <p data-testid="round-empty">"No resident has anything due before the next round, and none is flagged."</p> }.into_any()
        } else {
            view! {
                <ol class="nhsuk-list app-round" data-testid="worklist">
                    {entries.into_iter().map(|e| view! {
                        <li class="app-round-entry" data-resident=e.resident.id.clone()>
                            <h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                                {e.resident.name.clone()}
                                {(!e.resident.room.is_empty()).then(|| format!(", room {}", e.resident.room))}
                            </h2>
                            <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{format!("NHS number {}", nhs_number::format(&e.resident.nhs_number))}</p>
                            {e.concern.map(|c| view! { <p data-testid="concern"><strong>"Concern from the home: "</strong>{c}</p> })}
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
                                            <span class="nhsuk-body-s">{format!(" ({})", crate::ui::components::clause_text(i.obligation.clause))}</span>
                                            <MarkDone target key what on_marked/>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <div class="app-notes">"Notes:"</div>
                        </li>
                    }).collect_view()}
                </ol>
            }.into_any()
        }}}
    }
    .into_any()
}
