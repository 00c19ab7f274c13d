//! When each quarter's return is due (docs/rules.md §6, "Submission
//! dates"). The Rotherham specification counts lateness from "the date
//! specified" (001 §4.2) and names none, so the commissioner sets it: a
//! rule for every year ("the 20th day of the month after the quarter
//! ends") and, if they wish, dates for particular quarters of particular
//! years. Without either, the app's own default applies, the 15th day of
//! the month after the quarter ends, and says so.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::quarter::Quarter;
use crate::domain::helpers::date_text::{self, short};

/// The app's own day when the commissioner set none.
pub const DEFAULT_DAY: u8 = 15;
/// The latest day a yearly rule may name: the months after the quarters
/// (July, October, January and April) all have 30 days.
pub const LAST_DAY: u8 = 30;
/// How many particular quarters one rule may date (three years' worth),
/// which keeps the link short enough for a poster's QR code.
pub const MOST_DATES: usize = 12;

/// The commissioner's due dates for quarterly returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReturnDueRule {
    /// Every year: returns are due on this day of the month after the
    /// quarter ends. `None` when the commissioner set no rule.
    pub day: Option<u8>,
    /// Dates for particular quarters, in quarter order, one per quarter.
    pub dates: Vec<QuarterDue>,
}

/// A date the commissioner set for one quarter's return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarterDue {
    /// The quarter's financial year (its first calendar year) and number.
    pub year: i32,
    pub q: u8,
    #[serde(with = "date_text::iso_field")]
    pub due: NaiveDate,
}

impl QuarterDue {
    pub fn quarter(self) -> Option<Quarter> {
        Quarter::new(self.year, self.q)
    }
}

impl ReturnDueRule {
    /// True when the commissioner set nothing: the app's default applies.
    pub fn is_empty(&self) -> bool {
        self.day.is_none() && self.dates.is_empty()
    }

    /// When `q`'s return is due, and the rule that says so in plain words.
    pub fn due(&self, q: Quarter) -> (NaiveDate, String) {
        if let Some(d) = self.date_for(q) {
            return (
                d,
                format!("the date the commissioner set for {}", q.short_label()),
            );
        }
        match self.day {
            Some(day) => (
                day_after(q, day),
                format!(
                    "the commissioner\u{2019}s rule: the {} of the month after the quarter ends",
                    ordinal(day)
                ),
            ),
            None => (
                day_after(q, DEFAULT_DAY),
                "the 15th of the month after the quarter ends, this toolkit\u{2019}s own date, as the commissioner set none".to_string(),
            ),
        }
    }

    /// The date the commissioner set for exactly this quarter, if any.
    pub fn date_for(&self, q: Quarter) -> Option<NaiveDate> {
        self.dates
            .iter()
            .find(|d| d.year == q.year && d.q == q.q)
            .map(|d| d.due)
    }

    /// Set (or, with `None`, clear) one quarter's date, keeping the list
    /// in quarter order. The result is not checked: see [`Self::check`].
    pub fn set_date(&mut self, q: Quarter, due: Option<NaiveDate>) {
        self.dates.retain(|d| !(d.year == q.year && d.q == q.q));
        if let Some(due) = due {
            let at = self
                .dates
                .iter()
                .position(|d| (d.year, d.q) > (q.year, q.q))
                .unwrap_or(self.dates.len());
            self.dates.insert(
                at,
                QuarterDue {
                    year: q.year,
                    q: q.q,
                    due,
                },
            );
        }
    }

    /// The rule with its yearly day as typed (blank for none), if the
    /// whole still holds; else what to put right, for the day's field.
    pub fn with_day(&self, typed: &str) -> Result<ReturnDueRule, String> {
        let typed = typed.trim();
        let mut out = self.clone();
        out.day = if typed.is_empty() {
            None
        } else {
            Some(
                typed
                    .parse::<u8>()
                    .ok()
                    .filter(|d| (1..=LAST_DAY).contains(d))
                    .ok_or_else(|| {
                        format!("Enter a day of the month from 1 to {LAST_DAY}, or leave it blank")
                    })?,
            )
        };
        out.check()?;
        Ok(out)
    }

