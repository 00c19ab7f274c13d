//! `#/commissioners`: a commissioner makes the link that sets up their
//! scheme on a practice's or care home's device, optionally with when
//! quarterly returns are due (a day every year, and dates for particular
//! quarters), copies or shares it, or prints it as a
//! one-page poster with a QR code. (In the full app: the first load of a
//! link stays small.)

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::formats::scheme_link;
use crate::domain::records::returns::ReturnDueRule;
use crate::domain::records::settings::Settings;
use crate::domain::rules::schemes::ALL;
use crate::storage::location;
use crate::ui::components::{CopyLink, ReturnDueFields, SchemeChoice};
use crate::ui::state::AppState;

#[component]
pub fn CommissionersPage() -> impl IntoView {
    let app = expect_context::<AppState>();
    let chosen = RwSignal::new(ALL[1].id.to_string());
    // The dates this device collects returns by, to start from.
    let rule = RwSignal::new(app.settings.with_untracked(|s| s.return_due.clone()));
    let kept = RwSignal::new(Option::<String>::None);
    let pending = RwSignal::new(false);
    let query = move || rule.with(|r| scheme_link::write(&chosen.get(), r));
    let link = Signal::derive(move || Route::Home { query: query() }.link(&location::page_base()));
    view! {
        <h1>"A link for your scheme"</h1>
        <p><a href=Route::COLLECT_RETURNS.fixed_href() data-testid="collect-link">"Collect practices\u{2019} quarterly returns"</a></p>
        <p class="nhsuk-lede-text">
            "Send practices and care homes one link. Opening it offers your scheme as their device\u{2019}s \
             default, and asks before replacing another."
        </p>
        <SchemeChoice
            selected=chosen
            on_select=Callback::new(move |id: String| chosen.set(id))
            error=Signal::derive(|| None::<String>)
        />
        <h2 class="nhsuk-heading-s">"When quarterly returns are due (optional)"</h2>
        <p class="nhsuk-hint">
            "When each quarter\u{2019}s return must reach you. Without a day or a date, practices \
             count from the 15th of the month after each quarter."
        </p>
        <ReturnDueFields rule pending today=app.today on_change=Callback::new(move |()| kept.set(None))/>
        <p data-testid="return-due-described">{move || rule.with(ReturnDueRule::describe)}</p>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="return-due-keep"
            disabled=move || pending.get()
            on:click=move |_| {
                let result = app.save_settings(Settings {
                    return_due: rule.get_untracked(),
                    ..app.settings.get_untracked()
                });
                kept.set(Some(match result {
                    Ok(()) => "Kept: the returns you collect on this device are judged by these dates.".into(),
                    Err(e) => format!("Not kept: {e}."),
                }));
            }>
            "Use these dates for the returns I collect here"
        </button>
        <p role="status" data-testid="return-due-kept">{move || kept.get()}</p>
        <h2 class="nhsuk-heading-s">"The link"</h2>
        {move || if pending.get() {
            view! { <p data-testid="scheme-link-pending">"Correct the day of the month above to make the link."</p> }.into_any()
        } else if let Err(why) = rule.with(ReturnDueRule::check) {
            // Dates kept in Settings before the checks: said, not linked.
            view! { <p data-testid="scheme-link-pending">{format!("Correct the dates above to make the link: {why}")}</p> }.into_any()
        } else {
            view! {
                <p class="app-link-text" data-testid="scheme-link">{move || link.get()}</p>
                <CopyLink link title="Care Home Toolkit"/>
            }
            .into_any()
        }}
        <p class="app-no-print">
            <a class="app-big-link" data-testid="poster-link" href=move || Route::Poster { query: query() }.href()>
                "Print a one-page poster with a QR code"
            </a>
        </p>
    }
}
