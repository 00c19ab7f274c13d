//! Why the home asks for a resident to be seen: the kinds the agreement
//! template lists (004: "a review for a MCA, ongoing health need,
//! medication changes, injury/rehabilitation advice or any other health
//! concerns").

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    MentalCapacity,
    OngoingHealthNeed,
    MedicationChange,
    InjuryOrRehabilitation,
    Other,
}

impl Reason {
    pub const ALL: [Reason; 5] = [
        Reason::MentalCapacity,
        Reason::OngoingHealthNeed,
        Reason::MedicationChange,
        Reason::InjuryOrRehabilitation,
        Reason::Other,
    ];

    /// As the form and the printed request say it.
    pub fn label(self) -> &'static str {
        match self {
            Reason::MentalCapacity => "Mental capacity assessment",
            Reason::OngoingHealthNeed => "Ongoing health need",
            Reason::MedicationChange => "Medication change",
            Reason::InjuryOrRehabilitation => "Injury or rehabilitation advice",
            Reason::Other => "Another health concern",
        }
    }

    /// On the wire and in the form's ids.
    pub fn key(self) -> &'static str {
        match self {
            Reason::MentalCapacity => "mental-capacity",
            Reason::OngoingHealthNeed => "ongoing-health-need",
            Reason::MedicationChange => "medication-change",
            Reason::InjuryOrRehabilitation => "injury-or-rehabilitation",
            Reason::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Reason> {
        Reason::ALL.into_iter().find(|r| r.key() == key)
    }
}
