//! The whole-workspace backup: one JSON file with everything the app
//! stores, versioned. Restoring shows what will be added or replaced, and
//! changes nothing until the user confirms.
//!
//! Version 2 (current): `{"format": "care-home-toolkit/backup", "version": 2,
//! "made_at", "homes", "residents", "agreements", "settings", "local_holidays"}`.
//! Version 1 (the development layout, before settings were kept) had the
//! holidays under `holidays` and no `settings`; it is migrated on reading.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::agreement::Agreement;
use crate::domain::assessment::Assessment;
use crate::domain::calendar::LocalHoliday;
use crate::domain::returns::file::ReturnFile;
use crate::domain::returns::outcomes::OutcomeNotes;
use crate::domain::returns::QuarterReturn;
use crate::domain::settings::Settings;
use crate::domain::stored::{check_large, ReadError};

use super::model::{Home, Register, Resident};
use super::resident_json::write_residents;
use super::store_file::{field, SIZE_GUESS};
use crate::domain::small_json::push_quoted;

pub const BACKUP_FORMAT: &str = "care-home-toolkit/backup";
pub const BACKUP_VERSION: u32 = 2;

/// Everything the app keeps in one browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Workspace {
    pub homes: Vec<Home>,
    pub residents: Vec<Resident>,
    /// Admission assessments (absent in files made before they existed).
    pub assessments: Vec<Assessment>,
    pub agreements: Vec<Agreement>,
    pub settings: Settings,
    pub local_holidays: Vec<LocalHoliday>,
    /// Quarterly returns (absent in files made before they existed).
    pub returns: Vec<QuarterReturn>,
    /// Returns a commissioner has collected from practices.
    pub collected: Vec<ReturnFile>,
    /// What the practice wrote for each outcomes report.
    pub outcome_notes: Vec<OutcomeNotes>,
}

