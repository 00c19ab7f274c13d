//! Holidays added by the user on this device, so that a new proclamation
//! never waits for a release (domain-rules.md §7: "A later proclamation must
//! be addable without a rebuild of the rules").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Calendar, FIRST_YEAR, LAST_YEAR};

/// A one-off bank holiday added on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalHoliday {
    #[serde(with = "crate::domain::date_text::iso_field")]
    pub date: NaiveDate,
    pub name: String,
}

/// Why a local holiday cannot be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LocalHolidayError {
    NameMissing,
    OutOfRange,
    Weekend,
    AlreadyHoliday(String),
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
        }
    }
}

impl LocalHoliday {
    /// Check a new local holiday against the calendar it would join.
    pub fn validate(
        date: NaiveDate,
        name: &str,
        calendar: &Calendar,
    ) -> Result<Self, LocalHolidayError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(LocalHolidayError::NameMissing);
        }
        match calendar.is_working_day(date) {
            Err(_) => Err(LocalHolidayError::OutOfRange),
            Ok(true) => Ok(LocalHoliday {
                date,
                name: name.to_string(),
            }),
            Ok(false) => match calendar.holiday(date) {
                Some(h) => Err(LocalHolidayError::AlreadyHoliday(h.name.clone())),
                None => Err(LocalHolidayError::Weekend),
            },
        }
    }
}
