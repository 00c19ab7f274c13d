//! Calendar-day and calendar-month arithmetic (docs/rules.md §2).

use chrono::{Duration, Months, NaiveDate};

use super::Holiday;

/// The result of counting working days, with the working shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingDaySpan {
    /// The day counted from (not itself counted).
    pub from: NaiveDate,
    /// The last working day counted: the due date.
    pub due: NaiveDate,
    /// Every working day counted, in order.
    pub counted: Vec<NaiveDate>,
    /// Bank holidays on weekdays that were passed over.
    pub holidays_skipped: Vec<Holiday>,
    /// Saturdays and Sundays passed over.
    pub weekend_days_skipped: u32,
}

/// "Within N days": D + N calendar days ("within 2 weeks" is D + 14).
pub fn add_days(from: NaiveDate, days: u32) -> Option<NaiveDate> {
    from.checked_add_signed(Duration::days(i64::from(days)))
}

/// "N months": calendar-month addition clamped to the end of a shorter month
/// (31 August + 6 months = 28 or 29 February).
pub fn add_months(from: NaiveDate, months: u32) -> Option<NaiveDate> {
    from.checked_add_months(Months::new(months))
}
