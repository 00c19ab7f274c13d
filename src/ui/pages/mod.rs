//! One module per page, named after what the user sees.

mod bank_holidays;
mod due_calculator;
mod home;
mod not_found;

pub use bank_holidays::BankHolidaysPage;
pub use due_calculator::DueCalculatorPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
