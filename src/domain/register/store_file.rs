//! How the register is kept in the browser: a versioned document with a
//! revision counter, like the agreements.

use serde::{Deserialize, Serialize};

use crate::domain::stored::{check_envelope, ReadError};

use super::model::{Home, Register, Resident};
use crate::domain::assessment::Assessment;

pub const REGISTER_FORMAT: &str = "care-home-toolkit/register";
pub const REGISTER_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct RegisterFile {
    format: String,
    version: u32,
    #[serde(default)]
    revision: u64,
    #[serde(default)]
    homes: Vec<Home>,
    #[serde(default)]
    residents: Vec<Resident>,
    #[serde(default)]
    assessments: Vec<Assessment>,
}

pub fn write_register(r: &Register, revision: u64) -> String {
    serde_json::to_string(&RegisterFile {
        format: REGISTER_FORMAT.into(),
        version: REGISTER_VERSION,
        revision,
        homes: r.homes.clone(),
        residents: r.residents.clone(),
        assessments: r.assessments.clone(),
    })
    .expect("plain data always serialises")
}

/// The register and the revision it was saved at.
pub fn read_register(text: &str) -> Result<(Register, u64), ReadError> {
    let value = check_envelope(text, REGISTER_FORMAT, REGISTER_VERSION)?;
    let file: RegisterFile =
        serde_json::from_value(value).map_err(|e| ReadError::BadShape(e.to_string()))?;
    let register = Register {
        homes: file.homes,
        residents: file.residents,
        assessments: file.assessments,
    };
    register
        .validate()
        .map_err(|e| ReadError::Invalid(e.to_string()))?;
    Ok((register, file.revision))
}
