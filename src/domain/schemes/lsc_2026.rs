//! Lancashire and South Cumbria ICB, Local Enhanced Service Specification:
//! Enhanced Care Home Service, 1 April 2026 to 31 March 2027 (seed 000).
//! It builds on the DES (000 §2.6.1, §2.7), so the DES obligations are part
//! of it.

use super::ehch_des::{DES_PCSP, DES_SMR};
use super::Scheme;
use crate::domain::obligation::{Anchor, Interval, Obligation, ObligationId};

pub const LSC_2026: Scheme = Scheme {
    id: "lsc-2026",
    name: "Lancashire and South Cumbria Enhanced Care Home Service 2026/27",
    commissioner: "NHS Lancashire and South Cumbria ICB",
    starts: (2026, 4, 1),
    ends: Some((2027, 3, 31)),
    sources: "LSC Local Enhanced Service Specification 2026/27 (000); EHCH framework (002)",
    obligations: &[
        Obligation {
            id: ObligationId::InitialReview,
            title: "Initial review (mental health, frailty, medication, information gathering)",
            anchor: Anchor::InformedElseAdmission,
            interval: Interval::WorkingDays(7),
            rule: "Initial review within 7 working days of the practice being informed of the \
                   admission: a mental health assessment, a frailty screen, a medication review \
                   and information gathering.",
            clause: "LSC 2026/27 (000) §2.6 and §6.1",
            permanent_only: false,
        },
        Obligation {
            clause: "EHCH framework (002) Appendix 1 (b)(i); LSC 2026/27 (000) §2.6.1",
            ..DES_PCSP
        },
        Obligation {
            clause: "EHCH framework (002) §4.4.1; LSC 2026/27 (000) §2.7",
            ..DES_SMR
        },
        Obligation {
            id: ObligationId::MedicationReview,
            title: "Medication review or SMR",
            anchor: Anchor::LastDoneElseAdmission(&[
                ObligationId::MedicationReview,
                ObligationId::Smr,
            ]),
            interval: Interval::Months(6),
            rule: "A medication review or structured medication review every six months, \
                   counted from the last of either (an SMR is a medication review).",
            clause: "LSC 2026/27 (000) §2.7 and §6.2",
            permanent_only: false,
        },
        Obligation {
            id: ObligationId::MedicinesReconciliation,
            title: "Medicines reconciliation",
            anchor: Anchor::ReturnFromHospital,
            interval: Interval::AtOnce,
            rule: "Medicines reconciliation each time the resident moves between care \
                   settings, such as a return from hospital: due at once.",
            clause: "LSC 2026/27 (000) §2.7 and §6.3",
            permanent_only: false,
        },
        Obligation {
            id: ObligationId::PostHospitalReview,
            title: "Medical review and care plan review after hospital",
            anchor: Anchor::ReturnFromHospital,
            interval: Interval::AtOnce,
            rule: "After an emergency or elective hospital admission, a medical review, a review \
                   of the care plan and medicines reconciliation: due at once on return.",
            clause: "LSC 2026/27 (000) §2.7 and §6.4",
            permanent_only: false,
        },
    ],
};
