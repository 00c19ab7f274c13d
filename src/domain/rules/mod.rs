//! The rules: the bank-holiday calendar and working days, each scheme's
//! obligations as data, the deadline engine, and the source documents they
//! come from (docs/rules.md).

pub mod calendar;
pub mod deadlines;
pub mod obligation;
pub mod schemes;
pub mod sources;
