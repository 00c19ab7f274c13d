//! Commissioners' schemes, as data (domain-rules.md §1). A new ICB's scheme
//! is one more table: a file here and a line in [`ALL`].

mod ehch_des;
mod lsc_2026;
mod rotherham;

use chrono::NaiveDate;

use super::obligation::{Obligation, ObligationId};

pub use ehch_des::EHCH_DES;
pub use lsc_2026::LSC_2026;
pub use rotherham::{ROTHERHAM_2019, ROTHERHAM_2020};

/// A commissioner's scheme: who, when, and what it asks for each resident.
#[derive(Debug, PartialEq, Eq)]
pub struct Scheme {
    /// Public id, used in links and files.
    pub id: &'static str,
    pub name: &'static str,
    pub commissioner: &'static str,
    /// First day in force, as (year, month, day).
    pub starts: (i32, u32, u32),
    /// Last day in force; `None` while it has no end date.
    pub ends: Option<(i32, u32, u32)>,
    /// The documents it comes from (files in shared/seeds).
    pub sources: &'static str,
    pub obligations: &'static [Obligation],
}

/// Every scheme the tool knows, in the order they are offered.
pub const ALL: [&Scheme; 4] = [&EHCH_DES, &LSC_2026, &ROTHERHAM_2019, &ROTHERHAM_2020];

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("scheme periods are real dates")
}

impl Scheme {
    pub fn by_id(id: &str) -> Option<&'static Scheme> {
        ALL.into_iter().find(|s| s.id == id)
    }

    pub fn start_date(&self) -> NaiveDate {
        ymd(self.starts)
    }

    pub fn end_date(&self) -> Option<NaiveDate> {
        self.ends.map(ymd)
    }

    /// True when `date` is within the scheme's period.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        date >= self.start_date() && self.end_date().is_none_or(|end| date <= end)
    }

    /// "1 April 2026 to 31 March 2027", or "from 1 October 2020".
    pub fn period_text(&self) -> String {
        use super::date_text::day_month_year;
        match self.end_date() {
            Some(end) => format!(
                "{} to {}",
                day_month_year(self.start_date()),
                day_month_year(end)
            ),
            None => format!("from {}", day_month_year(self.start_date())),
        }
    }

    pub fn obligation(&self, id: ObligationId) -> Option<&'static Obligation> {
        self.obligations.iter().find(|o| o.id == id)
    }
}
