//! Lancashire and South Cumbria ICB, Local Enhanced Service Specification:
//! Enhanced Care Home Service, 1 April 2026 to 31 March 2027 (seed 000).
//! It builds on the DES (000 §2.6.1, §2.7), so it stacks on `ehch-des`.

use super::{Scheme, Stack, EHCH_DES};
use crate::domain::rules::obligation::{
    Interval, Monitored, Obligation, ObligationId, Timing, Trigger,
};

/// The seed gives no timescale for medicines reconciliation (000 §2.7).
const RECONCILIATION_INTERPRETATION: &str =
    "The specification gives no timescale. The tool uses 7 calendar days from the practice \
     being told of the move, as NICE quality standard QS120 (statement 5) sets for primary care.";

pub const LSC_2026: Scheme = Scheme {
    id: "lsc-2026",
    name: "Lancashire and South Cumbria Enhanced Care Home Service 2026/27",
    short_name: "LSC 2026/27",
    commissioner: "NHS Lancashire and South Cumbria ICB",
    starts: (2026, 4, 1),
    ends: Some((2027, 3, 31)),
    sources: "LSC Local Enhanced Service Specification 2026/27 (000); EHCH framework (002)",
    // 000 §2.6.1: "over and above the DES requirement"; §2.7 "as per DES".
    stacks_on: Some(Stack {
        scheme: &EHCH_DES,
        admitted_from: None,
    }),
    // 000 §1.2 covers "permanent or temporary" residents; §2.15 says
    // "registered permanently".
    temporary_note: Some(
        "The LSC specification conflicts with itself on temporary residents: section 1.2 \
         covers \u{201c}permanent or temporary\u{201d} residents, section 2.15 those \
         \u{201c}registered permanently\u{201d}. The tool applies every LSC deadline to \
         temporary residents too.",
    ),
    obligations: &[
        // 000 §2.6: "upon admission … within 7 working days of the practice
        // being informed"; §6.1 monitors "within 7 working days of admission".
        Obligation {
            id: ObligationId::InitialReview,
            title: "Initial review (mental health, frailty, medication, information gathering)",
            trigger: Trigger::LaterOfAdmissionAndInformed,
            timing: Timing::Once(Interval::WorkingDays(7)),
            met_by: &[ObligationId::InitialReview],
            rule: "Initial review within 7 working days of the practice being informed of the \
                   admission: a mental health assessment, a frailty screen, a medication review \
                   and information gathering.",
            clause: "LSC 2026/27 (000) §2.6 and §6.1",
            interpretation: Some(
                "Counted from the later of the admission and the date the practice was \
                 informed: a review cannot be due before the resident arrives (an informed date \
                 before the admission is a planned move). When the practice was informed after \
                 the admission, the row also shows the date section 6.1 monitors, 7 working \
                 days after the admission.",
            ),
            monitored: Some(Monitored {
                interval: Interval::WorkingDays(7),
                label: "Monitored date (000 \u{a7}6.1, 7 working days after admission)",
            }),
            permanent_only: false,
        },
        // 000 §2.7 and §6.2: six-monthly, "a medication review or structured
        // medication review".
        Obligation {
            id: ObligationId::MedicationReview,
            title: "Medication review or SMR",
            trigger: Trigger::Admission,
            timing: Timing::Every(Interval::Months(6)),
            met_by: &[
                ObligationId::MedicationReview,
                ObligationId::Smr,
                ObligationId::InitialReview,
            ],
            rule: "A medication review or structured medication review every six months, \
                   counted from the last of either (an SMR is a medication review).",
            clause: "LSC 2026/27 (000) §2.7 and §6.2",
            interpretation: Some(
                "The medication review inside the initial review (000 \u{a7}2.6) counts as the \
                 last medication review.",
            ),
            monitored: None,
            permanent_only: false,
        },
        // 000 §2.7 and §6.3: "each time a patient moves between different
        // care settings": the admission to the home, and each return.
        Obligation {
            id: ObligationId::MedicinesReconciliation,
            title: "Medicines reconciliation on admission",
            trigger: Trigger::LaterOfAdmissionAndInformed,
            timing: Timing::Once(Interval::Days(7)),
            met_by: &[ObligationId::MedicinesReconciliation],
            rule: "Medicines reconciliation each time the resident moves between care \
                   settings: here, the move into the home.",
            clause: "LSC 2026/27 (000) §2.7 and §6.3",
            interpretation: Some(RECONCILIATION_INTERPRETATION),
            monitored: None,
            permanent_only: false,
        },
        Obligation {
            id: ObligationId::MedicinesReconciliationReadmission,
            title: "Medicines reconciliation after hospital",
            trigger: Trigger::ReturnFromHospital,
            timing: Timing::Once(Interval::Days(7)),
            met_by: &[ObligationId::MedicinesReconciliationReadmission],
            rule: "Medicines reconciliation each time the resident moves between care \
                   settings: here, the latest return from hospital.",
            clause: "LSC 2026/27 (000) §2.7 and §6.3",
            interpretation: Some(RECONCILIATION_INTERPRETATION),
            monitored: None,
            permanent_only: false,
        },
        // 000 §2.7 and §6.4: no timescale given.
        Obligation {
            id: ObligationId::PostHospitalReview,
            title: "Medical review and care plan review after hospital",
            trigger: Trigger::ReturnFromHospital,
            timing: Timing::Once(Interval::WorkingDays(7)),
            met_by: &[ObligationId::PostHospitalReview],
            rule: "After an emergency or elective hospital admission, a medical review, a review \
                   of the care plan and medicines reconciliation.",
            clause: "LSC 2026/27 (000) §2.7 and §6.4",
            interpretation: Some(
                "The specification gives no timescale. The tool uses 7 working days after the \
                 return, in step with the PCSP after re-admission (000, opening list: \
                 \u{201c}within 7 working days of admission or re-admission\u{201d}).",
            ),
            monitored: None,
            permanent_only: false,
        },
    ],
    home_duties: &[],
};
