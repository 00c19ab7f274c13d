//! Preferences kept in this browser.

use serde::{Deserialize, Serialize};

use crate::domain::formats::small_json::{quote, quote_option, Json};
use crate::domain::formats::stored::{check_small_envelope, optional_text, ReadError};

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
    /// The due dates of Q1 to Q4's returns, from the commissioner's link
    /// (`scheme_link`); empty when the link gave none.
    pub return_dates: Vec<chrono::NaiveDate>,
    /// The practice, as it signs its quarterly returns (issue 13).
    pub practice_name: Option<String>,
    /// Its ODS code: a letter and 5 digits.
    pub practice_ods: Option<String>,
}

/// Save the settings (written by hand: see `small_json`).
pub fn write_settings(s: &Settings) -> String {
    format!(
        "{{\"format\":{},\"version\":{SETTINGS_VERSION},\"default_scheme\":{},\"scheme_from_link\":{},\"last_backup\":{},\"return_dates\":[{}],\"practice_name\":{},\"practice_ods\":{}}}",
        quote(SETTINGS_FORMAT),
        quote_option(s.default_scheme.as_deref()),
        s.scheme_from_link,
        quote_option(s.last_backup.as_deref()),
        s.return_dates
            .iter()
            .map(|d| quote(&crate::domain::helpers::date_text::iso(*d)))
            .collect::<Vec<_>>()
            .join(","),
        quote_option(s.practice_name.as_deref()),
        quote_option(s.practice_ods.as_deref()),
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
    // Written since the commissioner's link carried return dates: none or
    // all four, each a date.
    let return_dates = match doc.get("return_dates") {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Array(items)) => {
            let dates: Vec<chrono::NaiveDate> = items
                .iter()
                .filter_map(|i| {
                    i.as_str()
                        .and_then(crate::domain::helpers::date_text::parse_iso)
                })
                .collect();
            if dates.len() != items.len() || !(dates.is_empty() || dates.len() == 4) {
                return Err(ReadError::BadShape("return_dates is not four dates".into()));
            }
            dates
        }
        Some(_) => {
            return Err(ReadError::BadShape(
                "return_dates is not a list of dates".into(),
            ))
        }
    };
    let practice_ods = match optional_text(&doc, "practice_ods")? {
        Some(code) => Some(
            crate::domain::records::returns::file::check_ods(&code)
                .map_err(|_| ReadError::BadShape("practice_ods is not an ODS code".into()))?,
        ),
        None => None,
    };
    Ok(Settings {
        default_scheme: optional_text(&doc, "default_scheme")?,
        scheme_from_link,
        last_backup: optional_text(&doc, "last_backup")?,
        return_dates,
        practice_name: optional_text(&doc, "practice_name")?,
        practice_ods,
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
            return_dates: Vec::new(),
            practice_name: Some("Oak \"Surgery\"".into()),
            practice_ods: Some("C87001".into()),
        };
        assert_eq!(read_settings(&write_settings(&s)), Ok(s));
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let with_dates = Settings {
            return_dates: vec![d(7, 15), d(10, 15), d(12, 15), d(4, 15)],
            ..Settings::default()
        };
        assert_eq!(read_settings(&write_settings(&with_dates)), Ok(with_dates));
        let two = r#"{"format":"care-home-toolkit/settings","version":1,"return_dates":["2026-07-15","2026-10-15"]}"#;
        assert!(read_settings(two).is_err());
        assert!(read_settings(r#"{"format":"care-home-toolkit/agreements","version":1}"#).is_err());
    }
}
