//! Holidays added by the user on this device, so that a new proclamation
//! never waits for a release (docs/rules.md §7: "A later proclamation must
//! be addable without a rebuild of the rules").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Calendar, HolidaySource, FIRST_YEAR, LAST_YEAR};

/// A one-off bank holiday added on this device. A proclamation that moves
/// a bank holiday (as in 2020, when the early May bank holiday moved to VE
/// Day) names the day it replaces in `instead_of`, which then stops being a
/// holiday, as the built-in one-off table does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalHoliday {
    #[serde(with = "crate::domain::helpers::date_text::iso_field")]
    pub date: NaiveDate,
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::domain::helpers::date_text::iso_option_field"
    )]
    pub instead_of: Option<NaiveDate>,
}

/// Two tabs' local holidays brought together, `seen` being the list this
/// tab last read or saved. A holiday added, changed or removed in either
/// since stays so; one day holds one holiday, and where both tabs changed
/// it, this tab's. In date order.
pub fn merge_since(
    mine: &[LocalHoliday],
    stored: &[LocalHoliday],
    seen: &[LocalHoliday],
) -> Vec<LocalHoliday> {
    let on = |list: &[LocalHoliday], day: NaiveDate| list.iter().find(|h| h.date == day).cloned();
    let mut days: Vec<NaiveDate> = mine.iter().chain(stored).map(|h| h.date).collect();
    crate::domain::helpers::stable_sort::sort_by_key(&mut days, |d| *d);
    days.dedup();
    let merged: Vec<LocalHoliday> = days
        .into_iter()
        .filter_map(|day| {
            let (m, s, before) = (on(mine, day), on(stored, day), on(seen, day));
            // The side unchanged since it was seen gives way to the other.
            if m == before {
                s
            } else {
                m
            }
        })
        .collect();
    // Each tab moved the same day to another: this tab's move is kept.
    let moved_here = |day: NaiveDate| {
        merged
            .iter()
            .any(|o| o.instead_of == Some(day) && mine.contains(o))
    };
    merged
        .iter()
        .filter(|h| {
            h.instead_of
                .is_none_or(|day| mine.contains(h) || !moved_here(day))
        })
        .cloned()
        .collect()
}

/// Why a local holiday cannot be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalHolidayError {
    NameMissing,
    OutOfRange,
    Weekend,
    AlreadyHoliday(String),
    /// The day to move from is not a bank holiday that can be moved.
    NothingToMove(NaiveDate),
    /// Moved to the day it is moved from.
    MovedToItself,
}

impl std::fmt::Display for LocalHolidayError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NameMissing => write!(f, "Enter a name for the holiday"),
            Self::OutOfRange => write!(
                f,
                "The date must be between {FIRST_YEAR} and {LAST_YEAR}, the years the calendar covers"
            ),
            Self::Weekend => write!(
                f,
                "The date is a Saturday or Sunday, which is never a working day: choose the weekday proclaimed"
            ),
            Self::AlreadyHoliday(name) => write!(f, "That date is already a bank holiday ({name})"),
            Self::NothingToMove(d) => write!(
                f,
                "There is no bank holiday on {} to move: leave this blank for an extra holiday",
                crate::domain::helpers::date_text::long(*d)
            ),
            Self::MovedToItself => write!(
                f,
                "The new date is the same as the date it moves from"
            ),
        }
    }
}

impl LocalHoliday {
    /// Check a new local holiday against the calendar it would join. When
    /// `instead_of` is given, that day must be a bank holiday of the
    /// built-in calendar (a rule day or a proclaimed one), which it replaces.
    pub fn validate(
        date: NaiveDate,
        name: &str,
        instead_of: Option<NaiveDate>,
        calendar: &Calendar,
    ) -> Result<Self, LocalHolidayError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(LocalHolidayError::NameMissing);
        }
        if let Some(from) = instead_of {
            if from == date {
                return Err(LocalHolidayError::MovedToItself);
            }
            match calendar.holiday(from) {
                Some(h) if !matches!(h.source, HolidaySource::Local { .. }) => {}
                _ => return Err(LocalHolidayError::NothingToMove(from)),
            }
        }
        match calendar.is_working_day(date) {
            Err(_) => Err(LocalHolidayError::OutOfRange),
            Ok(true) => Ok(LocalHoliday {
                date,
                name: name.to_string(),
                instead_of,
            }),
            Ok(false) => match calendar.holiday(date) {
                Some(h) => Err(LocalHolidayError::AlreadyHoliday(h.name.clone())),
                None => Err(LocalHolidayError::Weekend),
            },
        }
    }
}
