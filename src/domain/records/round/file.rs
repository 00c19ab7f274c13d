//! The files a round's parts travel in, between the care home and the
//! practice (docs/formats.md): each a JSON document with its `format` and
//! `version`, sent sealed with a passphrase (the same sealed file as a
//! copy sent to a colleague, `register::sent_copy`).
//!
//! - `care-home-toolkit/round-request` (version 1): the home's request.
//! - `care-home-toolkit/round-outcomes` (version 1): what the practice
//!   recorded for each resident seen, for the home's care plans.
//! - `care-home-toolkit/round-residents` (version 1): the practice's list
//!   of the home's residents for the home to pick from: names, rooms and
//!   what is due at the round, nothing more.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::request::{RequestEntry, RoundRequest};
use crate::domain::formats::stored::{check_large, ReadError};
use crate::domain::helpers::date_text::PLAUSIBLE_YEARS;
use crate::domain::records::register::nhs_number;

pub const REQUEST_FORMAT: &str = "care-home-toolkit/round-request";
pub const OUTCOMES_FORMAT: &str = "care-home-toolkit/round-outcomes";
pub const RESIDENTS_FORMAT: &str = "care-home-toolkit/round-residents";
pub const VERSION: u32 = 1;
/// The most residents one round's file may name.
pub const MAX_ENTRIES: usize = 500;
/// The longest text in one field.
pub const MAX_TEXT: usize = 10_000;

/// One resident's outcome, as the home receives it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutcomeLine {
    /// The home's request entry it answers; empty when the practice saw the
    /// resident without a request (a review that was due).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub request_entry: String,
    pub name: String,
    pub room: String,
    pub seen_by: String,
    pub care_plan: String,
    pub medicines: String,
    pub follow_up: String,
}

/// The outcomes of one round, for the home.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundOutcomes {
    pub home: String,
    pub practice: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub round: NaiveDate,
    pub made_at: String,
    pub residents: Vec<OutcomeLine>,
}

/// One resident on the practice's list for the home.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ListedResident {
    /// The practice's reference (its register id), so that a request for
    /// this resident is matched without asking who they are.
    pub practice_ref: String,
    pub name: String,
    pub room: String,
    /// What is due at the round, in words ("Medication review, overdue").
    pub due: Vec<String>,
}

/// The practice's list of the home's residents.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidentsList {
    pub home: String,
    pub practice: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub round: NaiveDate,
    pub made_at: String,
    pub residents: Vec<ListedResident>,
}

/// `{"format": …, "version": 1, …the body's fields}`: the body written
/// by serde_json and the head put in front by hand (serde's `flatten`
/// would add much to the full app).
pub fn with_head(format: &str, version: u32, body: &impl Serialize) -> String {
    let body = serde_json::to_string(body).expect("plain data always serialises");
    let rest = body.strip_prefix('{').unwrap_or(&body);
    let comma = if rest.starts_with('}') { "" } else { "," };
    format!("{{\"format\":\"{format}\",\"version\":{version}{comma}{rest}")
}

fn write<T: Serialize>(format: &'static str, body: &T) -> String {
    with_head(format, VERSION, body)
}

/// Read after the head is checked: the body's own fields, the head's
/// ignored.
fn read<T: for<'de> Deserialize<'de>>(text: &str, format: &'static str) -> Result<T, ReadError> {
    check_large(
        text,
        format,
        VERSION,
        &[("residents", "residents", MAX_ENTRIES)],
    )?;
    serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))
}

fn invalid(what: &str) -> ReadError {
    ReadError::Invalid(format!("The file is damaged: {what}"))
}

fn check_text(fields: &[&str]) -> Result<(), ReadError> {
    if fields.iter().any(|f| f.chars().count() > MAX_TEXT) {
        return Err(invalid("a text is longer than the toolkit reads"));
    }
    Ok(())
}

fn check_round(round: NaiveDate) -> Result<(), ReadError> {
    use chrono::Datelike;
    if !PLAUSIBLE_YEARS.contains(&round.year()) {
        return Err(invalid("the round's date is not a plausible date"));
    }
    Ok(())
}

pub fn write_request(r: &RoundRequest) -> String {
    write(REQUEST_FORMAT, r)
}

/// A request, checked as the home's form checks each resident.
pub fn read_request(text: &str) -> Result<RoundRequest, ReadError> {
    let r: RoundRequest = read(text, REQUEST_FORMAT)?;
    check_round(r.round)?;
    if r.id.trim().is_empty() {
        return Err(invalid("the request has no id"));
    }
    check_text(&[&r.home, &r.practice, &r.time, &r.made_at])?;
    let mut ids = std::collections::HashSet::new();
    for e in &r.residents {
        check_request_entry(e).map_err(|e| invalid(&e))?;
        if !ids.insert(e.id.as_str()) {
            return Err(invalid("two residents have the same id"));
        }
    }
    Ok(r)
}

