//! Every open obligation of every current resident, across homes: the due
//! list, its counts, filters and search.

use chrono::NaiveDate;

use crate::domain::calendar::Calendar;
use crate::domain::deadlines::{deadlines, Status};
use crate::domain::obligation::{Obligation, ObligationId};
use crate::domain::schemes::Scheme;

use super::facts::facts;
use super::model::Register;

/// One open obligation of one resident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueRow {
    pub home_id: String,
    pub home_name: String,
    pub resident_id: String,
    pub resident_name: String,
    pub initials: String,
    pub nhs_number: String,
    pub obligation: &'static Obligation,
    pub due: NaiveDate,
    pub status: Status,
    pub days_left: i64,
    /// "7 working days after admission (Mon 2 Nov 2026)".
    pub explanation: String,
}

/// The list, and anything that could not be worked out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DueList {
    pub rows: Vec<DueRow>,
    pub problems: Vec<String>,
}

/// Work out the due list as of `as_of`: open obligations only (done
/// one-offs drop out), current residents only, soonest first.
pub fn due_list(register: &Register, as_of: NaiveDate, calendar: &Calendar) -> DueList {
    let mut out = DueList::default();
    for home in &register.homes {
        let Some(scheme) = Scheme::by_id(&home.scheme) else {
            out.problems.push(format!(
                "{} has no scheme chosen, so its residents\u{2019} deadlines are not shown.",
                home.name
            ));
            continue;
        };
        for r in register
            .residents
            .iter()
            .filter(|r| r.home_id == home.id && r.is_current())
        {
            match deadlines(scheme, &facts(r), as_of, calendar) {
                Ok(report) => out.rows.extend(
                    report
                        .deadlines
                        .into_iter()
                        .filter(|d| !matches!(d.status, Status::Done { .. }))
                        .map(|d| DueRow {
                            home_id: home.id.clone(),
                            home_name: home.name.clone(),
                            resident_id: r.id.clone(),
                            resident_name: r.name.clone(),
                            initials: r.initials(),
                            nhs_number: r.nhs_number.clone(),
                            explanation: d.explanation(),
                            obligation: d.obligation,
                            due: d.due,
                            status: d.status,
                            days_left: d.days_left,
                        }),
                ),
                Err(e) => out.problems.push(format!("{}: {e}", r.name)),
            }
        }
    }
    out.rows.sort_by(|a, b| {
        a.due
            .cmp(&b.due)
            .then_with(|| a.resident_name.cmp(&b.resident_name))
    });
    out
}

/// The dashboard's three numbers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub overdue: usize,
    /// Due today or within the next 7 days.
    pub this_week: usize,
    /// Due today or within the next 30 days.
    pub within_30_days: usize,
}

pub fn counts<'a>(rows: impl IntoIterator<Item = &'a DueRow>) -> Counts {
    let mut c = Counts::default();
    for r in rows {
        if r.days_left < 0 {
            c.overdue += 1;
        } else {
            if r.days_left <= 7 {
                c.this_week += 1;
            }
            if r.days_left <= 30 {
                c.within_30_days += 1;
            }
        }
    }
    c
}

/// Which rows to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub home_id: Option<String>,
    pub obligation: Option<ObligationId>,
    /// "overdue", "due-soon" or "upcoming".
    pub status: Option<String>,
    /// Part of a name, or of an NHS number (spaces ignored).
    pub search: String,
}

impl Filter {
    pub fn matches(&self, r: &DueRow) -> bool {
        if self.home_id.as_ref().is_some_and(|h| *h != r.home_id) {
            return false;
        }
        if self.obligation.is_some_and(|o| o != r.obligation.id) {
            return false;
        }
        if self.status.as_ref().is_some_and(|s| s != r.status.as_str()) {
            return false;
        }
        let needle = self.search.trim().to_lowercase();
        if needle.is_empty() {
            return true;
        }
        let digits: String = needle.chars().filter(|c| !c.is_whitespace()).collect();
        r.resident_name.to_lowercase().contains(&needle)
            || (!digits.is_empty()
                && digits.chars().all(|c| c.is_ascii_digit())
                && r.nhs_number.contains(&digits))
    }
}
