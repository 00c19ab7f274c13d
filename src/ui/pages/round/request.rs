//! The care home's request for the round, as the practice brings it in:
//! opening the sealed file, what the home asked for each resident on the
//! worklist, and who it asked for that the register does not have.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Round;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{day_month_year, iso, long};
use crate::domain::records::register::nhs_number;
use crate::domain::records::round::file::{kind_words, read_request};
use crate::domain::records::round::matching::same_name;
use crate::domain::records::round::practice::{for_another_practice, BroughtIn};
use crate::domain::records::round::RequestEntry;
use crate::ui::components::OpenSealed;
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// "The home's request for this round": open the sealed file the home
/// sent, and bring it in.
#[component]
pub fn HomeRequest(
    round: Round,
    /// A sealed link's data, when the page was opened from one.
    link: Option<String>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    // The round the request opened last is for, when it is not this one.
    let other_round = RwSignal::new(Option::<(String, NaiveDate)>::None);
    let on_opened = Callback::new(move |text: String| -> Result<String, String> {
        other_round.set(None);
        let req = match read_request(&text) {
            Ok(r) => r,
            Err(e) => {
                return Err(match kind_words(&text) {
                    Some(k) => format!(
                        "This is {k}, not a care home\u{2019}s request. Nothing was changed."
                    ),
                    None => format!("This file cannot be read: {e}. Nothing was changed."),
                })
            }
        };
        let names = round.practice_names(&app);
        if let Some(m) = for_another_practice(&req, &[&names[0], &names[1]]) {
            return Err(m);
        }
        // This page's home, or the register's home of that name (a sealed
        // link opens the first home's round).
        let home = round.home_name();
        let home_id = if same_name(&req.home, &home) {
            round.home_id()
        } else {
            match records.register.value.with_untracked(|r| {
                r.homes
                    .iter()
                    .find(|h| same_name(&h.name, &req.home))
                    .map(|h| h.id.clone())
            }) {
                Some(id) => id,
                None => {
                    return Err(format!(
                        "This request is from {}, which is not one of your care homes (this is {home}\u{2019}s round). Nothing was changed.",
                        req.home.trim()
                    ))
                }
            }
        };
        let mut out = BroughtIn::default();
        records
            .register
            .update(|r| out = r.bring_in_request(&req, &home_id, app.today));
        let mut words = out.words();
        if req.round != round.date || home_id != round.home_id() {
            words.push_str(&format!(
                " It is for {}\u{2019}s round on {}.",
                req.home.trim(),
                long(req.round)
            ));
            other_round.set(Some((home_id, req.round)));
        }
        Ok(words)
    });
    view! {
        <section class="app-no-print" data-testid="home-request">
            <h2>"The home\u{2019}s request for this round"</h2>
            <p>"The care home sends the residents it wants you to see, with why and the background it prepared. Open the sealed file from its email with the passphrase the home told you: the residents are added to this round\u{2019}s worklist."</p>
            <OpenSealed id="open-request" label="The sealed request the care home sent" on_opened link=link/>
            {move || other_round.get().map(|(h, d)| {
                let href = Route::round_of(&h, Some(&iso(d))).href();
                view! {
                    <p>
                        <a class="app-big-link" data-testid="request-round-link" href=href>
                            {format!("Go to the round on {}", long(d))}
                        </a>
                    </p>
                }
            })}
        </section>
    }
}

/// What the home asked for one resident on the worklist: why, the
/// background it prepared, and who prepared it.
#[component]
pub fn RequestBox(
    entry: RequestEntry,
    /// "request" on the worklist.
    #[prop(default = "request")]
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="nhsuk-inset-text nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2" data-testid=testid>
            <p class="nhsuk-u-margin-bottom-1">
                <strong>"Asked by the home: "</strong>
                {entry.reason_words()}
            </p>
            <p class="nhsuk-u-margin-bottom-1">{crate::ui::components::text_lines(&entry.background)}</p>
            {(!entry.prepared_by.is_empty()).then(|| view! {
                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">{format!("Prepared by {}", entry.prepared_by)}</p>
            })}
        </div>
    }
}

/// "Asked for by the home, not in the register": each with how to add
/// them. Once added, they are matched and move onto the worklist.
#[component]
pub fn AskedUnknown(round: Round) -> impl IntoView {
    let records = expect_context::<Records>();
    let unknown = Memo::new(move |_| {
        records.register.value.with(|r| {
            round
                .home_id
                .with_value(|h| r.requested_unknown(h, round.date))
        })
    });
    let add_href = round.home_id.with_value(|h| Route::resident_add(h).href());
    move || {
        let people = unknown.get();
        (!people.is_empty()).then(|| {
            let add_href = add_href.clone();
            view! {
                <section data-testid="unknown">
                    <h2>"Asked for by the home, not in the register"</h2>
                    <p>"The home asked you to see these residents, but the register does not have them. Add each to the register: once the NHS number, or the name and date of birth, match, they move onto the worklist."</p>
                    <ul class="nhsuk-list">
                        {people.into_iter().map(|p| view! {
                            <li class="app-round-entry" data-testid="unknown-resident">
                                <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                                    {p.name.clone()}
                                    {(!p.room.is_empty()).then(|| format!(", room {}", p.room))}
                                </h3>
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">{who(&p)}</p>
                                <RequestBox entry=p.clone() testid="unknown-request"/>
                                <p class="app-no-print">
                                    <a class="app-big-link" data-testid="unknown-add" href=add_href.clone()
                                        on:click={ let draft = p.resident_draft(); move |_| crate::ui::prefill::set_resident(draft.clone()) }>
                                        {format!("Add {} to the register", p.name)}
                                    </a>
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// "Born 3 May 1940, NHS number 943 476 5919", as much as the home gave.
fn who(p: &RequestEntry) -> String {
    let mut parts = Vec::new();
    if let Some(d) = p.date_of_birth {
        parts.push(format!("Born {}", day_month_year(d)));
    }
    if !p.nhs_number.is_empty() {
        parts.push(format!("NHS number {}", nhs_number::format(&p.nhs_number)));
    }
    if parts.is_empty() {
        "No date of birth or NHS number given".into()
    } else {
        parts.join(", ")
    }
}
