//! The Rotherham outcomes report (001 §4.1), due in September and March:
//! emergency admissions (from the residents' histories), actions taken,
//! unplanned visits to the home, changes in practice, and the Lead GP and
//! care home manager meetings held with who attended (the home's duties)
//! as the evidence. Read here as covering the half of the financial year
//! ending in the month it is due: April to September, and October to
//! March.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::quarter::Quarter;
use crate::domain::records::register::{DutyRecord, EventKind, Register};
use crate::domain::rules::obligation::ObligationId;

/// Half of a financial year: 1 is April–September, 2 October–March.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HalfYear {
    /// First calendar year of the financial year.
    pub year: i32,
    pub half: u8,
}

impl HalfYear {
    pub fn new(year: i32, half: u8) -> Option<HalfYear> {
        (matches!(half, 1 | 2) && (1990..=2100).contains(&year)).then_some(HalfYear { year, half })
    }

    /// The half a date falls in.
    pub fn of(d: NaiveDate) -> HalfYear {
        let q = Quarter::of(d);
        HalfYear {
            year: q.year,
            half: if q.q <= 2 { 1 } else { 2 },
        }
    }

    pub fn first_day(self) -> NaiveDate {
        Quarter {
            year: self.year,
            q: 2 * self.half - 1,
        }
        .first_day()
    }

    pub fn last_day(self) -> NaiveDate {
        Quarter {
            year: self.year,
            q: 2 * self.half,
        }
        .last_day()
    }

    pub fn contains(self, d: NaiveDate) -> bool {
        self.first_day() <= d && d <= self.last_day()
    }

    /// "April to September 2026 (due September 2026)".
    pub fn label(self) -> String {
        match self.half {
            1 => format!("April to September {y} (due September {y})", y = self.year),
            _ => format!(
                "October {} to March {y} (due March {y})",
                self.year,
                y = self.year + 1
            ),
        }
    }
}

/// What the practice writes for a home and half-year.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OutcomeNotes {
    pub home_id: String,
    pub year: i32,
    pub half: u8,
    pub actions: String,
    pub unplanned_visits: String,
    pub changes: String,
    /// When it was last changed (merging keeps the later, `domain::merge`).
    #[serde(skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub at: crate::domain::stamps::Stamp,
}

/// One emergency admission to hospital.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Admission {
    pub resident_id: String,
    pub name: String,
    pub date: NaiveDate,
}

/// The report's worked-out parts for a home and half-year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcomes {
    /// In date order.
    pub admissions: Vec<Admission>,
    /// The Lead GP and care home manager meetings held, in date order.
    pub meetings: Vec<DutyRecord>,
}

/// Emergency admissions of the home's residents and the meetings held at
/// it within `period`.
pub fn outcomes(register: &Register, home_id: &str, period: HalfYear) -> Outcomes {
    let mut admissions: Vec<Admission> = register
        .residents
        .iter()
        .filter(|r| r.home_id == home_id)
        .flat_map(|r| {
            r.events
                .iter()
                .filter(|e| e.kind == EventKind::HospitalAdmission && period.contains(e.date))
                .map(|e| Admission {
                    resident_id: r.id.clone(),
                    name: r.name.clone(),
                    date: e.date,
                })
        })
        .collect();
    crate::domain::helpers::stable_sort::sort_by(&mut admissions, |a, b| {
        a.date.cmp(&b.date).then(a.name.cmp(&b.name))
    });
    let meetings = register
        .homes
        .iter()
        .filter(|h| h.id == home_id)
        .flat_map(|h| h.duties.iter())
        .filter(|d| d.duty == ObligationId::LeadGpManagerMeeting && period.contains(d.date))
        .cloned()
        .collect();
    Outcomes {
        admissions,
        meetings,
    }
}

impl Register {
    /// The notes kept for `home_id` and `period`, or empty ones.
    pub fn outcome_notes(&self, home_id: &str, period: HalfYear) -> OutcomeNotes {
        self.outcome_notes
            .iter()
            .find(|n| n.home_id == home_id && n.year == period.year && n.half == period.half)
            .cloned()
            .unwrap_or_else(|| OutcomeNotes {
                home_id: home_id.to_string(),
                year: period.year,
                half: period.half,
                ..OutcomeNotes::default()
            })
    }

    /// Change the notes for `home_id` and `period`, keeping them if new.
    pub fn edit_outcome_notes(
        &mut self,
        home_id: &str,
        period: HalfYear,
        f: impl FnOnce(&mut OutcomeNotes),
    ) {
        let at =
            match self.outcome_notes.iter().position(|n| {
                n.home_id == home_id && n.year == period.year && n.half == period.half
            }) {
                Some(i) => i,
                None => {
                    let fresh = self.outcome_notes(home_id, period);
                    self.outcome_notes.push(fresh);
                    self.outcome_notes.len() - 1
                }
            };
        f(&mut self.outcome_notes[at]);
    }
}
