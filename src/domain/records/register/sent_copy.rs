//! A copy of the register sent to a colleague's device (an NHS.net e-mail,
//! a shared drive): a backup file, from this device (its id and name in
//! `device`), for the whole register or one home. Sealed with a
//! passphrase it is
//! `{"format": "care-home-toolkit/sealed", "version": 1, "sealed": "2e.…"}`:
//! the backup deflated, then AES-256-GCM with a key from PBKDF2-SHA256
//! (600,000 rounds), as protected agreement links are; the app seals with
//! the browser's Web Crypto, and [`seal`] and [`open`] here do the same
//! natively for the tests. Bringing one in is a merge, like any backup.

use super::backup::Workspace;
use super::model::Register;
use crate::domain::records::agreement::share_link::{open_native, seal_native, LinkError, Secret};
use crate::domain::stamps::device::Device;

pub const SEALED_FORMAT: &str = "care-home-toolkit/sealed";
pub const SEALED_VERSION: u32 = 1;

/// The sealed data (`2e.…`) of a sealed file; `None` for any other file.
/// Read as the small JSON documents are (`small_json`): no serde reader
/// of its own.
pub fn sealed_data(text: &str) -> Option<String> {
    if !text.contains(SEALED_FORMAT) {
        return None;
    }
    let doc = crate::domain::formats::small_json::Json::parse(text).ok()?;
    let field = |k: &str| doc.get(k);
    use crate::domain::formats::small_json::Json;
    match (field("format"), field("version"), field("sealed")) {
        (Some(Json::String(f)), Some(Json::Number(v)), Some(Json::String(d)))
            if f == SEALED_FORMAT && *v == SEALED_VERSION.to_string() && d.starts_with("2e.") =>
        {
            Some(d.clone())
        }
        _ => None,
    }
}

/// A sealed file around the sealed data (base64url: nothing to escape).
pub fn sealed_file(sealed: &str) -> String {
    format!(
        "{{\"format\":\"{SEALED_FORMAT}\",\"version\":{SEALED_VERSION},\"sealed\":\"{sealed}\"}}"
    )
}

/// What is sealed: the backup text, deflated.
pub fn pack(backup: &str) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(backup.as_bytes(), 6)
}

/// The backup text from opened data; `None` when it is not that.
pub fn unpack(data: &[u8]) -> Option<String> {
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(
        data,
        crate::domain::formats::limits::MAX_BYTES,
    )
    .ok()?;
    String::from_utf8(plain).ok()
}

/// Seal natively (the tests'; the app uses Web Crypto, byte for byte the same).
pub fn seal(backup: &str, passphrase: &str, salt: [u8; 16], nonce: [u8; 12]) -> String {
    sealed_file(&seal_native(
        &pack(backup),
        &Secret {
            passphrase,
            salt,
            nonce,
        },
    ))
}

/// Open natively: the backup text inside a sealed file.
pub fn open(file: &str, passphrase: &str) -> Result<String, LinkError> {
    let d = sealed_data(file).ok_or(LinkError::Damaged)?;
    unpack(&open_native(&d, passphrase)?).ok_or(LinkError::Damaged)
}

impl Workspace {
    /// What to send for one home: the home, its residents and their
    /// assessments, its returns and reports, and every removal (so the
    /// other device takes back what was taken back here).
    pub fn only_home(&self, home_id: &str) -> Workspace {
        let r = &self.register;
        let residents: Vec<_> = r
            .residents
            .iter()
            .filter(|x| x.home_id == home_id)
            .cloned()
            .collect();
        let ids: std::collections::HashSet<&str> =
            residents.iter().map(|x| x.id.as_str()).collect();
        let register = Register {
            homes: r
                .homes
                .iter()
                .filter(|h| h.id == home_id)
                .cloned()
                .collect(),
            assessments: r
                .assessments
                .iter()
                .filter(|a| ids.contains(a.resident_id.as_str()))
                .cloned()
                .collect(),
            returns: r
                .returns
                .iter()
                .filter(|x| x.home_id == home_id)
                .cloned()
                .collect(),
            outcome_notes: r
                .outcome_notes
                .iter()
                .filter(|x| x.home_id == home_id)
                .cloned()
                .collect(),
            round_requests: r
                .round_requests
                .iter()
                .filter(|x| x.home_id == home_id)
                .cloned()
                .collect(),
            round_outcomes: r
                .round_outcomes
                .iter()
                .filter(|x| x.home_id == home_id && ids.contains(x.resident_id.as_str()))
                .cloned()
                .collect(),
            removed: r.removed.clone(),
            residents,
        };
        Workspace {
            register,
            from: self.from.clone(),
            ..Workspace::default()
        }
    }
}

/// The file's name: the device's name (or id) and the date, in letters,
/// digits and hyphens: `care-home-toolkit-gp-tablet-2026-12-07.json`.
pub fn file_name(device: &Device, date: &str, home: Option<&str>, sealed: bool) -> String {
    let who = if device.name.trim().is_empty() {
        device.id.clone()
    } else {
        slug(&device.name)
    };
    let home = home.map(|h| format!("-{}", slug(h))).unwrap_or_default();
    let sealed = if sealed { "-sealed" } else { "" };
    format!("care-home-toolkit-{who}{home}-{date}{sealed}.json")
}

/// Letters, digits and hyphens, at most 40, for a file's name: "Oakwood
/// House" is "oakwood-house".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(40).collect();
    out.trim_end_matches('-').to_string()
}
