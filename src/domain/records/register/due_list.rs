//! Every open obligation of every current resident, across homes: the due
//! list, its counts, filters and search.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::domain::rules::calendar::Calendar;
use crate::domain::rules::deadlines::{
    deadline_rows, home_deadlines, Deadline, DeadlineReport, Status,
};
use crate::domain::rules::obligation::{Obligation, ObligationId};
use crate::domain::rules::schemes::Scheme;

use super::facts::facts;
use super::model::Register;

/// Whose row it is: a resident's, or (`None` on [`DueRow`]) the home's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidentRef {
    pub id: String,
    pub name: String,
    pub nhs_number: String,
}

impl ResidentRef {
    /// "A. S.", for calendar files without full names: worked out only
    /// for the rows exported, not for every resident.
    pub fn initials(&self) -> String {
        super::model::initials(&self.name)
    }
}

/// One open obligation of one resident, or one duty of a home.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueRow {
    /// Shared by every row of the home (one copy, not one per row).
    pub home_id: Arc<str>,
    pub home_name: Arc<str>,
    /// `None` for a duty of the home itself; shared by the resident's rows.
    pub resident: Option<Arc<ResidentRef>>,
    pub obligation: &'static Obligation,
    /// The scheme the row comes from.
    pub scheme: &'static Scheme,
    /// Unique within the resident's (or home's) rows: the obligation's id
    /// (not a copy), with the date for a row per hospital admission.
    pub key: std::borrow::Cow<'static, str>,
    pub due: NaiveDate,
    pub status: Status,
    pub days_left: i64,
    /// The engine's row, for the explanation: worded only for the rows
    /// drawn or exported, not for every row of every resident.
    deadline: Box<Deadline>,
}

impl DueRow {
    /// The resident's name, or the home's for a home duty.
    pub fn who(&self) -> &str {
        self.resident
            .as_ref()
            .map(|r| r.name.as_str())
            .unwrap_or(&self.home_name)
    }

    fn from_deadline(home: &HomeRef, resident: Option<Arc<ResidentRef>>, d: Deadline) -> DueRow {
        DueRow {
            home_id: home.id.clone(),
            home_name: home.name.clone(),
            resident,
            key: d.row_key(),
            obligation: d.obligation,
            scheme: d.scheme,
            due: d.due,
            status: d.status,
            days_left: d.days_left,
            deadline: Box::new(d),
        }
    }

    /// "7 working days after admission (Mon 2 Nov 2026)".
    pub fn explanation(&self) -> String {
        self.deadline.explanation()
    }
}

/// The home's id and name, made once per home and shared by its rows.
struct HomeRef {
    id: Arc<str>,
    name: Arc<str>,
}

/// The list, and anything that could not be worked out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DueList {
    pub rows: Vec<DueRow>,
    pub problems: Vec<String>,
}

impl DueList {
    /// Each resident's soonest open obligation, found in one pass over the
    /// rows (asking [`DueList::next_for`] once per resident scanned every
    /// row each time: seconds for 5,000 residents, issue 23).
    pub fn next_by_resident(&self) -> std::collections::HashMap<String, DueRow> {
        let mut out = std::collections::HashMap::new();
        for r in &self.rows {
            if let Some(x) = &r.resident {
                out.entry(x.id.clone()).or_insert_with(|| r.clone());
            }
        }
        out
    }

    /// A resident's soonest open obligation (the rows are soonest first).
    pub fn next_for(&self, resident_id: &str) -> Option<&DueRow> {
        self.rows
            .iter()
            .find(|r| r.resident.as_ref().is_some_and(|x| x.id == resident_id))
    }
}

fn open_rows(report: DeadlineReport) -> impl Iterator<Item = Deadline> {
    report
        .deadlines
        .into_iter()
        .filter(|d| !matches!(d.status, Status::Done { .. }))
}

