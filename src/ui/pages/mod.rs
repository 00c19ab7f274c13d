//! One module per page, named after what the user sees.

mod agreement_edit;
mod agreement_print;
mod agreement_view;
mod agreements_list;
mod assessment;
mod backup;
mod bank_holidays;
mod care_home;
mod due_calculator;
mod due_list;
mod home;
mod not_found;
mod register;
mod resident;
mod resident_add;
mod round;
mod rules;
mod settings;

pub use agreement_edit::AgreementEditPage;
pub use agreement_print::AgreementPrintPage;
pub use agreement_view::AgreementViewPage;
pub use agreements_list::AgreementsListPage;
pub use assessment::{AssessmentPage, AssessmentPrintPage};
pub use backup::{current_workspace, BackupPage};
pub use bank_holidays::BankHolidaysPage;
pub use care_home::CareHomePage;
pub use due_calculator::DueCalculatorPage;
pub use due_list::DueListPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use register::RegisterPage;
pub use resident::ResidentPage;
pub use resident_add::{ResidentAddPage, ResidentEditPage};
pub use round::RoundPage;
pub use rules::RulesPage;
pub use settings::SettingsPage;
