//! The full app: every page. A link usually opens a page of the start app
//! (`start_app.rs`); the first visit to a page with the agreements or the
//! register loads this one as a second module and hands the page over to it
//! (`hand_over.rs`). Opened directly, it is simply the whole app.

use leptos::prelude::*;

use super::layout::{BackupReminder, Frame, KeepingAdvice, StorageBanner, SyncBanners};
use super::pages::{
    AgreementEditPage, AgreementPrintPage, AgreementViewPage, AgreementsListPage, AssessmentPage,
    AssessmentPrintPage, BackupPage, BankHolidaysPage, CareHomePage, CommissionersPage,
    DueListPage, HomeRoundPage, PosterPage, RegisterPage, ResidentAddPage, ResidentEditPage,
    ResidentPage, ReturnsCollectPage, ReturnsMonitoringPage, ReturnsOutcomesPage, ReturnsPage,
    RoundPage, RulesPage, SchemeLinkPage, SettingsPage,
};
use super::records::Records;
use super::route::{follow_address, Route};
use super::start_app::start_page;
use super::state::AppState;
use super::today::today;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load(today());
    provide_context(state);
    let (records, problems) = Records::load();
    if !problems.is_empty() {
        state.storage_problems.update(|p| p.extend(problems));
    }
    provide_context(records);
    // Once there is data to lose, ask the browser to keep it (not clear it
    // when space runs short); asked once per page load.
    let asked = StoredValue::new(false);
    Effect::new(move |_| {
        let has_data = records.register.value.with(|r| !r.homes.is_empty())
            || records
                .agreements
                .value
                .with(|a| !crate::domain::records::agreement::list::none_shown(a));
        if has_data && !asked.get_value() {
            asked.set_value(true);
            wasm_bindgen_futures::spawn_local(async {
                super::worker::keep_storage().await;
            });
        }
    });
    let route = follow_address();
    super::route::settle_after_hand_over();
    // Typing is saved when it pauses; leaving a field, the page or the tab
    // saves at once, so the last keystroke is never lost.
    super::synced::flush_when_leaving();
    state.follow_other_tabs();
    Effect::new(move |_| {
        route.track();
        super::synced::flush_all();
    });

    view! {
        <Frame route>
            <KeepingAdvice/>
            <BackupReminder/>
            <StorageBanner/>
            <SyncBanners/>
            {move || page(route.get())}
        </Frame>
    }
}

/// The page for an address: the start app's pages as there, the rest here.
/// Every route is named, with no catch-all, so a new route without its page
/// does not compile.
fn page(route: Route) -> AnyView {
    match route {
        Route::Home { query } if !query.is_empty() => view! { <SchemeLinkPage query/> }.into_any(),
        start @ (Route::Home { .. } | Route::Due { .. } | Route::NotFound { .. }) => {
            start_page(start)
        }
        Route::Agreements { query } => view! { <AgreementsListPage query/> }.into_any(),
        Route::AgreementEdit { query } => view! { <AgreementEditPage query/> }.into_any(),
        Route::AgreementPrint { query } => view! { <AgreementPrintPage query/> }.into_any(),
        Route::AgreementView { query } => view! { <AgreementViewPage query/> }.into_any(),
        Route::Register => view! { <RegisterPage/> }.into_any(),
        Route::ResidentAdd { query } => view! { <ResidentAddPage query/> }.into_any(),
        Route::Resident { query } => view! { <ResidentPage query/> }.into_any(),
        Route::ResidentEdit { query } => view! { <ResidentEditPage query/> }.into_any(),
        Route::DueList { query } => view! { <DueListPage query/> }.into_any(),
        Route::Round { query } => view! { <RoundPage query/> }.into_any(),
        Route::HomeRound { query } => view! { <HomeRoundPage query/> }.into_any(),
        Route::Returns { query } => view! { <ReturnsPage query/> }.into_any(),
        Route::ReturnsCollect { query } => view! { <ReturnsCollectPage query/> }.into_any(),
        Route::ReturnsMonitoring { query } => view! { <ReturnsMonitoringPage query/> }.into_any(),
        Route::ReturnsOutcomes { query } => view! { <ReturnsOutcomesPage query/> }.into_any(),
        Route::CareHome { query } => view! { <CareHomePage query/> }.into_any(),
        Route::Rules { query } => view! { <RulesPage query/> }.into_any(),
        Route::Poster { query } => view! { <PosterPage query/> }.into_any(),
        Route::Commissioners => view! { <CommissionersPage/> }.into_any(),
        Route::Backup => view! { <BackupPage/> }.into_any(),
        Route::Calendar { query } => view! { <BankHolidaysPage query/> }.into_any(),
        Route::Settings => view! { <SettingsPage/> }.into_any(),
        Route::Assessment { resident_id } => view! { <AssessmentPage resident_id/> }.into_any(),
        Route::AssessmentPrint { resident_id } => {
            view! { <AssessmentPrintPage resident_id/> }.into_any()
        }
    }
}
