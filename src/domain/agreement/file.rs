//! The agreements JSON file: what "Export" writes and "Import" reads, and
//! what the browser keeps. Documented in the README (and
//! `docs`-free: the format is this file).
//!
//! ```json
//! {"format": "care-home-toolkit/agreements", "version": 1,
//!  "agreements": [{"id": "…", "edited_at": "…", "care_home": {…}, …}]}
//! ```

use serde::{Deserialize, Serialize};

use super::model::Agreement;
use crate::domain::stored::{check_envelope, ReadError};

pub const AGREEMENTS_FORMAT: &str = "care-home-toolkit/agreements";
pub const AGREEMENTS_VERSION: u32 = 1;

/// The file: a versioned envelope around a list of agreements.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementsFile {
    pub format: String,
    pub version: u32,
    /// Counts saves in the browser, so a tab can tell that another tab
    /// saved since it last read. Not meaningful in exported files.
    #[serde(default)]
    pub revision: u64,
    pub agreements: Vec<Agreement>,
}

/// Write agreements as the current format.
pub fn write_agreements(agreements: &[Agreement], revision: u64) -> String {
    serde_json::to_string_pretty(&AgreementsFile {
        format: AGREEMENTS_FORMAT.into(),
        version: AGREEMENTS_VERSION,
        revision,
        agreements: agreements.to_vec(),
    })
    .expect("plain data always serialises")
}

/// Read an agreements file: the envelope is checked before anything else,
/// every agreement must have an id, and ids must be unique.
pub fn read_agreements(text: &str) -> Result<AgreementsFile, ReadError> {
    let value = check_envelope(text, AGREEMENTS_FORMAT, AGREEMENTS_VERSION)?;
    let file: AgreementsFile =
        serde_json::from_value(value).map_err(|e| ReadError::BadShape(e.to_string()))?;
    let mut ids = std::collections::BTreeSet::new();
    for a in &file.agreements {
        if a.id.trim().is_empty() {
            return Err(ReadError::BadShape("an agreement has no id".into()));
        }
        if !ids.insert(a.id.as_str()) {
            return Err(ReadError::BadShape(format!(
                "the id {} appears twice",
                a.id
            )));
        }
    }
    Ok(file)
}
