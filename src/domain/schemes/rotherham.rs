//! Rotherham CCG Care Home Local Enhanced Service, Schedule 2, 2019/20
//! (seed 001) and its scheme overview (seed 003), whose 2020/21 payment
//! uplift is the `rotherham-2020` scheme. The per-resident obligations are
//! the same in both years.

use super::Scheme;
use crate::domain::obligation::{Anchor, Interval, Obligation, ObligationId};

const OBLIGATIONS: &[Obligation] = &[
    Obligation {
        id: ObligationId::AdmissionAssessment,
        title: "Admission assessment (holistic, incl. mental capacity)",
        anchor: Anchor::Admission,
        interval: Interval::Days(14),
        rule: "Within 2 weeks of admission: a holistic assessment including a Mental Capacity \
               Assessment, a medication review, the start of care planning, bone protection and \
               falls risk, and a dementia assessment if appropriate.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §5",
        permanent_only: false,
    },
    Obligation {
        id: ObligationId::CarePlan,
        title: "Care plan completed",
        anchor: Anchor::Admission,
        interval: Interval::Months(3),
        rule: "The care plan should be completed within 3 months of admission to the home and \
               then kept up to date. Not required for temporary residents.",
        clause: "Rotherham overview (003) §4; Rotherham 2019/20 (001) §3.5",
        permanent_only: true,
    },
    Obligation {
        id: ObligationId::Seen,
        title: "Reviewed with the carer (\u{2018}seen\u{2019})",
        anchor: Anchor::LastDoneElseAdmission(&[ObligationId::Seen, ObligationId::LeadGpReview]),
        interval: Interval::Months(2),
        rule: "Every resident reviewed with the carer, and physically seen if needed, every \
               two months; a Lead GP review also counts as being seen.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §1",
        permanent_only: false,
    },
    Obligation {
        id: ObligationId::LeadGpReview,
        title: "Lead GP physical review and care plan review",
        anchor: Anchor::LastDoneElseAdmission(&[ObligationId::LeadGpReview]),
        interval: Interval::Months(6),
        rule: "Every resident seen six-monthly by the Lead GP (or a GP familiar with them): a \
               physical review and a review of the care plan.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §6",
        permanent_only: false,
    },
    Obligation {
        id: ObligationId::MedicationReview,
        title: "Medication review",
        anchor: Anchor::LastDoneElseAdmission(&[ObligationId::MedicationReview, ObligationId::Smr]),
        interval: Interval::Months(6),
        rule: "Six-monthly medication reviews, counted from the last review (an SMR is a \
               medication review).",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §7",
        permanent_only: false,
    },
];

pub const ROTHERHAM_2019: Scheme = Scheme {
    id: "rotherham-2019",
    name: "Rotherham Care Home Local Enhanced Service 2019/20",
    commissioner: "NHS Rotherham CCG",
    starts: (2019, 4, 1),
    ends: Some((2020, 3, 31)),
    sources: "Rotherham Schedule 2, 2019/20 (001); scheme overview (003)",
    obligations: OBLIGATIONS,
};

pub const ROTHERHAM_2020: Scheme = Scheme {
    id: "rotherham-2020",
    name: "Rotherham Care Home Enhanced Service 2020/21 (uplifted payments)",
    commissioner: "NHS Rotherham CCG",
    starts: (2020, 4, 1),
    ends: Some((2021, 3, 31)),
    sources: "Rotherham scheme overview with 2020/21 payments (003); Schedule 2 (001)",
    obligations: OBLIGATIONS,
};
