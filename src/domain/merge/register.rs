//! Merging two copies of the register: the union of both sides' records,
//! entries and removals; for each field, the value with the later stamp.
//! `merge(a, b)` is commutative, associative and idempotent (property
//! tests in `tests/domain/merge.rs`), so copies brought together in any
//! order, any number of times, end the same; and nothing either side
//! recorded is lost, except what a removal on either side took back.
//!
//! The result is in one order whatever the order of its inputs: records
//! by id, entries by date then id.

use crate::domain::records::returns::BedChange;
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::fields::{FieldVersion, Removed};
use super::fields_of::{
    copy_home_field, copy_resident_field, home_field, resident_field, same_home_field,
    same_resident_field, HOME_FIELDS, RESIDENT_FIELDS,
};
use super::stamp::Stamp;
use crate::domain::records::register::{DutyRecord, Event, Home, Register, Resident};

/// Both copies brought together.
pub fn merge(a: &Register, b: &Register) -> Register {
    let mut apart: Option<(Register, Register)> = None;
    loop {
        let (a, b) = apart.as_ref().map_or((a, b), |(a, b)| (a, b));
        // The same copy (a file brought in twice, a tab's own save): nothing
        // to pair, only the order to make sure of.
        if a == b && in_merged_order(a) {
            return a.clone();
        }
        // Two different people under one id are kept apart, not merged.
        // Each step can move a record onto an id the other side has, so
        // this goes round until none is left (a loop, not a recursion: a
        // hand-made file can make the chain thousands long).
        match super::kept_apart::kept_apart(a, b) {
            Some(next) => apart = Some(next),
            None => return combine(a, b, None),
        }
    }
}

/// `mine`'s changes since `base`, made to `onto` instead: when another tab
/// has undone bringing in a file that this tab had merged (`base`, with
/// the file) and this tab has changes not yet saved, `onto` being the
/// copy from before the file. Record by record (a home, a resident with
/// their history, an assessment, a return, a removal…): one that `mine`
/// has as `base` had it is taken as `onto` has it, or left out when
/// `onto` has none (so what the file brought stays undone); one that
/// `mine` added or changed since is kept, merged with `onto`'s (nothing
/// typed is lost, even in a record the file brought).
pub fn rebase(mine: &Register, base: &Register, onto: &Register) -> Register {
    // Two people under one id, one typed in here, one in `onto`: kept
    // apart, never merged.
    let apart = super::kept_apart::kept_apart_in_rebase(mine, base, onto);
    let (mine, base, onto) = match &apart {
        Some([m, b, o]) => (m, b, o),
        None => (mine, base, onto),
    };
    let mut out = combine(mine, onto, Some(base));
    let mut added = false;
    // A record kept for what was typed in it keeps what it belongs to,
    // as `mine` has it: the resident an assessment or an outcome is of,
    // the home of a resident, a return, notes or a request.
    let of_residents: Vec<String> = out
        .assessments
        .iter()
        .map(|a| a.resident_id.clone())
        .chain(out.round_outcomes.iter().map(|o| o.resident_id.clone()))
        .collect();
    let mut present: HashSet<String> = out.residents.iter().map(|r| r.id.clone()).collect();
    for id in of_residents {
        if present.contains(&id) {
            continue;
        }
        if let Some(r) = mine.resident(&id) {
            out.residents.push(r.clone());
            present.insert(id);
            added = true;
        }
    }
    let of_homes: Vec<String> = out
        .residents
        .iter()
        .map(|r| r.home_id.clone())
        .chain(out.returns.iter().map(|x| x.home_id.clone()))
        .chain(out.outcome_notes.iter().map(|x| x.home_id.clone()))
        .chain(out.round_requests.iter().map(|x| x.home_id.clone()))
        .chain(out.round_outcomes.iter().map(|x| x.home_id.clone()))
        .collect();
    for id in of_homes {
        if !out.homes.iter().any(|h| h.id == id) {
            if let Some(h) = mine.homes.iter().find(|h| h.id == id) {
                out.homes.push(h.clone());
                added = true;
            }
        }
    }
    // A person the file had set apart from another under one id, and
    // typed in here, is under both ids now: one record again.
    if out.fold_copies_kept_apart() {
        added = true;
    }
    if added {
        // In merged order again.
        out = combine(&out, &Register::default(), None);
    }
    out
}

