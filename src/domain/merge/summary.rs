//! What bringing a copy in would do, counted before anything changes, and
//! said in plain words: "Adds 3 residents, 12 reviews and 1 hospital stay;
//! changes 2 details (1 conflict to check); removes nothing."

use std::collections::{HashMap, HashSet};

use super::fields_of::{same_home_field, same_resident_field, HOME_FIELDS, RESIDENT_FIELDS};
use crate::domain::records::register::{EventKind, Register};

/// Counts of what merging brings, comparing the register now with the
/// register merged.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub homes: usize,
    pub residents: usize,
    /// Reviews, plans and assessments recorded as done.
    pub reviews: usize,
    /// Admissions to hospital.
    pub hospital_stays: usize,
    /// Other history: returns from hospital, details changed, metrics,
    /// home duties held, homes' bed counts.
    pub other_entries: usize,
    /// Fields of homes and residents, assessments, returns and notes
    /// changed.
    pub details: usize,
    /// Conflicts to check that were not there before.
    pub conflicts: usize,
    /// Entries here that a removal on the other side takes away.
    pub removed: usize,
    /// Residents kept apart from another with the same id (two different
    /// people), newly.
    pub kept_apart: usize,
}

impl MergeSummary {
    /// What `merged` has that `now` had not.
    pub fn between(now: &Register, merged: &Register) -> MergeSummary {
        let mut s = MergeSummary::default();
        {
            let ids: HashSet<&str> = now.residents.iter().map(|r| r.id.as_str()).collect();
            s.kept_apart = merged
                .kept_apart()
                .iter()
                .filter(|(r, _)| !ids.contains(r.id.as_str()))
                .count();
        }
        // A resident here that the merge kept apart is compared under the
        // id it moved to.
        let moved = now.as_kept_apart_in(merged);
        let now = moved.as_ref().unwrap_or(now);
        let homes: HashMap<&str, usize> = now
            .homes
            .iter()
            .enumerate()
            .map(|(i, h)| (h.id.as_str(), i))
            .collect();
        for h in &merged.homes {
            match homes.get(h.id.as_str()).map(|&i| &now.homes[i]) {
                None => {
                    s.homes += 1;
                    s.other_entries += h.duties.len() + h.beds.len();
                }
                Some(old) => {
                    s.details += HOME_FIELDS
                        .iter()
                        .filter(|f| !same_home_field(old, h, f))
                        .count();
                    // A bed count new or changed.
                    s.other_entries += h.beds.iter().filter(|b| !old.beds.contains(b)).count();
                    let ids: HashSet<&str> = h.duties.iter().map(|d| d.id.as_str()).collect();
                    let old_ids: HashSet<&str> = old.duties.iter().map(|d| d.id.as_str()).collect();
                    s.other_entries += ids.difference(&old_ids).count();
                    s.removed += old_ids.difference(&ids).count();
                }
            }
        }
        let merged_homes: HashSet<&str> = merged.homes.iter().map(|h| h.id.as_str()).collect();
        s.removed += now
            .homes
            .iter()
            .filter(|h| !merged_homes.contains(h.id.as_str()))
            .count();
        let residents: HashMap<&str, usize> = now
            .residents
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        for r in &merged.residents {
            let old = residents.get(r.id.as_str()).map(|&i| &now.residents[i]);
            let old_ids: HashSet<&str> = old
                .map(|o| o.events.iter().map(|e| e.id.as_str()).collect())
                .unwrap_or_default();
            for e in r.events.iter().filter(|e| !old_ids.contains(e.id.as_str())) {
                match e.kind {
                    EventKind::Done(_) => s.reviews += 1,
                    EventKind::HospitalAdmission | EventKind::ElectiveAdmission => {
                        s.hospital_stays += 1
                    }
                    _ => s.other_entries += 1,
                }
            }
            match old {
                None => s.residents += 1,
                Some(old) => {
                    s.details += RESIDENT_FIELDS
                        .iter()
                        .filter(|f| !same_resident_field(old, r, f))
                        .count();
                    let ids: HashSet<&str> = r.events.iter().map(|e| e.id.as_str()).collect();
                    s.removed += old_ids.difference(&ids).count();
                    if r.versions != old.versions {
                        let before: Vec<String> = old
                            .conflicts(&now.removed)
                            .into_iter()
                            .map(|c| c.id)
                            .collect();
                        s.conflicts += r
                            .conflicts(&merged.removed)
                            .iter()
                            .filter(|c| !before.contains(&c.id))
                            .count();
                    }
                }
            }
        }
        let merged_residents: HashSet<&str> =
            merged.residents.iter().map(|r| r.id.as_str()).collect();
        s.removed += now
            .residents
            .iter()
            .filter(|r| !merged_residents.contains(r.id.as_str()))
            .count();
        s.details += changed(&now.assessments, &merged.assessments, |a| {
            a.resident_id.clone()
        });
        s.details += changed(&now.returns, &merged.returns, |r| {
            format!("{}\u{1f}{}\u{1f}{}", r.home_id, r.year, r.q)
        });
        s.details += changed(&now.outcome_notes, &merged.outcome_notes, |n| {
            format!("{} {} {}", n.home_id, n.year, n.half)
        });
        s.details += changed(&now.round_requests, &merged.round_requests, |n| n.key());
        s.details += changed(&now.round_outcomes, &merged.round_outcomes, |n| n.key());
        s
    }

