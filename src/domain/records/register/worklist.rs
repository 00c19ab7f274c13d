//! The weekly home-round worklist: for a home and a round date, the
//! residents to prioritise (002 Appendix 1: "residents prioritised in
//! advance"; 004: "identified in advance").

use chrono::{Datelike, Duration, NaiveDate};

use crate::domain::records::agreement::template::WEEKDAYS;
use crate::domain::rules::calendar::Calendar;

use super::due_list::{due_list, DueRow};
use super::model::{Register, Resident};

/// The next round on or after `from`, for a round held on `day`.
pub fn next_round(day: &str, from: NaiveDate) -> Option<NaiveDate> {
    let target = WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(day.trim()))? as i64;
    let today = i64::from(from.weekday().num_days_from_monday());
    Some(from + Duration::days((target - today).rem_euclid(7)))
}

/// One resident on the worklist and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorklistEntry {
    pub resident: Resident,
    /// Overdue, or due before the following round.
    pub items: Vec<DueRow>,
    /// The home's concern, when flagged.
    pub concern: Option<String>,
    /// What the home asked for this round (issue 26), when it did.
    pub requested: Vec<crate::domain::records::round::RequestEntry>,
}

/// Residents of `home_id` to see at the round on `round`: everything
/// overdue or due before the following round (`round` + 7 days), plus any
/// resident the home has flagged or asked to be seen at this round (its
/// request brought in, issue 26). Most urgent first.
pub fn worklist(
    register: &Register,
    home_id: &str,
    round: NaiveDate,
    calendar: &Calendar,
) -> Vec<WorklistEntry> {
    let next = round + Duration::days(7);
    let home_only = Register {
        homes: register
            .homes
            .iter()
            .filter(|h| h.id == home_id)
            .cloned()
            .collect(),
        residents: register
            .residents
            .iter()
            .filter(|r| r.home_id == home_id)
            .cloned()
            .collect(),
        ..Register::default()
    };
    let rows = due_list(&home_only, round, calendar).rows;
    let requested = register.requested(home_id, round);
    let mut entries: Vec<WorklistEntry> = home_only
        .residents
        .into_iter()
        .filter(|r| r.is_current())
        .filter_map(|r| {
            let items: Vec<DueRow> = rows
                .iter()
                .filter(|d| d.resident.as_ref().is_some_and(|x| x.id == r.id) && d.due < next)
                .cloned()
                .collect();
            let concern = Some(r.concern.trim().to_string()).filter(|c| !c.is_empty());
            let asked: Vec<_> = requested
                .iter()
                .filter(|q| q.found.resident_id() == Some(r.id.as_str()))
                .map(|q| q.request.entry.clone())
                .collect();
            (!items.is_empty() || concern.is_some() || !asked.is_empty()).then_some(WorklistEntry {
                resident: r,
                items,
                concern,
                requested: asked,
            })
        })
        .collect();
    crate::domain::helpers::stable_sort::sort_by(&mut entries, |a, b| {
        let first = |e: &WorklistEntry| e.items.first().map(|i| i.due).unwrap_or(NaiveDate::MAX);
        first(a)
            .cmp(&first(b))
            .then_with(|| a.resident.name.cmp(&b.resident.name))
    });
    entries
}
