//! Preferences kept in this browser.

use serde::{Deserialize, Serialize};

use crate::domain::formats::scheme_link::SchemeLink;
use crate::domain::formats::small_json::{quote, quote_option, Json};
use crate::domain::formats::stored::{check_small_envelope, optional_text, ReadError};
use crate::domain::records::returns::due_rule::{QuarterDue, ReturnDueRule};
use crate::domain::stamps::Stamp;

pub const SETTINGS_FORMAT: &str = "care-home-toolkit/settings";
pub const SETTINGS_VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, from = "SavedSettings")]
pub struct Settings {
    /// The scheme used when a page is not told one (an id of `schemes::ALL`).
    pub default_scheme: Option<String>,
    /// True when the default came from a commissioner's link, so the app
    /// says so.
    pub scheme_from_link: bool,
    /// When the last whole-workspace backup was made (ISO date), for the
    /// reminder that browser storage can be cleared.
    pub last_backup: Option<String>,
    /// When quarterly returns are due, from the commissioner's link
    /// (`scheme_link`) or set here; empty when neither gave a rule.
    pub return_due: ReturnDueRule,
    /// The practice, as it signs its quarterly returns (issue 13).
    pub practice_name: Option<String>,
    /// Its ODS code: a letter and 5 digits.
    pub practice_ods: Option<String>,
    /// When each setting a colleague's device shares was last changed.
    pub stamps: SettingsStamps,
}

/// When each shared setting was last changed, and on which device (issue
/// 22): settings brought in from a backup or a colleague's copy merge field
/// by field, the later change winning. The zero stamp is a setting not
/// changed since stamps were kept. When the last backup was made is this
/// device's own and never merged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsStamps {
    /// The default scheme, and whether it came from a link.
    #[serde(skip_serializing_if = "Stamp::is_zero")]
    pub default_scheme: Stamp,
    #[serde(skip_serializing_if = "Stamp::is_zero")]
    pub return_due: Stamp,
    #[serde(skip_serializing_if = "Stamp::is_zero")]
    pub practice_name: Stamp,
    #[serde(skip_serializing_if = "Stamp::is_zero")]
    pub practice_ods: Stamp,
}

/// The shared settings' names, as saved.
const STAMPED: [&str; 4] = [
    "default_scheme",
    "return_due",
    "practice_name",
    "practice_ods",
];

impl SettingsStamps {
    /// The latest of them, for the device's clock to go on from.
    pub fn latest(&self) -> &Stamp {
        STAMPED
            .iter()
            .map(|f| self.get(f))
            .max()
            .unwrap_or(&self.default_scheme)
    }

    fn get(&self, field: &str) -> &Stamp {
        match field {
            "default_scheme" => &self.default_scheme,
            "return_due" => &self.return_due,
            "practice_name" => &self.practice_name,
            _ => &self.practice_ods,
        }
    }

    fn get_mut(&mut self, field: &str) -> &mut Stamp {
        match field {
            "default_scheme" => &mut self.default_scheme,
            "return_due" => &mut self.return_due,
            "practice_name" => &mut self.practice_name,
            _ => &mut self.practice_ods,
        }
    }
}

impl Settings {
    /// Whether this device has not set the field (a file may fill it in).
    fn unset(&self, field: &str) -> bool {
        match field {
            "default_scheme" => self.default_scheme.is_none(),
            "return_due" => self.return_due.is_empty(),
            "practice_name" => self.practice_name.is_none(),
            _ => self.practice_ods.is_none(),
        }
    }

    fn same(&self, other: &Settings, field: &str) -> bool {
        match field {
            "default_scheme" => {
                (&self.default_scheme, self.scheme_from_link)
                    == (&other.default_scheme, other.scheme_from_link)
            }
            "return_due" => self.return_due == other.return_due,
            "practice_name" => self.practice_name == other.practice_name,
            _ => self.practice_ods == other.practice_ods,
        }
    }

    fn copy(&mut self, from: &Settings, field: &str) {
        match field {
            "default_scheme" => {
                self.default_scheme.clone_from(&from.default_scheme);
                self.scheme_from_link = from.scheme_from_link;
            }
            "return_due" => self.return_due.clone_from(&from.return_due),
            "practice_name" => self.practice_name.clone_from(&from.practice_name),
            _ => self.practice_ods.clone_from(&from.practice_ods),
        }
        self.stamps
            .get_mut(field)
            .clone_from(from.stamps.get(field));
    }

