//! `#/round?home=…&date=…`: the weekly home-round worklist, printable with
//! space for notes; and the practice's side of the round the care home
//! prepares (issue 26): the home's request brought in, the outcomes
//! recorded and sent back, and what helps the home prepare.

mod for_home;
mod outcome;
mod outcome_form;
mod request;
mod send;
mod worklist;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{iso, long, parse_iso, short};
use crate::domain::helpers::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::records::agreement::Agreement;
use crate::domain::records::register::worklist::{next_round, worklist, WorklistEntry};
use crate::storage::location;
use crate::ui::components::{DateInput, JustMarked, PrintButton, SelectField, UndoBanner};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The round this page is for: whose, and when.
#[derive(Clone, Copy)]
struct Round {
    home_id: StoredValue<String>,
    home_name: StoredValue<String>,
    /// The home's round day in the register ("Tuesday").
    round_day: StoredValue<String>,
    /// The agreement the home's details came from, if it is still here.
    agreement: StoredValue<Option<Agreement>>,
    date: NaiveDate,
}

impl Round {
    fn home_id(&self) -> String {
        self.home_id.get_value()
    }

    fn home_name(&self) -> String {
        self.home_name.get_value()
    }

    /// This practice's name: the settings', else the agreement's.
    fn practice_name(&self, app: &AppState) -> String {
        let own = app
            .settings
            .with_untracked(|s| s.practice_name.clone().unwrap_or_default());
        if !own.trim().is_empty() {
            return own.trim().to_string();
        }
        self.agreement.with_value(|a| {
            a.as_ref()
                .map(|a| a.practice.name.trim().to_string())
                .unwrap_or_default()
        })
    }

    /// Every name this practice goes by: the settings' and the agreement's.
    fn practice_names(&self, app: &AppState) -> [String; 2] {
        let own = app
            .settings
            .with_untracked(|s| s.practice_name.clone().unwrap_or_default());
        let agreed = self.agreement.with_value(|a| {
            a.as_ref()
                .map(|a| a.practice.name.clone())
                .unwrap_or_default()
        });
        [own, agreed]
    }
}

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
            <p>"Working at a care home? " <a data-testid="to-home-round" href=Route::home_round("").href()>"Prepare the round with your practice"</a> " instead: it needs no register."</p>
        }
        .into_any();
    };
    let date = get("date")
        .and_then(|d| parse_iso(&d))
        .or_else(|| next_round(&home.round_day, app.today))
        .unwrap_or(app.today);
    let agreement = records.agreements.value.with_untracked(|list| {
        home.agreement_id
            .as_ref()
            .and_then(|id| list.iter().find(|a| &a.id == id).cloned())
    });
    let round = Round {
        home_id: StoredValue::new(home.id.clone()),
        home_name: StoredValue::new(home.name.clone()),
        round_day: StoredValue::new(home.round_day.clone()),
        agreement: StoredValue::new(agreement),
        date,
    };
    let home_id = round.home_id;
    let entries = Memo::new(move |_| {
        records.register.value.with(|r| {
            app.calendar.with(|c| {
                home_id.with_value(|h| {
                    let mut list = worklist(r, h, date, c);
                    // A resident seen (an outcome recorded) stays on the
                    // round's list once what was due is marked done.
                    for o in r.outcomes_of(h, date) {
                        if list.iter().any(|e| e.resident.id == o.resident_id) {
                            continue;
                        }
                        if let Some(resident) = r.resident(&o.resident_id) {
                            let concern =
                                Some(resident.concern.trim().to_string()).filter(|c| !c.is_empty());
                            list.push(WorklistEntry {
                                resident: resident.clone(),
                                items: Vec::new(),
                                concern,
                                requested: Vec::new(),
                            });
                        }
                    }
                    list
                })
            })
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
    let forms = outcome_form::Forms::new();

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
            "Residents to prioritise: everything overdue or due before the next round ({}), residents the home has flagged, and residents the home has asked you to see.",
            short(date + chrono::Duration::days(7))
        )}</p>
        <request::HomeRequest round link=get("d")/>
        <request::AskedUnknown round/>
        <UndoBanner just=just_marked/>
        <worklist::Worklist round entries on_marked forms/>
        <send::SendOutcomes round/>
        <for_home::ForTheHome round/>
    }
    .into_any()
}