    /// Whether merging changes nothing.
    pub fn is_nothing(&self) -> bool {
        *self == MergeSummary::default()
    }

    /// The summary in plain words.
    pub fn words(&self) -> String {
        if self.is_nothing() {
            return "Nothing new: everything in it is already here.".into();
        }
        let mut adds = Vec::new();
        let mut count = |n: usize, one: &str, many: &str| {
            if n > 0 {
                adds.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        };
        count(self.homes, "care home", "care homes");
        count(self.residents, "resident", "residents");
        count(
            self.kept_apart,
            "record kept apart to check (two people with one record number)",
            "records kept apart to check (two people with one record number)",
        );
        count(self.reviews, "review", "reviews");
        count(self.hospital_stays, "hospital stay", "hospital stays");
        count(
            self.other_entries,
            "other history entry",
            "other history entries",
        );
        let mut parts = Vec::new();
        parts.push(if adds.is_empty() {
            "Adds nothing".to_string()
        } else {
            format!("Adds {}", list(&adds))
        });
        if self.details == 0 && self.conflicts > 0 {
            // The later values are this device's: nothing changes here,
            // but the other device's values are listed to check.
            parts.push(format!(
                "finds {} to check (details changed on both devices)",
                if self.conflicts == 1 {
                    "1 conflict".to_string()
                } else {
                    format!("{} conflicts", self.conflicts)
                }
            ));
        } else if self.details > 0 || self.conflicts > 0 {
            let mut changes = format!(
                "changes {} {}",
                self.details,
                if self.details == 1 {
                    "detail"
                } else {
                    "details"
                }
            );
            if self.conflicts > 0 {
                changes.push_str(&format!(
                    " ({} {} to check)",
                    self.conflicts,
                    if self.conflicts == 1 {
                        "conflict"
                    } else {
                        "conflicts"
                    }
                ));
            }
            parts.push(changes);
        }
        parts.push(match self.removed {
            0 => "removes nothing".into(),
            1 => "removes 1 entry that was taken back on the other device".into(),
            n => format!("removes {n} entries that were taken back on the other device"),
        });
        format!("{}.", parts.join("; "))
    }
}

/// "a, b and c".
fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// How many records of `merged` are new or differ from `now`'s.
fn changed<T: PartialEq>(now: &[T], merged: &[T], key: impl Fn(&T) -> String) -> usize {
    let keys: Vec<String> = now.iter().map(&key).collect();
    let old: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    merged
        .iter()
        .filter(|x| old.get(key(x).as_str()).is_none_or(|&i| now[i] != **x))
        .count()
}