    /// These settings with a commissioner's link taken: its scheme as the
    /// default, said to come from a link, and its return due dates when
    /// it gives any (a link without dates leaves this device's, a
    /// commissioner's or a colleague's, as they are).
    pub fn with_scheme_link(&self, link: &SchemeLink) -> Settings {
        Settings {
            default_scheme: Some(link.scheme.id.to_string()),
            scheme_from_link: true,
            return_due: if link.return_due.is_empty() {
                self.return_due.clone()
            } else {
                link.return_due.clone()
            },
            ..self.clone()
        }
    }

    /// Stamp each shared setting that differs from `before` (the settings
    /// as saved) with `at`, a stamp newer than any before.
    pub fn stamp_changes(&mut self, before: &Settings, at: &Stamp) {
        for field in STAMPED {
            if !self.same(before, field) {
                *self.stamps.get_mut(field) = at.clone();
            }
        }
    }

    /// These settings with another device's brought in, field by field:
    /// the later change wins; a field neither side changed since stamps
    /// were kept stays as it is here, and is filled in from the file only
    /// when this device has not set it. When the last backup was made
    /// stays this device's.
    pub fn merged_with(&self, incoming: &Settings) -> Settings {
        let mut out = self.clone();
        for field in STAMPED {
            let (mine, theirs) = (self.stamps.get(field), incoming.stamps.get(field));
            let both_unstamped = mine.is_zero() && theirs.is_zero();
            if theirs > mine || (both_unstamped && self.unset(field)) {
                out.copy(incoming, field);
            }
        }
        out
    }

    /// These settings with another tab's of this browser (as it saved
    /// them), field by field as from another device; when the last backup
    /// was made is the later of the two, as both tabs are this device.
    pub fn merged_with_other_tab(&self, stored: &Settings) -> Settings {
        let mut out = self.merged_with(stored);
        out.last_backup = self.last_backup.clone().max(stored.last_backup.clone());
        out
    }
}

/// Settings as a backup holds them, which before the yearly rule gave the
/// commissioner's four dates as `return_dates`.
#[derive(Default, Deserialize)]
#[serde(default)]
struct SavedSettings {
    default_scheme: Option<String>,
    scheme_from_link: bool,
    last_backup: Option<String>,
    return_due: ReturnDueRule,
    return_dates: Vec<chrono::NaiveDate>,
    practice_name: Option<String>,
    practice_ods: Option<String>,
    stamps: SettingsStamps,
}

impl From<SavedSettings> for Settings {
    fn from(s: SavedSettings) -> Settings {
        Settings {
            default_scheme: s.default_scheme,
            scheme_from_link: s.scheme_from_link,
            last_backup: s.last_backup,
            return_due: older_dates(s.return_due, &s.return_dates),
            practice_name: s.practice_name,
            practice_ods: s.practice_ods,
            stamps: s.stamps,
        }
    }
}

/// The rule, or, when none was saved, the four dates an older build saved
/// (each for the quarter it follows).
fn older_dates(rule: ReturnDueRule, four: &[chrono::NaiveDate]) -> ReturnDueRule {
    if rule.is_empty() && four.len() == 4 {
        ReturnDueRule::from_older_dates(four)
    } else {
        rule
    }
}

