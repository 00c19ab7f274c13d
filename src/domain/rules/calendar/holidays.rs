//! England and Wales bank holidays, 2000 to 2035.
//!
//! Source: the Banking and Financial Dealings Act 1971, Schedule 1, and the
//! annual Royal Proclamations that follow its rules (docs/rules.md §7):
//! New Year's Day (next Monday if at a weekend), Good Friday, Easter Monday,
//! the first Monday in May, the last Monday in May, the last Monday in August,
//! Christmas Day and Boxing Day (a substitute weekday when either falls at a
//! weekend). One-off changes that no rule can know are kept as data in
//! [`ONE_OFF_CHANGES`]; a later proclamation can be added on the user's device
//! (see [`super::LocalHoliday`]) without a new release.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::easter::easter_sunday;

/// First year the built-in table covers.
pub const FIRST_YEAR: i32 = 2000;
/// Last year the built-in table covers.
pub const LAST_YEAR: i32 = 2035;
/// Bank holidays have been proclaimed up to and including this year; later
/// years are projected from the rules and may still change by proclamation.
pub const PROCLAIMED_THROUGH: i32 = 2027;

/// Where a holiday in the calendar comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum HolidaySource {
    /// One of the standing rules of the 1971 Act, Schedule 1.
    Rule,
    /// A one-off change by proclamation; the text says which.
    Proclamation { note: String },
    /// Added by the user on this device; `instead_of` is the day it
    /// replaced, when the proclamation moved a holiday.
    Local { instead_of: Option<NaiveDate> },
}

impl HolidaySource {
    /// Plain-English source, shown next to each holiday.
    pub fn describe(&self) -> String {
        match self {
            HolidaySource::Rule => {
                "Banking and Financial Dealings Act 1971, Schedule 1 (standing rule)".to_string()
            }
            HolidaySource::Proclamation { note } => format!("One-off proclamation: {note}"),
            HolidaySource::Local { instead_of: None } => "Added on this device".to_string(),
            HolidaySource::Local {
                instead_of: Some(from),
            } => format!(
                "Added on this device, moved from {}",
                crate::domain::helpers::date_text::long(*from)
            ),
        }
    }
}

/// One bank holiday as observed (substitute days are already applied).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
    pub source: HolidaySource,
}

impl Holiday {
    /// True when the year has not been proclaimed yet, so the date is
    /// projected from the standing rules.
    pub fn is_projected(&self) -> bool {
        self.source == HolidaySource::Rule && self.date.year() > PROCLAIMED_THROUGH
    }
}

/// A one-off change made by proclamation.
#[derive(Clone, Copy, Debug)]
pub struct OneOffChange {
    /// A rule day that was not a holiday that year (moved), as (y, m, d).
    pub instead_of: Option<(i32, u32, u32)>,
    /// The day or days proclaimed, as (y, m, d, name).
    pub days: &'static [(i32, u32, u32, &'static str)],
    /// Why, for the user.
    pub note: &'static str,
}

/// Every one-off change within 2000 to 2035 (docs/rules.md §7). The
/// millennium holiday of 31 December 1999 falls before the range.
pub const ONE_OFF_CHANGES: &[OneOffChange] = &[
    OneOffChange {
        instead_of: Some((2002, 5, 27)),
        days: &[
            (2002, 6, 3, "Golden Jubilee bank holiday"),
            (2002, 6, 4, "Spring bank holiday (moved)"),
        ],
        note: "2002, Golden Jubilee: spring bank holiday moved to Tuesday 4 June, plus Monday 3 June",
    },
    OneOffChange {
        instead_of: None,
        days: &[(2011, 4, 29, "Royal Wedding bank holiday")],
        note: "2011, wedding of Prince William and Catherine Middleton: Friday 29 April",
    },
    OneOffChange {
        instead_of: Some((2012, 5, 28)),
        days: &[
            (2012, 6, 4, "Spring bank holiday (moved)"),
            (2012, 6, 5, "Diamond Jubilee bank holiday"),
        ],
        note: "2012, Diamond Jubilee: spring bank holiday moved to Monday 4 June, plus Tuesday 5 June",
    },
    OneOffChange {
        instead_of: Some((2020, 5, 4)),
        days: &[(2020, 5, 8, "Early May bank holiday (VE Day)")],
        note: "2020, 75th anniversary of VE Day: early May bank holiday moved to Friday 8 May",
    },
    OneOffChange {
        instead_of: Some((2022, 5, 30)),
        days: &[
            (2022, 6, 2, "Spring bank holiday (moved)"),
            (2022, 6, 3, "Platinum Jubilee bank holiday"),
        ],
        note: "2022, Platinum Jubilee: spring bank holiday moved to Thursday 2 June, plus Friday 3 June",
    },
    OneOffChange {
        instead_of: None,
        days: &[(2022, 9, 19, "Bank holiday for the State Funeral of Queen Elizabeth II")],
        note: "2022, State Funeral of Queen Elizabeth II: Monday 19 September",
    },
    OneOffChange {
        instead_of: None,
        days: &[(2023, 5, 8, "Bank holiday for the coronation of King Charles III")],
        note: "2023, Coronation of King Charles III: Monday 8 May",
    },
];

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid calendar date")
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