/// One requested resident as the home's form would have taken them: an
/// id and a name, a valid NHS number if any, no text too long.
pub fn check_request_entry(e: &RequestEntry) -> Result<(), String> {
    if e.id.trim().is_empty() || e.name.trim().is_empty() {
        return Err("a resident has no id or no name".into());
    }
    if !e.nhs_number.is_empty() && nhs_number::check(&e.nhs_number).is_err() {
        return Err(format!(
            "the NHS number of {} is not a valid NHS number",
            e.name
        ));
    }
    check_text(&[
        &e.id,
        &e.name,
        &e.room,
        &e.practice_ref,
        &e.other,
        &e.background,
        &e.prepared_by,
    ])
    .map_err(|_| "a text is longer than the toolkit reads".into())
}

pub fn write_outcomes(o: &RoundOutcomes) -> String {
    write(OUTCOMES_FORMAT, o)
}

pub fn read_outcomes(text: &str) -> Result<RoundOutcomes, ReadError> {
    let o: RoundOutcomes = read(text, OUTCOMES_FORMAT)?;
    check_round(o.round)?;
    check_text(&[&o.home, &o.practice, &o.made_at])?;
    for l in &o.residents {
        if l.name.trim().is_empty() {
            return Err(invalid("an outcome has no name"));
        }
        check_text(&[
            &l.request_entry,
            &l.name,
            &l.room,
            &l.seen_by,
            &l.care_plan,
            &l.medicines,
            &l.follow_up,
        ])?;
    }
    Ok(o)
}

pub fn write_residents_list(l: &ResidentsList) -> String {
    write(RESIDENTS_FORMAT, l)
}

pub fn read_residents_list(text: &str) -> Result<ResidentsList, ReadError> {
    let l: ResidentsList = read(text, RESIDENTS_FORMAT)?;
    check_round(l.round)?;
    check_text(&[&l.home, &l.practice, &l.made_at])?;
    for r in &l.residents {
        if r.name.trim().is_empty() || r.practice_ref.trim().is_empty() {
            return Err(invalid("a resident has no name or no reference"));
        }
        check_text(&[&r.practice_ref, &r.name, &r.room])?;
        if r.due.len() > 50 {
            return Err(invalid("a resident has too many items due"));
        }
        check_text(&r.due.iter().map(String::as_str).collect::<Vec<_>>())?;
    }
    Ok(l)
}

/// The longest sealed link offered beside the file: e-mail programs keep
/// links of about 2,000 characters whole; a longer one goes as the file.
pub const LINK_MAX: usize = 2_000;

/// The sealed data (`2e.…`) of a sealed round link as pasted: the whole
/// link (`…#/round?d=2e.…`), its query, or the value alone. `None` for
/// anything else.
pub fn sealed_in_link(pasted: &str) -> Option<String> {
    let text = pasted.trim();
    let d = if text.starts_with("2e.") {
        text.to_string()
    } else {
        let query = text.rsplit_once('?').map_or(text, |(_, q)| q);
        crate::domain::formats::query::get(query, "d")?
    };
    let ok = d.len() > 3
        && d.starts_with("2e.")
        && d[3..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then_some(d)
}

/// A round file's name: `kind` ("round-request", "round-outcomes",
/// "round-residents"), the home and the round's date:
/// "round-request-oakwood-house-2026-12-08.json".
pub fn file_name(kind: &str, home: &str, round: NaiveDate) -> String {
    let date = crate::domain::helpers::date_text::iso(round);
    match crate::domain::records::register::sent_copy::slug(home) {
        s if s.is_empty() => format!("{kind}-{date}.json"),
        s => format!("{kind}-{s}-{date}.json"),
    }
}

/// Which of the three a (opened) file is, to say so when the wrong one is
/// brought in.
pub fn kind_words(text: &str) -> Option<&'static str> {
    let format = serde_json::from_str::<serde_json::Value>(text)
        .ok()?
        .get("format")?
        .as_str()?
        .to_string();
    match format.as_str() {
        REQUEST_FORMAT => Some("a care home\u{2019}s request for a round"),
        OUTCOMES_FORMAT => Some("the outcomes of a round"),
        RESIDENTS_FORMAT => Some("a practice\u{2019}s list of a home\u{2019}s residents"),
        _ => None,
    }
}
