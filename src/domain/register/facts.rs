//! From a resident's history to what the deadline engine needs.

use crate::domain::deadlines::ResidentFacts;

use super::model::{EventKind, Resident};

/// The engine's view of a resident: the latest return from hospital is the
/// re-admission; the latest date each review was done restarts it.
pub fn facts(resident: &Resident) -> ResidentFacts {
    let mut f = ResidentFacts {
        admitted: resident.admitted,
        informed: resident.informed,
        readmitted: None,
        temporary: resident.temporary,
        done: Default::default(),
    };
    for e in &resident.events {
        match e.kind {
            EventKind::ReturnFromHospital => {
                if f.readmitted.is_none_or(|r| e.date > r) {
                    f.readmitted = Some(e.date);
                }
            }
            EventKind::Done(id) => {
                if f.done.get(&id).is_none_or(|d| e.date > *d) {
                    f.done.insert(id, e.date);
                }
            }
            EventKind::HospitalAdmission => {}
        }
    }
    f
}
