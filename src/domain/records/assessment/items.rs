//! What the admission assessment holds, item by item, with the schemes that
//! require each (docs/rules.md §4), and how complete an assessment is for
//! a resident's scheme.

use super::model::Assessment;
use crate::domain::helpers::date_text::DateEntry;

/// One item of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Item {
    MentalHealth,
    Frailty,
    Medication,
    InformationGathering,
    MentalCapacity,
    BoneFalls,
    Dementia,
    Delirium,
    Psychosocial,
    Preferences,
    CgaPhysical,
    CgaPsychological,
    CgaFunctional,
    CgaSocial,
    CgaEnvironmental,
    CgaEndOfLife,
    OralHealth,
    HydrationNutrition,
    Continence,
    WhatMatters,
    Remote,
    Assessor,
}

/// An item's label, the field a checklist links to, and who requires it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemInfo {
    pub item: Item,
    pub label: &'static str,
    /// The id of the first input of the item.
    pub field_id: &'static str,
    /// The schemes that require it (ids); empty when recorded by choice.
    pub required_by: &'static [&'static str],
    pub clause: &'static str,
}

const LSC: &str = "lsc-2026";
const DES: &str = "ehch-des";
const R19: &str = "rotherham-2019";
const R20: &str = "rotherham-2020";

pub const ITEMS: [ItemInfo; 22] = [
    ItemInfo {
        item: Item::MentalHealth,
        label: "Mental health assessment",
        field_id: "a-mental-health",
        required_by: &[LSC],
        clause: "LSC 2026/27 (000) \u{a7}2.6, \u{a7}6.1",
    },
    ItemInfo {
        item: Item::Frailty,
        label: "Frailty screen (Clinical Frailty Scale)",
        field_id: "a-frailty",
        required_by: &[LSC],
        clause: "LSC 2026/27 (000) \u{a7}2.6; Appendix 1 (Rockwood score)",
    },
    ItemInfo {
        item: Item::Medication,
        label: "Medication review",
        field_id: "a-medication-count",
        required_by: &[LSC, R19, R20],
        clause: "LSC (000) \u{a7}2.6; Rotherham (003) \u{a7}5",
    },
    ItemInfo {
        item: Item::InformationGathering,
        label: "Information gathering (sources)",
        field_id: "a-information",
        required_by: &[LSC],
        clause: "LSC 2026/27 (000) \u{a7}2.6",
    },
    ItemInfo {
        item: Item::MentalCapacity,
        label: "Mental capacity assessment",
        field_id: "a-capacity-decision",
        required_by: &[R19, R20],
        clause: "Rotherham (003) \u{a7}5",
    },
    ItemInfo {
        item: Item::BoneFalls,
        label: "Bone protection and falls risk",
        field_id: "a-bone-falls",
        required_by: &[R19, R20],
        clause: "Rotherham (003) \u{a7}5; LSC (000) Appendix 1",
    },
    ItemInfo {
        item: Item::Dementia,
        label: "Dementia assessment and referral",
        field_id: "a-dementia",
        required_by: &[R19, R20],
        clause: "Rotherham (003) \u{a7}5 (if appropriate); LSC (000) \u{a7}2.9",
    },
    ItemInfo {
        item: Item::Delirium,
        label: "Delirium (4AT)",
        field_id: "a-4at-alertness-0",
        required_by: &[],
        clause: "LSC (000) Appendix 1 (for those with acute confusion)",
    },
    ItemInfo {
        item: Item::Psychosocial,
        label: "Psychosocial assessment",
        field_id: "a-psychosocial",
        required_by: &[],
        clause: "LSC (000) Appendix 1",
    },
    ItemInfo {
        item: Item::Preferences,
        label: "Preferred place of care and death, advance care plan, consent to share",
        field_id: "a-place-of-care",
        required_by: &[],
        clause: "LSC (000) \u{a7}2.8 (where appropriate), Appendix 1",
    },
    ItemInfo {
        item: Item::CgaPhysical,
        label: "Physical needs",
        field_id: "a-cga-physical",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) Appendix 1 (b)(iii)",
    },
    ItemInfo {
        item: Item::CgaPsychological,
        label: "Psychological needs",
        field_id: "a-cga-psychological",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) Appendix 1 (b)(iii)",
    },
    ItemInfo {
        item: Item::CgaFunctional,
        label: "Functional needs",
        field_id: "a-cga-functional",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) Appendix 1 (b)(iii)",
    },
    ItemInfo {
        item: Item::CgaSocial,
        label: "Social needs",
        field_id: "a-cga-social",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) Appendix 1 (b)(iii)",
    },
    ItemInfo {
        item: Item::CgaEnvironmental,
        label: "Environmental needs",
        field_id: "a-cga-environmental",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) Appendix 1 (b)(iii)",
    },
    ItemInfo {
        item: Item::CgaEndOfLife,
        label: "End-of-life care needs",
        field_id: "a-cga-end-of-life",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) Appendix 1 (b)(iii)",
    },
    ItemInfo {
        item: Item::OralHealth,
        label: "Oral health",
        field_id: "a-oral-health",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) \u{a7}4.6",
    },
    ItemInfo {
        item: Item::HydrationNutrition,
        label: "Hydration and nutrition",
        field_id: "a-hydration",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) \u{a7}4.5",
    },
    ItemInfo {
        item: Item::Continence,
        label: "Continence",
        field_id: "a-continence",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) \u{a7}5.4",
    },
    ItemInfo {
        item: Item::WhatMatters,
        label: "What matters to the resident, and who took part",
        field_id: "a-what-matters",
        required_by: &[DES, LSC],
        clause: "EHCH framework (002) \u{a7}4.3.3",
    },
    ItemInfo {
        item: Item::Remote,
        label: "Whether done remotely, and why that was appropriate",
        field_id: "a-remote-no",
        required_by: &[LSC],
        clause: "LSC 2026/27 (000) \u{a7}2.6.1",
    },
    ItemInfo {
        item: Item::Assessor,
        label: "Assessor name, role and date",
        field_id: "a-assessor-name",
        required_by: &[DES, LSC, R19, R20],
        clause: "All schemes",
    },
];

