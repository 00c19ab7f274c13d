//! How the register is kept in the browser: a versioned document with a
//! revision counter, like the agreements.

use serde::{Deserialize, Serialize};

use super::resident_json::write_residents;
use crate::domain::small_json::push_quoted;

use crate::domain::stored::{check_large, ReadError};

use super::model::{Home, Register, Resident};
use crate::domain::assessment::Assessment;
use crate::domain::returns::outcomes::OutcomeNotes;
use crate::domain::returns::QuarterReturn;

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
    removed: Vec<crate::domain::merge::Removed>,
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
    field(&mut out, "removed", &r.removed);
    out.push('}');
    out
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

/// The register and the revision it was saved at.
pub fn read_register(text: &str) -> Result<(Register, u64), ReadError> {
    use crate::domain::limits::*;
    check_large(text, REGISTER_FORMAT, REGISTER_VERSION, &REGISTER_LISTS)?;
    let file: RegisterFile =
        serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))?;
    let register = Register {
        homes: file.homes,
        residents: file.residents,
        assessments: file.assessments,
        returns: file.returns,
        outcome_notes: file.outcome_notes,
        removed: file.removed,
    }
    .checked()?;
    Ok((register, file.revision))
}
