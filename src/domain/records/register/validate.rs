//! One way in: a register read from browser storage, a backup or a file
//! passes the same checks as the forms that make one (issue 12). Whatever
//! the "Add a resident" form refuses, a file is refused for, with the
//! record and the field named; so no text reaches the pages that the forms
//! would not have let in (an NHS number that is not 10 digits, an id with a
//! line break, a date in 1066).

use chrono::{Datelike, NaiveDate};

use super::details::ResidentDraft;
use super::model::{Home, Register, Resident};
use crate::domain::helpers::date_text::{PLAUSIBLE_YEARS, WEEKDAYS};
use crate::domain::rules::schemes::Scheme;

/// The first thing in a file that a form would have refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    /// Which record: "the resident “Ann Smith” (number 2 in the file)".
    pub record: String,
    /// Which field, in words: "NHS number".
    pub field: &'static str,
    /// What is wrong, as the form says it.
    pub message: String,
    /// Where the record is: its list in the file ("residents") and place.
    pub list: &'static str,
    pub index: usize,
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, {}: {}", self.record, self.field, self.message)
    }
}

/// The longest id accepted; the app makes 16 hex digits.
pub const MAX_ID_LENGTH: usize = 64;

/// Ids are 1 to 64 letters, digits, `-`, `_`, `.` or `:`: they go into
/// addresses, calendar UIDs and CSV cells, so nothing else is let in. A
/// resident kept apart from another with the same id (two different
/// people, `domain::merge::kept_apart`) has `~` and 16 hex digits after it.
pub fn check_id(id: &str) -> Result<(), String> {
    if let Some((first, apart)) = id.split_once('~') {
        if apart.len() != 16 || !apart.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("the id may have only 16 hex digits after a tilde".into());
        }
        return check_id(first);
    }
    if id.is_empty() {
        return Err("the id is missing".into());
    }
    if id.len() > MAX_ID_LENGTH {
        return Err(format!("the id is longer than {MAX_ID_LENGTH} characters"));
    }
    if !id
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
    {
        return Err(
            "the id may hold only letters, digits, hyphens, underscores, dots and colons".into(),
        );
    }
    Ok(())
}

/// A care home's details as typed in "Add a care home".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HomeDraft {
    pub name: String,
    pub scheme: String,
    pub round_day: String,
}

/// A message for one field of the home form: the element id and the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HomeProblem {
    pub field: &'static str,
    pub message: &'static str,
}

impl HomeDraft {
    pub fn from_home(h: &Home) -> Self {
        HomeDraft {
            name: h.name.clone(),
            scheme: h.scheme.clone(),
            round_day: h.round_day.clone(),
        }
    }

    /// Every problem, in the form's order.
    pub fn problems(&self) -> Vec<HomeProblem> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push(HomeProblem {
                field: "home-name",
                message: "Enter the care home name",
            });
        }
        if Scheme::by_id(&self.scheme).is_none() {
            problems.push(HomeProblem {
                field: "home-scheme",
                message: "Choose the scheme in force",
            });
        }
        if !WEEKDAYS.contains(&self.round_day.as_str()) {
            problems.push(HomeProblem {
                field: "home-round-day",
                message: "Choose the day of the weekly round",
            });
        }
        problems
    }
}

/// The field names the forms' element ids stand for.
fn field_name(id: &str) -> &'static str {
    match id {
        "home-name" => "name",
        "home-scheme" => "scheme",
        "home-round-day" => "day of the weekly round",
        "resident-name" => "name",
        "resident-dob-day" => "date of birth",
        "resident-nhs" => "NHS number",
        "resident-admitted-day" => "date of admission",
        "resident-informed-day" => "date the practice was informed",
        _ => "details",
    }
}

fn ordinal_record(what: &str, name: &str, index: usize) -> String {
    if name.trim().is_empty() {
        format!("The {what} number {} in the file", index + 1)
    } else {
        format!(
            "The {what} \u{201c}{}\u{201d} (number {} in the file)",
            name.trim(),
            index + 1
        )
    }
}

/// Which record a check is about; worded only when a check fails, since a
/// register of thousands of records almost always passes.
#[derive(Clone, Copy)]
struct Record<'a> {
    what: &'static str,
    name: &'a str,
    index: usize,
}

impl<'a> Record<'a> {
    fn new(what: &'static str, name: &'a str, index: usize) -> Self {
        Record { what, name, index }
    }

    fn invalid(self, field: &'static str, message: impl Into<String>) -> Invalid {
        Invalid {
            record: ordinal_record(self.what, self.name, self.index),
            field,
            message: message.into(),
            list: match self.what {
                "care home" => "homes",
                "resident" => "residents",
                "assessment" => "assessments",
                "quarterly return" => "returns",
                "round request" => "round_requests",
                "round outcome" => "round_outcomes",
                _ => "outcome_notes",
            },
            index: self.index,
        }
    }
}

