//! What an obligation is: the review, plan or home duty a scheme asks for,
//! the event it runs from, how long is allowed, and the rule, clause and any
//! interpretation behind it (docs/rules.md §2 and §3).

use serde::{Deserialize, Serialize};

/// The public ids of obligations; links, files and `data-obligation` use
/// these. The first thirteen are per resident, the last four per home.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObligationId {
    InitialReview,
    Pcsp,
    PcspReadmission,
    Smr,
    MedicationReview,
    MedicinesReconciliation,
    MedicinesReconciliationReadmission,
    PostHospitalReview,
    AdmissionAssessment,
    CarePlan,
    Seen,
    LeadGpReview,
    EmergencyAdmissionReview,
    HomeRound,
    PlannedClinic,
    LeadGpManagerMeeting,
    LeadGpTraining,
}

impl ObligationId {
    /// Every per-resident obligation, in the order forms list them.
    pub const PER_RESIDENT: [ObligationId; 13] = [
        ObligationId::InitialReview,
        ObligationId::Pcsp,
        ObligationId::PcspReadmission,
        ObligationId::Smr,
        ObligationId::MedicationReview,
        ObligationId::MedicinesReconciliation,
        ObligationId::MedicinesReconciliationReadmission,
        ObligationId::PostHospitalReview,
        ObligationId::AdmissionAssessment,
        ObligationId::CarePlan,
        ObligationId::Seen,
        ObligationId::LeadGpReview,
        ObligationId::EmergencyAdmissionReview,
    ];

    /// Every per-home duty (docs/rules.md §3).
    pub const PER_HOME: [ObligationId; 4] = [
        ObligationId::HomeRound,
        ObligationId::PlannedClinic,
        ObligationId::LeadGpManagerMeeting,
        ObligationId::LeadGpTraining,
    ];

    /// The id as used in links, files and `data-obligation`.
    pub fn as_str(self) -> &'static str {
        match self {
            ObligationId::InitialReview => "initial-review",
            ObligationId::Pcsp => "pcsp",
            ObligationId::PcspReadmission => "pcsp-readmission",
            ObligationId::Smr => "smr",
            ObligationId::MedicationReview => "medication-review",
            ObligationId::MedicinesReconciliation => "medicines-reconciliation",
            ObligationId::MedicinesReconciliationReadmission => {
                "medicines-reconciliation-readmission"
            }
            ObligationId::PostHospitalReview => "post-hospital-review",
            ObligationId::AdmissionAssessment => "admission-assessment",
            ObligationId::CarePlan => "care-plan",
            ObligationId::Seen => "seen",
            ObligationId::LeadGpReview => "lead-gp-review",
            ObligationId::EmergencyAdmissionReview => "emergency-admission-review",
            ObligationId::HomeRound => "home-round",
            ObligationId::PlannedClinic => "planned-clinic",
            ObligationId::LeadGpManagerMeeting => "lead-gp-manager-meeting",
            ObligationId::LeadGpTraining => "lead-gp-training",
        }
    }

    pub fn parse(text: &str) -> Option<ObligationId> {
        Self::PER_RESIDENT
            .into_iter()
            .chain(Self::PER_HOME)
            .find(|id| id.as_str() == text)
    }

    /// True for the duties of a home rather than of a resident.
    pub fn is_per_home(self) -> bool {
        Self::PER_HOME.contains(&self)
    }

    /// The thing done, as in "the last …": "review with the carer".
    pub fn noun(self) -> &'static str {
        match self {
            ObligationId::InitialReview => "initial review",
            ObligationId::Pcsp | ObligationId::PcspReadmission => {
                "personalised care and support plan"
            }
            ObligationId::Smr => "structured medication review",
            ObligationId::MedicationReview => "medication review",
            ObligationId::MedicinesReconciliation
            | ObligationId::MedicinesReconciliationReadmission => "medicines reconciliation",
            ObligationId::PostHospitalReview => "review after hospital",
            ObligationId::AdmissionAssessment => {
                "admission assessment (with its medication review)"
            }
            ObligationId::CarePlan => "care plan",
            ObligationId::Seen => "review with the carer",
            ObligationId::LeadGpReview => "Lead GP review",
            ObligationId::EmergencyAdmissionReview => "emergency admission review",
            ObligationId::HomeRound => "home round",
            ObligationId::PlannedClinic => "planned clinic",
            ObligationId::LeadGpManagerMeeting => "Lead GP and care home manager meeting",
            ObligationId::LeadGpTraining => "Lead GP training",
        }
    }

    /// What the user records as done, e.g. "structured medication review".
    pub fn done_label(self) -> &'static str {
        match self {
            ObligationId::InitialReview => "initial review",
            ObligationId::Pcsp => "personalised care and support plan agreed (admission)",
            ObligationId::PcspReadmission => {
                "personalised care and support plan agreed after re-admission"
            }
            ObligationId::Smr => "structured medication review",
            ObligationId::MedicationReview => "medication review",
            ObligationId::MedicinesReconciliation => "medicines reconciliation on admission",
            ObligationId::MedicinesReconciliationReadmission => {
                "medicines reconciliation after a return from hospital"
            }
            ObligationId::PostHospitalReview => "medical and care plan review after hospital",
            ObligationId::AdmissionAssessment => "admission assessment",
            ObligationId::CarePlan => "care plan completed",
            ObligationId::Seen => "reviewed with the carer (seen)",
            ObligationId::LeadGpReview => "Lead GP review",
            ObligationId::EmergencyAdmissionReview => "emergency hospital admission review",
            ObligationId::HomeRound => "weekly home round held",
            ObligationId::PlannedClinic => "planned clinic held at the home",
            ObligationId::LeadGpManagerMeeting => {
                "Lead GP and care home manager meeting on unplanned admissions"
            }
            ObligationId::LeadGpTraining => "Lead GP safeguarding and Mental Capacity Act training",
        }
    }
}

