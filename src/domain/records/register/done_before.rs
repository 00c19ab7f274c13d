//! Reviews and plans already done when a resident is added (issue 23): a
//! home set up with residents already living there would otherwise show
//! every review overdue by months, each to be marked done one at a time.
//! The "Add a resident" form asks for them as the calculator does, and
//! they go into the resident's history.

use chrono::NaiveDate;

use super::model::{Event, EventKind, Register, Resident};
use crate::domain::formats::due_link::DueField;
use crate::domain::helpers::date_text::DateParts;
use crate::domain::rules::obligation::ObligationId as O;
use crate::domain::rules::schemes::Scheme;

/// The reviews and plans a new resident may already have had, in the
/// calculator's order; those after a return from hospital are left out (a
/// new resident has had no stay recorded yet).
const ASKED: [O; 9] = [
    O::InitialReview,
    O::Pcsp,
    O::AdmissionAssessment,
    O::CarePlan,
    O::MedicinesReconciliation,
    O::Smr,
    O::MedicationReview,
    O::Seen,
    O::LeadGpReview,
];

/// What the form asks for under `scheme`: each review's id, the key of
/// its field ("last-smr") and its label.
pub fn asked_for(scheme: Option<&'static Scheme>) -> Vec<(O, &'static str, &'static str)> {
    ASKED
        .into_iter()
        .map(DueField::Done)
        .filter(|f| f.applies_to(scheme))
        .filter_map(|f| Some((f.done_obligation()?, f.key(), f.label())))
        .collect()
}

/// A problem with one of the dates: the review and the message.
pub type DoneProblem = (O, String);

/// The dates typed, checked: each today or before; one done once after
/// admission not before the admission. Blank ones are left out.
pub fn check_done_before(
    typed: &[(O, DateParts)],
    admitted: NaiveDate,
    today: NaiveDate,
) -> Result<Vec<(O, NaiveDate)>, Vec<DoneProblem>> {
    let mut done = Vec::new();
    let mut problems = Vec::new();
    for (id, parts) in typed {
        if parts.is_empty() {
            continue;
        }
        let label = DueField::Done(*id).label();
        match parts.past_event(label, today) {
            Err((message, _)) => problems.push((*id, message)),
            Ok(d)
                if d < admitted && crate::domain::formats::due_link::once_after_admission(*id) =>
            {
                problems.push((
                    *id,
                    format!("{label} must be the same as or after the date of admission"),
                ))
            }
            Ok(d) => done.push((*id, d)),
        }
    }
    if problems.is_empty() {
        Ok(done)
    } else {
        Err(problems)
    }
}

impl Register {
    /// The scheme in force at the home `home_id`.
    pub fn scheme_of_home(&self, home_id: &str) -> Option<&'static Scheme> {
        self.homes
            .iter()
            .find(|h| h.id == home_id)
            .and_then(|h| Scheme::by_id(&h.scheme))
    }

    /// Add a resident with the reviews already done, each in their
    /// history as done on its date ("by" left blank: not known).
    pub fn add_resident_with_done(&mut self, mut r: Resident, done: &[(O, NaiveDate)]) {
        for (id, date) in done {
            r.events.push(Event {
                id: String::new(),
                date: *date,
                kind: EventKind::Done(*id),
                by: String::new(),
            });
        }
        crate::domain::helpers::stable_sort::sort_by_key(&mut r.events, |e| e.date);
        self.add_resident(r);
    }
}
