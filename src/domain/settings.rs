//! Preferences kept in this browser.

use serde::{Deserialize, Serialize};

use super::stored::{read_envelope, ReadError};

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

#[derive(Serialize, Deserialize)]
struct SettingsFile {
    format: String,
    version: u32,
    #[serde(default)]
    default_scheme: Option<String>,
    #[serde(default)]
    scheme_from_link: bool,
    #[serde(default)]
    last_backup: Option<String>,
}

pub fn write_settings(s: &Settings) -> String {
    serde_json::to_string(&SettingsFile {
        format: SETTINGS_FORMAT.into(),
        version: SETTINGS_VERSION,
        default_scheme: s.default_scheme.clone(),
        scheme_from_link: s.scheme_from_link,
        last_backup: s.last_backup.clone(),
    })
    .expect("plain data always serialises")
}

pub fn read_settings(text: &str) -> Result<Settings, ReadError> {
    let file: SettingsFile = read_envelope(text, SETTINGS_FORMAT, SETTINGS_VERSION)?;
    Ok(Settings {
        default_scheme: file.default_scheme,
        scheme_from_link: file.scheme_from_link,
        last_backup: file.last_backup,
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
