//! "Prepare each round": from an agreement's weekly round (day, time, how
//! it is held) to the care home's round page, set up with them (issue 26).
//! The agreement's "residents identified in advance" and "care plan
//! changes" are done there.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::agreement::Agreement;
use crate::domain::records::round::home_side::RoundSetup;

#[component]
pub fn PrepareRoundLink(#[prop(into)] agreement: Signal<Option<Agreement>>) -> impl IntoView {
    move || {
        let setup = agreement.with(|a| a.as_ref().and_then(RoundSetup::from_agreement));
        match setup {
            Some(s) => view! {
                <p class="app-no-print" data-testid="prepare-round-link">
                    "Each week the home can send the residents to be seen, with their background, and the practice sends back what to change in their care plans: "
                    <a href=Route::home_round(&s.to_query()).href()>"prepare the round with the practice"</a>
                    "."
                </p>
            }
            .into_any(),
            None => view! {
                <p class="nhsuk-hint app-no-print" data-testid="prepare-round-link">
                    "Once the care home\u{2019}s name and the round\u{2019}s day are filled in, the home can prepare each round with the practice from here."
                </p>
            }
            .into_any(),
        }
    }
}
