//! Preferences kept in this browser.

use serde::{Deserialize, Serialize};

use super::small_json::{quote, quote_option, Json};
use super::stored::{check_small_envelope, optional_text, ReadError};

pub const SETTINGS_FORMAT: &str = "care-home-toolkit/settings";
pub const SETTINGS_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The scheme used when a page is not told one (an id of `schemes::ALL`).
    pub default_scheme: Option<String>,
    /// True when the default came from a commissioner's link, so the app
    /// says so.
    pub scheme_from_link: bool,
    /// When the last whole-workspace backup was made (ISO date), for the
    /// reminder that browser storage can be cleared.
    pub last_backup: Option<String>,
}

/// Save the settings (written by hand: see `small_json`).
pub fn write_settings(s: &Settings) -> String {
    format!(
        "{{\"format\":{},\"version\":{SETTINGS_VERSION},\"default_scheme\":{},\"scheme_from_link\":{},\"last_backup\":{}}}",
        quote(SETTINGS_FORMAT),
        quote_option(s.default_scheme.as_deref()),
        s.scheme_from_link,
        quote_option(s.last_backup.as_deref()),
    )
}

/// Read the settings; a missing field takes its default.
pub fn read_settings(text: &str) -> Result<Settings, ReadError> {
    let doc = check_small_envelope(text, SETTINGS_FORMAT, SETTINGS_VERSION)?;
    let scheme_from_link = match doc.get("scheme_from_link") {
        None | Some(Json::Null) => false,
        Some(Json::Bool(b)) => *b,
        Some(_) => {
            return Err(ReadError::BadShape(
                "scheme_from_link is not true or false".into(),
            ))
        }
    };
    Ok(Settings {
        default_scheme: optional_text(&doc, "default_scheme")?,
        scheme_from_link,
        last_backup: optional_text(&doc, "last_backup")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_round_trip_and_refuse_other_files() {
        let s = Settings {
            default_scheme: Some("lsc-2026".into()),
            scheme_from_link: true,
            last_backup: Some("2026-11-20".into()),
        };
        assert_eq!(read_settings(&write_settings(&s)), Ok(s));
        assert!(read_settings(r#"{"format":"care-home-toolkit/agreements","version":1}"#).is_err());
    }
}
