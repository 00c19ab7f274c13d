//! The agreement as the template lays it out (004), plus the aligned PCN and
//! the scheme in force.

use serde::{Deserialize, Serialize};

use crate::domain::helpers::date_text::DateParts;

/// Type of service, as the template offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceType {
    Residential,
    Nursing,
    #[serde(rename = "ld")]
    LearningDisability,
}

impl ServiceType {
    pub const ALL: [ServiceType; 3] = [
        ServiceType::Residential,
        ServiceType::Nursing,
        ServiceType::LearningDisability,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ServiceType::Residential => "Residential",
            ServiceType::Nursing => "Nursing",
            ServiceType::LearningDisability => "LD (learning disability)",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ServiceType::Residential => "residential",
            ServiceType::Nursing => "nursing",
            ServiceType::LearningDisability => "ld",
        }
    }
}

/// How the weekly care home round is held.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundMode {
    Virtual,
    FaceToFace,
    Other,
}

impl RoundMode {
    pub const ALL: [RoundMode; 3] = [RoundMode::Virtual, RoundMode::FaceToFace, RoundMode::Other];

    pub fn label(self) -> &'static str {
        match self {
            RoundMode::Virtual => "Virtual",
            RoundMode::FaceToFace => "Face-to-face",
            RoundMode::Other => "Other",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            RoundMode::Virtual => "virtual",
            RoundMode::FaceToFace => "face-to-face",
            RoundMode::Other => "other",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CareHomeDetails {
    pub name: String,
    pub service_type: Option<ServiceType>,
    /// Care home manager or designated person.
    pub manager: String,
    pub telephone: String,
    pub email: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PracticeDetails {
    pub name: String,
    /// Designated point of contact.
    pub contact: String,
    pub telephone: String,
    pub email: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClinicalLead {
    pub name: String,
    pub telephone: String,
    pub email: String,
    /// Profession or role.
    pub role: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WeeklyRound {
    /// "Monday" to "Sunday", or empty.
    pub day: String,
    /// As typed, e.g. "10:30".
    pub time: String,
    pub mode: Option<RoundMode>,
    /// "Other, please specify".
    pub other: String,
    /// How long before the round the home sends the residents' information:
    /// 24 or 48 hours (004: "24 or 48 hours in advance"); optional.
    pub notice_hours: Option<u32>,
}

/// The four "seamless processes", each a confirmation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Seamless {
    /// Secure communication: NHS email, proxy access, consent for record sharing.
    pub secure_communication: bool,
    /// Agreed process for contacting and disseminating care plan changes.
    pub care_plan_changes: bool,
    /// Designated person at the home and at the practice.
    pub designated_people: bool,
    /// Residents for the round identified in advance, information in time.
    pub residents_identified: bool,
}

impl Seamless {
    pub fn all_confirmed(&self) -> bool {
        self.secure_communication
            && self.care_plan_changes
            && self.designated_people
            && self.residents_identified
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignOff {
    pub name: String,
    pub role: String,
    pub date: DateParts,
}

/// One agreement between a care home and its aligned practice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    /// Stable id, kept across export and import.
    pub id: String,
    /// When it was last changed, ISO 8601 (UTC), e.g. "2026-11-22T10:30:00Z".
    pub edited_at: String,
    pub care_home: CareHomeDetails,
    pub practice: PracticeDetails,
    pub clinical_lead: ClinicalLead,
    /// Information sharing and coding systems in place (Y / N).
    pub information_sharing: Option<bool>,
    pub round: WeeklyRound,
    pub seamless: Seamless,
    /// The primary care network the home is aligned to.
    pub pcn: String,
    /// The scheme in force (an id from `schemes::ALL`).
    pub scheme: String,
    pub care_home_sign_off: SignOff,
    pub practice_sign_off: SignOff,
    /// When it was last changed on a device (merging keeps the later,
    /// `domain::merge`); `edited_at` is what the user sees.
    #[serde(default, skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub at: crate::domain::stamps::Stamp,
    /// The stamp of each field's last change, by its path
    /// (`care_home.manager`): two copies merge field by field
    /// (`agreement::merge`).
    #[serde(
        default,
        skip_serializing_if = "crate::domain::stamps::FieldStamps::is_empty",
        deserialize_with = "super::merge::agreement_stamps"
    )]
    pub stamps: crate::domain::stamps::FieldStamps,
    /// Deleted (issue 22): kept as a stamped fact, its details blanked, so
    /// that bringing in a file or copy that still has the agreement does
    /// not bring it back. "Undo" sets it back with a later stamp.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

impl Agreement {
    /// A blank agreement with an id and the scheme to start with.
    pub fn new(id: String, edited_at: String, scheme: &str) -> Self {
        Agreement {
            id,
            edited_at,
            scheme: scheme.to_string(),
            ..Agreement::default()
        }
    }

    /// "Oakwood House" or "Untitled agreement".
    pub fn title(&self) -> String {
        let name = self.care_home.name.trim();
        if name.is_empty() {
            "Untitled agreement".to_string()
        } else {
            name.to_string()
        }
    }
}