fn next_weekday(mut d: NaiveDate) -> NaiveDate {
    while is_weekend(d) {
        d += Duration::days(1);
    }
    d
}

fn first_monday(year: i32, month: u32) -> NaiveDate {
    let mut d = ymd(year, month, 1);
    while d.weekday() != Weekday::Mon {
        d += Duration::days(1);
    }
    d
}

fn last_monday(year: i32, month: u32) -> NaiveDate {
    let mut d = if month == 12 {
        ymd(year, 12, 31)
    } else {
        ymd(year, month + 1, 1) - Duration::days(1)
    };
    while d.weekday() != Weekday::Mon {
        d -= Duration::days(1);
    }
    d
}

/// The holidays that the standing rules give for `year`, before one-offs.
pub fn rule_holidays(year: i32) -> Vec<(NaiveDate, String)> {
    let mut out = Vec::with_capacity(8);
    let new_year = ymd(year, 1, 1);
    if is_weekend(new_year) {
        out.push((
            next_weekday(new_year),
            "New Year's Day (substitute day)".into(),
        ));
    } else {
        out.push((new_year, "New Year's Day".into()));
    }
    let easter = easter_sunday(year);
    out.push((easter - Duration::days(2), "Good Friday".into()));
    out.push((easter + Duration::days(1), "Easter Monday".into()));
    out.push((first_monday(year, 5), "Early May bank holiday".into()));
    out.push((last_monday(year, 5), "Spring bank holiday".into()));
    out.push((last_monday(year, 8), "Summer bank holiday".into()));

    // Christmas and Boxing Day: a day on a weekday keeps its date; a day at a
    // weekend moves to the next weekday not already taken by the other.
    let mut christmas_days: Vec<(NaiveDate, String)> = Vec::with_capacity(2);
    let real_days = [
        (ymd(year, 12, 25), "Christmas Day"),
        (ymd(year, 12, 26), "Boxing Day"),
    ];
    for (real, base) in real_days {
        if !is_weekend(real) {
            christmas_days.push((real, base.to_string()));
        }
    }
    for (real, base) in real_days {
        if is_weekend(real) {
            let mut day = next_weekday(real);
            while christmas_days.iter().any(|(d, _)| *d == day) {
                day = next_weekday(day + Duration::days(1));
            }
            christmas_days.push((day, format!("{base} (substitute day)")));
        }
    }
    // Two days at most: put them in date order (no general sort, which
    // would add to the first load's size).
    if christmas_days.len() == 2 && christmas_days[0].0 > christmas_days[1].0 {
        christmas_days.swap(0, 1);
    }
    out.extend(christmas_days);
    out
}

/// Every built-in holiday from [`FIRST_YEAR`] to [`LAST_YEAR`], in date
/// order: the statutory rules, then the one-off changes (a moved day
/// removed, the days proclaimed added). Each year's rule days come in date
/// order, so the list is kept in order by inserting, never sorted (a
/// general sort would add to the first load's size).
pub fn built_in_holidays() -> Vec<Holiday> {
    let mut all = Vec::with_capacity(((LAST_YEAR - FIRST_YEAR + 1) * 8) as usize);
    for year in FIRST_YEAR..=LAST_YEAR {
        for (date, name) in rule_holidays(year) {
            let source = HolidaySource::Rule;
            all.push(Holiday { date, name, source });
        }
    }
    for change in ONE_OFF_CHANGES {
        if let Some((y, m, d)) = change.instead_of {
            let moved = ymd(y, m, d);
            all.retain(|h| h.date != moved);
        }
        for &(y, m, d, name) in change.days {
            let date = ymd(y, m, d);
            let source = HolidaySource::Proclamation {
                note: change.note.to_string(),
            };
            insert_in_date_order(
                &mut all,
                Holiday {
                    date,
                    name: name.to_string(),
                    source,
                },
            );
        }
    }
    all
}

/// Put `holiday` in its place in a list in date order, unless its date is
/// already there. Returns whether it went in.
pub fn insert_in_date_order(list: &mut Vec<Holiday>, holiday: Holiday) -> bool {
    match list.binary_search_by_key(&holiday.date, |h| h.date) {
        Ok(_) => false,
        Err(at) => {
            list.insert(at, holiday);
            true
        }
    }
}