    /// The rule with `due` as `q`'s date, if the whole still holds; else
    /// what to put right, for the date's field.
    pub fn with_date(&self, q: Quarter, due: NaiveDate) -> Result<ReturnDueRule, String> {
        let mut out = self.clone();
        out.set_date(q, Some(due));
        out.check()?;
        Ok(out)
    }

    /// The rule without `q`'s own date (the yearly day or the default then
    /// applies to it), if the whole still holds; else why not.
    pub fn without_date(&self, q: Quarter) -> Result<ReturnDueRule, String> {
        let mut out = self.clone();
        out.set_date(q, None);
        out.check()?;
        Ok(out)
    }

    /// The quarters a commissioner may date, seen from `today`: the four
    /// before this one, this one and the next seven (three years).
    pub fn quarters_around(today: NaiveDate) -> Vec<Quarter> {
        let mut q = Quarter::of(today);
        for _ in 0..4 {
            q = q.previous();
        }
        (0..12)
            .map(|_| {
                let this = q;
                q = q.next();
                this
            })
            .collect()
    }

    /// What is wrong with the rule, in words for the user; `Ok` when the
    /// day is one every month after a quarter has, every date falls after
    /// its quarter ends and within a year, and the returns fall due in the
    /// order of their quarters (a later quarter is never due before an
    /// earlier one).
    pub fn check(&self) -> Result<(), String> {
        if let Some(day) = self.day {
            if !(1..=LAST_DAY).contains(&day) {
                return Err(format!(
                    "The day of the month must be a number from 1 to {LAST_DAY}."
                ));
            }
        }
        if self.dates.len() > MOST_DATES {
            return Err(format!(
                "At most {MOST_DATES} quarters can have their own date."
            ));
        }
        let mut previous: Option<Quarter> = None;
        for d in &self.dates {
            let Some(q) = d.quarter() else {
                return Err("A date is for a quarter that does not exist.".into());
            };
            if previous.is_some_and(|p| p >= q) {
                return Err(format!(
                    "{} has more than one date, or the dates are not in quarter order.",
                    q.short_label()
                ));
            }
            previous = Some(q);
            let end = q.last_day();
            if d.due <= end || (d.due - end).num_days() > 366 {
                return Err(format!(
                    "The date for {} ({}) must fall after the quarter ends ({}) and within a year of it.",
                    q.short_label(),
                    short(d.due),
                    short(end)
                ));
            }
            for (before, after) in [(q.previous(), q), (q, q.next())] {
                let (a, b) = (self.due(before).0, self.due(after).0);
                if a > b {
                    return Err(format!(
                        "{} would be due on {}, after {} on {}: returns fall due in the order of their quarters.",
                        before.short_label(),
                        short(a),
                        after.short_label(),
                        short(b)
                    ));
                }
            }
        }
        Ok(())
    }

    /// The four dates an older commissioner's link or settings gave (Q1 to
    /// Q4, `q1=…&q2=…`), each for the latest quarter of its number that
    /// ended before it. `Err` when they are not the four quarters of one
    /// financial year, in order.
    pub fn from_four_dates(dates: &[NaiveDate]) -> Result<ReturnDueRule, String> {
        let rule = Self::from_older_dates(dates);
        let years: Vec<i32> = rule.dates.iter().map(|d| d.year).collect();
        if rule.dates.len() != 4 || years.iter().any(|y| *y != years[0]) {
            return Err(
                "The four return due dates are not for the four quarters of one year, in order (Q1 April to June, Q2 July to September, Q3 October to December, Q4 January to March)."
                    .into(),
            );
        }
        rule.check()?;
        Ok(rule)
    }

