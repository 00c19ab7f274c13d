//! The whole-workspace backup: one JSON file with everything the app
//! stores, versioned. Bringing one in merges it with what is here
//! (`domain::merge`): nothing recorded on either side is lost, and a
//! preview in plain words comes before anything changes.
//!
//! Version 3 (current): `{"format": "care-home-toolkit/backup", "version": 3,
//! "made_at", "homes", "residents", "assessments", "returns",
//! "outcome_notes", "removed", "agreements", "settings", "local_holidays",
//! "collected"}`, with entry ids and change stamps (docs/formats.md).
//! Version 2 had no ids or stamps: its entries get ids derived from what
//! they say, so two version-2 files of one resident keep each entry once.
//! Version 1 (the development layout, before settings were kept) had the
//! holidays under `holidays` and no `settings`; it is migrated on reading.

use serde::Deserialize;
use serde_json::Value;

use crate::domain::formats::stored::{check_large, ReadError};
use crate::domain::records::agreement::Agreement;
use crate::domain::records::assessment::Assessment;
use crate::domain::records::returns::file::ReturnFile;
use crate::domain::records::returns::outcomes::OutcomeNotes;
use crate::domain::records::returns::QuarterReturn;
use crate::domain::records::settings::Settings;
use crate::domain::rules::calendar::LocalHoliday;
use crate::domain::stamps::Removed;

use super::model::{Home, Register, Resident};
use super::resident_json::write_residents;
use super::store_file::{field, round_fields, SIZE_GUESS};
use crate::domain::formats::small_json::push_quoted;

pub const BACKUP_FORMAT: &str = "care-home-toolkit/backup";
pub const BACKUP_VERSION: u32 = 3;

/// Everything the app keeps in one browser.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workspace {
    pub register: Register,
    pub agreements: Vec<Agreement>,
    pub settings: Settings,
    pub local_holidays: Vec<LocalHoliday>,
    /// Returns a commissioner has collected from practices.
    pub collected: Vec<ReturnFile>,
    /// The device that made the file, when it says (a copy sent to a
    /// colleague says; backups made before version 3 do not).
    pub from: Option<crate::domain::stamps::device::Device>,
}

impl Workspace {
    pub fn is_empty(&self) -> bool {
        self.register.homes.is_empty()
            && self.register.residents.is_empty()
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
    #[serde(default)]
    round_requests: Vec<crate::domain::records::round::practice::ReceivedRequest>,
    #[serde(default)]
    round_outcomes: Vec<crate::domain::records::round::RoundOutcome>,
    #[serde(default)]
    removed: Vec<Removed>,
    #[serde(default)]
    device: Option<crate::domain::stamps::device::Device>,
}

/// Write a backup; `made_at` is an ISO timestamp. Written where it is,
/// without copying the workspace; the residents by hand (the same bytes as
/// serde_json, [`write_residents`]), the rest by serde_json. A test checks
/// the whole against serde_json's writing of the same document.
pub fn write_backup(w: &Workspace, made_at: &str) -> String {
    let r = &w.register;
    let mut out = String::with_capacity(SIZE_GUESS * (r.residents.len() + 1));
    out.push_str("{\"format\":");
    push_quoted(&mut out, BACKUP_FORMAT);
    out.push_str(&format!(",\"version\":{BACKUP_VERSION},\"made_at\":"));
    push_quoted(&mut out, made_at);
    field(&mut out, "homes", &r.homes);
    out.push_str(",\"residents\":");
    write_residents(&mut out, &r.residents);
    field(&mut out, "assessments", &r.assessments);
    field(&mut out, "agreements", &w.agreements);
    field(&mut out, "settings", &w.settings);
    field(&mut out, "local_holidays", &w.local_holidays);
    field(&mut out, "returns", &r.returns);
    field(&mut out, "collected", &w.collected);
    field(&mut out, "outcome_notes", &r.outcome_notes);
    round_fields(&mut out, r);
    field(&mut out, "removed", &r.removed);
    if let Some(d) = &w.from {
        field(&mut out, "device", d);
    }
    out.push('}');
    out
}

/// Bring an older backup's JSON up to the current version, one step at a time.
fn migrate(mut value: Value, from: u64) -> Value {
    if let Some(obj) = value.as_object_mut() {
        if from < 2 {
            // 1 -> 2: holidays were under "holidays"; settings were not kept.
            if let Some(h) = obj.remove("holidays") {
                obj.insert("local_holidays".into(), h);
            }
            obj.entry("settings")
                .or_insert_with(|| serde_json::json!({}));
        }
        // 2 -> 3: entries without ids get them when read
        // (`merge::legacy`); nothing was stamped, so every field is as old
        // as can be.
        obj.insert("version".into(), Value::from(BACKUP_VERSION));
    }
    value
}

/// Read a backup: check the envelope, migrate an older version, then check
/// that ids are present and unique and every resident's home exists.
pub fn read_backup(text: &str) -> Result<Workspace, ReadError> {
    use crate::domain::formats::limits::*;
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
        round_requests: file.round_requests,
        round_outcomes: file.round_outcomes,
        removed: file.removed,
    }
    .checked()?;
    crate::domain::records::agreement::check_ids(&file.agreements)?;
    // Collected returns as an imported return file would be checked.
    for r in &file.collected {
        crate::domain::records::returns::file::read_return(
            &crate::domain::records::returns::file::write_return(r),
        )?;
    }
    // Settings as the settings page would take them.
    if let Some(code) = &file.settings.practice_ods {
        crate::domain::records::returns::file::check_ods(code)
            .map_err(|m| ReadError::Invalid(format!("The settings, ODS code: {m}")))?;
    }
    if let Some(id) = &file.settings.default_scheme {
        if crate::domain::rules::schemes::Scheme::by_id(id).is_none() {
            return Err(ReadError::Invalid(format!(
                "The settings, default scheme: \u{201c}{id}\u{201d} is not a scheme this tool knows"
            )));
        }
    }
    if !file.settings.return_due.is_well_formed() {
        return Err(ReadError::Invalid(
            "The settings, when quarterly returns are due: not dates this tool could have saved"
                .into(),
        ));
    }
    if let Some(d) = &file.device {
        crate::domain::stamps::stamp::check_device_id(&d.id)
            .map_err(|m| ReadError::Invalid(format!("The device that made it: {m}")))?;
    }
    Ok(Workspace {
        register,
        from: file.device.map(|mut d| {
            d.name = crate::domain::stamps::device::clean_name(&d.name);
            d
        }),
        collected: file.collected,
        agreements: file.agreements,
        settings: file.settings,
        local_holidays: file.local_holidays,
    })
}

