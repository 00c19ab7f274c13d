//! The national baseline: NHS England, The Framework for Enhanced Health in
//! Care Homes, version 2 (seed 002), with the Network Contract DES
//! requirements in its Appendix 1; summarised for practices in seed 004.
//! Local schemes stack on it (docs/rules.md §2, "Schemes stack").

use super::Scheme;
use crate::domain::rules::obligation::{Interval, Obligation, ObligationId, Timing, Trigger};

pub const EHCH_DES: Scheme = Scheme {
    id: "ehch-des",
    name: "Enhanced Health in Care Homes (Network Contract DES, national)",
    short_name: "National DES",
    commissioner: "NHS England",
    // 002 Appendix 1: "From 1 October 2020, a PCN must: a. deliver a weekly
    // 'home round' … b. … develop and refresh … a personalised care and
    // support plan".
    starts: (2020, 10, 1),
    ends: None,
    sources: "EHCH framework v2 (002), Appendix 1; DES summary (004)",
    stacks_on: None,
    temporary_note: None,
    obligations: &[
        // 002 Appendix 1 (b)(i): "within seven working days of admission to
        // the home and within seven working days of readmission following a
        // hospital episode": two targets.
        Obligation {
            id: ObligationId::Pcsp,
            title: "Personalised care and support plan (PCSP) after admission",
            trigger: Trigger::Admission,
            timing: Timing::Once(Interval::WorkingDays(7)),
            met_by: &[ObligationId::Pcsp],
            rule: "Develop and agree a personalised care and support plan, based on a \
                   Comprehensive Geriatric Assessment, within 7 working days of admission to \
                   the home.",
            clause: "EHCH framework (002) Appendix 1 (b)(i)",
            interpretation: None,
            monitored: None,
            permanent_only: false,
        },
        Obligation {
            id: ObligationId::PcspReadmission,
            title: "PCSP after re-admission from hospital",
            trigger: Trigger::ReturnFromHospital,
            timing: Timing::Once(Interval::WorkingDays(7)),
            met_by: &[ObligationId::PcspReadmission, ObligationId::Pcsp],
            rule: "Develop and agree (refresh) the personalised care and support plan within 7 \
                   working days of re-admission to the home following a hospital episode. This \
                   is a second target: it does not replace the plan due after admission.",
            clause: "EHCH framework (002) Appendix 1 (b)(i)",
            interpretation: Some(
                "A plan agreed on or after the return (recorded as either PCSP) meets this \
                 target. An admission plan that was never agreed stays open: the seed sets two \
                 separate targets.",
            ),
            monitored: None,
            permanent_only: false,
        },
        // 002 §4.3.2, §4.4.1: the first SMR is part of the CGA-based
        // assessment; "SMR should be no longer than one year apart".
        Obligation {
            id: ObligationId::Smr,
            title: "Structured medication review (SMR)",
            trigger: Trigger::Admission,
            timing: Timing::FirstThenEvery(Interval::WorkingDays(7), Interval::Months(12)),
            met_by: &[ObligationId::Smr],
            rule: "A structured medication review forms part of the CGA-based assessment on \
                   admission, so the first is due with the PCSP; thereafter SMRs should be no \
                   longer than one year apart.",
            clause: "EHCH framework (002) §4.3.2 and §4.4.1",
            interpretation: Some(
                "The first SMR is due with the admission PCSP, 7 working days after admission. \
                 An SMR recorded before the admission does not count as the first.",
            ),
            monitored: None,
            permanent_only: false,
        },
    ],
    home_duties: &[Obligation {
        id: ObligationId::HomeRound,
        title: "Weekly home round",
        trigger: Trigger::HomeDuty,
        timing: Timing::Every(Interval::Days(7)),
        met_by: &[ObligationId::HomeRound],
        rule: "The aligned PCN delivers a weekly multidisciplinary home round, residents \
               prioritised for review in advance according to need.",
        clause: "EHCH framework (002) Appendix 1 (a); DES summary (004)",
        interpretation: Some(
            "Weekly is read as no more than 7 days after the last round held. Until a round \
             is recorded, the next one is shown as due today.",
        ),
        monitored: None,
        permanent_only: false,
    }],
};