    /// An older build's saved dates, each as the quarter it follows,
    /// unchecked (that build kept them as the link gave them).
    pub fn from_older_dates(dates: &[NaiveDate]) -> ReturnDueRule {
        let mut rule = ReturnDueRule::default();
        for (i, &due) in dates.iter().enumerate() {
            // A date from a file far outside any scheme's years is left
            // out: its quarter would be no real one (and one past the
            // calendar's end cannot be worked out at all).
            if !crate::domain::helpers::date_text::PLAUSIBLE_YEARS.contains(&due.year()) {
                continue;
            }
            let q = ended_before(due, (i % 4 + 1) as u8);
            if Quarter::new(q.year, q.q).is_some() {
                rule.set_date(q, Some(due));
            }
        }
        rule
    }

    /// Whether a saved rule is one this app could have saved: a day every
    /// month after a quarter has, real quarters in order, each date after
    /// its quarter. (Cheaper than [`Self::check`], with no words: settings
    /// are read on every first load.)
    pub fn is_well_formed(&self) -> bool {
        self.day.is_none_or(|d| (1..=LAST_DAY).contains(&d))
            && self.dates.len() <= MOST_DATES
            && self
                .dates
                .windows(2)
                .all(|w| (w[0].year, w[0].q) < (w[1].year, w[1].q))
            && self
                .dates
                .iter()
                .all(|d| d.quarter().is_some_and(|q| d.due > q.last_day()))
    }

    /// Bring in another device's rule (a backup): this device's yearly day
    /// stays if it has one; a quarter dated here keeps its date; the
    /// file's other dates are added if the whole still reads in order, else
    /// this device's rule stays as it is.
    pub fn fill_from(&self, incoming: &ReturnDueRule) -> ReturnDueRule {
        let mut out = self.clone();
        if out.day.is_none() {
            out.day = incoming.day;
        }
        for d in &incoming.dates {
            if let Some(q) = d.quarter() {
                if out.date_for(q).is_none() {
                    out.set_date(q, Some(d.due));
                }
            }
        }
        if out.check().is_ok() {
            out
        } else {
            self.clone()
        }
    }

    /// The rule in a sentence or two, for Settings, the start page and
    /// the poster: "Returns are due on the 20th of the month after each
    /// quarter ends. Q3 2026/27: Wed 20 Jan 2027."
    pub fn describe(&self) -> String {
        let mut out = match self.day {
            Some(day) => format!(
                "Quarterly returns are due on the {} of the month after each quarter ends.",
                ordinal(day)
            ),
            None if self.dates.is_empty() => {
                return "Quarterly returns are due on the 15th of the month after each quarter ends (this toolkit\u{2019}s own date, as the commissioner set none).".into()
            }
            None => "Quarterly returns are due on the 15th of the month after each quarter ends, except:".into(),
        };
        for (i, d) in self.dates.iter().enumerate() {
            let Some(q) = d.quarter() else { continue };
            out.push_str(if i == 0 { " " } else { "; " });
            out.push_str(&format!("{}: {}", q.short_label(), short(d.due)));
        }
        if !self.dates.is_empty() {
            out.push('.');
        }
        out
    }
}

/// The `day` of the month after `q` ends.
fn day_after(q: Quarter, day: u8) -> NaiveDate {
    let month = q.next().first_day();
    NaiveDate::from_ymd_opt(
        month.year(),
        month.month(),
        u32::from(day.clamp(1, LAST_DAY)),
    )
    .expect("every month after a quarter has 30 days")
}

/// The latest quarter numbered `n` that ended before `due`.
fn ended_before(due: NaiveDate, n: u8) -> Quarter {
    let mut q = Quarter {
        year: Quarter::of(due).year + 1,
        q: n,
    };
    while q.last_day() >= due {
        q = Quarter {
            year: q.year - 1,
            q: n,
        };
    }
    q
}

/// "1st", "2nd", "3rd", "4th" … "21st", "22nd", "30th".
pub fn ordinal(n: u8) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}
