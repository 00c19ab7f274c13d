//! The care home's request for a round: the residents it asks the practice
//! to see, why, and the background it prepared (004: "the designated
//! person for the care home should prepare some background information of
//! the problem for the practice in readiness for their weekly home
//! round").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::reason::Reason;
use crate::domain::helpers::date_text::{DateEntry, DateParts};
use crate::domain::records::register::details::Problem;
use crate::domain::records::register::nhs_number;

/// One resident the home asks to be seen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestEntry {
    /// Made by the home when the resident is added; the practice's outcome
    /// names it.
    pub id: String,
    pub name: String,
    #[serde(
        default,
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize_option",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::option"
    )]
    pub date_of_birth: Option<NaiveDate>,
    /// 10 digits, or empty.
    #[serde(default)]
    pub nhs_number: String,
    #[serde(default)]
    pub room: String,
    /// The practice's reference when the home picked the resident from the
    /// practice's list (its register id): matched first.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub practice_ref: String,
    pub reason: Reason,
    /// What the other concern is, when the reason is `Other`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub other: String,
    pub background: String,
    pub prepared_by: String,
}

/// A request for one round: what the home sends.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundRequest {
    /// One per home and round: made when the home starts preparing it.
    pub id: String,
    /// The care home, as the agreement names it.
    pub home: String,
    /// The practice, as the agreement names it.
    pub practice: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub round: NaiveDate,
    /// The round's time as the agreement has it ("10:30").
    #[serde(default)]
    pub time: String,
    /// When it was last changed, ISO 8601 UTC: a request sent again after a
    /// change replaces the earlier one's entries at the practice.
    pub made_at: String,
    pub residents: Vec<RequestEntry>,
}

impl Default for Reason {
    fn default() -> Self {
        Reason::OngoingHealthNeed
    }
}

/// The home's form for one resident, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryDraft {
    pub name: String,
    pub date_of_birth: DateParts,
    pub nhs_number: String,
    pub room: String,
    pub practice_ref: String,
    pub reason: Option<Reason>,
    pub other: String,
    pub background: String,
    pub prepared_by: String,
}

impl EntryDraft {
    /// Check every field, in the form's order: a name; the date of birth
    /// or the NHS number (either is enough, each checked as the register
    /// checks it; neither is needed for a resident picked from the
    /// practice's list, whom the practice knows); the reason (and what it
    /// is, for another concern); the background; who prepared it.
    pub fn validate(&self, id: String, today: NaiveDate) -> Result<RequestEntry, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut problem = |field: &'static str, message: &str| {
            problems.push(Problem {
                field,
                message: message.into(),
            })
        };
        let name = self.name.trim();
        if name.is_empty() {
            problem("request-name", "Enter the resident\u{2019}s name");
        }
        let dob = match self.date_of_birth.entry("Date of birth") {
            DateEntry::Valid(d) if d > today => {
                problem("request-dob-day", "Date of birth must be in the past");
                None
            }
            DateEntry::Valid(d) => Some(d),
            DateEntry::Empty => None,
            DateEntry::Invalid { message, .. } => {
                problem("request-dob-day", &message);
                None
            }
        };
        let nhs = if self.nhs_number.trim().is_empty() {
            String::new()
        } else {
            match nhs_number::parse(&self.nhs_number) {
                Ok(d) => d,
                Err(e) => {
                    problem("request-nhs", &e.to_string());
                    String::new()
                }
            }
        };
        let picked = !self.practice_ref.is_empty();
        if !picked
            && dob.is_none()
            && nhs.is_empty()
            && self.date_of_birth.entry("x") == DateEntry::Empty
            && self.nhs_number.trim().is_empty()
        {
            problem(
                "request-dob-day",
                "Enter the date of birth or the NHS number, so the practice can find the resident",
            );
        }
        match self.reason {
            None => problem("request-reason", "Choose why the resident needs to be seen"),
            Some(Reason::Other) if self.other.trim().is_empty() => {
                problem("request-other", "Say what the concern is")
            }
            _ => {}
        }
        if self.background.trim().is_empty() {
            problem(
                "request-background",
                "Enter the background the practice needs before the round",
            );
        }
        if self.prepared_by.trim().is_empty() {
            problem("request-prepared-by", "Enter who prepared this");
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let reason = self.reason.unwrap_or_default();
        Ok(RequestEntry {
            id,
            name: name.to_string(),
            date_of_birth: dob,
            nhs_number: nhs,
            room: self.room.trim().to_string(),
            practice_ref: self.practice_ref.clone(),
            reason,
            other: if reason == Reason::Other {
                self.other.trim().to_string()
            } else {
                String::new()
            },
            background: self.background.trim().to_string(),
            prepared_by: self.prepared_by.trim().to_string(),
        })
    }

    /// The form filled with an entry, to change it.
    pub fn from_entry(e: &RequestEntry) -> EntryDraft {
        EntryDraft {
            name: e.name.clone(),
            date_of_birth: e
                .date_of_birth
                .map(DateParts::from_date)
                .unwrap_or_default(),
            nhs_number: nhs_number::format(&e.nhs_number),
            room: e.room.clone(),
            practice_ref: e.practice_ref.clone(),
            reason: Some(e.reason),
            other: e.other.clone(),
            background: e.background.clone(),
            prepared_by: e.prepared_by.clone(),
        }
    }
}

impl RequestEntry {
    /// The register's "Add a resident" form filled with what the home
    /// gave: name, date of birth, NHS number and room; the admission and
    /// the stay are the practice's to enter.
    pub fn resident_draft(&self) -> crate::domain::records::register::details::ResidentDraft {
        crate::domain::records::register::details::ResidentDraft {
            name: self.name.clone(),
            date_of_birth: self
                .date_of_birth
                .map(DateParts::from_date)
                .unwrap_or_default(),
            nhs_number: nhs_number::format(&self.nhs_number),
            room: self.room.clone(),
            ..Default::default()
        }
    }

    /// "Medication change", or "Another health concern: falls".
    pub fn reason_words(&self) -> String {
        if self.reason == Reason::Other && !self.other.is_empty() {
            format!("{}: {}", self.reason.label(), self.other)
        } else {
            self.reason.label().to_string()
        }
    }
}

impl RoundRequest {
    /// Add or change one entry (by id), marking the request changed at
    /// `now` (so it is sent again).
    pub fn put(&mut self, entry: RequestEntry, now: &str) {
        match self.residents.iter_mut().find(|e| e.id == entry.id) {
            Some(e) => *e = entry,
            None => self.residents.push(entry),
        }
        self.made_at = now.to_string();
    }

    /// Take one entry out.
    pub fn remove(&mut self, id: &str, now: &str) {
        let before = self.residents.len();
        self.residents.retain(|e| e.id != id);
        if self.residents.len() != before {
            self.made_at = now.to_string();
        }
    }
}