/// Work out the due list as of `as_of`: open obligations only (done
/// one-offs drop out), current residents only, and each home's duties;
/// soonest first.
pub fn due_list(register: &Register, as_of: NaiveDate, calendar: &Calendar) -> DueList {
    let mut out = DueList::default();
    // Each home's current residents, in register order, found in one pass
    // (not one pass over every resident for each home).
    let mut by_home: std::collections::HashMap<&str, Vec<&super::model::Resident>> =
        std::collections::HashMap::with_capacity(register.homes.len());
    for r in register.residents.iter().filter(|r| r.is_current()) {
        by_home.entry(r.home_id.as_str()).or_default().push(r);
    }
    out.rows
        .reserve(register.residents.len() * 5 + register.homes.len() * 4);
    for home in &register.homes {
        let Some(scheme) = Scheme::by_id(&home.scheme) else {
            out.problems.push(format!(
                "{} has no scheme chosen, so its residents\u{2019} deadlines are not shown.",
                home.name
            ));
            continue;
        };
        let shared = HomeRef {
            id: Arc::from(home.id.as_str()),
            name: Arc::from(home.name.as_str()),
        };
        let duties = home_deadlines(scheme, &home.duty_dates(), as_of, calendar);
        for u in &duties.unavailable {
            out.problems.push(format!(
                "{}: {}: {}",
                home.name, u.obligation.title, u.message
            ));
        }
        out.rows
            .extend(open_rows(duties).map(|d| DueRow::from_deadline(&shared, None, d)));
        for r in by_home.get(home.id.as_str()).into_iter().flatten() {
            let report = deadline_rows(scheme, &facts(r, Some(home)), as_of, calendar);
            for u in &report.unavailable {
                out.problems
                    .push(format!("{}: {}: {}", r.name, u.obligation.title, u.message));
            }
            let who = Arc::new(ResidentRef {
                id: r.id.clone(),
                name: r.name.clone(),
                nhs_number: r.nhs_number.clone(),
            });
            out.rows.extend(
                open_rows(report)
                    .map(|d| DueRow::from_deadline(&shared, Some(Arc::clone(&who)), d)),
            );
        }
    }
    out.rows = soonest_first(std::mem::take(&mut out.rows));
    out
}

/// The rows by due date, then name, ties kept in the order they were made:
/// sorted as small integer keys, not by comparing names for every pair of
/// tens of thousands of rows. A resident's rows (and a home's duties) are
/// made together and share one name, so each run of rows is ranked by name
/// once.
fn soonest_first(rows: Vec<DueRow>) -> Vec<DueRow> {
    // Each run of rows sharing one name (the same text, not just equal):
    // its name and where it ends.
    let mut runs: Vec<(&str, usize)> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        match runs.last_mut() {
            Some((name, end)) if std::ptr::eq(*name, r.who()) => *end = i + 1,
            _ => runs.push((r.who(), i + 1)),
        }
    }
    let mut by_name: Vec<usize> = (0..runs.len()).collect();
    by_name.sort_unstable_by(|a, b| runs[*a].0.cmp(runs[*b].0));
    // Equal names share a rank.
    let mut rank = vec![0u32; runs.len()];
    let mut next = 0u32;
    for (k, run) in by_name.iter().enumerate() {
        if k > 0 && runs[by_name[k - 1]].0 != runs[*run].0 {
            next += 1;
        }
        rank[*run] = next;
    }
    // One integer per row, sorted as integers: the due date, then the
    // name's rank, then the place it was made (so ties keep their order).
    let mut order: Vec<u128> = Vec::with_capacity(rows.len());
    let mut start = 0;
    for (run, (_, end)) in runs.iter().enumerate() {
        let name = u128::from(rank[run]) << 32;
        order.extend((start..*end).map(|i| day_key(rows[i].due) | name | i as u128));
        start = *end;
    }
    order.sort_unstable();
    let mut slots: Vec<Option<DueRow>> = rows.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&key| slots.get_mut(key as u32 as usize).and_then(Option::take))
        .collect()
}

/// A date as the top bits of a sort key: later dates, larger keys.
fn day_key(d: NaiveDate) -> u128 {
    use chrono::Datelike;
    // Days from 1 Jan of year 1, moved to be never negative.
    let days = i64::from(d.num_days_from_ce()) - i64::from(i32::MIN);
    (days as u128) << 64
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
        c.add(r);
    }
    c
}

