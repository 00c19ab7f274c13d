//! The app shell: header, navigation, the page for the current fragment.

use leptos::prelude::*;

use super::layout::{BackupReminder, Footer, Header, SchemeBanner, SkipLink, StorageBanner};
use super::pages::{
    AgreementEditPage, AgreementPrintPage, AgreementViewPage, AgreementsListPage, AssessmentPage,
    AssessmentPrintPage, BackupPage, BankHolidaysPage, DueCalculatorPage, DueListPage, HomePage,
    NotFoundPage, RegisterPage, ResidentAddPage, ResidentPage, RoundPage, SettingsPage,
};
use super::route::Route;
use super::state::AppState;
use super::today::today;
use crate::storage::location;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load(today());
    provide_context(state);

    let hash = RwSignal::new(location::current_hash());
    location::on_route_change(move |h| hash.set(h));
    let route = Memo::new(move |_| Route::parse(&hash.get()));

    view! {
        <SkipLink/>
        <Header section=Signal::derive(move || route.with(|r| r.section()))/>
        <div class="nhsuk-width-container">
            <main class="nhsuk-main-wrapper" id="maincontent" tabindex="-1">
                <SchemeBanner/>
                <BackupReminder/>
                <StorageBanner/>
                {move || match route.get() {
                    Route::Home { query } => view! { <HomePage query/> }.into_any(),
                    Route::Due { query } => view! { <DueCalculatorPage query/> }.into_any(),
                    Route::Calendar { query } => view! { <BankHolidaysPage query/> }.into_any(),
                    Route::Agreements { query } => view! { <AgreementsListPage query/> }.into_any(),
                    Route::AgreementEdit { query } => view! { <AgreementEditPage query/> }.into_any(),
                    Route::AgreementPrint { query } => view! { <AgreementPrintPage query/> }.into_any(),
                    Route::AgreementView { query } => view! { <AgreementViewPage query/> }.into_any(),
                    Route::Register => view! { <RegisterPage/> }.into_any(),
                    Route::ResidentAdd { query } => view! { <ResidentAddPage query/> }.into_any(),
                    Route::Resident { query } => view! { <ResidentPage query/> }.into_any(),
                    Route::DueList { query } => view! { <DueListPage query/> }.into_any(),
                    Route::Round { query } => view! { <RoundPage query/> }.into_any(),
                    Route::Backup => view! { <BackupPage/> }.into_any(),
                    Route::Assessment { resident_id } => view! { <AssessmentPage resident_id/> }.into_any(),
                    Route::AssessmentPrint { resident_id } => view! { <AssessmentPrintPage resident_id/> }.into_any(),
                    Route::Settings => view! { <SettingsPage/> }.into_any(),
                    Route::NotFound { path } => view! { <NotFoundPage path/> }.into_any(),
                }}
            </main>
        </div>
        <Footer/>
    }
}