fn plausible(date: NaiveDate, field: &'static str, record: Record) -> Result<(), Invalid> {
    if PLAUSIBLE_YEARS.contains(&date.year()) {
        Ok(())
    } else {
        Err(record.invalid(
            field,
            format!(
                "the year must be between {} and {}",
                PLAUSIBLE_YEARS.start(),
                PLAUSIBLE_YEARS.end()
            ),
        ))
    }
}

fn id_ok(id: &str, record: Record) -> Result<(), Invalid> {
    check_id(id).map_err(|message| record.invalid("id", message))
}

fn check_home(h: &Home, index: usize) -> Result<(), Invalid> {
    let record = Record::new("care home", &h.name, index);
    id_ok(&h.id, record)?;
    if let Some(p) = HomeDraft::from_home(h).problems().into_iter().next() {
        return Err(record.invalid(field_name(p.field), p.message));
    }
    let mut ids = std::collections::HashSet::new();
    for d in &h.duties {
        plausible(d.date, "date of a duty held", record)?;
        if !d.id.is_empty() {
            id_ok(&d.id, record)?;
            unique(&mut ids, &d.id, record)?;
        }
    }
    Ok(())
}

/// True when the "Add a resident" form would take `r`'s details as they
/// are, worked out without filling the form: a register of thousands of
/// residents is read at every start and restore, and filling the form for
/// each (nine date boxes as text, then read back) was most of the time.
/// Only a quick yes: anything else goes through the form itself, which
/// decides and words the problem (an NHS number saved with spaces, say,
/// which the form would take). `tests/domain/properties.rs` checks that
/// this never says yes when the form says no, and says yes whenever the
/// form would take the details as the app saves them.
pub fn form_would_accept(r: &Resident) -> bool {
    // The form's date boxes take a four-digit year; event dates must also
    // be plausible.
    let four_digits = |d: NaiveDate| (1000..=9999).contains(&d.year());
    let plausible = |d: NaiveDate| PLAUSIBLE_YEARS.contains(&d.year());
    !r.name.trim().is_empty()
        && r.date_of_birth.is_none_or(four_digits)
        && super::nhs_number::check(&r.nhs_number).is_ok()
        && plausible(r.admitted)
        && r.informed.is_none_or(plausible)
        && r.date_of_birth.is_none_or(|b| b <= r.admitted)
}

fn check_resident(r: &Resident, index: usize) -> Result<(), Invalid> {
    let record = Record::new("resident", &r.name, index);
    id_ok(&r.id, record)?;
    if !form_would_accept(r) {
        if let Err(problems) = ResidentDraft::from_resident(r).validate() {
            if let Some(p) = problems.into_iter().next() {
                return Err(record.invalid(field_name(p.field), p.message));
            }
        }
    }
    let mut ids = std::collections::HashSet::new();
    for e in &r.events {
        plausible(e.date, "date of an event in the history", record)?;
        if !e.id.is_empty() {
            id_ok(&e.id, record)?;
            unique(&mut ids, &e.id, record)?;
        }
    }
    for v in &r.versions {
        if !crate::domain::records::register::fields_of::IDENTIFYING.contains(&v.field.as_str())
            || v.value.len() > 1000
        {
            return Err(record.invalid(
                "change history",
                "a kept value is not one of the identifying details",
            ));
        }
    }
    if let Some(d) = &r.discharged {
        plausible(d.date, "date of leaving", record)?;
        if d.date < r.admitted {
            return Err(record.invalid(
                "date of leaving",
                "the date of leaving is before the date of admission",
            ));
        }
    }
    Ok(())
}

fn unique<'a>(
    seen: &mut std::collections::HashSet<&'a str>,
    id: &'a str,
    record: Record,
) -> Result<(), Invalid> {
    if seen.insert(id) {
        Ok(())
    } else {
        Err(record.invalid("id", format!("the id {id} appears twice")))
    }
}

impl Register {
    /// This register, if it passes [`Register::validate`]; else the
    /// first problem, as a reader's error.
    /// Entries from files made before ids get ids derived from what they
    /// say (`merge::legacy`).
    pub fn checked(mut self) -> Result<Register, crate::domain::formats::stored::ReadError> {
        crate::domain::records::register::legacy::fill_legacy_ids(&mut self);
        crate::domain::records::register::legacy::fill_legacy_made(&mut self);
        self.validate()
            .map_err(|e| crate::domain::formats::stored::ReadError::Invalid(e.to_string()))?;
        Ok(self)
    }

