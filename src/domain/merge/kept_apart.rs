//! Two different people under one record id are kept apart, never merged
//! (issue 22, item 3). Ids made by the app are random, so this happens
//! only with ids from older files ("r1" on two devices) or a record copied
//! by hand: the two records were made apart ([`Resident::made`]: the save
//! that made each, or for a record from before, a making derived from its
//! id, NHS number and date of birth as first read). Merging them would put
//! one person's reviews in another's history; keeping them apart and
//! listing both for the user to check is safe.
//!
//! The decision reads only the makings, which no change or merge alters,
//! so it is the same whatever order copies meet in: of the records made
//! apart under one id, the one made first keeps the id, and each other is
//! kept under `<id>~<16 hex digits>`, the digits derived from its making,
//! with its assessment. Both are listed ([`Register::kept_apart`]).

use crate::domain::records::register::{Register, Resident};

/// What separates a kept-apart record's id from the id it came with.
const MARK: char = '~';

/// Whether `a` and `b`, sharing an id, are two records made apart.
pub fn different_people(a: &Resident, b: &Resident) -> bool {
    !a.made.is_zero() && !b.made.is_zero() && a.made != b.made
}

fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The id a record made apart is kept under.
fn apart_id(r: &Resident) -> String {
    format!("{}{MARK}{:016x}", first_id(&r.id), fnv(&r.made.text()))
}

/// The id a record came with (itself unless it was kept apart).
pub fn first_id(id: &str) -> &str {
    id.split(MARK).next().unwrap_or(id)
}

/// Copies of `a` and `b` in which, wherever the two hold records made
/// apart under one id, the one made later has moved to its own id (with
/// its assessment); `None` when there is no such pair.
pub fn kept_apart(a: &Register, b: &Register) -> Option<(Register, Register)> {
    let by_id: std::collections::HashMap<&str, &Resident> =
        b.residents.iter().map(|r| (r.id.as_str(), r)).collect();
    // The one made later moves, unless it is already where it would
    // move to (a copy of a record kept apart whose making was lost):
    // then the other does.
    let pairs: Vec<(String, bool)> = a
        .residents
        .iter()
        .filter_map(|x| {
            let y = by_id.get(x.id.as_str())?;
            if !different_people(x, y) {
                return None;
            }
            let later_is_x = x.made > y.made;
            let (later, earlier) = if later_is_x { (x, *y) } else { (*y, x) };
            let move_x = if apart_id(later) != later.id {
                later_is_x
            } else if apart_id(earlier) != earlier.id {
                !later_is_x
            } else {
                return None;
            };
            Some((x.id.clone(), move_x))
        })
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let (mut a, mut b) = (a.clone(), b.clone());
    for (id, move_a) in pairs {
        let side = if move_a { &mut a } else { &mut b };
        side.move_apart(&id);
    }
    Some((a, b))
}

/// For [`super::rebase`]: where a resident `mine` changed since `base` (their
/// record, assessment or a round outcome) and one of `onto` are two people
/// made apart under one id, the three copies with the one made later moved
/// to its own id, as a merge moves it ([`kept_apart`]), so that the two are
/// never merged into one; `None` when there is no such pair (almost always).
pub(super) fn kept_apart_in_rebase(
    mine: &Register,
    base: &Register,
    onto: &Register,
) -> Option<[Register; 3]> {
    let by_id: std::collections::HashMap<&str, &Resident> =
        onto.residents.iter().map(|r| (r.id.as_str(), r)).collect();
    let changed = Register {
        residents: mine
            .residents
            .iter()
            .filter(|r| {
                by_id
                    .get(r.id.as_str())
                    .is_some_and(|o| different_people(r, o))
                    && changed_since(r, mine, base)
            })
            .cloned()
            .collect(),
        ..Register::default()
    };
    let (moved, onto) = kept_apart(&changed, onto)?;
    let (mut mine, mut base) = (mine.clone(), base.clone());
    for r in &changed.residents {
        if moved.resident(&r.id).is_none_or(|m| m.made != r.made) {
            mine.move_apart(&r.id);
            if base.resident(&r.id).is_some_and(|b| b.made == r.made) {
                base.move_apart(&r.id);
            }
        }
    }
    Some([mine, base, onto])
}

/// Whether `mine` changed the resident `r` since `base`: their record,
/// their assessment or a round outcome recorded for them.
fn changed_since(r: &Resident, mine: &Register, base: &Register) -> bool {
    let outcomes = |x: &Register| -> Vec<crate::domain::records::round::RoundOutcome> {
        x.round_outcomes
            .iter()
            .filter(|o| o.resident_id == r.id)
            .cloned()
            .collect()
    };
    base.resident(&r.id) != Some(r)
        || mine.assessment(&r.id) != base.assessment(&r.id)
        || outcomes(mine) != outcomes(base)
}

