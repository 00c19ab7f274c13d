//! Rotherham CCG Care Home Local Enhanced Service, Schedule 2, 2019/20
//! (seed 001) and its scheme overview (seed 003), whose 2020/21 payment
//! uplift is the `rotherham-2020` scheme. The obligations are the same in
//! both years. From 1 October 2020 the national DES also applies (002
//! Appendix 1), so residents admitted from then get its rows too.

use super::{Scheme, Stack, EHCH_DES};
use crate::domain::rules::obligation::{Interval, Obligation, ObligationId, Timing, Trigger};

const OBLIGATIONS: &[Obligation] = &[
    // 001 §3.2; 003 §5: "Within 2 weeks of admission to the home".
    Obligation {
        id: ObligationId::AdmissionAssessment,
        title: "Admission assessment (holistic, incl. mental capacity)",
        trigger: Trigger::Admission,
        timing: Timing::Once(Interval::Days(14)),
        met_by: &[ObligationId::AdmissionAssessment],
        rule: "Within 2 weeks of admission: a holistic assessment including a Mental Capacity \
               Assessment, a medication review, the start of care planning, bone protection and \
               falls risk, and a dementia assessment if appropriate.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §5",
        interpretation: None,
        monitored: None,
        permanent_only: false,
    },
    // 003 §4: "completed within 3 months of admission"; 001 §3.5: not for
    // temporary residents.
    Obligation {
        id: ObligationId::CarePlan,
        title: "Care plan completed",
        trigger: Trigger::Admission,
        timing: Timing::Once(Interval::Months(3)),
        met_by: &[ObligationId::CarePlan],
        rule: "The care plan should be completed within 3 months of admission to the home and \
               then kept up to date. Not required for temporary residents.",
        clause: "Rotherham overview (003) §4; Rotherham 2019/20 (001) §3.5",
        interpretation: None,
        monitored: None,
        permanent_only: true,
    },
    // 001 §3.2; 003 §1: "each patient is 'seen' every 2 months".
    Obligation {
        id: ObligationId::Seen,
        title: "Reviewed with the carer (\u{2018}seen\u{2019})",
        trigger: Trigger::Admission,
        timing: Timing::Every(Interval::Months(2)),
        met_by: &[ObligationId::Seen, ObligationId::LeadGpReview],
        rule: "Every resident reviewed with the carer, and physically seen if needed, every \
               two months.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §1",
        interpretation: Some("A Lead GP review also counts as the resident being seen."),
        monitored: None,
        permanent_only: false,
    },
    // 001 §3.2; 003 §6: "every six months by the Lead GP".
    Obligation {
        id: ObligationId::LeadGpReview,
        title: "Lead GP physical review and care plan review",
        trigger: Trigger::Admission,
        timing: Timing::Every(Interval::Months(6)),
        met_by: &[ObligationId::LeadGpReview],
        rule: "Every resident seen six-monthly by the Lead GP (or a GP familiar with them): a \
               physical review and a review of the care plan.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §6",
        interpretation: None,
        monitored: None,
        permanent_only: false,
    },
    // 001 §3.2; 003 §7: six-monthly medication reviews.
    Obligation {
        id: ObligationId::MedicationReview,
        title: "Medication review",
        trigger: Trigger::Admission,
        timing: Timing::Every(Interval::Months(6)),
        met_by: &[
            ObligationId::MedicationReview,
            ObligationId::Smr,
            ObligationId::AdmissionAssessment,
        ],
        rule: "Six-monthly medication reviews, counted from the last review.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §7",
        interpretation: Some(
            "An SMR is a medication review, and so is the medication review inside the \
             admission assessment (003 \u{a7}5).",
        ),
        monitored: None,
        permanent_only: false,
    },
    // 003 §8: "for each unscheduled admission … To be discussed with Care
    // Home Manager at their regular scheduled meeting"; 003 §2: bi-monthly.
    Obligation {
        id: ObligationId::EmergencyAdmissionReview,
        title: "Emergency hospital admission review",
        trigger: Trigger::EachHospitalAdmission,
        timing: Timing::Once(Interval::Months(2)),
        met_by: &[ObligationId::EmergencyAdmissionReview],
        rule: "A review by the clinician working with the care home staff of each unscheduled \
               admission to hospital, to identify common factors and what might prevent \
               admission, discussed with the care home manager at their regular scheduled \
               meeting.",
        clause: "Rotherham overview (003) §8 and §2",
        interpretation: Some(
            "Each emergency admission to hospital recorded in the register (one recorded as \
             planned is not unscheduled, so needs no review). It is due by the home\u{2019}s next Lead GP and care home manager \
             meeting recorded after it; when none is recorded, 2 months after the admission \
             (the meetings are every 2 months). Each review recorded meets the earliest \
             admission not yet reviewed.",
        ),
        monitored: None,
        permanent_only: false,
    },
];