/// The event an obligation's time runs from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    /// The admission to the home.
    Admission,
    /// The later of the admission and the date the practice was informed of
    /// it: never from before the resident arrived (LSC 000 §2.6).
    LaterOfAdmissionAndInformed,
    /// The latest return to the home from hospital (a re-admission, and a
    /// move between care settings). Applies only when there has been one.
    ReturnFromHospital,
    /// Each admission to hospital recorded: one row each, due by the home's
    /// next Lead GP and manager meeting after it, else after the interval
    /// (Rotherham 003 §8 and §2).
    EachHospitalAdmission,
    /// A duty of the home: runs from the last time it was held.
    HomeDuty,
}

impl Trigger {
    /// The trigger in words, for the rules page.
    pub fn describe(self) -> &'static str {
        match self {
            Trigger::Admission => "Admission to the home",
            Trigger::LaterOfAdmissionAndInformed => {
                "Admission to the home, counted from the later of the admission and the date \
                 the practice was informed"
            }
            Trigger::ReturnFromHospital => {
                "Each return to the home from hospital (the latest one is shown)"
            }
            Trigger::EachHospitalAdmission => "Each emergency admission to hospital recorded",
            Trigger::HomeDuty => "The last time it was held or done (a duty of the home)",
        }
    }
}

/// How long is allowed after the trigger. Every due date is inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Interval {
    /// The N-th working day strictly after the anchor.
    WorkingDays(u32),
    /// N calendar days after the anchor ("within 2 weeks" is 14).
    Days(u32),
    /// N calendar months, clamped to the end of a shorter month.
    Months(u32),
}

impl Interval {
    /// "7 working days", "2 weeks (14 days)", "6 months", "3 years".
    pub fn describe(self) -> String {
        match self {
            Interval::WorkingDays(1) => "1 working day".into(),
            Interval::WorkingDays(n) => format!("{n} working days"),
            Interval::Days(7) => "1 week (7 days)".into(),
            Interval::Days(14) => "2 weeks (14 days)".into(),
            Interval::Days(n) => format!("{n} days"),
            Interval::Months(1) => "1 month".into(),
            Interval::Months(n) if n % 12 == 0 && n > 12 => format!("{} years", n / 12),
            Interval::Months(n) => format!("{n} months"),
        }
    }
}

/// Whether an obligation happens once per trigger or repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// Once, within the interval after the trigger.
    Once(Interval),
    /// Repeats: the interval after the last record that counts, else after
    /// the trigger.
    Every(Interval),
    /// The first within the first interval after the trigger (a record from
    /// before the trigger does not count), then no longer than the second
    /// interval after the last (the SMR: 002 §4.4.1).
    FirstThenEvery(Interval, Interval),
}

impl Timing {
    pub fn is_recurring(self) -> bool {
        !matches!(self, Timing::Once(_))
    }

    /// "Within 7 working days", "Every 6 months", "First within 7 working
    /// days, then every 12 months".
    pub fn describe(self) -> String {
        match self {
            Timing::Once(i) => format!("Once, within {}", i.describe()),
            Timing::Every(i) => format!("Every {}", i.describe()),
            Timing::FirstThenEvery(first, then) => format!(
                "First within {}, then no more than {} after the last",
                first.describe(),
                then.describe()
            ),
        }
    }
}

/// A second date a row shows beside its due date, for monitoring.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Monitored {
    /// Counted from the admission.
    pub interval: Interval,
    /// What the date is, e.g. "Monitored date (section 6.1)".
    pub label: &'static str,
}

/// One obligation of a scheme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Obligation {
    pub id: ObligationId,
    /// What the user sees, e.g. "Initial review".
    pub title: &'static str,
    pub trigger: Trigger,
    pub timing: Timing,
    /// The records that meet it: for a one-off, a record on or after the
    /// trigger; for a repeating one, the latest record restarts it.
    pub met_by: &'static [ObligationId],
    /// The rule in plain English.
    pub rule: &'static str,
    /// Where the rule comes from: document and clause.
    pub clause: &'static str,
    /// Where the seed is silent or ambiguous: what the tool does and why.
    pub interpretation: Option<&'static str>,
    /// When the informed date is later than the admission, a second date
    /// counted from the admission itself (LSC 000 §6.1).
    pub monitored: Option<Monitored>,
    /// True when temporary residents are excluded (Rotherham care plan).
    pub permanent_only: bool,
}

impl Obligation {
    /// True for reviews that repeat from the last one done.
    pub fn is_recurring(&self) -> bool {
        self.timing.is_recurring()
    }

    /// The time allowed, in words, for the rules page: "Once, within 7
    /// working days"; a review per hospital admission says it is due by the
    /// next meeting (Rotherham 003 §8, §2).
    pub fn timing_text(&self) -> String {
        match (self.trigger, self.timing) {
            (Trigger::EachHospitalAdmission, Timing::Once(i)) => format!(
                "By the home\u{2019}s next Lead GP and care home manager meeting; if none is recorded, within {}",
                i.describe()
            ),
            (_, t) => t.describe(),
        }
    }

    /// The interval counted from the trigger for the first (or only) time.
    pub fn first_interval(&self) -> Interval {
        match self.timing {
            Timing::Once(i) | Timing::Every(i) | Timing::FirstThenEvery(i, _) => i,
        }
    }
}