    /// Check every record as the forms would; that ids are unique; and
    /// that every resident's home and every assessment's resident is in
    /// the register.
    pub fn validate(&self) -> Result<(), Invalid> {
        let mut homes = std::collections::HashSet::new();
        for (i, h) in self.homes.iter().enumerate() {
            check_home(h, i)?;
            unique(&mut homes, &h.id, Record::new("care home", &h.name, i))?;
        }
        let mut residents = std::collections::HashSet::new();
        for (i, r) in self.residents.iter().enumerate() {
            check_resident(r, i)?;
            let record = Record::new("resident", &r.name, i);
            unique(&mut residents, &r.id, record)?;
            if !homes.contains(r.home_id.as_str()) {
                return Err(record.invalid(
                    "care home",
                    "the resident belongs to a care home that is not in the file",
                ));
            }
        }
        let mut assessed = std::collections::HashSet::new();
        for (i, a) in self.assessments.iter().enumerate() {
            let record = Record::new("assessment", "", i);
            id_ok(&a.resident_id, record)?;
            if !residents.contains(a.resident_id.as_str()) {
                return Err(record.invalid(
                    "resident",
                    "the assessment is of a resident who is not in the file",
                ));
            }
            unique(&mut assessed, &a.resident_id, record)?;
        }
        let mut quarters = std::collections::HashSet::new();
        for (i, r) in self.returns.iter().enumerate() {
            let record = Record::new("quarterly return", "", i);
            let invalid = |field: &'static str, message: &str| record.invalid(field, message);
            if !homes.contains(r.home_id.as_str()) {
                return Err(invalid(
                    "care home",
                    "the return is of a care home that is not in the file",
                ));
            }
            if r.quarter().is_none() {
                return Err(invalid(
                    "quarter",
                    "the quarter must be 1 to 4 of a year from 1990 to 2100",
                ));
            }
            if !quarters.insert((r.home_id.as_str(), r.year, r.q)) {
                return Err(invalid(
                    "quarter",
                    "the home has two returns for this quarter",
                ));
            }
            if let Some(d) = r.submitted {
                plausible(d, "date submitted", record)?;
            }
            for a in &r.adjustments {
                if !crate::domain::records::returns::Figure::ADJUSTABLE.contains(&a.figure) {
                    return Err(invalid(
                        "adjustment",
                        "only the figures worked out from the register can be adjusted",
                    ));
                }
                if a.reason.trim().is_empty() {
                    return Err(invalid("adjustment", "an adjustment needs its reason"));
                }
            }
        }
        let mut halves = std::collections::HashSet::new();
        for (i, n) in self.outcome_notes.iter().enumerate() {
            let record = Record::new("outcomes report", "", i);
            let invalid = |field: &'static str, message: &str| record.invalid(field, message);
            if !homes.contains(n.home_id.as_str()) {
                return Err(invalid(
                    "care home",
                    "the report is of a care home that is not in the file",
                ));
            }
            if crate::domain::records::returns::outcomes::HalfYear::new(n.year, n.half).is_none() {
                return Err(invalid(
                    "period",
                    "the half-year must be 1 or 2 of a year from 1990 to 2100",
                ));
            }
            if !halves.insert((n.home_id.as_str(), n.year, n.half)) {
                return Err(invalid(
                    "period",
                    "the home has two reports for this half-year",
                ));
            }
        }
        self.check_rounds(&homes)
    }

    /// A round's requests and outcomes (issue 26): of a home in the file,
    /// on a plausible date, each once; a request as its file is checked,
    /// an outcome of a resident in the file.
    fn check_rounds(&self, homes: &std::collections::HashSet<&str>) -> Result<(), Invalid> {
        use crate::domain::records::round::file::check_request_entry;
        let mut keys = std::collections::HashSet::new();
        for (i, r) in self.round_requests.iter().enumerate() {
            let record = Record::new("round request", &r.entry.name, i);
            if !homes.contains(r.home_id.as_str()) {
                return Err(record.invalid(
                    "care home",
                    "the request is for a care home that is not in the file",
                ));
            }
            plausible(r.round, "round date", record)?;
            check_request_entry(&r.entry).map_err(|e| record.invalid("resident", e))?;
            if !keys.insert(r.key()) {
                return Err(record.invalid("id", "the same request is in the file twice"));
            }
        }
        let residents: std::collections::HashSet<&str> =
            self.residents.iter().map(|r| r.id.as_str()).collect();
        for (i, o) in self.round_outcomes.iter().enumerate() {
            let record = Record::new("round outcome", "", i);
            if !homes.contains(o.home_id.as_str()) || !residents.contains(o.resident_id.as_str()) {
                return Err(record.invalid(
                    "resident",
                    "the outcome is for a resident who is not in the file",
                ));
            }
            plausible(o.round, "round date", record)?;
            if [
                &o.seen_by,
                &o.care_plan,
                &o.medicines,
                &o.follow_up,
                &o.request_entry,
            ]
            .iter()
            .any(|t| t.chars().count() > crate::domain::records::round::file::MAX_TEXT)
            {
                return Err(record.invalid("outcome", "a text is longer than the toolkit reads"));
            }
            if !keys.insert(o.key()) {
                return Err(
                    record.invalid("resident", "the resident has two outcomes for this round")
                );
            }
        }
        Ok(())
    }
}
