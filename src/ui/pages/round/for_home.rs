//! "Help the home prepare the round": the link that sets the home's device
//! up for its rounds with this practice (no patient data), and the sealed
//! list of the home's residents for it to pick from.

use leptos::prelude::*;

use super::Round;
use crate::domain::formats::route::Route;
use crate::domain::records::round::file::file_name;
use crate::domain::records::round::file::write_residents_list;
use crate::domain::records::round::home_side::RoundSetup;
use crate::storage::location;
use crate::ui::browser::now_iso;
use crate::ui::components::{CopyLink, SendSealed};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// How the home's rounds are held: the agreement's (`RoundSetup::from_agreement`),
/// else the register's round day and this practice's name; named as the
/// register names the home. Notice: 48 hours.
fn setup(round: Round, app: &AppState) -> RoundSetup {
    let from_agreement = round
        .agreement
        .with_value(|a| a.as_ref().and_then(RoundSetup::from_agreement));
    let mut s = from_agreement.unwrap_or_else(|| RoundSetup {
        day: round.round_day.get_value(),
        notice_hours: 48,
        ..RoundSetup::default()
    });
    s.home = round.home_name();
    if s.practice.is_empty() {
        s.practice = round.practice_name(app);
    }
    s
}

/// "Thursdays at 10:30, virtual".
fn when_words(s: &RoundSetup) -> String {
    let mut out = if s.day.is_empty() {
        "rounds on a day not yet set".to_string()
    } else {
        format!("rounds on {}s", s.day)
    };
    if !s.time.is_empty() {
        out.push_str(&format!(" at {}", s.time));
    }
    if !s.mode.is_empty() {
        out.push_str(&format!(" ({})", s.mode.to_lowercase()));
    }
    out
}

#[component]
pub fn ForTheHome(round: Round) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let setup = setup(round, &app);
    let link = Route::home_round(&setup.to_query()).link(&location::page_base());
    let practice = if setup.practice.is_empty() {
        "this practice".to_string()
    } else {
        setup.practice.clone()
    };
    let sets_up = format!(
        "Opening it on the home\u{2019}s device sets it up for {} with {}: the home then prepares each round\u{2019}s request there, and sees by when to send it (48 hours before the round, counted in working days). The link carries no patient data.",
        when_words(&setup),
        practice
    );
    let make = Callback::new(move |()| -> Result<(String, String), String> {
        let practice = round.practice_name(&app);
        let list = records.register.value.with_untracked(|r| {
            app.calendar.with_untracked(|c| {
                round
                    .home_id
                    .with_value(|h| r.residents_list(h, round.date, c, &practice, &now_iso()))
            })
        });
        if list.residents.is_empty() {
            return Err(
                "The register has no residents of this home to list. Add them first.".into(),
            );
        }
        let name = file_name("round-residents", &round.home_name(), round.date);
        Ok((name, write_residents_list(&list)))
    });
    view! {
        <details class="nhsuk-details app-no-print" data-testid="help-home">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"Help the home prepare the round"</span>
            </summary>
            <div class="nhsuk-details__text">
                <h2 class="nhsuk-heading-m">"Set up the home\u{2019}s device"</h2>
                <p>"Send this link to the home\u{2019}s designated person, by email or message."</p>
                <p>{sets_up}</p>
                <div data-testid="home-link">
                    <CopyLink link=link title="The care home\u{2019}s round"/>
                </div>
                <h2 class="nhsuk-heading-m">"Send the home its residents"</h2>
                <p>"So the home can pick residents without typing who they are, and you can find them at once. The list holds the residents\u{2019} names, rooms and what is due at the round, nothing more."</p>
                <SendSealed
                    id="send-list"
                    label="Save the sealed list of residents"
                    done_words="The sealed list is in your downloads. Attach it to an NHS.net email to the home, and tell them the passphrase another way."
                    make
                    link=Callback::new(|d: String| crate::domain::formats::route::Route::sealed_for_home(&d).link(&crate::storage::location::page_base()))
                />
            </div>
        </details>
    }
}
