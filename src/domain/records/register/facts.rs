//! From a resident's history (and their home's meetings) to what the
//! deadline engine needs.

use crate::domain::rules::deadlines::ResidentFacts;

use super::model::{EventKind, Home, Resident};

/// The engine's view of a resident: the latest return from hospital is the
/// re-admission; every admission to hospital and every review recorded are
/// kept; the home's Lead GP and manager meetings date the emergency
/// admission reviews (Rotherham 003 §8 and §2).
pub fn facts(resident: &Resident, home: Option<&Home>) -> ResidentFacts {
    let mut f = ResidentFacts {
        admitted: resident.admitted,
        informed: resident.informed,
        temporary: resident.temporary,
        meetings: home.map(Home::meeting_dates).unwrap_or_default(),
        records: Vec::with_capacity(resident.events.len()),
        ..ResidentFacts::default()
    };
    for e in &resident.events {
        match &e.kind {
            EventKind::ReturnFromHospital => {
                if f.readmitted.is_none_or(|r| e.date > r) {
                    f.readmitted = Some(e.date);
                }
            }
            // Only an emergency admission calls for the emergency admission
            // review (003 §8); a planned stay is followed through its
            // return from hospital, as every stay is (domain rules 6.1).
            EventKind::HospitalAdmission => f.hospital_admissions.push(e.date),
            EventKind::ElectiveAdmission => {}
            EventKind::Done(id) => f.record(*id, e.date),
            EventKind::DetailsChanged(_) | EventKind::Recorded(_) => {}
        }
    }
    f
}