impl Counts {
    fn add(&mut self, r: &DueRow) {
        if r.days_left < 0 {
            self.overdue += 1;
        } else {
            if r.days_left <= 7 {
                self.this_week += 1;
            }
            if r.days_left <= 30 {
                self.within_30_days += 1;
            }
        }
    }
}

/// [`counts`] for each home, by home id, in one pass over the rows. A home
/// with no open rows is not listed (its counts are all zero).
pub fn counts_by_home(rows: &[DueRow]) -> std::collections::HashMap<Arc<str>, Counts> {
    let mut by_home: std::collections::HashMap<Arc<str>, Counts> = Default::default();
    for r in rows {
        by_home.entry(Arc::clone(&r.home_id)).or_default().add(r);
    }
    by_home
}

/// Which rows to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub home_id: Option<String>,
    pub obligation: Option<ObligationId>,
    /// Only the homes' duties (`Some(true)`) or only residents' rows.
    pub home_duties: Option<bool>,
    /// "overdue", "due-soon" or "upcoming".
    pub status: Option<String>,
    /// Part of a name, or of an NHS number (spaces ignored).
    pub search: String,
}

/// A search, worked out once for a whole list rather than for every row.
struct Search {
    /// Lower case, trimmed, never empty.
    needle: String,
    /// The needle without spaces, when it is all digits: part of an NHS
    /// number.
    digits: Option<String>,
}

impl Filter {
    /// Whether one row matches.
    pub fn matches(&self, r: &DueRow) -> bool {
        self.keeps(self.search().as_ref(), r)
    }

    /// The positions in `rows` of the rows that match, in order. With no
    /// filter at all (the page as first opened) every row, unchecked.
    pub fn matching(&self, rows: &[DueRow]) -> Vec<usize> {
        if *self == Filter::default() {
            return (0..rows.len()).collect();
        }
        let search = self.search();
        rows.iter()
            .enumerate()
            .filter(|(_, r)| self.keeps(search.as_ref(), r))
            .map(|(i, _)| i)
            .collect()
    }

    fn search(&self) -> Option<Search> {
        let needle = self.search.trim().to_lowercase();
        if needle.is_empty() {
            return None;
        }
        let digits: String = needle.chars().filter(|c| !c.is_whitespace()).collect();
        Some(Search {
            digits: (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
                .then_some(digits),
            needle,
        })
    }

    fn keeps(&self, search: Option<&Search>, r: &DueRow) -> bool {
        if self.home_id.as_ref().is_some_and(|h| **h != *r.home_id) {
            return false;
        }
        if self.obligation.is_some_and(|o| o != r.obligation.id) {
            return false;
        }
        if self
            .home_duties
            .is_some_and(|homes| homes != r.resident.is_none())
        {
            return false;
        }
        if self.status.as_ref().is_some_and(|s| s != r.status.as_str()) {
            return false;
        }
        let Some(search) = search else {
            return true;
        };
        // A search is for residents: a home's duties match its name.
        r.who().to_lowercase().contains(&search.needle)
            || search.digits.as_ref().is_some_and(|digits| {
                r.resident
                    .as_ref()
                    .is_some_and(|x| x.nhs_number.contains(digits.as_str()))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::day_key;
    use chrono::NaiveDate;

    /// Later dates sort after earlier ones across the whole range of dates
    /// (before year 1 included), and the low 64 bits are left for the
    /// name's rank and the row's place.
    #[test]
    fn later_days_have_larger_sort_keys() {
        let days = [
            NaiveDate::MIN,
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(1, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 2, 28).unwrap(),
            NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            NaiveDate::MAX,
        ];
        for pair in days.windows(2) {
            assert!(day_key(pair[0]) < day_key(pair[1]), "{pair:?}");
            assert_eq!(day_key(pair[0]) & u128::from(u64::MAX), 0);
        }
    }
}
