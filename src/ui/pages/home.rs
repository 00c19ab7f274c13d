//! `#/`: what the toolkit is and where to start. A commissioner's link,
//! `#/?scheme=<id>…`, is read by the full app (`scheme_link_offer.rs`),
//! which shows this page below what the link did.

use leptos::prelude::*;

use crate::domain::formats::route::Route;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <h1>"Care Home Toolkit"</h1>
        <p class="nhsuk-lede-text">
            "Review deadlines for care home residents under NHS enhanced care home schemes, "
            "correct to the day and with the rule behind every date."
        </p>
        <p>
            "For GPs and practice teams checking which residents have a review due, care homes "
            "getting ready for the weekly home round, and commissioners setting up their local scheme."
        </p>
        <ul class="nhsuk-list">
            <li><a class="app-big-link" href=Route::CALCULATOR.fixed_href()>"Work out a resident\u{2019}s due dates"</a></li>
            <li><a class="app-big-link" href=Route::DUE_LIST.fixed_href()>"See what is due across your care homes"</a></li>
            <li><a class="app-big-link" href=Route::AGREEMENTS.fixed_href()>"Fill in a practice and care home agreement"</a></li>
            <li><a class="app-big-link" href=Route::HOME_ROUND.fixed_href()>"Care homes: prepare the weekly round"</a></li>
            <li><a class="app-big-link" href=Route::RULES.fixed_href()>"Read the rules behind every date"</a></li>
        </ul>
        <h2>"For commissioners"</h2>
        <p>
            <a class="app-big-link" href=Route::Commissioners.fixed_href() data-testid="commissioners-link">
                "Make a link or a poster that sets up your scheme"
            </a>
        </p>
    }
}
