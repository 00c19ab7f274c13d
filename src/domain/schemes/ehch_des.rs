//! The national baseline: NHS England, The Framework for Enhanced Health in
//! Care Homes, version 2 (seed 002), with the Network Contract DES
//! requirements in its Appendix 1; summarised for practices in seed 004.

use super::Scheme;
use crate::domain::obligation::{Anchor, Interval, Obligation, ObligationId};

/// PCSP within 7 working days of admission or re-admission.
pub(crate) const DES_PCSP: Obligation = Obligation {
    id: ObligationId::Pcsp,
    title: "Personalised care and support plan (PCSP)",
    anchor: Anchor::LatestAdmission,
    interval: Interval::WorkingDays(7),
    rule: "Develop and agree a personalised care and support plan, based on a Comprehensive \
           Geriatric Assessment, within 7 working days of admission to the home or of \
           re-admission following a hospital episode.",
    clause: "EHCH framework (002) Appendix 1 (b)(i)",
    permanent_only: false,
};

/// SMRs no longer than 12 months apart.
pub(crate) const DES_SMR: Obligation = Obligation {
    id: ObligationId::Smr,
    title: "Structured medication review (SMR)",
    anchor: Anchor::LastDoneElseAdmission(&[ObligationId::Smr]),
    interval: Interval::Months(12),
    rule: "Structured medication reviews should be no longer than one year apart, the first \
           alongside the CGA-based assessment on admission.",
    clause: "EHCH framework (002) §4.4.1",
    permanent_only: false,
};

pub const EHCH_DES: Scheme = Scheme {
    id: "ehch-des",
    name: "Enhanced Health in Care Homes (Network Contract DES, national)",
    commissioner: "NHS England",
    // Appendix 1: the home-round and PCSP requirements run from 1 October 2020.
    starts: (2020, 10, 1),
    ends: None,
    sources: "EHCH framework v2 (002), Appendix 1; DES summary (004)",
    obligations: &[DES_PCSP, DES_SMR],
};
