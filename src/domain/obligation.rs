//! What an obligation is: the review or plan a resident must have, the event
//! it runs from, how long is allowed, and the rule and clause behind it.

use serde::{Deserialize, Serialize};

/// The public ids of per-resident obligations; links and files use these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObligationId {
    InitialReview,
    Pcsp,
    Smr,
    MedicationReview,
    MedicinesReconciliation,
    PostHospitalReview,
    AdmissionAssessment,
    CarePlan,
    Seen,
    LeadGpReview,
}

impl ObligationId {
    pub const ALL: [ObligationId; 10] = [
        ObligationId::InitialReview,
        ObligationId::Pcsp,
        ObligationId::Smr,
        ObligationId::MedicationReview,
        ObligationId::MedicinesReconciliation,
        ObligationId::PostHospitalReview,
        ObligationId::AdmissionAssessment,
        ObligationId::CarePlan,
        ObligationId::Seen,
        ObligationId::LeadGpReview,
    ];

    /// The id as used in links, files and `data-obligation`.
    pub fn as_str(self) -> &'static str {
        match self {
            ObligationId::InitialReview => "initial-review",
            ObligationId::Pcsp => "pcsp",
            ObligationId::Smr => "smr",
            ObligationId::MedicationReview => "medication-review",
            ObligationId::MedicinesReconciliation => "medicines-reconciliation",
            ObligationId::PostHospitalReview => "post-hospital-review",
            ObligationId::AdmissionAssessment => "admission-assessment",
            ObligationId::CarePlan => "care-plan",
            ObligationId::Seen => "seen",
            ObligationId::LeadGpReview => "lead-gp-review",
        }
    }

    pub fn parse(text: &str) -> Option<ObligationId> {
        Self::ALL.into_iter().find(|id| id.as_str() == text)
    }
}

/// The event an obligation's time runs from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The date the practice was informed of the admission, else the
    /// admission date (LSC 000 §2.6 says "of the practice being informed";
    /// §6.1 says "of admission": the informed date is used where known).
    InformedElseAdmission,
    /// The later of admission and the latest re-admission after a hospital
    /// episode.
    LatestAdmission,
    /// The admission date.
    Admission,
    /// The latest done date of any of these reviews, else the admission.
    LastDoneElseAdmission(&'static [ObligationId]),
    /// The return from hospital (the latest re-admission). Applies only
    /// when there has been one.
    ReturnFromHospital,
}

/// How long is allowed after the anchor. Every due date is inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interval {
    /// The N-th working day strictly after the anchor.
    WorkingDays(u32),
    /// N calendar days after the anchor ("within 2 weeks" is 14).
    Days(u32),
    /// N calendar months, clamped to the end of a shorter month.
    Months(u32),
    /// Due on the day of the event itself.
    AtOnce,
}

impl Interval {
    /// "7 working days", "2 weeks (14 days)", "6 months", "at once".
    pub fn describe(self) -> String {
        match self {
            Interval::WorkingDays(1) => "1 working day".into(),
            Interval::WorkingDays(n) => format!("{n} working days"),
            Interval::Days(14) => "2 weeks (14 days)".into(),
            Interval::Days(n) => format!("{n} days"),
            Interval::Months(1) => "1 month".into(),
            Interval::Months(12) => "12 months".into(),
            Interval::Months(n) => format!("{n} months"),
            Interval::AtOnce => "at once".into(),
        }
    }
}

/// One obligation of a scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Obligation {
    pub id: ObligationId,
    /// What the user sees, e.g. "Initial review".
    pub title: &'static str,
    pub anchor: Anchor,
    pub interval: Interval,
    /// The rule in plain English.
    pub rule: &'static str,
    /// Where the rule comes from: document and clause.
    pub clause: &'static str,
    /// True when temporary residents are excluded (Rotherham care plan).
    pub permanent_only: bool,
}

impl Obligation {
    /// True for reviews that repeat from the last one done.
    pub fn is_recurring(&self) -> bool {
        matches!(self.anchor, Anchor::LastDoneElseAdmission(_))
    }
}
