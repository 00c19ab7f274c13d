//! The agreements JSON file: what "Export" writes and "Import" reads, and
//! what the browser keeps. Documented in `docs/formats.md`.
//!
//! ```json
//! {"format": "care-home-toolkit/agreements", "version": 1,
//!  "agreements": [{"id": "…", "edited_at": "…", "care_home": {…}, …}]}
//! ```

use serde::{Deserialize, Serialize};

use super::model::Agreement;
use crate::domain::formats::stored::{check_large, ReadError};

pub const AGREEMENTS_FORMAT: &str = "care-home-toolkit/agreements";
pub const AGREEMENTS_VERSION: u32 = 1;
/// The version of the envelope the browser keeps agreements in (deflated);
/// files exported stay version 1.
pub const STORED_AGREEMENTS_VERSION: u32 = 2;

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

/// The file, borrowed: written without copying the agreements first.
#[derive(Serialize)]
struct AgreementsFileRef<'a> {
    format: &'static str,
    version: u32,
    revision: u64,
    agreements: &'a [Agreement],
}

/// Write agreements as the current format.
pub fn write_agreements(agreements: &[Agreement], revision: u64) -> String {
    serde_json::to_string_pretty(&AgreementsFileRef {
        format: AGREEMENTS_FORMAT,
        version: AGREEMENTS_VERSION,
        revision,
        agreements,
    })
    .expect("plain data always serialises")
}

/// Agreements as the browser keeps them: deflated (`stored::packed`), so
/// the documented 5,000 fit (issue 23: importing them into an empty
/// browser said storage was full).
pub fn write_agreements_stored(agreements: &[Agreement], revision: u64) -> String {
    // Version 2 outside: a build from before reads it as "newer" and
    // leaves it be, rather than setting aside what it cannot read.
    crate::domain::formats::stored::packed(
        AGREEMENTS_FORMAT,
        STORED_AGREEMENTS_VERSION,
        revision,
        &write_agreements(agreements, revision),
    )
}

/// Every agreement has a valid id (`register::validate::check_id`), each
/// once, and a scheme this tool knows or none.
pub fn check_ids(agreements: &[Agreement]) -> Result<(), ReadError> {
    let mut ids = std::collections::HashSet::new();
    for (i, a) in agreements.iter().enumerate() {
        let record = || {
            let name = a.care_home.name.trim();
            if name.is_empty() {
                format!("The agreement number {} in the file", i + 1)
            } else {
                format!(
                    "The agreement for \u{201c}{name}\u{201d} (number {} in the file)",
                    i + 1
                )
            }
        };
        crate::domain::records::register::validate::check_id(&a.id)
            .map_err(|e| ReadError::Invalid(format!("{}, id: {e}", record())))?;
        if !ids.insert(a.id.as_str()) {
            return Err(ReadError::Invalid(format!(
                "{}, id: the id {} appears twice",
                record(),
                a.id
            )));
        }
        if !a.scheme.is_empty() && crate::domain::rules::schemes::Scheme::by_id(&a.scheme).is_none()
        {
            return Err(ReadError::Invalid(format!(
                "{}, scheme: \u{201c}{}\u{201d} is not a scheme this tool knows",
                record(),
                a.scheme
            )));
        }
    }
    Ok(())
}

/// Read an agreements file: the envelope is checked before anything else,
/// every agreement must have an id, and ids must be unique.
pub fn read_agreements(text: &str) -> Result<AgreementsFile, ReadError> {
    use crate::domain::formats::limits::MAX_AGREEMENTS;
    let lists = [("agreements", "agreements", MAX_AGREEMENTS)];
    check_large(text, AGREEMENTS_FORMAT, STORED_AGREEMENTS_VERSION, &lists)?;
    // As the browser keeps them (deflated), or as a file is.
    let text = crate::domain::formats::stored::unpacked(text, "agreements")?;
    let text = text.as_ref();
    check_large(text, AGREEMENTS_FORMAT, AGREEMENTS_VERSION, &lists)?;
    let file: AgreementsFile =
        serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))?;
    check_ids(&file.agreements)?;
    Ok(file)
}
