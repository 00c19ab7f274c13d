//! The admission assessment: the union of what the schemes ask for
//! (docs/rules.md §4), as one record per resident.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::four_at::FourAt;
use crate::domain::helpers::date_text::DateParts;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Medication {
    /// Number of medicines, as typed.
    pub count: String,
    pub changes: String,
    pub next_review: DateParts,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CapacityOutcome {
    HasCapacity,
    LacksCapacity,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Capacity {
    /// The decision assessed.
    pub decision: String,
    pub outcome: Option<CapacityOutcome>,
    /// Lasting power of attorney for health and welfare in place.
    pub lpa_health: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Dementia {
    pub findings: String,
    /// Referred on the local pathway (000 §2.9).
    pub referred: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub place_of_care: String,
    pub place_of_death: String,
    /// Advance care plan recorded.
    pub advance_care_plan: Option<bool>,
    /// Consent to share recorded (000 §2.8).
    pub consent_to_share: Option<bool>,
}

/// The Comprehensive Geriatric Assessment domains (002 Appendix 1 (b)(iii)).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CgaDomains {
    pub physical: String,
    pub psychological: String,
    pub functional: String,
    pub social: String,
    pub environmental: String,
    pub end_of_life: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Participants {
    pub resident: bool,
    pub family: bool,
    pub carer: bool,
    pub care_home_staff: bool,
}

impl Participants {
    pub fn any(&self) -> bool {
        self.resident || self.family || self.carer || self.care_home_staff
    }

    pub fn names(&self) -> Vec<&'static str> {
        [
            (self.resident, "resident"),
            (self.family, "family"),
            (self.carer, "carer"),
            (self.care_home_staff, "care home staff"),
        ]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| n)
        .collect()
    }
}

/// One resident's admission assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    pub resident_id: String,
    pub mental_health: String,
    /// Clinical Frailty Scale level 1 to 9 (version 2.0).
    pub frailty: Option<u8>,
    pub medication: Medication,
    /// Sources of information gathered.
    pub information_sources: String,
    pub capacity: Capacity,
    pub bone_falls: String,
    pub dementia: Dementia,
    pub delirium: FourAt,
    pub psychosocial: String,
    pub preferences: Preferences,
    pub cga: CgaDomains,
    pub oral_health: String,
    pub hydration_nutrition: String,
    pub continence: String,
    pub what_matters: String,
    pub participants: Participants,
    /// Done remotely (000 §2.6.1), and why that was clinically appropriate.
    pub remote: Option<bool>,
    pub remote_reason: String,
    /// The personalised care and support plan was agreed.
    pub pcsp_agreed: bool,
    pub assessor_name: String,
    pub assessor_role: String,
    pub date: DateParts,
    /// Set when completed: the assessment date.
    pub completed_on: Option<NaiveDate>,
    /// When it was last changed (merging keeps the later, `domain::merge`).
    #[serde(skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub at: crate::domain::stamps::Stamp,
}

/// A short description of each Clinical Frailty Scale level, in our own
/// words: the scale's own text and pictures are copyright (Dalhousie
/// University, docs/rules.md §4), so the form shows these beside the
/// number and links to the official scale.
pub fn frailty_label(level: u8) -> Option<&'static str> {
    Some(match level {
        1 => "robust, active and energetic",
        2 => "well, with no active disease symptoms",
        3 => "medical problems well controlled",
        4 => "slowed up or tired, not dependent on others",
        5 => "needs help with higher-level daily tasks",
        6 => "needs help with all outside tasks and with housework",
        7 => "dependent on others for personal care",
        8 => "completely dependent, approaching the end of life",
        9 => "life expectancy under six months",
        _ => return None,
    })
}