impl Register {
    /// Move the resident `id` to the id it is kept apart under, with its
    /// assessment; merged with a record already there (the same making).
    fn move_apart(&mut self, id: &str) {
        let Some(r) = self.resident(id) else {
            return;
        };
        let new = apart_id(r);
        self.move_resident(id, &new);
    }

    /// A person both under the id they came with and under the id a file
    /// had kept them apart under, as one record under the first. Only
    /// [`super::rebase`] leaves a register so: another tab undid the file
    /// (its copy from before has the person under the first id) while this
    /// tab was typing in the record the file had moved. Two people are
    /// never folded: they were made apart, and the file's person, if this
    /// tab typed in them too, was kept apart from this one first
    /// ([`kept_apart_in_rebase`]).
    pub(super) fn fold_copies_kept_apart(&mut self) -> bool {
        let twins: Vec<(String, String)> = self
            .residents
            .iter()
            .filter(|r| r.id.contains(MARK) && !r.made.is_zero())
            .filter_map(|r| {
                let first = self.resident(first_id(&r.id))?;
                (first.made == r.made).then(|| (r.id.clone(), first.id.clone()))
            })
            .collect();
        for (apart, first) in &twins {
            self.move_resident(apart, first);
        }
        !twins.is_empty()
    }

    /// Move the resident `id` to `new`, with their assessment and round
    /// outcomes; merged with a record already there (the same person).
    fn move_resident(&mut self, id: &str, new: &str) {
        let Some(i) = self.residents.iter().position(|r| r.id == id) else {
            return;
        };
        if new == id {
            return;
        }
        let new = new.to_string();
        for x in self.assessments.iter_mut().filter(|x| x.resident_id == id) {
            x.resident_id.clone_from(&new);
        }
        // The round outcomes recorded for this person go with them (one per
        // round: the later, should both have one).
        for x in self
            .round_outcomes
            .iter_mut()
            .filter(|x| x.resident_id == id)
        {
            x.resident_id.clone_from(&new);
        }
        let mut kept: Vec<crate::domain::records::round::RoundOutcome> = Vec::new();
        for o in std::mem::take(&mut self.round_outcomes) {
            match kept.iter_mut().find(|k| k.key() == o.key()) {
                Some(k) if o.at > k.at => *k = o,
                Some(_) => {}
                None => kept.push(o),
            }
        }
        self.round_outcomes = kept;
        match self.residents.iter().position(|r| r.id == new) {
            Some(j) => {
                let moved = self.residents.remove(i);
                let j = if j > i { j - 1 } else { j };
                let mut merged = super::register::merge_resident(&self.residents[j], &moved);
                merged.id.clone_from(&new);
                self.residents[j] = merged;
                // One assessment per resident: the later of the two.
                let mut best: Option<usize> = None;
                for (k, x) in self.assessments.iter().enumerate() {
                    if x.resident_id == new && best.is_none_or(|b| x.at > self.assessments[b].at) {
                        best = Some(k);
                    }
                }
                let mut k = 0;
                self.assessments.retain(|x| {
                    let keep = x.resident_id != new || Some(k) == best;
                    k += 1;
                    keep
                });
            }
            None => self.residents[i].id = new,
        }
    }

    /// This register with each resident that `merged` kept apart under
    /// the id it moved to there; `None` when none was.
    pub fn as_kept_apart_in(&self, merged: &Register) -> Option<Register> {
        // Ids kept apart in the merge and not here (almost always none).
        let here: std::collections::HashSet<&str> =
            self.residents.iter().map(|r| r.id.as_str()).collect();
        let apart: std::collections::HashSet<&str> = merged
            .residents
            .iter()
            .map(|r| r.id.as_str())
            .filter(|id| id.contains(MARK) && !here.contains(id))
            .collect();
        if apart.is_empty() {
            return None;
        }
        let moved: Vec<String> = self
            .residents
            .iter()
            .filter(|r| !r.id.contains(MARK) && apart.contains(apart_id(r).as_str()))
            .map(|r| r.id.clone())
            .collect();
        if moved.is_empty() {
            return None;
        }
        let mut out = self.clone();
        for id in moved {
            out.move_apart(&id);
        }
        Some(out)
    }

    /// Residents kept apart from another with the same id, each with that
    /// other (when it is still here), for the user to check.
    pub fn kept_apart(&self) -> Vec<(&Resident, Option<&Resident>)> {
        self.residents
            .iter()
            .filter(|r| r.id.contains(MARK))
            .map(|r| {
                let first = first_id(&r.id);
                (r, self.residents.iter().find(|o| o.id == first))
            })
            .collect()
    }
}