impl Workspace {
    pub fn register(&self) -> Register {
        Register {
            homes: self.homes.clone(),
            residents: self.residents.clone(),
            assessments: self.assessments.clone(),
            returns: self.returns.clone(),
            outcome_notes: self.outcome_notes.clone(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.homes.is_empty()
            && self.residents.is_empty()
            && self.agreements.is_empty()
            && self.local_holidays.is_empty()
    }
}

#[derive(Deserialize)]
struct BackupFile {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u32,
    #[serde(default)]
    #[allow(dead_code)]
    made_at: String,
    #[serde(default)]
    homes: Vec<Home>,
    #[serde(default)]
    residents: Vec<Resident>,
    #[serde(default)]
    assessments: Vec<Assessment>,
    #[serde(default)]
    agreements: Vec<Agreement>,
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    local_holidays: Vec<LocalHoliday>,
    #[serde(default)]
    returns: Vec<QuarterReturn>,
    #[serde(default)]
    collected: Vec<ReturnFile>,
    #[serde(default)]
    outcome_notes: Vec<OutcomeNotes>,
}

/// Write a backup; `made_at` is an ISO timestamp. Written where it is,
/// without copying the workspace; the residents by hand (the same bytes as
/// serde_json, [`write_residents`]), the rest by serde_json. A test checks
/// the whole against serde_json's writing of the same document.
pub fn write_backup(w: &Workspace, made_at: &str) -> String {
    let mut out = String::with_capacity(SIZE_GUESS * (w.residents.len() + 1));
    out.push_str("{\"format\":");
    push_quoted(&mut out, BACKUP_FORMAT);
    out.push_str(&format!(",\"version\":{BACKUP_VERSION},\"made_at\":"));
    push_quoted(&mut out, made_at);
    field(&mut out, "homes", &w.homes);
    out.push_str(",\"residents\":");
    write_residents(&mut out, &w.residents);
    field(&mut out, "assessments", &w.assessments);
    field(&mut out, "agreements", &w.agreements);
    field(&mut out, "settings", &w.settings);
    field(&mut out, "local_holidays", &w.local_holidays);
    field(&mut out, "returns", &w.returns);
    field(&mut out, "collected", &w.collected);
    field(&mut out, "outcome_notes", &w.outcome_notes);
    out.push('}');
    out
}

/// Bring an older backup's JSON up to the current version, one step at a time.
fn migrate(mut value: Value, from: u64) -> Value {
    if from < 2 {
        // 1 -> 2: holidays were under "holidays"; settings were not kept.
        if let Some(obj) = value.as_object_mut() {
            if let Some(h) = obj.remove("holidays") {
                obj.insert("local_holidays".into(), h);
            }
            obj.entry("settings")
                .or_insert_with(|| serde_json::json!({}));
            obj.insert("version".into(), Value::from(2));
        }
    }
    value
}

/// Read a backup: check the envelope, migrate an older version, then check
/// that ids are present and unique and every resident's home exists.
pub fn read_backup(text: &str) -> Result<Workspace, ReadError> {
    use crate::domain::limits::*;
    // Size, envelope and list lengths first, in a pass that builds nothing.
    let from = check_large(
        text,
        BACKUP_FORMAT,
        BACKUP_VERSION,
        &[
            REGISTER_LISTS.as_slice(),
            &[
                ("agreements", "agreements", MAX_AGREEMENTS),
                ("local_holidays", "bank holidays", MAX_HOLIDAYS),
                ("holidays", "bank holidays", MAX_HOLIDAYS),
                ("collected", "collected returns", MAX_AGREEMENTS),
            ],
        ]
        .concat(),
    )?;
    let bad = |e: serde_json::Error| ReadError::BadShape(e.to_string());
    let file: BackupFile = if from == u64::from(BACKUP_VERSION) {
        serde_json::from_str(text).map_err(bad)?
    } else {
        // An older version: migrated as JSON, then read as the current one.
        let value: Value = serde_json::from_str(text).map_err(bad)?;
        serde_json::from_str(&migrate(value, from).to_string()).map_err(bad)?
    };
    // The same checks as the forms and the stored register (validate.rs).
    let register = Register {
        homes: file.homes,
        residents: file.residents,
        assessments: file.assessments,
        returns: file.returns,
        outcome_notes: file.outcome_notes,
    }
    .checked()?;
    crate::domain::agreement::check_ids(&file.agreements)?;
    // Collected returns as an imported return file would be checked.
    for r in &file.collected {
        crate::domain::returns::file::read_return(&crate::domain::returns::file::write_return(r))?;
    }
    // Settings as the settings page would take them.
    if let Some(code) = &file.settings.practice_ods {
        crate::domain::returns::file::check_ods(code)
            .map_err(|m| ReadError::Invalid(format!("The settings, ODS code: {m}")))?;
    }
    if let Some(id) = &file.settings.default_scheme {
        if crate::domain::schemes::Scheme::by_id(id).is_none() {
            return Err(ReadError::Invalid(format!(
                "The settings, default scheme: \u{201c}{id}\u{201d} is not a scheme this tool knows"
            )));
        }
    }
    let w = Workspace {
        homes: register.homes,
        residents: register.residents,
        assessments: register.assessments,
        returns: register.returns,
        collected: file.collected,
        outcome_notes: register.outcome_notes,
        agreements: file.agreements,
        settings: file.settings,
        local_holidays: file.local_holidays,
    };
    Ok(w)
}

/// What restoring a backup would do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RestorePreview {
    pub homes_added: usize,
    pub homes_replaced: usize,
    pub residents_added: usize,
    pub residents_replaced: usize,
    pub agreements_added: usize,
    pub agreements_replaced: usize,
    pub holidays_added: usize,
    pub settings_replaced: bool,
}

fn split<T>(current: &[T], incoming: &[T], id: impl Fn(&T) -> &str) -> (usize, usize) {
    // Indexed once, so a 5,000-resident restore is not 25 million compares.
    let ids: std::collections::HashSet<&str> = current.iter().map(&id).collect();
    let replaced = incoming.iter().filter(|i| ids.contains(id(i))).count();
    (incoming.len() - replaced, replaced)
}

pub fn preview(current: &Workspace, incoming: &Workspace) -> RestorePreview {
    let (homes_added, homes_replaced) = split(&current.homes, &incoming.homes, |h| &h.id);
    let (residents_added, residents_replaced) =
        split(&current.residents, &incoming.residents, |r| &r.id);
    let (agreements_added, agreements_replaced) =
        split(&current.agreements, &incoming.agreements, |a| &a.id);
    RestorePreview {
        homes_added,
        homes_replaced,
        residents_added,
        residents_replaced,
        agreements_added,
        agreements_replaced,
        holidays_added: incoming
            .local_holidays
            .iter()
            .filter(|h| !current.local_holidays.iter().any(|c| c.date == h.date))
            .count(),
        settings_replaced: incoming.settings != Settings::default()
            && incoming.settings != current.settings,
    }
}

/// Put each incoming item in place of the one with the same key, or at
/// the end. Keys are indexed once (not a search per item), and the items
/// are moved, not copied (a restore brings thousands).
fn put_all<T, K: std::hash::Hash + Eq>(into: &mut Vec<T>, incoming: Vec<T>, key: impl Fn(&T) -> K) {
    let mut at: std::collections::HashMap<K, usize> =
        into.iter().enumerate().map(|(i, c)| (key(c), i)).collect();
    for item in incoming {
        let k = key(&item);
        match at.get(&k) {
            Some(&i) => into[i] = item,
            None => {
                at.insert(k, into.len());
                into.push(item);
            }
        }
    }
}

/// The workspace after restoring: items with the same id are replaced,
/// new ones added, nothing else removed.
pub fn restore(current: &Workspace, incoming: Workspace) -> Workspace {
    let mut w = current.clone();
    put_all(&mut w.homes, incoming.homes, |h| h.id.clone());
    put_all(&mut w.residents, incoming.residents, |r| r.id.clone());
    put_all(&mut w.agreements, incoming.agreements, |a| a.id.clone());
    put_all(&mut w.assessments, incoming.assessments, |a| {
        a.resident_id.clone()
    });
    put_all(&mut w.outcome_notes, incoming.outcome_notes, |n| {
        (n.home_id.clone(), n.year, n.half)
    });
    put_all(&mut w.returns, incoming.returns, |r| {
        (r.home_id.clone(), r.year, r.q)
    });
    for r in incoming.collected {
        crate::domain::returns::collect::add(&mut w.collected, r);
    }
    for h in incoming.local_holidays {
        if !w.local_holidays.iter().any(|c| c.date == h.date) {
            w.local_holidays.push(h);
        }
    }
    crate::domain::stable_sort::sort_by_key(&mut w.local_holidays, |h| h.date);
    if incoming.settings != Settings::default() {
        w.settings = incoming.settings;
    }
    w
}