fn text(s: &str) -> bool {
    !s.trim().is_empty()
}

impl Item {
    pub fn info(self) -> &'static ItemInfo {
        ITEMS
            .iter()
            .find(|i| i.item == self)
            .expect("every item is in ITEMS")
    }

    /// True when the item holds what it needs.
    pub fn is_filled(self, a: &Assessment) -> bool {
        match self {
            Item::MentalHealth => text(&a.mental_health),
            Item::Frailty => a.frailty.is_some_and(|l| (1..=9).contains(&l)),
            Item::Medication => text(&a.medication.count) && text(&a.medication.changes),
            Item::InformationGathering => text(&a.information_sources),
            Item::MentalCapacity => {
                text(&a.capacity.decision)
                    && a.capacity.outcome.is_some()
                    && a.capacity.lpa_health.is_some()
            }
            Item::BoneFalls => text(&a.bone_falls),
            Item::Dementia => text(&a.dementia.findings) && a.dementia.referred.is_some(),
            Item::Delirium => a.delirium.total().is_some(),
            Item::Psychosocial => text(&a.psychosocial),
            Item::Preferences => {
                text(&a.preferences.place_of_care)
                    && text(&a.preferences.place_of_death)
                    && a.preferences.advance_care_plan.is_some()
                    && a.preferences.consent_to_share.is_some()
            }
            Item::CgaPhysical => text(&a.cga.physical),
            Item::CgaPsychological => text(&a.cga.psychological),
            Item::CgaFunctional => text(&a.cga.functional),
            Item::CgaSocial => text(&a.cga.social),
            Item::CgaEnvironmental => text(&a.cga.environmental),
            Item::CgaEndOfLife => text(&a.cga.end_of_life),
            Item::OralHealth => text(&a.oral_health),
            Item::HydrationNutrition => text(&a.hydration_nutrition),
            Item::Continence => text(&a.continence),
            Item::WhatMatters => text(&a.what_matters) && a.participants.any(),
            Item::Remote => match a.remote {
                Some(true) => text(&a.remote_reason),
                Some(false) => true,
                None => false,
            },
            Item::Assessor => {
                text(&a.assessor_name)
                    && text(&a.assessor_role)
                    && matches!(a.date.entry("Date"), DateEntry::Valid(_))
            }
        }
    }
}

/// The items a scheme requires, in the order of the form.
pub fn required_for(scheme_id: &str) -> Vec<&'static ItemInfo> {
    ITEMS
        .iter()
        .filter(|i| i.required_by.contains(&scheme_id))
        .collect()
}

/// The required items still missing for the resident's scheme.
pub fn missing(a: &Assessment, scheme_id: &str) -> Vec<&'static ItemInfo> {
    required_for(scheme_id)
        .into_iter()
        .filter(|i| !i.item.is_filled(a))
        .collect()
}
