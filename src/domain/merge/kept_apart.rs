//! Two different people under one record id are kept apart, never merged
//! (issue 22, item 3). Ids made by the app are random, so this happens
//! only with ids from older files ("r1" on two devices) or a record copied
//! by hand: the two records were made apart ([`Resident::made`]) and have
//! different NHS numbers. Merging them would put one person's reviews in
//! another's history. (The NHS number alone decides, not the name too: a
//! record kept apart is listed to check, which is safe; two people merged
//! is not.)
//!
//! The one with the greater NHS number is kept under `<id>~<16 hex
//! digits>`, the digits derived from its NHS number, with its assessment;
//! both are listed for the user to check ([`Register::kept_apart`]). The
//! rule depends only on the two records and not on their names, so a
//! person renamed on a device that never saw the other still goes to the
//! same place, and copies brought in any order end the same.

use crate::domain::register::{Register, Resident};

/// What separates a kept-apart record's id from the id it came with.
const MARK: char = '~';

/// Whether `a` and `b`, sharing an id, are two different people: made
/// apart (neither is a copy of the other) and with different NHS numbers.
/// Two makings with one NHS number are one person (the same resident in
/// two older files), merged as usual.
pub fn different_people(a: &Resident, b: &Resident) -> bool {
    !a.made.is_zero() && !b.made.is_zero() && a.made != b.made && a.nhs_number != b.nhs_number
}

/// The id the second of two different people is kept under.
fn apart_id(r: &Resident) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in r.nhs_number.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{}{MARK}{h:016x}", r.id)
}

/// The id a record came with (itself unless it was kept apart).
pub fn first_id(id: &str) -> &str {
    id.split(MARK).next().unwrap_or(id)
}

/// Copies of `a` and `b` in which, wherever the two hold different people
/// under one id, the one with the greater NHS number has moved to its own
/// id (with its assessment); `None` when there is no such pair.
pub fn kept_apart(a: &Register, b: &Register) -> Option<(Register, Register)> {
    let by_id: std::collections::HashMap<&str, &Resident> =
        b.residents.iter().map(|r| (r.id.as_str(), r)).collect();
    let pairs: Vec<(String, bool)> = a
        .residents
        .iter()
        .filter_map(|x| {
            let y = by_id.get(x.id.as_str())?;
            different_people(x, y).then(|| (x.id.clone(), x.nhs_number > y.nhs_number))
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

impl Register {
    /// Move the resident `id` to its own id, with its assessment.
    fn move_apart(&mut self, id: &str) {
        let Some(r) = self.residents.iter_mut().find(|r| r.id == id) else {
            return;
        };
        let new = apart_id(r);
        r.id.clone_from(&new);
        for x in self.assessments.iter_mut().filter(|x| x.resident_id == id) {
            x.resident_id.clone_from(&new);
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
