//! How the register is kept in the browser: a versioned document with a
//! revision counter, like the agreements.

use serde::{Deserialize, Serialize};

use crate::domain::stored::{check_large, ReadError};

use super::model::{Home, Register, Resident};
use crate::domain::assessment::Assessment;
use crate::domain::returns::outcomes::OutcomeNotes;
use crate::domain::returns::QuarterReturn;

pub const REGISTER_FORMAT: &str = "care-home-toolkit/register";
pub const REGISTER_VERSION: u32 = 1;

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
}

/// The same document, borrowed: saving serialises the register where it
/// is, without copying it first.
#[derive(Serialize)]
struct RegisterFileRef<'a> {
    format: &'static str,
    version: u32,
    revision: u64,
    homes: &'a [Home],
    residents: &'a [Resident],
    assessments: &'a [Assessment],
    returns: &'a [QuarterReturn],
    outcome_notes: &'a [OutcomeNotes],
}

pub fn write_register(r: &Register, revision: u64) -> String {
    write_register_parts(
        &r.homes,
        &r.residents,
        &r.assessments,
        &r.returns,
        &r.outcome_notes,
        revision,
    )
}

/// Write a register from its parts (a backup's workspace holds them apart).
pub fn write_register_parts(
    homes: &[Home],
    residents: &[Resident],
    assessments: &[Assessment],
    returns: &[QuarterReturn],
    outcome_notes: &[OutcomeNotes],
    revision: u64,
) -> String {
    serde_json::to_string(&RegisterFileRef {
        format: REGISTER_FORMAT,
        version: REGISTER_VERSION,
        revision,
        homes,
        residents,
        assessments,
        returns,
        outcome_notes,
    })
    .expect("plain data always serialises")
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
    }
    .checked()?;
    Ok((register, file.revision))
}
