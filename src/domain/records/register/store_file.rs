//! How the register is kept in the browser: a versioned document with a
//! revision counter, like the agreements.

use serde::{Deserialize, Serialize};

use super::resident_json::write_residents;
use crate::domain::formats::small_json::push_quoted;

use crate::domain::formats::stored::{check_large, ReadError};

use super::model::{Home, Register, Resident};
use crate::domain::records::assessment::Assessment;
use crate::domain::records::returns::outcomes::OutcomeNotes;
use crate::domain::records::returns::QuarterReturn;

pub const REGISTER_FORMAT: &str = "care-home-toolkit/register";
/// Version 3 (ids and stamps, `domain::merge`); versions 1 and 2 read,
/// their entries given ids derived from what they say.
pub const REGISTER_VERSION: u32 = 3;

#[derive(Deserialize)]
struct RegisterFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    revision: u64,
    #[serde(default)]
    homes: Vec<Home>,
    #[serde(default)]
    residents: Vec<Resident>,
    #[serde(default)]
    assessments: Vec<Assessment>,
    #[serde(default)]
    returns: Vec<QuarterReturn>,
    #[serde(default)]
    outcome_notes: Vec<OutcomeNotes>,
    #[serde(default)]
    round_requests: Vec<crate::domain::records::round::practice::ReceivedRequest>,
    #[serde(default)]
    round_outcomes: Vec<crate::domain::records::round::RoundOutcome>,
    #[serde(default)]
    removed: Vec<crate::domain::stamps::Removed>,
}

/// Write the register where it is, without copying it first. The
/// residents, most of a large register, are written by hand
/// ([`write_residents`], the same bytes as serde_json); the rest by
/// serde_json. Tests check the whole against serde_json's writing of the
/// same document.
pub fn write_register(r: &Register, revision: u64) -> String {
    let mut out = String::with_capacity(SIZE_GUESS * (r.residents.len() + 1));
    out.push_str("{\"format\":");
    push_quoted(&mut out, REGISTER_FORMAT);
    out.push_str(&format!(
        ",\"version\":{REGISTER_VERSION},\"revision\":{revision}"
    ));
    field(&mut out, "homes", &r.homes);
    out.push_str(",\"residents\":");
    write_residents(&mut out, &r.residents);
    field(&mut out, "assessments", &r.assessments);
    field(&mut out, "returns", &r.returns);
    field(&mut out, "outcome_notes", &r.outcome_notes);
    round_fields(&mut out, r);
    field(&mut out, "removed", &r.removed);
    out.push('}');
    out
}

/// The round's requests and outcomes (issue 26), written only when there
/// are any, so a register without them is written as before.
pub fn round_fields(out: &mut String, r: &Register) {
    if !r.round_requests.is_empty() {
        field(out, "round_requests", &r.round_requests);
    }
    if !r.round_outcomes.is_empty() {
        field(out, "round_outcomes", &r.round_outcomes);
    }
}

/// About how many characters a resident takes, so a large register's text
/// is not copied as it grows.
pub const SIZE_GUESS: usize = 400;

/// `,"name":` and the value as serde_json writes it.
pub fn field(out: &mut String, name: &str, value: &(impl Serialize + ?Sized)) {
    out.push_str(",\"");
    out.push_str(name);
    out.push_str("\":");
    out.push_str(&serde_json::to_string(value).expect("plain data always serialises"));
}

/// The register as kept in browser storage: the same document, deflated,
/// inside an envelope that still says what it is and its revision:
/// `{"format": "care-home-toolkit/register", "version": 3, "revision": N,
/// "deflated": "<base64url>"}`. localStorage keeps about 5 million
/// characters for a site; a 5,000-resident register with two years of
/// history is 8.1 million as text and 1.4 million stored (a test checks
/// it), leaving room for the rest. Level 1: the fastest, since every save
/// writes it.
pub fn write_register_stored(r: &Register, revision: u64) -> String {
    crate::domain::formats::stored::packed(
        REGISTER_FORMAT,
        REGISTER_VERSION,
        revision,
        &write_register(r, revision),
    )
}

/// The plain document inside a stored (deflated) one; a plain document as
/// it is.
fn unpacked(text: &str) -> Result<std::borrow::Cow<'_, str>, ReadError> {
    crate::domain::formats::stored::unpacked(text, "register")
}

/// The register and the revision it was saved at (stored deflated, or
/// plain as version 1 and files are).
pub fn read_register(text: &str) -> Result<(Register, u64), ReadError> {
    use crate::domain::formats::limits::*;
    check_large(text, REGISTER_FORMAT, REGISTER_VERSION, &REGISTER_LISTS)?;
    let text = unpacked(text)?;
    let text = text.as_ref();
    check_large(text, REGISTER_FORMAT, REGISTER_VERSION, &REGISTER_LISTS)?;
    let file: RegisterFile =
        serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))?;
    let register = Register {
        homes: file.homes,
        residents: file.residents,
        assessments: file.assessments,
        returns: file.returns,
        outcome_notes: file.outcome_notes,
        round_requests: file.round_requests,
        round_outcomes: file.round_outcomes,
        removed: file.removed,
    }
    .checked()?;
    Ok((register, file.revision))
}

/// A record of a stored register that could not be read or fails the
/// forms' checks: said in words, to list for the user.
pub type SetAside = String;

