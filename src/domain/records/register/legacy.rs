//! Entries from files made before entries had ids (register version 1,
//! backup versions 1 and 2) get an id derived from what they say: the same
//! entry in two such files gets the same id, so bringing both in keeps it
//! once ("union by value"), and two identical entries of one person (two
//! reviews on one day by the same person) stay two.

use crate::domain::records::register::Register;

/// FNV-1a, 64 bits: small, stable across builds and machines.
fn fnv(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// `v<16 hex digits>`, from the owner, what the entry says, and how many
/// identical entries come before it.
fn derived(owner: &str, what: &str, nth: usize) -> String {
    format!("v{:016x}", fnv(&[owner, what, &nth.to_string()]))
}

/// What an entry says, as text: its date, kind and the rest of its fields.
fn event_text(e: &crate::domain::records::register::Event) -> String {
    use crate::domain::records::register::EventKind;
    let mut out = crate::domain::helpers::date_text::iso(e.date);
    let (kind, detail) = match &e.kind {
        EventKind::HospitalAdmission => ("hospital-admission", ""),
        EventKind::ElectiveAdmission => ("hospital-admission", "elective"),
        EventKind::ReturnFromHospital => ("return-from-hospital", ""),
        EventKind::Done(id) => ("done", id.as_str()),
        EventKind::DetailsChanged(what) => ("details-changed", what.as_str()),
        EventKind::Recorded(m) => ("metric", m.key()),
    };
    for part in [kind, detail, &e.by] {
        out.push('\u{1f}');
        out.push_str(part);
    }
    out
}

/// Give every entry without an id one derived from what it says.
pub fn fill_legacy_ids(register: &mut Register) {
    for r in &mut register.residents {
        if r.events.iter().all(|e| !e.id.is_empty()) {
            continue;
        }
        let mut seen: Vec<String> = Vec::new();
        for e in &mut r.events {
            if !e.id.is_empty() {
                continue;
            }
            let what = event_text(e);
            let nth = seen.iter().filter(|s| **s == what).count();
            e.id = derived(&r.id, &what, nth);
            seen.push(what);
        }
    }
    for h in &mut register.homes {
        let mut seen: Vec<String> = Vec::new();
        for d in &mut h.duties {
            if !d.id.is_empty() {
                continue;
            }
            let what = [
                crate::domain::helpers::date_text::iso(d.date).as_str(),
                d.duty.as_str(),
                &d.by,
                &d.attended,
            ]
            .join("\u{1f}");
            let nth = seen.iter().filter(|s| **s == what).count();
            d.id = derived(&h.id, &what, nth);
            seen.push(what);
        }
    }
}

/// Give every resident read without a making ([`Resident::made`]: one
/// saved before makings were kept, or from a file made before) one derived
/// from its id, and for an id from an older file ("r1") also its NHS
/// number and date of birth: the same record read on two devices is made
/// the same way, while two people under one older id on two devices are
/// made apart, and kept apart when merged (`merge::kept_apart`).
///
/// [`Resident::made`]: crate::domain::records::register::Resident::made
pub fn fill_legacy_made(register: &mut Register) {
    for r in &mut register.residents {
        if r.made.is_zero() {
            let dob = r.date_of_birth.map(crate::domain::helpers::date_text::iso);
            r.made = crate::domain::stamps::Stamp {
                ms: 0,
                n: 0,
                // An id the app made (16 hex digits, random) is the
                // record's alone: made from it, every copy of the record
                // is made the same way, whatever was corrected. An older
                // file's id ("r1") may name two people on two devices.
                device: if r.id.len() == 16 && r.id.bytes().all(|b| b.is_ascii_hexdigit()) {
                    format!("v{:016x}", fnv(&[&r.id]))
                } else {
                    format!(
                        "v{:016x}",
                        fnv(&[&r.id, &r.nhs_number, dob.as_deref().unwrap_or("")])
                    )
                },
            };
        }
    }
}