/// `a` and `b` merged; with a `base`, `a`'s records as `base` had them
/// are left to `b` ([`rebase`]).
fn combine(a: &Register, b: &Register, base: Option<&Register>) -> Register {
    let removed = union_by(
        &a.removed,
        &b.removed,
        base.map(|r| r.removed.as_slice()),
        |r| r.id.clone(),
        earlier_removal,
    );
    let gone: HashSet<&str> = removed.iter().map(|r| r.id.as_str()).collect();
    let mut homes = union_by(
        &a.homes,
        &b.homes,
        base.map(|r| r.homes.as_slice()),
        |h| h.id.clone(),
        merge_home,
    );
    homes.retain(|h| !gone.contains(h.id.as_str()));
    for h in &mut homes {
        h.duties.retain(|d| !gone.contains(d.id.as_str()));
        sort_by_date(&mut h.duties, |d| d.date, |d| &d.id);
    }
    let mut residents = union_by(
        &a.residents,
        &b.residents,
        base.map(|r| r.residents.as_slice()),
        |r| r.id.clone(),
        merge_resident,
    );
    residents.retain(|r| !gone.contains(r.id.as_str()));
    for r in &mut residents {
        r.events.retain(|e| !gone.contains(e.id.as_str()));
        // A record from one side only is put in the same order as a merged one.
        sort_by_date(&mut r.events, |e| e.date, |e| &e.id);
        crate::domain::helpers::stable_sort::sort_by(&mut r.versions, |x, y| {
            (&x.field, &x.at).cmp(&(&y.field, &y.at))
        });
    }
    Register {
        homes,
        residents,
        assessments: union_by(
            &a.assessments,
            &b.assessments,
            base.map(|r| r.assessments.as_slice()),
            |x| x.resident_id.clone(),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        returns: union_by(
            &a.returns,
            &b.returns,
            base.map(|r| r.returns.as_slice()),
            |x| format!("{}\u{1f}{}\u{1f}{}", x.home_id, x.year, x.q),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        outcome_notes: union_by(
            &a.outcome_notes,
            &b.outcome_notes,
            base.map(|r| r.outcome_notes.as_slice()),
            |x| format!("{}\u{1f}{}\u{1f}{}", x.home_id, x.year, x.half),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        // The home's later version of a request wins wherever it was
        // brought in, then the later change.
        round_requests: union_by(
            &a.round_requests,
            &b.round_requests,
            base.map(|r| r.round_requests.as_slice()),
            |x| x.key(),
            |x, y| match x.made_at.cmp(&y.made_at) {
                std::cmp::Ordering::Greater => x.clone(),
                std::cmp::Ordering::Less => y.clone(),
                std::cmp::Ordering::Equal => later(x, y, |v| &v.at).clone(),
            },
        ),
        round_outcomes: union_by(
            &a.round_outcomes,
            &b.round_outcomes,
            base.map(|r| r.round_outcomes.as_slice()),
            |x| x.key(),
            |x, y| later(x, y, |v| &v.at).clone(),
        ),
        removed,
    }
}

/// Every item of both lists, those with the same key merged by `both`;
/// in key order. With a `base`, an item of `a` as `base` has it is left
/// to `b` ([`rebase`]). The keys are text, and the work of pairing and
/// ordering is done once for every type ([`pair_in_order`]), which keeps
/// the full app small (each generic sort and hash map is compiled per
/// type).
fn union_by<T: Clone + PartialEq>(
    a: &[T],
    b: &[T],
    base: Option<&[T]>,
    key: impl Fn(&T) -> String,
    both: impl Fn(&T, &T) -> T,
) -> Vec<T> {
    let ka: Vec<String> = a.iter().map(&key).collect();
    let kb: Vec<String> = b.iter().map(&key).collect();
    let pairs = pair_in_order(&ka, &kb);
    let pairs = match base {
        None => pairs,
        Some(base) => {
            let kbase: Vec<String> = base.iter().map(&key).collect();
            let at = first_of_each(&kbase);
            let as_before: Vec<bool> = ka
                .iter()
                .zip(a)
                .map(|(k, x)| at.get(k.as_str()).is_some_and(|&i| base[i] == *x))
                .collect();
            leave_to_b(pairs, &as_before)
        }
    };
    pairs
        .into_iter()
        .filter_map(|pair| match pair {
            (Some(i), Some(j)) => Some(both(&a[i], &b[j])),
            (Some(i), None) => Some(a[i].clone()),
            (None, Some(j)) => Some(b[j].clone()),
            (None, None) => None,
        })
        .collect()
}

/// Where each key is first in a list.
fn first_of_each(keys: &[String]) -> HashMap<&str, usize> {
    let mut at = HashMap::with_capacity(keys.len());
    for (i, k) in keys.iter().enumerate() {
        at.entry(k.as_str()).or_insert(i);
    }
    at
}

/// The pairs with `a`'s items that are `as_before` left to `b`: `b`'s item
/// alone, or nothing when `b` has none.
fn leave_to_b(
    pairs: Vec<(Option<usize>, Option<usize>)>,
    as_before: &[bool],
) -> Vec<(Option<usize>, Option<usize>)> {
    pairs
        .into_iter()
        .map(|(i, j)| match i {
            Some(i) if as_before[i] => (None, j),
            _ => (i, j),
        })
        .collect()
}

/// The union of two lists of keys, each key once (the first of a list's
/// repeats), in key order: where it is in `a` and where in `b`.
fn pair_in_order(a: &[String], b: &[String]) -> Vec<(Option<usize>, Option<usize>)> {
    let mut at: HashMap<&str, usize> = HashMap::with_capacity(a.len() + b.len());
    let mut out: Vec<(&str, Option<usize>, Option<usize>)> =
        Vec::with_capacity(a.len().max(b.len()));
    for (i, k) in a.iter().enumerate() {
        if !at.contains_key(k.as_str()) {
            at.insert(k, out.len());
            out.push((k, Some(i), None));
        }
    }
    for (j, k) in b.iter().enumerate() {
        match at.get(k.as_str()) {
            Some(&n) => {
                if out[n].2.is_none() {
                    out[n].2 = Some(j);
                }
            }
            None => {
                at.insert(k, out.len());
                out.push((k, None, Some(j)));
            }
        }
    }
    crate::domain::helpers::stable_sort::sort_by(&mut out, |x, y| x.0.cmp(y.0));
    out.into_iter().map(|(_, i, j)| (i, j)).collect()
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

/// Of two removals of one id, the first is kept (any one would do, but it
/// must not depend on the order).
fn earlier_removal(x: &Removed, y: &Removed) -> Removed {
    if x.at <= y.at {
        x.clone()
    } else {
        y.clone()
    }
}

/// Entries of both, once each by id, by date then id.
fn entries<T: Clone + Serialize + PartialEq>(
    a: &[T],
    b: &[T],
    id: impl Fn(&T) -> &str,
    date: impl Fn(&T) -> chrono::NaiveDate,
) -> Vec<T> {
    let mut out = union_by(
        a,
        b,
        None,
        |x| id(x).to_string(),
        |x, y| later(x, y, |_| &ZERO).clone(),
    );
    sort_by_date(&mut out, date, id);
    out
}

/// Whether a resident's history and versions are already in merged order,
/// each once.
fn resident_in_order(r: &Resident) -> bool {
    r.events
        .windows(2)
        .all(|w| (w[0].date, &w[0].id) < (w[1].date, &w[1].id))
        && r.versions
            .windows(2)
            .all(|w| (&w[0].field, &w[0].at) < (&w[1].field, &w[1].at))
}

/// Whether a register is already as a merge leaves it: records by id,
/// entries by date then id, each once, nothing removed still there.
fn in_merged_order(r: &Register) -> bool {
    let removed: HashSet<&str> = r.removed.iter().map(|x| x.id.as_str()).collect();
    let ascending = |ids: Vec<&str>| ids.windows(2).all(|w| w[0] < w[1]);
    ascending(r.homes.iter().map(|h| h.id.as_str()).collect())
        && ascending(r.residents.iter().map(|x| x.id.as_str()).collect())
        && !r.homes.iter().any(|h| removed.contains(h.id.as_str()))
        && !r.residents.iter().any(|x| removed.contains(x.id.as_str()))
        && r.residents.iter().all(|x| {
            resident_in_order(x) && x.events.iter().all(|e| !removed.contains(e.id.as_str()))
        })
        && r.homes.iter().all(|h| {
            h.duties
                .windows(2)
                .all(|w| (w[0].date, &w[0].id) < (w[1].date, &w[1].id))
                && h.duties.iter().all(|d| !removed.contains(d.id.as_str()))
        })
        && r.removed.windows(2).all(|w| w[0].id < w[1].id)
        && keyed_in_order(&r.assessments, |x| x.resident_id.clone())
        && keyed_in_order(&r.returns, |x| {
            format!("{}\u{1f}{}\u{1f}{}", x.home_id, x.year, x.q)
        })
        && keyed_in_order(&r.outcome_notes, |x| {
            format!("{}\u{1f}{}\u{1f}{}", x.home_id, x.year, x.half)
        })
        && keyed_in_order(&r.round_requests, |x| x.key())
        && keyed_in_order(&r.round_outcomes, |x| x.key())
}

fn keyed_in_order<T>(items: &[T], key: impl Fn(&T) -> String) -> bool {
    items.windows(2).all(|w| key(&w[0]) < key(&w[1]))
}

/// Entries by date, then id (the one sort compiled for every list).
fn sort_by_date<T>(
    items: &mut Vec<T>,
    date: impl Fn(&T) -> chrono::NaiveDate,
    id: impl Fn(&T) -> &str,
) {
    crate::domain::helpers::stable_sort::sort_by(items, |x, y| {
        (date(x), id(x)).cmp(&(date(y), id(y)))
    });
}

/// A resident's fields that are checked against each other.
const STAY: [&str; 3] = ["dob", "admitted", "discharged"];

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

/// For each of the record's own fields, the later stamp (a stamp named
/// for another kind of record is not carried: it would be kept from one
/// side and not the other).
fn merge_stamps(
    a: &super::FieldStamps,
    b: &super::FieldStamps,
    fields: &[&str],
) -> super::FieldStamps {
    let mut out = super::FieldStamps::default();
    for f in fields {
        out.set(f, a.get(f).clone().max(b.get(f).clone()));
    }
    out
}

/// Two devices' bed counts: every date either recorded; for a date both
/// recorded, the later stamp's count.
fn merge_beds(a: &[BedChange], b: &[BedChange]) -> Vec<BedChange> {
    let mut out = union_by(
        a,
        b,
        None,
        |x| crate::domain::helpers::date_text::iso(x.changed),
        |x, y| later(x, y, |c| &c.stamp).clone(),
    );
    crate::domain::helpers::stable_sort::sort_by_key(&mut out, |c| c.changed);
    out
}

fn merge_home(a: &Home, b: &Home) -> Home {
    if a == b {
        let mut h = a.clone();
        h.duties = entries(&a.duties, &[], |d: &DutyRecord| &d.id, |d| d.date);
        h.beds = merge_beds(&a.beds, &[]);
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
    h.beds = merge_beds(&a.beds, &b.beds);
    h
}

pub(super) fn merge_resident(a: &Resident, b: &Resident) -> Resident {
    if a == b {
        if resident_in_order(a) {
            return a.clone();
        }
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
    r.made = a.made.clone().max(b.made.clone());
    // The dates of a stay are checked together (born before admitted, left
    // after admitted): taken together from the side that changed them
    // last, so a merge never makes a stay no form would accept. A date the
    // other side changed meanwhile stays in its versions, shown as a
    // conflict.
    let latest = |x: &Resident| {
        STAY.iter()
            .map(|f| x.stamps.get(f).clone())
            .max()
            .unwrap_or_default()
    };
    let text = |x: &Resident| STAY.map(|f| resident_field(x, f)).join(" ");
    let from = match latest(a).cmp(&latest(b)) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal if text(b) > text(a) => b,
        std::cmp::Ordering::Equal => a,
    };
    for f in STAY {
        copy_resident_field(&mut r, from, f);
        r.stamps.set(f, from.stamps.get(f).clone());
    }
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
        None,
        |v: &FieldVersion| format!("{}@{}", v.field, v.at.text()),
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
            for s in h.stamps.stamps().chain(h.beds.iter().map(|b| &b.stamp)) {
                latest = latest.max(s);
            }
            h.duties.iter().for_each(|d| see_id(&d.id));
        }
        for r in &self.residents {
            latest = latest.max(&r.made);
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
            .chain(self.round_requests.iter().map(|n| &n.at))
            .chain(self.round_outcomes.iter().map(|n| &n.at))
            .chain(self.removed.iter().map(|r| &r.at))
        {
            latest = latest.max(s);
        }
        latest.clone().max(made)
    }
}
