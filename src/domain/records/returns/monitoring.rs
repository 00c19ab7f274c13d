//! LSC monitoring (000 Appendix 1; docs/rules.md §6): a yearly recording
//! report, not a payment. Per home and for the practice, the number and
//! share of current residents with each metric recorded in the last 12
//! months (medication review also in the last 6), now and at the baseline
//! of 1 April. A metric is recorded by a completed admission assessment
//! (the item filled in), by the matching review in the resident's history,
//! or on its own from the resident's page.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::quarter::Quarter;
use crate::domain::records::register::{EventKind, Register, Resident};
use crate::domain::rules::obligation::ObligationId;

/// One metric of 000 Appendix 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    Mdt,
    MedicationReview,
    Pcsp,
    PlaceOfDeath,
    Psychosocial,
    Dementia,
    FallsRisk,
    Frailty,
    Delirium,
}

impl Metric {
    pub const ALL: [Metric; 9] = [
        Metric::Mdt,
        Metric::MedicationReview,
        Metric::Pcsp,
        Metric::PlaceOfDeath,
        Metric::Psychosocial,
        Metric::Dementia,
        Metric::FallsRisk,
        Metric::Frailty,
        Metric::Delirium,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Metric::Mdt => "mdt",
            Metric::MedicationReview => "medication-review",
            Metric::Pcsp => "pcsp",
            Metric::PlaceOfDeath => "place-of-death",
            Metric::Psychosocial => "psychosocial",
            Metric::Dementia => "dementia",
            Metric::FallsRisk => "falls-risk",
            Metric::Frailty => "frailty",
            Metric::Delirium => "delirium",
        }
    }

    pub fn parse(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Metric::Mdt => "Multidisciplinary team (MDT) meeting",
            Metric::MedicationReview => "Medication review",
            Metric::Pcsp => "Personalised care and support plan",
            Metric::PlaceOfDeath => "Preferred place of death",
            Metric::Psychosocial => "Psychosocial assessment",
            Metric::Dementia => "Dementia assessment",
            Metric::FallsRisk => "Falls risk assessment",
            Metric::Frailty => "Frailty (Rockwood score)",
            Metric::Delirium => "Delirium assessment (for acute confusion)",
        }
    }
}

/// The dates `r` had `metric` recorded: explicit records, the matching
/// reviews done, and completed assessments with that item filled in.
fn recorded(register: &Register, r: &Resident, metric: Metric) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = r
        .events
        .iter()
        .filter(|e| match &e.kind {
            EventKind::Recorded(m) => *m == metric,
            EventKind::Done(id) => matches!(
                (metric, id),
                (
                    Metric::MedicationReview,
                    ObligationId::MedicationReview | ObligationId::Smr
                ) | (
                    Metric::Pcsp,
                    ObligationId::Pcsp | ObligationId::PcspReadmission | ObligationId::CarePlan
                )
            ),
            _ => false,
        })
        .map(|e| e.date)
        .collect();
    if let Some(a) = register.assessment(&r.id) {
        if let Some(on) = a.completed_on {
            let filled = |t: &str| !t.trim().is_empty();
            let has = match metric {
                Metric::Mdt => false,
                Metric::MedicationReview => {
                    filled(&a.medication.count) || filled(&a.medication.changes)
                }
                Metric::Pcsp => a.pcsp_agreed,
                Metric::PlaceOfDeath => filled(&a.preferences.place_of_death),
                Metric::Psychosocial => filled(&a.psychosocial),
                Metric::Dementia => filled(&a.dementia.findings),
                Metric::FallsRisk => filled(&a.bone_falls),
                Metric::Frailty => a.frailty.is_some(),
                Metric::Delirium => a.delirium.total().is_some(),
            };
            if has {
                dates.push(on);
            }
        }
    }
    dates
}

/// One metric's line: of `residents` current residents, how many had it
/// recorded in the 12 months to the day (and in 6, for medication review).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MetricLine {
    pub metric: Metric,
    pub residents: usize,
    pub in_12_months: usize,
    /// Medication review only.
    pub in_6_months: Option<usize>,
}

impl MetricLine {
    /// "12 of 40 (30%)", the share rounded to the nearest whole per cent.
    pub fn share(n: usize, of: usize) -> String {
        if of == 0 {
            return "0 of 0".into();
        }
        format!("{n} of {of} ({}%)", (n * 100 + of / 2) / of)
    }
}

/// Residents of `home_id` (every home when `None`) current on `day`: a
/// resident who left or died on or before `day` is not (domain rules 6.1).
fn current<'a>(
    register: &'a Register,
    home_id: Option<&'a str>,
    day: NaiveDate,
) -> impl Iterator<Item = &'a Resident> {
    register.residents.iter().filter(move |r| {
        home_id.is_none_or(|h| r.home_id == h)
            && r.admitted <= day
            && r.discharged.as_ref().is_none_or(|d| d.date > day)
    })
}

/// Whether `r`'s record shows acute confusion: the admission assessment's
/// 4AT has "acute change or fluctuating course" present (scored 4).
fn acute_confusion(register: &Register, r: &Resident) -> bool {
    register
        .assessment(&r.id)
        .is_some_and(|a| a.delirium.acute_change == Some(4))
}

/// The 12 months the report on `day` looks at, in words: after the same
/// day a year before, and on or before `day` (domain rules 6.1).
pub fn window_words(day: NaiveDate) -> String {
    let year_ago = day
        .checked_sub_months(chrono::Months::new(12))
        .unwrap_or(day);
    format!(
        "recorded after {} and on or before {}",
        crate::domain::helpers::date_text::long(year_ago),
        crate::domain::helpers::date_text::long(day)
    )
}

/// The report on `day`: each metric for the current residents; the
/// delirium assessment for those with acute confusion recorded, as the
/// seed asks, and with that as its denominator.
pub fn monitoring(register: &Register, home_id: Option<&str>, day: NaiveDate) -> Vec<MetricLine> {
    // Calendar months back, a shorter month clamped to its last day.
    let year_ago = day
        .checked_sub_months(chrono::Months::new(12))
        .unwrap_or(day);
    let half_year_ago = day
        .checked_sub_months(chrono::Months::new(6))
        .unwrap_or(day);
    let people: Vec<&Resident> = current(register, home_id, day).collect();
    let confused: Vec<&Resident> = people
        .iter()
        .copied()
        .filter(|r| acute_confusion(register, r))
        .collect();
    Metric::ALL
        .into_iter()
        .map(|metric| {
            let people = if metric == Metric::Delirium {
                &confused
            } else {
                &people
            };
            let within = |since: NaiveDate| {
                people
                    .iter()
                    .filter(|r| {
                        recorded(register, r, metric)
                            .iter()
                            .any(|d| *d > since && *d <= day)
                    })
                    .count()
            };
            MetricLine {
                metric,
                residents: people.len(),
                in_12_months: within(year_ago),
                in_6_months: (metric == Metric::MedicationReview).then(|| within(half_year_ago)),
            }
        })
        .collect()
}

/// The baseline day: 1 April of the financial year `day` falls in.
pub fn baseline(day: NaiveDate) -> NaiveDate {
    Quarter {
        year: Quarter::of(day).year,
        q: 1,
    }
    .first_day()
}
