//! "Send the outcomes to the home": the round's outcomes, sealed, for the
//! home's designated person to update the care plans.

use leptos::prelude::*;

use super::Round;
use crate::domain::records::round::file::file_name;
use crate::domain::records::round::file::write_outcomes;
use crate::ui::browser::now_iso;
use crate::ui::components::SendSealed;
use crate::ui::records::Records;
use crate::ui::state::AppState;

#[component]
pub fn SendOutcomes(round: Round) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let count = Memo::new(move |_| {
        records.register.value.with(|r| {
            round
                .home_id
                .with_value(|h| r.outcomes_of(h, round.date).len())
        })
    });
    let make = Callback::new(move |()| -> Result<(String, String), String> {
        if count.get_untracked() == 0 {
            return Err("Record at least one outcome first".into());
        }
        let practice = round.practice_name(&app);
        let text = records.register.value.with_untracked(|r| {
            round.home_id.with_value(|h| {
                write_outcomes(&r.outcomes_file(h, round.date, &practice, &now_iso()))
            })
        });
        let name = file_name("round-outcomes", &round.home_name(), round.date);
        Ok((name, text))
    });
    view! {
        <section class="app-no-print" data-testid="send-outcomes-section">
            <h2>"Send the outcomes to the home"</h2>
            <p data-testid="outcome-count">{move || match count.get() {
                1 => "1 resident has an outcome recorded.".to_string(),
                n => format!("{n} residents have an outcome recorded."),
            }}</p>
            <p>"The home\u{2019}s designated person opens them on the home\u{2019}s round page, to update each resident\u{2019}s care plan."</p>
            <SendSealed
                id="send-outcomes"
                label="Save the sealed outcomes"
                done_words="The sealed outcomes are in your downloads. Attach them to an NHS.net email to the home, and tell them the passphrase another way."
                make
                link=Callback::new(|d: String| crate::domain::formats::route::Route::sealed_for_home(&d).link(&crate::storage::location::page_base()))
            />
        </section>
    }
}
