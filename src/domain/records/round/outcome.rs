//! What the practice recorded for a resident seen at a round, to send back
//! to the home (004: "There should be an agreed process of how this
//! additional information is fed back to the designated person within the
//! care home so that the care plans can be modified appropriately").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::records::register::details::Problem;

/// One resident seen at one round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoundOutcome {
    pub home_id: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub round: NaiveDate,
    pub resident_id: String,
    /// The home's request entry this answers, when the home asked.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub request_entry: String,
    pub seen_by: String,
    /// Changes to the personalised care plan the home must make.
    pub care_plan: String,
    /// Changes to medicines.
    pub medicines: String,
    /// Follow-up: what happens next, and when.
    pub follow_up: String,
    /// When it was last changed (merging keeps the later, `domain::merge`).
    #[serde(skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub at: crate::domain::stamps::Stamp,
}

impl RoundOutcome {
    /// Its key among the register's outcomes: home, round, resident.
    pub fn key(&self) -> String {
        format!(
            "{}\u{1f}{}\u{1f}{}",
            self.home_id, self.round, self.resident_id
        )
    }

    /// Nothing for the home to change.
    pub fn no_changes(&self) -> bool {
        self.care_plan.is_empty() && self.medicines.is_empty() && self.follow_up.is_empty()
    }
}

/// The outcome form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OutcomeDraft {
    pub seen_by: String,
    pub care_plan: String,
    pub medicines: String,
    pub follow_up: String,
}

impl OutcomeDraft {
    pub fn from_outcome(o: &RoundOutcome) -> OutcomeDraft {
        OutcomeDraft {
            seen_by: o.seen_by.clone(),
            care_plan: o.care_plan.clone(),
            medicines: o.medicines.clone(),
            follow_up: o.follow_up.clone(),
        }
    }

    /// Who saw the resident is needed; the changes may all be blank ("no
    /// changes").
    pub fn validate(&self) -> Result<OutcomeDraft, Problem> {
        if self.seen_by.trim().is_empty() {
            return Err(Problem {
                field: "outcome-seen-by",
                message: "Enter who saw the resident".into(),
            });
        }
        let t = |s: &String| s.trim().to_string();
        Ok(OutcomeDraft {
            seen_by: t(&self.seen_by),
            care_plan: t(&self.care_plan),
            medicines: t(&self.medicines),
            follow_up: t(&self.follow_up),
        })
    }
}
