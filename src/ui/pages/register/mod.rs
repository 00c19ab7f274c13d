//! `#/residents`: the care homes and their residents. The page: adding a
//! home, finding a resident, each home's card, the team's devices.

mod add_home;
mod home_card;
mod residents_table;
mod team_copies;

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::register::due_list::due_list;
use crate::domain::records::register::Resident;
use crate::ui::components::TextField;
use crate::ui::records::Records;
use crate::ui::state::AppState;

use add_home::AddACareHome;
use home_card::CareHomeCard;
use residents_table::{ResidentsTable, Shown};
use team_copies::TheTeamsOtherDevices;

/// How long typing in the search pauses before it searches.
const SEARCH_PAUSE_MS: u64 = 250;

/// "3 residents found", or that none matches.
fn found_words(n: usize, text: &str) -> String {
    match n {
        0 => format!(
            "No current resident matches \u{201c}{}\u{201d}",
            text.trim()
        ),
        1 => "1 resident found".to_string(),
        n => format!("{n} residents found"),
    }
}

/// Rows drawn at first, and added by each "Show more".
const PAGE: usize = 25;
/// More homes than this and each home's residents fold away, drawn only
/// when opened: 5,000 residents drawn at once took 5.2 s (issue 23).
const MANY_HOMES: usize = 3;

#[component]
pub fn RegisterPage() -> impl IntoView {
    let records = expect_context::<Records>();
    let app = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        records
            .register
            .value
            .with(|r| app.calendar.with(|c| due_list(r, app.today, c)))
    });
    // Each resident's next due, found once for the page.
    let next = Memo::new(move |_| list.with(|l| l.next_by_resident()));
    let search = RwSignal::new(String::new());
    let counts = Shown {
        counts: RwSignal::new(HashMap::new()),
    };
    // What is typed; searched once typing pauses, not on every key.
    let typed = StoredValue::new(String::new());
    let on_search = move |v: String| {
        typed.set_value(v.clone());
        set_timeout(
            // The page may have gone meanwhile: then nothing is done.
            move || {
                if typed.try_with_value(|t| *t == v) == Some(true) {
                    search.try_set(v);
                    counts.counts.try_update(|m| {
                        m.insert(String::new(), PAGE);
                    });
                }
            },
            std::time::Duration::from_millis(SEARCH_PAUSE_MS),
        );
    };
    // Where the residents found are in the register, once per search.
    let found_at = Memo::new(move |_| {
        let text = search.get();
        (!text.trim().is_empty()).then(|| records.register.value.with(|r| r.find_residents(&text)))
    });
    let found = move || {
        found_at.get().map(|matches| {
            let caption = search.with(|text| found_words(matches.len(), text));
            let matches = StoredValue::new(matches);
            view! {
                <div data-testid="found-residents">
                    <ResidentsTable caption residents=matches counts key=String::new() default=PAGE next/>
                </div>
            }
        })
    };
    let homes = move || {
        records.register.value.with(|reg| {
            let folded = reg.homes.len() > MANY_HOMES;
            reg.homes_by_name()
                .into_iter()
                .map(|h| {
                    let current = reg.current_residents_of(&h.id);
                    let left: Vec<Resident> = reg
                        .former_residents_of(&h.id)
                        .into_iter()
                        .map(|i| reg.residents[i].clone())
                        .collect();
                    view! { <CareHomeCard home=h.clone() current left folded counts next/> }
                })
                .collect_view()
        })
    };
    view! {
        <h1>"Care homes and residents"</h1>
        <p>"The homes this practice looks after and their residents. Deadlines for everyone are on the " <a href=Route::DUE_LIST.fixed_href()>"due list"</a> "."</p>
        <crate::ui::components::KeptApart/>
        <AddACareHome/>
        {move || records.register.value.with(|r| r.homes.is_empty()).then(|| view! {
            <p data-testid="no-homes">"No care homes yet. Add one to start the register."</p>
        })}
        {move || records.register.value.with(|r| !r.residents.is_empty()).then(|| view! {
            <TextField id="find-resident" label="Find a resident by name or NHS number" input_type="search" value=search
                on_input=Callback::new(on_search) error=Signal::derive(|| None::<String>)/>
        })}
        // Said by a screen reader when the search's answer changes.
        <p class="nhsuk-u-visually-hidden" role="status" data-testid="found-count">{move || {
            found_at.with(|f| f.as_ref().map(|f| search.with(|text| found_words(f.len(), text))))
        }}</p>
        {found}
        {homes}
        <TheTeamsOtherDevices/>
    }
}