/// Read a stored register, keeping every record that can be read when some
/// cannot: one bad record is set aside alone, not the whole register. The
/// records set aside are returned in words; a document that is not a
/// register at all (not JSON, another format, a newer version, too large)
/// is still an error.
pub fn read_register_keeping_good(text: &str) -> Result<(Register, u64, Vec<SetAside>), ReadError> {
    read_keeping_good(text).map(|k| (k.register, k.revision, k.set_aside))
}

/// The records of a stored register (a copy kept aside) that are left out
/// when it is read because they fail the forms' checks, as read: a
/// resident among them can be fixed in the form and brought back
/// ([`Register::bring_back`]). Empty when there are none, or when the copy
/// cannot be read at all.
pub fn records_left_out(text: &str) -> Register {
    read_keeping_good(text)
        .map(|k| k.left_out)
        .unwrap_or_default()
}

/// A stored register read keeping every good record.
struct KeptGood {
    register: Register,
    revision: u64,
    /// Each record left out, in words.
    set_aside: Vec<SetAside>,
    /// The records left out that could be read (they fail the checks).
    left_out: Register,
}

fn read_keeping_good(text: &str) -> Result<KeptGood, ReadError> {
    let first = match read_register(text) {
        Ok((register, revision)) => {
            return Ok(KeptGood {
                register,
                revision,
                set_aside: Vec::new(),
                left_out: Register::default(),
            })
        }
        Err(e @ (ReadError::BadShape(_) | ReadError::Invalid(_))) => e,
        Err(e) => return Err(e),
    };
    let Ok(text) = unpacked(text) else {
        return Err(first);
    };
    let text = text.as_ref();
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ReadError::NotJson(e.to_string()))?;
    let Some(doc) = value.as_object() else {
        return Err(first);
    };
    // A list that is not a list: the document itself is damaged.
    let lists = [
        "homes",
        "residents",
        "assessments",
        "returns",
        "outcome_notes",
        "round_requests",
        "round_outcomes",
        "removed",
    ];
    if lists
        .iter()
        .any(|l| doc.get(*l).is_some_and(|v| !v.is_array()))
    {
        return Err(first);
    }
    let mut set_aside = Vec::new();
    // Each record is read alone, as the only one of its list in a register
    // document: the same reader as a whole register's (a second reader of
    // every record type would add much to the full app).
    let mut r = Register::default();
    for (list, what) in [
        ("homes", "care home"),
        ("residents", "resident"),
        ("assessments", "assessment"),
        ("returns", "quarterly return"),
        ("outcome_notes", "outcomes report"),
        ("round_requests", "round request"),
        ("round_outcomes", "round outcome"),
        ("removed", "removal"),
    ] {
        let Some(items) = doc.get(list).and_then(|v| v.as_array()) else {
            continue;
        };
        for (i, item) in items.iter().enumerate() {
            let alone = format!(
                "{{\"format\":\"{REGISTER_FORMAT}\",\"version\":{REGISTER_VERSION},\"{list}\":[{item}]}}"
            );
            match serde_json::from_str::<RegisterFile>(&alone) {
                Ok(f) => {
                    r.homes.extend(f.homes);
                    r.residents.extend(f.residents);
                    r.assessments.extend(f.assessments);
                    r.returns.extend(f.returns);
                    r.outcome_notes.extend(f.outcome_notes);
                    r.round_requests.extend(f.round_requests);
                    r.round_outcomes.extend(f.round_outcomes);
                    r.removed.extend(f.removed);
                }
                Err(e) => set_aside.push(format!(
                    "The {what} number {} in the register could not be read: {e}",
                    i + 1
                )),
            }
        }
    }
    crate::domain::records::register::legacy::fill_legacy_ids(&mut r);
    crate::domain::records::register::legacy::fill_legacy_made(&mut r);
    // Each failing record is taken out and the rest checked again: a home
    // taken out takes its residents' check with it, so they follow.
    let most = r.homes.len()
        + r.residents.len()
        + r.assessments.len()
        + r.returns.len()
        + r.outcome_notes.len()
        + r.round_requests.len()
        + r.round_outcomes.len();
    let mut left_out = Register::default();
    for _ in 0..=most {
        let Err(bad) = r.validate() else {
            if set_aside.is_empty() {
                return Err(first);
            }
            let revision = doc
                .get("revision")
                .and_then(serde_json::Value::as_u64)
                .unwrap_or(0);
            return Ok(KeptGood {
                register: r,
                revision,
                set_aside,
                left_out,
            });
        };
        set_aside.push(bad.to_string());
        fn take<T>(list: &mut Vec<T>, i: usize, into: &mut Vec<T>) {
            if i < list.len() {
                into.push(list.remove(i));
            }
        }
        let (i, out) = (bad.index, &mut left_out);
        match bad.list {
            "homes" => take(&mut r.homes, i, &mut out.homes),
            "residents" => take(&mut r.residents, i, &mut out.residents),
            "assessments" => take(&mut r.assessments, i, &mut out.assessments),
            "returns" => take(&mut r.returns, i, &mut out.returns),
            "round_requests" => take(&mut r.round_requests, i, &mut out.round_requests),
            "round_outcomes" => take(&mut r.round_outcomes, i, &mut out.round_outcomes),
            _ => take(&mut r.outcome_notes, i, &mut out.outcome_notes),
        }
    }
    Err(first)
}
