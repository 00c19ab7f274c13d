//! Quarterly returns and payments (issue 13; docs/rules.md §6): the
//! Rotherham return's figures worked out from the register (001 §4.1), what
//! a quarter earns and what a late return loses (001 §4.2, 003), and the
//! LSC per-bed payment (000 §5). Money is whole pence, never floats.

pub mod collect;
pub mod due;
pub mod figure;
pub mod figures;
pub mod file;
pub mod link;
pub mod money;
pub mod monitoring;
pub mod outcomes;
pub mod payments;
pub mod record;

pub use figure::Figure;
pub use figures::{figures, Figures};
pub use money::{pounds, Pence};
pub use payments::{
    bands_from, lateness, lsc_year, rotherham_payment, Band, BedChange, Lateness, MonthPayment,
    Payment, Rates,
};
// Quarters and when their returns are due are rules; kept here too, where
// the returns' pages have always found them.
pub use crate::domain::rules::quarter::{self, Quarter};
pub use crate::domain::rules::return_due::{self as due_rule, ReturnDueRule};
pub use record::{Adjustment, QuarterReturn};
