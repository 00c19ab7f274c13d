//! Merging two copies of the register: the union of both sides' records,
//! entries and removals; for each field, the value with the later stamp.
//! `merge(a, b)` is commutative, associative and idempotent (property
//! tests in `tests/domain/merge.rs`), so copies brought together in any
//! order, any number of times, end the same; and nothing either side
//! recorded is lost, except what a removal on either side took back.
//!
//! The result is in one order whatever the order of its inputs: records
//! by id, entries by date then id.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::fields::{FieldVersion, Removed};
use super::fields_of::{
    copy_home_field, copy_resident_field, home_field, resident_field, same_home_field,
    same_resident_field, HOME_FIELDS, RESIDENT_FIELDS,
};
use super::stamp::Stamp;
use crate::domain::register::{DutyRecord, Event, Home, Register, Resident};

/// Both copies brought together.
pub fn merge(a: &Register, b: &Register) -> Register {
    let removed = merge_removed(&a.removed, &b.removed);
    let gone: HashSet<&str> = removed.iter().map(|r| r.id.as_str()).collect();
    let mut homes = union_by(&a.homes, &b.homes, |h| h.id.clone(), merge_home);
    homes.retain(|h| !gone.contains(h.id.as_str()));
    for h in &mut homes {
        h.duties.retain(|d| !gone.contains(d.id.as_str()));
        h.duties.sort_by(|x, y| (x.date, &x.id).cmp(&(y.date, &y.id)));
    }
    let mut residents = union_by(&a.residents, &b.residents, |r| r.id.clone(), merge_resident);
    residents.retain(|r| !gone.contains(r.id.as_str()));
    for r in &mut residents {
        r.events.retain(|e| !gone.contains(e.id.as_str()));
        // A record from one side only is put in the same order as a merged one.
        r.events.sort_by(|x, y| (x.date, &x.id).cmp(&(y.date, &y.id)));
        r.versions.sort_by(|x, y| (&x.field, &x.at).cmp(&(&y.field, &y.at)));
    }
    Register {
        homes,
        residents,
        assessments: union_by(
            &a.assessments,
            &b.assessments,
            |x| x.resident_id.clone(),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        returns: union_by(
            &a.returns,
            &b.returns,
            |x| (x.home_id.clone(), x.year, x.q),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        outcome_notes: union_by(
            &a.outcome_notes,
            &b.outcome_notes,
            |x| (x.home_id.clone(), x.year, x.half),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        removed,
    }
}

/// Every item of both lists, those with the same key merged by `both`;
/// in key order.
fn union_by<T: Clone, K: Ord + std::hash::Hash + Clone>(
    a: &[T],
    b: &[T],
    key: impl Fn(&T) -> K,
    both: impl Fn(&T, &T) -> T,
) -> Vec<T> {
    let in_b: HashMap<K, &T> = b.iter().map(|y| (key(y), y)).collect();
    let mut out: Vec<(K, T)> = Vec::with_capacity(a.len().max(b.len()));
    let mut taken: HashSet<K> = HashSet::with_capacity(a.len());
    for x in a {
        let k = key(x);
        if !taken.insert(k.clone()) {
            continue;
        }
        let item = match in_b.get(&k) {
            Some(y) => both(x, y),
            None => x.clone(),
        };
        out.push((k, item));
    }
    for y in b {
        let k = key(y);
        if taken.insert(k.clone()) {
            out.push((k, y.clone()));
        }
    }
    out.sort_by(|p, q| p.0.cmp(&q.0));
    out.into_iter().map(|(_, t)| t).collect()
}

/// The one with the later stamp; on equal stamps the one whose saved form
/// is greater, so the answer does not depend on the order asked.
fn later<'a, T: Serialize + PartialEq>(x: &'a T, y: &'a T, at: impl Fn(&T) -> &Stamp) -> &'a T {
    match at(x).cmp(at(y)) {
        std::cmp::Ordering::Greater => x,
        std::cmp::Ordering::Less => y,
        std::cmp::Ordering::Equal if x == y => x,
        std::cmp::Ordering::Equal => {
            let text = |v: &T| serde_json::to_string(v).unwrap_or_default();
            if text(x) >= text(y) {
                x
            } else {
                y
            }
        }
    }
}

fn merge_removed(a: &[Removed], b: &[Removed]) -> Vec<Removed> {
    // The first removal of an id is kept (any one would do, but it must
    // not depend on the order).
    union_by(a, b, |r| r.id.clone(), |x, y| {
        if x.at <= y.at {
            x.clone()
        } else {
            y.clone()
        }
    })
}

/// Entries of both, once each by id, by date then id.
fn entries<T: Clone + Serialize + PartialEq>(
    a: &[T],
    b: &[T],
    id: impl Fn(&T) -> &str,
    date: impl Fn(&T) -> chrono::NaiveDate,
) -> Vec<T> {
    let mut out = union_by(a, b, |x| id(x).to_string(), |x, y| {
        later(x, y, |_| &ZERO).clone()
    });
    out.sort_by(|x, y| (date(x), id(x)).cmp(&(date(y), id(y))));
    out
}

static ZERO: Stamp = Stamp {
    ms: 0,
    n: 0,
    device: String::new(),
};

/// For each field, the value with the later stamp (on equal stamps, the
/// greater value as text).
fn pick_fields<T: Clone>(
    a: &T,
    b: &T,
    fields: &[&str],
    stamps: impl Fn(&T) -> &super::FieldStamps,
    same: impl Fn(&T, &T, &str) -> bool,
    text: impl Fn(&T, &str) -> String,
    copy: impl Fn(&mut T, &T, &str),
) -> T {
    let mut out = a.clone();
    for f in fields {
        let (sa, sb) = (stamps(a).get(f), stamps(b).get(f));
        let take_b = match sa.cmp(sb) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal => !same(a, b, f) && text(b, f) > text(a, f),
        };
        if take_b {
            copy(&mut out, b, f);
        }
    }
    out
}

fn merge_stamps(a: &super::FieldStamps, b: &super::FieldStamps, fields: &[&str]) -> super::FieldStamps {
    let mut out = a.clone();
    for f in fields {
        if b.get(f) > a.get(f) {
            out.set(f, b.get(f).clone());
        }
    }
    out
}

fn merge_home(a: &Home, b: &Home) -> Home {
    if a == b {
        let mut h = a.clone();
        h.duties = entries(&a.duties, &[], |d: &DutyRecord| &d.id, |d| d.date);
        return h;
    }
    let mut h = pick_fields(
        a,
        b,
        &HOME_FIELDS,
        |h| &h.stamps,
        same_home_field,
        home_field,
        copy_home_field,
    );
    h.stamps = merge_stamps(&a.stamps, &b.stamps, &HOME_FIELDS);
    h.duties = entries(&a.duties, &b.duties, |d: &DutyRecord| &d.id, |d| d.date);
    h
}

fn merge_resident(a: &Resident, b: &Resident) -> Resident {
    if a == b {
        return merge_resident_lists(a.clone(), a, &[], &[]);
    }
    let mut r = pick_fields(
        a,
        b,
        &RESIDENT_FIELDS,
        |r| &r.stamps,
        same_resident_field,
        resident_field,
        copy_resident_field,
    );
    r.stamps = merge_stamps(&a.stamps, &b.stamps, &RESIDENT_FIELDS);
    merge_resident_lists(r, a, &b.events, &b.versions)
}

/// `r` with the history and versions of `a` and the others given, once
/// each, in order.
fn merge_resident_lists(
    mut r: Resident,
    a: &Resident,
    events: &[Event],
    versions: &[FieldVersion],
) -> Resident {
    r.events = entries(&a.events, events, |e: &Event| &e.id, |e| e.date);
    r.versions = union_by(
        &a.versions,
        versions,
        |v: &FieldVersion| (v.field.clone(), v.at.clone()),
        |x, y| later(x, y, |_| &ZERO).clone(),
    );
    r
}

impl Register {
    /// The latest stamp anywhere in the register, for the device's clock
    /// to go on from.
    pub fn latest_stamp(&self) -> Stamp {
        let mut latest = &ZERO;
        // Entry ids made here are stamps ("…-0-k3f9.0"): the clock must
        // not hand the same one out again after a reload.
        let mut made = ZERO.clone();
        let mut see_id = |id: &str| {
            if let Ok(s) = Stamp::parse(id.split('.').next().unwrap_or("")) {
                made = made.clone().max(s);
            }
        };
        for h in &self.homes {
            for s in h.stamps.stamps() {
                latest = latest.max(s);
            }
            h.duties.iter().for_each(|d| see_id(&d.id));
        }
        for r in &self.residents {
            for s in r.stamps.stamps() {
                latest = latest.max(s);
            }
            for v in &r.versions {
                latest = latest.max(&v.at);
            }
            r.events.iter().for_each(|e| see_id(&e.id));
        }
        for s in self
            .assessments
            .iter()
            .map(|a| &a.at)
            .chain(self.returns.iter().map(|r| &r.at))
            .chain(self.outcome_notes.iter().map(|n| &n.at))
            .chain(self.removed.iter().map(|r| &r.at))
        {
            latest = latest.max(s);
        }
        latest.clone().max(made)
    }
}
