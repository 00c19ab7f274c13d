//! One module per page, named after what the user sees.

mod agreement_edit;
mod agreement_print;
mod agreement_view;
mod agreements_list;
mod bank_holidays;
mod due_calculator;
mod home;
mod not_found;
mod settings;

pub use agreement_edit::AgreementEditPage;
pub use agreement_print::AgreementPrintPage;
pub use agreement_view::AgreementViewPage;
pub use agreements_list::AgreementsListPage;
pub use bank_holidays::BankHolidaysPage;
pub use due_calculator::DueCalculatorPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use settings::SettingsPage;
