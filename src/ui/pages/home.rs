//! `#/`: what the toolkit is and where to start. A commissioner's link
//! `#/?scheme=<id>` sets the scheme this browser uses by default.

use leptos::prelude::*;

use crate::domain::query;
use crate::domain::schemes::Scheme;
use crate::domain::settings::Settings;
use crate::ui::state::AppState;

#[component]
pub fn HomePage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let asked = query::get(&query, "scheme");
    let link_problem = match asked {
        None => None,
        Some(id) => match Scheme::by_id(&id) {
            Some(s) => app
                .save_settings(Settings { default_scheme: Some(s.id.to_string()), scheme_from_link: true, ..app.settings.get_untracked() })
                .err()
                .map(|e| format!("The scheme from the link could not be kept: {e}.")),
            None => Some(format!(
                "The link names a scheme, \u{201c}{id}\u{201d}, that this tool does not know, so nothing was changed."
            )),
        },
    };
    view! {
        {link_problem.map(|p| view! {
            <div class="nhsuk-error-summary" role="alert" data-testid="scheme-link-error">
                <h2 class="nhsuk-error-summary__title">"There is a problem with the link"</h2>
                <div class="nhsuk-error-summary__body"><p>{p}</p></div>
            </div>
        })}
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
            <li><a class="app-big-link" href="#/due">"Work out a resident\u{2019}s due dates"</a></li>
            <li><a class="app-big-link" href="#/agreements">"Fill in a practice and care home agreement"</a></li>
            <li><a class="app-big-link" href="#/calendar">"See or add bank holidays"</a></li>
        </ul>
        <h2>"For commissioners"</h2>
        <p>
            "Send practices and care homes a link that sets your scheme as their default, for example "
            <code>"#/?scheme=lsc-2026"</code>
            " after this page\u{2019}s address. Scheme ids: "
            {crate::domain::schemes::ALL.iter().map(|s| s.id).collect::<Vec<_>>().join(", ")}
            "."
        </p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>
                "Everything runs in this browser. Nothing you type is sent anywhere; it stays on "
                "this device unless you export it or share a link."
            </p>
        </div>
    }
}