const HOME_DUTIES: &[Obligation] = &[
    // 001 §3.2; 003 §1 and Appendix 1: "minimum fortnightly".
    Obligation {
        id: ObligationId::PlannedClinic,
        title: "Planned clinic at the home",
        trigger: Trigger::HomeDuty,
        timing: Timing::Every(Interval::Days(14)),
        met_by: &[ObligationId::PlannedClinic],
        rule: "Regular planned clinics at the home (not ward rounds), at least fortnightly, by \
               a GP or suitably qualified clinician.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §1 and Appendix 1",
        interpretation: Some(
            "Fortnightly is read as no more than 14 days after the last clinic held. Until a \
             clinic is recorded, the next one is shown as due today.",
        ),
        monitored: None,
        permanent_only: false,
    },
    // 001 §3.2; 003 §2: "Bi-Monthly review of unplanned admissions".
    Obligation {
        id: ObligationId::LeadGpManagerMeeting,
        title: "Lead GP and care home manager meeting (unplanned admissions)",
        trigger: Trigger::HomeDuty,
        timing: Timing::Every(Interval::Months(2)),
        met_by: &[ObligationId::LeadGpManagerMeeting],
        rule: "The Lead GP (and practice manager if required) meets the care home manager \
               every two months to discuss unplanned admissions, deaths, out-of-hours contacts \
               and significant events.",
        clause: "Rotherham 2019/20 (001) §3.2; Rotherham overview (003) §2",
        interpretation: Some(
            "Bi-monthly is read as every 2 months, not twice a month. Who attended is recorded \
             with each meeting, as evidence for the outcomes report (001 \u{a7}4.1).",
        ),
        monitored: None,
        permanent_only: false,
    },
    // 003 §10: "trained in safeguarding (3-yearly)".
    Obligation {
        id: ObligationId::LeadGpTraining,
        title: "Lead GP safeguarding and Mental Capacity Act training",
        trigger: Trigger::HomeDuty,
        timing: Timing::Every(Interval::Months(36)),
        met_by: &[ObligationId::LeadGpTraining],
        rule: "The Lead GP and all other practice GPs should be trained in safeguarding, every \
               3 years; the section also covers Mental Capacity Act training.",
        clause: "Rotherham overview (003) §10",
        interpretation: Some(
            "Recorded per home for its Lead GP: due 3 years after the last training \
             recorded. Other practice GPs\u{2019} training is not tracked.",
        ),
        monitored: None,
        permanent_only: false,
    },
];

/// The DES applies to residents admitted from 1 October 2020 (002
/// Appendix 1).
const DES_FROM_OCTOBER_2020: Option<Stack> = Some(Stack {
    scheme: &EHCH_DES,
    admitted_from: Some((2020, 10, 1)),
});

pub const ROTHERHAM_2019: Scheme = Scheme {
    id: "rotherham-2019",
    name: "Rotherham Care Home Local Enhanced Service 2019/20",
    short_name: "Rotherham 2019/20",
    commissioner: "NHS Rotherham CCG",
    starts: (2019, 4, 1),
    ends: Some((2020, 3, 31)),
    sources: "Rotherham Schedule 2, 2019/20 (001); scheme overview (003)",
    stacks_on: DES_FROM_OCTOBER_2020,
    temporary_note: None,
    obligations: OBLIGATIONS,
    home_duties: HOME_DUTIES,
};

pub const ROTHERHAM_2020: Scheme = Scheme {
    id: "rotherham-2020",
    name: "Rotherham Care Home Enhanced Service 2020/21 (uplifted payments)",
    short_name: "Rotherham 2020/21",
    commissioner: "NHS Rotherham CCG",
    starts: (2020, 4, 1),
    ends: Some((2021, 3, 31)),
    sources: "Rotherham scheme overview with 2020/21 payments (003); Schedule 2 (001)",
    stacks_on: DES_FROM_OCTOBER_2020,
    temporary_note: None,
    obligations: OBLIGATIONS,
    home_duties: HOME_DUTIES,
};