/// The agreements of both: one of each id, merged field by field where
/// both have it (`agreement::merge`), in id order.
pub fn merge_agreements(a: &[Agreement], b: &[Agreement]) -> Vec<Agreement> {
    let mut out: Vec<Agreement> = a.to_vec();
    for y in b {
        match out.iter_mut().find(|x| x.id == y.id) {
            None => out.push(y.clone()),
            Some(x) => *x = crate::domain::records::agreement::merge::merge_agreement(x, y),
        }
    }
    crate::domain::helpers::stable_sort::sort_by(&mut out, |x, y| x.id.cmp(&y.id));
    out
}

/// Stamp each agreement that is new or changed since `saved`, and each
/// field changed in it.
pub fn stamp_agreements(
    now: &mut [Agreement],
    saved: &[Agreement],
    at: &crate::domain::stamps::Stamp,
) {
    for a in now {
        match saved.iter().find(|s| s.id == a.id) {
            Some(s) if s == a => {}
            Some(s) => {
                crate::domain::records::agreement::merge::stamp_fields(a, s, at);
                a.at = at.clone();
            }
            None => a.at = at.clone(),
        }
    }
}

/// This tab's agreements changed since `base` made to `onto` instead (when
/// another tab undid bringing in a file: `onto` is the list from before
/// it): an agreement this tab has as `base` had it is taken as `onto` has
/// it, or left out; one added or changed here since is kept, merged with
/// `onto`'s. So what the file added or changed stays undone.
pub fn rebase_agreements(
    mine: &[Agreement],
    base: &[Agreement],
    onto: &[Agreement],
) -> Vec<Agreement> {
    let in_base: std::collections::HashMap<&str, &Agreement> =
        base.iter().map(|a| (a.id.as_str(), a)).collect();
    let changed: Vec<Agreement> = mine
        .iter()
        .filter(|a| in_base.get(a.id.as_str()).is_none_or(|b| *b != *a))
        .cloned()
        .collect();
    merge_agreements(&changed, onto)
}

/// Two tabs' agreements brought together, `saved` being the list both last
/// shared: an agreement it had that either tab no longer has was taken out
/// there (by "Undo" after a file, or by a build from before deletions were
/// kept as `removed`), and stays out, unless this tab changed it since
/// (what was typed is not lost); everything else as [`merge_agreements`].
pub fn merge_agreements_since(
    mine: &[Agreement],
    stored: &[Agreement],
    saved: &[Agreement],
) -> Vec<Agreement> {
    let by_id = |list: &[Agreement]| -> std::collections::HashMap<String, usize> {
        list.iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect()
    };
    let (in_mine, in_stored, in_saved) = (by_id(mine), by_id(stored), by_id(saved));
    let mut out = merge_agreements(mine, stored);
    out.retain(|a| {
        let Some(&s) = in_saved.get(&a.id) else {
            return true;
        };
        match in_mine.get(&a.id) {
            None => false,
            Some(&m) => in_stored.contains_key(&a.id) || mine[m] != saved[s],
        }
    });
    out
}
