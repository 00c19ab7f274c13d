//! One module per page, named after what the user sees.

mod agreement_edit;
mod agreement_print;
mod agreement_view;
mod agreements_list;
mod assessment;
mod backup;
mod bank_holidays;
mod care_home;
mod commissioners;
mod due_calculator;
mod due_calculator_form;
mod due_list;
mod home;
mod home_round;
mod not_found;
mod poster;
mod register;
mod resident;
mod resident_add;
mod returns;
mod returns_collect;
mod returns_monitoring;
mod returns_outcomes;
mod round;
mod rules;
mod scheme_link_offer;
mod settings;

pub use agreement_edit::AgreementEditPage;
pub use agreement_print::AgreementPrintPage;
pub use agreement_view::AgreementViewPage;
pub use agreements_list::AgreementsListPage;
pub use assessment::{AssessmentPage, AssessmentPrintPage};
pub use backup::BackupPage;
pub use bank_holidays::BankHolidaysPage;
pub use care_home::CareHomePage;
pub use commissioners::CommissionersPage;
pub use due_calculator::DueCalculatorPage;
pub use due_list::DueListPage;
pub use home::HomePage;
pub use home_round::HomeRoundPage;
pub use not_found::NotFoundPage;
pub use poster::PosterPage;
pub use register::RegisterPage;
pub use resident::ResidentPage;
pub use resident_add::{ResidentAddPage, ResidentEditPage};
pub use returns::ReturnsPage;
pub use returns_collect::ReturnsCollectPage;
pub use returns_monitoring::ReturnsMonitoringPage;
pub use returns_outcomes::ReturnsOutcomesPage;
pub use round::RoundPage;
pub use rules::RulesPage;
pub use scheme_link_offer::SchemeLinkPage;
pub use settings::SettingsPage;

/// "Quarterly returns are due on Wed 15 Jul 2026 (Q1), …", or nothing.
pub fn return_dates_text(dates: &[chrono::NaiveDate]) -> String {
    if dates.is_empty() {
        return String::new();
    }
    let list: Vec<String> = dates
        .iter()
        .zip(["Q1", "Q2", "Q3", "Q4"])
        .map(|(d, q)| format!("{} ({q})", crate::domain::helpers::date_text::short(*d)))
        .collect();
    format!(
        "From the commissioner\u{2019}s link, quarterly returns are due on {}.",
        list.join(", ")
    )
}
