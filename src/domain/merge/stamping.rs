//! Stamping what changed. Every change a page makes to the register is
//! made in place; before it is saved, it is compared with the register as
//! last saved and every difference is stamped: a new entry gets its id, an
//! entry gone gets a removal (so no merge brings it back), a changed field
//! its stamp, and an identifying field a version (to show conflicts). No
//! page can forget to stamp, since no page stamps.

use std::collections::HashMap;

use super::fields::{FieldVersion, Removed};
use super::fields_of::{
    resident_field, same_home_field, same_resident_field, HOME_FIELDS, IDENTIFYING, RESIDENT_FIELDS,
};
use super::stamp::Stamp;
use crate::domain::records::register::Register;

/// Ids for the entries made in one change: `<stamp>.<k>`.
struct NewIds<'a> {
    at: &'a Stamp,
    next: usize,
}

impl NewIds<'_> {
    fn fill(&mut self, id: &mut String) {
        if id.is_empty() {
            *id = format!("{}.{}", self.at.text(), self.next);
            self.next += 1;
        }
    }
}

impl Register {
    /// Stamp every difference from `before` (the register as last saved)
    /// with `at`, a stamp newer than any in either. Whether anything
    /// changed.
    pub fn stamp_changes(&mut self, before: &Register, at: &Stamp) -> bool {
        let mut ids = NewIds { at, next: 0 };
        let mut removed: Vec<String> = Vec::new();
        let mut changed = false;

        let old_homes: HashMap<&str, usize> = before
            .homes
            .iter()
            .enumerate()
            .map(|(i, h)| (h.id.as_str(), i))
            .collect();
        for h in &mut self.homes {
            for d in &mut h.duties {
                ids.fill(&mut d.id);
            }
            let old = old_homes.get(h.id.as_str()).map(|&i| &before.homes[i]);
            // A bed count new or changed since the last save gets this
            // stamp; one recorded again as it was keeps its own.
            for b in h.beds.iter_mut().filter(|b| b.stamp.is_zero()) {
                let kept = old.and_then(|o| {
                    o.beds
                        .iter()
                        .find(|x| x.changed == b.changed && x.beds == b.beds)
                });
                b.stamp = kept.map_or_else(|| at.clone(), |x| x.stamp.clone());
            }
            let Some(old) = old else {
                changed = true;
                continue;
            };
            if old == h {
                continue;
            }
            changed = true;
            for f in HOME_FIELDS {
                if !same_home_field(old, h, f) {
                    h.stamps.set(f, at.clone());
                }
            }
            let now: std::collections::HashSet<&str> =
                h.duties.iter().map(|d| d.id.as_str()).collect();
            removed.extend(
                old.duties
                    .iter()
                    .filter(|d| !now.contains(d.id.as_str()))
                    .map(|d| d.id.clone()),
            );
        }
        let homes_now: std::collections::HashSet<&str> =
            self.homes.iter().map(|h| h.id.as_str()).collect();
        removed.extend(
            before
                .homes
                .iter()
                .filter(|h| !homes_now.contains(h.id.as_str()))
                .map(|h| h.id.clone()),
        );

        let old_residents: HashMap<&str, usize> = before
            .residents
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i))
            .collect();
        for r in &mut self.residents {
            for e in &mut r.events {
                ids.fill(&mut e.id);
            }
            let Some(old) = old_residents
                .get(r.id.as_str())
                .map(|&i| &before.residents[i])
            else {
                if r.made.is_zero() {
                    r.made = at.clone();
                }
                changed = true;
                continue;
            };
            if old == r {
                continue;
            }
            changed = true;
            for f in RESIDENT_FIELDS {
                if same_resident_field(old, r, f) {
                    continue;
                }
                if IDENTIFYING.contains(&f) {
                    r.versions.push(FieldVersion {
                        field: f.to_string(),
                        value: resident_field(r, f),
                        at: at.clone(),
                        prev: old.stamps.get(f).clone(),
                    });
                }
                r.stamps.set(f, at.clone());
            }
            let now: std::collections::HashSet<&str> =
                r.events.iter().map(|e| e.id.as_str()).collect();
            removed.extend(
                old.events
                    .iter()
                    .filter(|e| !now.contains(e.id.as_str()))
                    .map(|e| e.id.clone()),
            );
        }
        let residents_now: std::collections::HashSet<&str> =
            self.residents.iter().map(|r| r.id.as_str()).collect();
        removed.extend(
            before
                .residents
                .iter()
                .filter(|r| !residents_now.contains(r.id.as_str()))
                .map(|r| r.id.clone()),
        );

        changed |= stamp_records(
            &mut self.assessments,
            &before.assessments,
            at,
            |a| a.resident_id.clone(),
            |a| &mut a.at,
        );
        changed |= stamp_records(
            &mut self.returns,
            &before.returns,
            at,
            |r| format!("{}\u{1f}{}\u{1f}{}", r.home_id, r.year, r.q),
            |r| &mut r.at,
        );
        changed |= stamp_records(
            &mut self.outcome_notes,
            &before.outcome_notes,
            at,
            |n| format!("{}\u{1f}{}\u{1f}{}", n.home_id, n.year, n.half),
            |n| &mut n.at,
        );
        changed |= stamp_records(
            &mut self.round_requests,
            &before.round_requests,
            at,
            |n| n.key(),
            |n| &mut n.at,
        );
        changed |= stamp_records(
            &mut self.round_outcomes,
            &before.round_outcomes,
            at,
            |n| n.key(),
            |n| &mut n.at,
        );

        // Removals the page already made (a conflict dismissed) come with
        // no stamp yet.
        for r in &mut self.removed {
            if r.at.is_zero() {
                r.at = at.clone();
                changed = true;
            }
        }
        for id in removed {
            if !id.is_empty() && !self.removed.iter().any(|r| r.id == id) {
                self.removed.push(Removed { id, at: at.clone() });
            }
        }
        changed || self.removed.len() != before.removed.len()
    }
}

/// Stamp each record (assessment, return, notes) that is new or differs
/// from the one with its key in `before`.
fn stamp_records<T: PartialEq>(
    now: &mut [T],
    before: &[T],
    at: &Stamp,
    key: impl Fn(&T) -> String,
    stamp: impl Fn(&mut T) -> &mut Stamp,
) -> bool {
    let keys: Vec<String> = before.iter().map(&key).collect();
    let old: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut changed = false;
    for x in now {
        if old.get(key(x).as_str()).is_some_and(|&i| before[i] == *x) {
            continue;
        }
        *stamp(x) = at.clone();
        changed = true;
    }
    changed
}
