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

    /// "Q3 2026/27".
    pub fn short_label(self) -> String {
        format!("Q{} {}", self.q, self.financial_year())
    }

    /// The quarter in a commissioner's link: "q3-2026-27".
    pub fn link_key(self) -> String {
        format!("q{}-{}-{:02}", self.q, self.year, (self.year + 1) % 100)
    }

    /// Read [`Self::link_key`]'s text; `None` for anything else.
    pub fn from_link_key(text: &str) -> Option<Quarter> {
        let rest = text.strip_prefix('q')?;
        let (q, years) = rest.split_once('-')?;
        let (first, second) = years.split_once('-')?;
        if q.len() != 1 || first.len() != 4 || second.len() != 2 {
            return None;
        }
        let quarter = Quarter::new(first.parse().ok()?, q.parse().ok()?)?;
        (second.parse::<i32>().ok()? == (quarter.year + 1) % 100).then_some(quarter)
    }
}
