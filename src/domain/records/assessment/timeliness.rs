//! Whether the assessment was done within the scheme's deadline, and what
//! completing it records in the resident's history.

use chrono::NaiveDate;

use crate::domain::records::register::EventKind;
use crate::domain::rules::calendar::{Calendar, OutOfRange};
use crate::domain::rules::deadlines::{deadlines, ResidentFacts};
use crate::domain::rules::obligation::ObligationId;
use crate::domain::rules::schemes::Scheme;

use super::model::Assessment;

/// The obligation the admission assessment meets under each scheme: LSC's
/// initial review (000 §2.6), Rotherham's admission assessment (003 §5), the
/// DES's CGA-based PCSP (002 Appendix 1 (b)(i)).
pub fn assessment_obligation(scheme: &'static Scheme) -> Option<ObligationId> {
    [
        ObligationId::InitialReview,
        ObligationId::AdmissionAssessment,
        ObligationId::Pcsp,
    ]
    .into_iter()
    .find(|id| scheme.obligation(*id).is_some())
}

/// The deadline the assessment is judged against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentDue {
    pub obligation: ObligationId,
    pub title: &'static str,
    pub due: NaiveDate,
    /// "7 working days after the date the practice was informed (…)".
    pub explanation: String,
    pub clause: &'static str,
}

pub fn assessment_due(
    scheme: &'static Scheme,
    facts: &ResidentFacts,
    calendar: &Calendar,
) -> Result<Option<AssessmentDue>, OutOfRange> {
    let Some(id) = assessment_obligation(scheme) else {
        return Ok(None);
    };
    let report = deadlines(scheme, facts, facts.admitted, calendar);
    if report.unavailable.iter().any(|u| u.obligation.id == id) {
        return Err(OutOfRange {
            date: facts.admitted,
        });
    }
    Ok(report
        .deadlines
        .into_iter()
        .find(|d| d.obligation.id == id)
        .map(|d| AssessmentDue {
            obligation: id,
            title: d.obligation.title,
            explanation: d.explanation(),
            clause: d.obligation.clause,
            due: d.due,
        }))
}

/// On time, or how late in working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timeliness {
    OnTime,
    Late { working_days: i64 },
}

impl Timeliness {
    pub fn text(self) -> String {
        match self {
            Timeliness::OnTime => "On time".into(),
            Timeliness::Late { working_days: 1 } => "1 working day late".into(),
            Timeliness::Late { working_days } => format!("{working_days} working days late"),
        }
    }
}

/// Done on `done` against `due` (inclusive): late by the working days after
/// the due date up to and including the day it was done.
pub fn timeliness(
    due: NaiveDate,
    done: NaiveDate,
    calendar: &Calendar,
) -> Result<Timeliness, OutOfRange> {
    if done <= due {
        return Ok(Timeliness::OnTime);
    }
    Ok(Timeliness::Late {
        working_days: calendar.working_days_between(due, done)?.max(1),
    })
}

/// What completing the assessment records in the resident's history: the
/// scheme's assessment obligation, the medication review it contains, and
/// the PCSP when agreed.
pub fn events_on_completion(a: &Assessment, scheme: &'static Scheme) -> Vec<EventKind> {
    let mut out = Vec::new();
    if let Some(id) = assessment_obligation(scheme) {
        if id != ObligationId::Pcsp {
            out.push(EventKind::Done(id));
        }
    }
    if super::items::Item::Medication.is_filled(a) {
        out.push(EventKind::Done(ObligationId::MedicationReview));
    }
    if a.pcsp_agreed {
        out.push(EventKind::Done(ObligationId::Pcsp));
    }
    out
}
