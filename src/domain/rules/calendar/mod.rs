//! The England and Wales working-day calendar (docs/rules.md §2 and §7).
//!
//! "Working days" are Monday to Friday excluding bank holidays in England and
//! Wales. The calendar covers [`FIRST_YEAR`] to [`LAST_YEAR`]; asking about a
//! date outside it is an error, never a guess.

mod arithmetic;
mod easter;
mod holidays;
mod local;

use chrono::{Datelike, NaiveDate, Weekday};

pub use arithmetic::{add_days, add_months, WorkingDaySpan};
pub use easter::easter_sunday;
pub use holidays::{
    built_in_holidays, insert_in_date_order, rule_holidays, Holiday, HolidaySource, OneOffChange,
    FIRST_YEAR, LAST_YEAR, ONE_OFF_CHANGES, PROCLAIMED_THROUGH,
};
pub use local::{merge_since as merge_local_holidays_since, LocalHoliday, LocalHolidayError};

/// A date the calendar cannot answer for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutOfRange {
    pub date: NaiveDate,
}

impl std::fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} is outside the years the bank-holiday calendar covers ({FIRST_YEAR} to {LAST_YEAR})",
            crate::domain::helpers::date_text::long(self.date)
        )
    }
}

/// A day passed on the way to a working-day deadline.
enum Passed<'a> {
    Weekend,
    Holiday(&'a Holiday),
    Counted(NaiveDate),
}

/// Bank holidays in force: the built-in table plus any added on this device.
#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    /// In date order, one per date (looked up by binary search).
    holidays: Vec<Holiday>,
}

impl Default for Calendar {
    fn default() -> Self {
        Self::england_and_wales()
    }
}

impl Calendar {
    /// The built-in England and Wales calendar.
    pub fn england_and_wales() -> Self {
        Self::with_local(&[])
    }

    /// The built-in calendar plus holidays added on this device. A local
    /// holiday that moves a built-in one removes that day first (as the
    /// one-off table does); one on a day that is already a holiday changes
    /// nothing.
    pub fn with_local(local: &[LocalHoliday]) -> Self {
        let mut holidays = built_in_holidays();
        for moved in local.iter().filter_map(|l| l.instead_of) {
            if let Ok(at) = holidays.binary_search_by_key(&moved, |h| h.date) {
                holidays.remove(at);
            }
        }
        for extra in local {
            let holiday = Holiday {
                date: extra.date,
                name: extra.name.clone(),
                source: HolidaySource::Local {
                    instead_of: extra.instead_of,
                },
            };
            insert_in_date_order(&mut holidays, holiday);
        }
        Calendar { holidays }
    }

    /// True when the calendar can answer for `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        (FIRST_YEAR..=LAST_YEAR).contains(&date.year())
    }

    fn check(&self, date: NaiveDate) -> Result<(), OutOfRange> {
        if self.covers(date) {
            Ok(())
        } else {
            Err(OutOfRange { date })
        }
    }

    /// The holiday on `date`, if any.
    pub fn holiday(&self, date: NaiveDate) -> Option<&Holiday> {
        self.holidays
            .binary_search_by_key(&date, |h| h.date)
            .ok()
            .map(|at| &self.holidays[at])
    }

    /// Every holiday in `year`, in date order.
    pub fn holidays_in_year(&self, year: i32) -> Vec<&Holiday> {
        let (Some(from), Some(to)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return Vec::new();
        };
        let start = self.holidays.partition_point(|h| h.date < from);
        let end = self.holidays.partition_point(|h| h.date <= to);
        self.holidays[start..end].iter().collect()
    }

    /// Monday to Friday and not a bank holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, OutOfRange> {
        self.check(date)?;
        let weekend = matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
        Ok(!weekend && self.holiday(date).is_none())
    }

    /// "N working days after D": the N-th working day strictly after D, so an
    /// event on a weekend or holiday counts from the next working day
    /// (docs/rules.md §2). N = 0 gives D itself. The span records the days
    /// counted and skipped, to show the working.
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> Result<WorkingDaySpan, OutOfRange> {
        let mut counted = Vec::with_capacity(n as usize);
        let mut holidays_skipped = Vec::new();
        let mut weekend_days_skipped = 0;
        let due = self.walk_working_days(from, n, |day| match day {
            Passed::Weekend => weekend_days_skipped += 1,
            Passed::Holiday(h) => holidays_skipped.push(h.clone()),
            Passed::Counted(d) => counted.push(d),
        })?;
        Ok(WorkingDaySpan {
            from,
            due,
            counted,
            holidays_skipped,
            weekend_days_skipped,
        })
    }

    /// The date [`add_working_days`](Self::add_working_days) gives, without
    /// the working: the due list works out tens of thousands and shows none.
    pub fn working_days_after(&self, from: NaiveDate, n: u32) -> Result<NaiveDate, OutOfRange> {
        self.walk_working_days(from, n, |_| {})
    }

    /// Walk to the N-th working day after `from`, telling `passed` of each
    /// day on the way; the day reached.
    fn walk_working_days(
        &self,
        from: NaiveDate,
        n: u32,
        mut passed: impl FnMut(Passed<'_>),
    ) -> Result<NaiveDate, OutOfRange> {
        self.check(from)?;
        let mut day = from;
        let mut counted = 0;
        // The days only move forward, so the next holiday is followed along
        // the list rather than looked up for every day: the due list counts
        // tens of thousands of spans.
        let mut next = self.holidays.partition_point(|h| h.date <= from);
        while counted < n {
            day = day.succ_opt().ok_or(OutOfRange { date: day })?;
            self.check(day)?;
            while self.holidays.get(next).is_some_and(|h| h.date < day) {
                next += 1;
            }
            if matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                passed(Passed::Weekend);
                continue;
            }
            if let Some(h) = self.holidays.get(next).filter(|h| h.date == day) {
                passed(Passed::Holiday(h));
                continue;
            }
            counted += 1;
            passed(Passed::Counted(day));
        }
        Ok(day)
    }

    /// Working days from `from` (exclusive) to `to` (inclusive); negative
    /// when `to` is before `from`. Used to say how many working days late.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, OutOfRange> {
        self.check(from)?;
        self.check(to)?;
        let (lo, hi, sign) = if to >= from {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let mut count = 0i64;
        let mut day = lo;
        while day < hi {
            day = day.succ_opt().ok_or(OutOfRange { date: day })?;
            if self.is_working_day(day)? {
                count += 1;
            }
        }
        Ok(sign * count)
    }
}
