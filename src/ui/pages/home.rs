//! `#/`: what the toolkit is and where to start.

use leptos::prelude::*;

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
            <li>
                <a class="app-big-link" href="#/due">"Work out a resident\u{2019}s due dates"</a>
            </li>
            <li>
                <a class="app-big-link" href="#/calendar">"See or add bank holidays"</a>
            </li>
        </ul>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>
                "Everything runs in this browser. Nothing you type is sent anywhere; it stays on "
                "this device unless you export it or share a link."
            </p>
        </div>
    }
}
