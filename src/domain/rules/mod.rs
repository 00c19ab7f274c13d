//! The rules: the bank-holiday calendar and working days, each scheme's
//! obligations as data, the deadline engine, financial-year quarters and
//! when each quarter's return is due, and the source documents they come
//! from (docs/rules.md).

pub mod calendar;
pub mod deadlines;
pub mod obligation;
pub mod quarter;
pub mod return_due;
pub mod schemes;
pub mod sources;
