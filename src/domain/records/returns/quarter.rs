//! Financial-year quarters (docs/rules.md §6): Q1 April–June, Q2
//! July–September, Q3 October–December, Q4 January–March. A quarter is
//! named by the first calendar year of its financial year: Q4 of 2026/27 is
//! January to March 2027, `Quarter { year: 2026, q: 4 }`.

use chrono::{Datelike, NaiveDate};

use crate::domain::helpers::date_text::MONTHS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The first calendar year of the financial year (2026 for 2026/27).
    pub year: i32,
    /// 1 to 4.
    pub q: u8,
}

impl Quarter {
    /// A quarter, if `q` is 1 to 4 and the year is plausible (1990–2100).
    pub fn new(year: i32, q: u8) -> Option<Quarter> {
        ((1..=4).contains(&q) && (1990..=2100).contains(&year)).then_some(Quarter { year, q })
    }

    /// The quarter a date falls in.
    pub fn of(date: NaiveDate) -> Quarter {
        let m = date.month();
        if m <= 3 {
            Quarter {
                year: date.year() - 1,
                q: 4,
            }
        } else {
            Quarter {
                year: date.year(),
                q: ((m - 4) / 3 + 1) as u8,
            }
        }
    }

    /// The month (1–12) and calendar year the quarter starts in.
    fn start_month(self) -> (i32, u32) {
        match self.q {
            4 => (self.year + 1, 1),
            q => (self.year, 4 + 3 * (u32::from(q) - 1)),
        }
    }

    pub fn first_day(self) -> NaiveDate {
        let (y, m) = self.start_month();
        NaiveDate::from_ymd_opt(y, m, 1).expect("the first of a month")
    }

    pub fn last_day(self) -> NaiveDate {
        self.next()
            .first_day()
            .pred_opt()
            .expect("a day before the first")
    }

    pub fn next(self) -> Quarter {
        match self.q {
            4 => Quarter {
                year: self.year + 1,
                q: 1,
            },
            q => Quarter {
                year: self.year,
                q: q + 1,
            },
        }
    }

    pub fn previous(self) -> Quarter {
        match self.q {
            1 => Quarter {
                year: self.year - 1,
                q: 4,
            },
            q => Quarter {
                year: self.year,
                q: q - 1,
            },
        }
    }

    pub fn contains(self, d: NaiveDate) -> bool {
        self.first_day() <= d && d <= self.last_day()
    }

    /// "2026/27".
    pub fn financial_year(self) -> String {
        format!("{}/{:02}", self.year, (self.year + 1) % 100)
    }

    /// "Q3 2026/27 (October to December 2026)".
    pub fn label(self) -> String {
        let (y, m) = self.start_month();
        format!(
            "Q{} {} ({} to {} {y})",
            self.q,
            self.financial_year(),
            MONTHS[m as usize - 1],
            MONTHS[m as usize + 1]
        )
    }

    /// When the return is due: the commissioner's date for this quarter
    /// when their link gave the four (`return_dates`, Q1 to Q4) and it
    /// falls after the quarter ends, within a year; else the 15th of the
    /// month after the quarter (docs/rules.md §6). The second value says
    /// which.
    pub fn return_due(self, return_dates: &[NaiveDate]) -> (NaiveDate, &'static str) {
        let end = self.last_day();
        if return_dates.len() == 4 {
            let given = return_dates[usize::from(self.q) - 1];
            if given > end && (given - end).num_days() <= 366 {
                return (given, "the date the commissioner set for this quarter");
            }
        }
        let next = self.next().first_day();
        (
            NaiveDate::from_ymd_opt(next.year(), next.month(), 15).expect("the 15th"),
            "the 15th of the month after the quarter, as the commissioner set no date",
        )
    }
}