/// Save the settings (written by hand: see `small_json`).
pub fn write_settings(s: &Settings) -> String {
    format!(
        "{{\"format\":{},\"version\":{SETTINGS_VERSION},\"default_scheme\":{},\"scheme_from_link\":{},\"last_backup\":{},\"return_due\":{{\"day\":{},\"dates\":[{}]}},\"practice_name\":{},\"practice_ods\":{},\"stamps\":{{{}}}}}",
        quote(SETTINGS_FORMAT),
        quote_option(s.default_scheme.as_deref()),
        s.scheme_from_link,
        quote_option(s.last_backup.as_deref()),
        s.return_due
            .day
            .map_or_else(|| "null".to_string(), |d| d.to_string()),
        s.return_due
            .dates
            .iter()
            .map(|d| format!(
                "{{\"year\":{},\"q\":{},\"due\":{}}}",
                d.year,
                d.q,
                quote(&crate::domain::helpers::date_text::iso(d.due))
            ))
            .collect::<Vec<_>>()
            .join(","),
        quote_option(s.practice_name.as_deref()),
        quote_option(s.practice_ods.as_deref()),
        STAMPED
            .iter()
            .filter(|f| !s.stamps.get(f).is_zero())
            .map(|f| format!("{}:{}", quote(f), quote(&s.stamps.get(f).text())))
            .collect::<Vec<_>>()
            .join(","),
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
    // Written before the yearly rule: none or all four, each a date.
    let four_dates = match doc.get("return_dates") {
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
    let return_due = match doc.get("return_due") {
        None | Some(Json::Null) => ReturnDueRule::default(),
        Some(rule) => read_rule(rule).ok_or_else(|| {
            ReadError::BadShape("return_due is not a rule for return dates".into())
        })?,
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
        return_due: older_dates(return_due, &four_dates),
        stamps: read_stamps(doc.get("stamps"))
            .ok_or_else(|| ReadError::BadShape("stamps are not change stamps".into()))?,
        practice_name: optional_text(&doc, "practice_name")?,
        practice_ods,
    })
}

/// `{"default_scheme": "1796601600000-0-k3f9a2qd", …}`, each stamp a
/// shared setting's; names this build does not share are passed over.
fn read_stamps(doc: Option<&Json>) -> Option<SettingsStamps> {
    let mut stamps = SettingsStamps::default();
    let Some(doc) = doc.filter(|d| !matches!(d, Json::Null)) else {
        return Some(stamps);
    };
    if !doc.is_object() {
        return None;
    }
    for field in STAMPED {
        if let Some(text) = doc.get(field) {
            *stamps.get_mut(field) = Stamp::parse(text.as_str()?).ok()?;
        }
    }
    Some(stamps)
}

/// `{"day": 20 or null, "dates": [{"year": 2026, "q": 3, "due": "2027-01-20"}]}`,
/// as this app writes it.
fn read_rule(doc: &Json) -> Option<ReturnDueRule> {
    let day = match doc.get("day") {
        None | Some(Json::Null) => None,
        Some(n) => Some(u8::try_from(n.as_u64()?).ok()?),
    };
    let dates = match doc.get("dates") {
        None | Some(Json::Null) => Vec::new(),
        Some(Json::Array(items)) => items
            .iter()
            .map(|i| {
                Some(QuarterDue {
                    year: i32::try_from(i.get("year")?.as_u64()?).ok()?,
                    q: u8::try_from(i.get("q")?.as_u64()?).ok()?,
                    due: crate::domain::helpers::date_text::parse_iso(i.get("due")?.as_str()?)?,
                })
            })
            .collect::<Option<Vec<_>>>()?,
        Some(_) => return None,
    };
    let rule = ReturnDueRule { day, dates };
    rule.is_well_formed().then_some(rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    use chrono::Datelike;

    #[test]
    fn settings_round_trip_and_refuse_other_files() {
        let s = Settings {
            default_scheme: Some("lsc-2026".into()),
            scheme_from_link: true,
            last_backup: Some("2026-11-20".into()),
            return_due: ReturnDueRule::default(),
            practice_name: Some("Oak \"Surgery\"".into()),
            practice_ods: Some("C87001".into()),
            stamps: SettingsStamps {
                default_scheme: Stamp {
                    ms: 1_796_601_600_000,
                    n: 0,
                    device: "desktop".into(),
                },
                ..SettingsStamps::default()
            },
        };
        assert_eq!(read_settings(&write_settings(&s)), Ok(s));
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        let mut rule = ReturnDueRule {
            day: Some(20),
            dates: Vec::new(),
        };
        rule.set_date(
            crate::domain::records::returns::Quarter { year: 2026, q: 3 },
            Some(chrono::NaiveDate::from_ymd_opt(2027, 1, 27).unwrap()),
        );
        let with_rule = Settings {
            return_due: rule,
            ..Settings::default()
        };
        assert_eq!(read_settings(&write_settings(&with_rule)), Ok(with_rule));
        // An older build's four dates read as the quarters they follow.
        let four = r#"{"format":"care-home-toolkit/settings","version":1,"return_dates":["2026-07-15","2026-10-15","2027-01-15","2027-04-15"]}"#;
        let read = read_settings(four).unwrap().return_due;
        assert_eq!(read.day, None);
        assert_eq!(
            read.date_for(crate::domain::records::returns::Quarter { year: 2026, q: 4 }),
            Some(d(4, 15).with_year(2027).unwrap())
        );
        let two = r#"{"format":"care-home-toolkit/settings","version":1,"return_dates":["2026-07-15","2026-10-15"]}"#;
        assert!(read_settings(two).is_err());
        let day_31 = r#"{"format":"care-home-toolkit/settings","version":1,"return_due":{"day":31,"dates":[]}}"#;
        assert!(read_settings(day_31).is_err());
        assert!(read_settings(r#"{"format":"care-home-toolkit/agreements","version":1}"#).is_err());
    }
}
