//! Care homes and their residents, as the register keeps them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::records::agreement::ServiceType;
use crate::domain::rules::obligation::ObligationId;
use crate::domain::stamps::{FieldStamps, FieldVersion, Stamp};

/// A care home the practice looks after.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Home {
    pub id: String,
    pub name: String,
    pub service_type: Option<ServiceType>,
    /// The scheme in force (an id of `schemes::ALL`).
    pub scheme: String,
    /// "Monday" to "Sunday": the day of the weekly round.
    pub round_day: String,
    /// The agreement this home's details were taken from, if any.
    pub agreement_id: Option<String>,
    /// The home's duties held or done (docs/rules.md §3), oldest first.
    pub duties: Vec<DutyRecord>,
    /// Its number of beds, each with the date it changed (LSC pays per
    /// bed, 000 §5); absent in files made before returns existed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub beds: Vec<crate::domain::records::returns::BedChange>,
    /// The stamp of each field's last change (merging, `domain::merge`).
    #[serde(
        skip_serializing_if = "FieldStamps::is_empty",
        deserialize_with = "super::fields_of::home_stamps"
    )]
    pub stamps: FieldStamps,
}

/// One duty of a home held or done: a weekly round, a planned clinic, a
/// Lead GP and manager meeting (with who attended), or training. On the
/// wire: `{"date": "2026-11-20", "duty": "home-round", "by": "…", "attended": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "DutyWire")]
pub struct DutyRecord {
    /// Its own id, made when it is recorded (`domain::merge`).
    pub id: String,
    pub date: NaiveDate,
    /// One of [`ObligationId::PER_HOME`].
    pub duty: ObligationId,
    /// Who led it or was trained (name or role).
    pub by: String,
    /// Who attended (meetings).
    pub attended: String,
}

#[derive(Deserialize)]
struct DutyWire {
    #[serde(default)]
    id: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    date: NaiveDate,
    duty: ObligationId,
    #[serde(default)]
    by: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    attended: String,
}

impl TryFrom<DutyWire> for DutyRecord {
    type Error = String;
    fn try_from(w: DutyWire) -> Result<Self, String> {
        if !w.duty.is_per_home() {
            return Err(format!(
                "\"{}\" is a resident's review, not a duty of a home",
                w.duty.as_str()
            ));
        }
        Ok(DutyRecord {
            id: w.id,
            date: w.date,
            duty: w.duty,
            by: w.by,
            attended: w.attended,
        })
    }
}

/// The same fields, borrowed: a record is written where it is, not copied
/// first (a register's every duty and event is written on each save).
#[derive(Serialize)]
struct DutyWireRef<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    id: &'a str,
    #[serde(serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize")]
    date: NaiveDate,
    duty: ObligationId,
    by: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    attended: &'a str,
}

impl Serialize for DutyRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        DutyWireRef {
            id: &self.id,
            date: self.date,
            duty: self.duty,
            by: &self.by,
            attended: &self.attended,
        }
        .serialize(s)
    }
}

impl Home {
    /// Record a duty held; kept in date order. Refuses a resident's review.
    pub fn record_duty(&mut self, record: DutyRecord) -> Result<(), String> {
        if !record.duty.is_per_home() {
            return Err(format!(
                "{} is a resident\u{2019}s review, not a duty of the home",
                record.duty.done_label()
            ));
        }
        let at = self.duties.partition_point(|d| d.date <= record.date);
        self.duties.insert(at, record);
        Ok(())
    }

    /// Remove the record at `index` (as listed oldest first), if there.
    pub fn remove_duty(&mut self, index: usize) {
        if index < self.duties.len() {
            self.duties.remove(index);
        }
    }

    /// Each duty and the date it was held, for the engine.
    pub fn duty_dates(&self) -> Vec<(ObligationId, NaiveDate)> {
        self.duties.iter().map(|d| (d.duty, d.date)).collect()
    }

    /// The dates of the Lead GP and care home manager meetings held.
    pub fn meeting_dates(&self) -> Vec<NaiveDate> {
        self.duties
            .iter()
            .filter(|d| d.duty == ObligationId::LeadGpManagerMeeting)
            .map(|d| d.date)
            .collect()
    }
}

/// Something that happened to a resident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// Went into hospital as an emergency (entries recorded before the
    /// register told the two apart are read as this, as they were counted).
    HospitalAdmission,
    /// Went into hospital for a planned (elective) stay: not counted as an
    /// emergency admission (domain rules 6.1). On the wire a
    /// "hospital-admission" with `"elective": true`, so older builds read
    /// it as an admission.
    ElectiveAdmission,
    /// Came back to the home after a hospital episode (a re-admission to the
    /// home, and a move between care settings).
    ReturnFromHospital,
    /// A review or plan was done.
    Done(ObligationId),
    /// The resident's details were edited: what changed, in words.
    DetailsChanged(String),
    /// A monitoring metric recorded on its own (LSC, 000 Appendix 1).
    Recorded(crate::domain::records::returns::monitoring::Metric),
}

impl EventKind {
    pub fn label(&self) -> String {
        match self {
            EventKind::HospitalAdmission => "Admitted to hospital (emergency)".into(),
            EventKind::ElectiveAdmission => "Admitted to hospital (planned)".into(),
            EventKind::ReturnFromHospital => "Returned from hospital".into(),
            EventKind::Done(id) => format!("Done: {}", id.done_label()),
            EventKind::DetailsChanged(what) => format!("Details changed: {what}"),
            EventKind::Recorded(m) => format!("Recorded: {}", m.label().to_lowercase()),
        }
    }
}

/// One entry of a resident's history. On the wire:
/// `{"date": "2026-11-20", "kind": "done", "obligation": "medication-review", "by": "…"}`
/// (no `obligation` for hospital admissions and returns).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "EventWire")]
pub struct Event {
    /// Its own id, made when it is recorded (`domain::merge`); entries
    /// from files made before ids get one derived from what they say.
    pub id: String,
    pub date: NaiveDate,
    pub kind: EventKind,
    /// Who did it (name or role).
    pub by: String,
}

/// The flat form of an [`Event`] in files; written out by hand rather than
/// with `#[serde(flatten)]`, which costs size and speed in the browser.
#[derive(Deserialize)]
struct EventWire {
    #[serde(default)]
    id: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    date: NaiveDate,
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    obligation: Option<ObligationId>,
    #[serde(default)]
    by: String,
    /// What changed, for "details-changed".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    changes: Option<String>,
    /// Which metric, for "metric".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    metric: Option<crate::domain::records::returns::monitoring::Metric>,
    /// A planned stay, for "hospital-admission".
    #[serde(default)]
    elective: bool,
}

impl TryFrom<EventWire> for Event {
    type Error = String;
    fn try_from(w: EventWire) -> Result<Self, String> {
        if w.kind == "metric" {
            return match (w.metric, w.obligation) {
                (Some(m), None) => Ok(Event {
                    id: w.id,
                    date: w.date,
                    kind: EventKind::Recorded(m),
                    by: w.by,
                }),
                _ => Err("a \"metric\" event needs its metric".into()),
            };
        }
        let kind = match (w.kind.as_str(), w.obligation) {
            ("details-changed", None) => EventKind::DetailsChanged(w.changes.unwrap_or_default()),
            ("hospital-admission", None) if w.elective => EventKind::ElectiveAdmission,
            ("hospital-admission", None) => EventKind::HospitalAdmission,
            ("return-from-hospital", None) => EventKind::ReturnFromHospital,
            ("done", Some(id)) if id.is_per_home() => {
                return Err(format!(
                    "\"{}\" is a duty of a home, not a resident's review",
                    id.as_str()
                ))
            }
            ("done", Some(id)) => EventKind::Done(id),
            ("done", None) => return Err("a \"done\" event needs its obligation".into()),
            (other, _) => return Err(format!("unknown event kind {other:?}")),
        };
        Ok(Event {
            id: w.id,
            date: w.date,
            kind,
            by: w.by,
        })
    }
}

/// The same fields, borrowed, in the same order: an event is written
/// where it is, not copied first.
#[derive(Serialize)]
struct EventWireRef<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    id: &'a str,
    #[serde(serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize")]
    date: NaiveDate,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    obligation: Option<ObligationId>,
    by: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metric: Option<crate::domain::records::returns::monitoring::Metric>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    elective: bool,
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut metric = None;
        let (kind, obligation, changes) = match &self.kind {
            EventKind::HospitalAdmission | EventKind::ElectiveAdmission => {
                ("hospital-admission", None, None)
            }
            EventKind::ReturnFromHospital => ("return-from-hospital", None, None),
            EventKind::Done(id) => ("done", Some(*id), None),
            EventKind::DetailsChanged(what) => ("details-changed", None, Some(what.as_str())),
            EventKind::Recorded(m) => {
                metric = Some(*m);
                ("metric", None, None)
            }
        };
        EventWireRef {
            id: &self.id,
            date: self.date,
            kind,
            obligation,
            by: &self.by,
            changes,
            metric,
            elective: self.kind == EventKind::ElectiveAdmission,
        }
        .serialize(s)
    }
}

/// Why a resident left the register's due lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LeftBecause {
    MovedOut,
    Died,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discharge {
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub date: NaiveDate,
    pub reason: LeftBecause,
}

/// One resident of one home.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Resident {
    pub id: String,
    pub home_id: String,
    pub name: String,
    #[serde(
        default,
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize_option",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::option"
    )]
    pub date_of_birth: Option<NaiveDate>,
    /// 10 digits, checked.
    pub nhs_number: String,
    #[serde(default)]
    pub room: String,
    #[serde(default)]
    pub temporary: bool,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub admitted: NaiveDate,
    #[serde(
        default,
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize_option",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::option"
    )]
    pub informed: Option<NaiveDate>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub discharged: Option<Discharge>,
    /// A concern the care home has flagged for the next round.
    #[serde(default)]
    pub concern: String,
    /// When and where the record was made: two records with one id and
    /// different makings are two people if their NHS numbers differ
    /// (`domain::merge::kept_apart`). Records from files made before it
    /// have one derived from what they said (`register::legacy`).
    #[serde(default, skip_serializing_if = "Stamp::is_zero")]
    pub made: Stamp,
    /// The stamp of each field's last change (merging, `domain::merge`).
    #[serde(
        default,
        skip_serializing_if = "FieldStamps::is_empty",
        deserialize_with = "super::fields_of::resident_stamps"
    )]
    pub stamps: FieldStamps,
    /// The values its identifying fields were given, to show conflicts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub versions: Vec<FieldVersion>,
}

impl Resident {
    pub fn is_current(&self) -> bool {
        self.discharged.is_none()
    }

    /// "J. S." style initials, for calendars.
    pub fn initials(&self) -> String {
        initials(&self.name)
    }
}

/// "Ann Smith" → "A. S.": the first letter of each word, capitalised.
pub fn initials(name: &str) -> String {
    let mut out = String::new();
    for first in name.split_whitespace().filter_map(|w| w.chars().next()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(first.to_uppercase());
        out.push('.');
    }
    out
}

/// Everything the register holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Register {
    pub homes: Vec<Home>,
    pub residents: Vec<Resident>,
    /// Admission assessments, one per resident at most.
    pub assessments: Vec<crate::domain::records::assessment::Assessment>,
    /// Quarterly returns kept by the practice (issue 13), one per home and
    /// quarter.
    pub returns: Vec<crate::domain::records::returns::QuarterReturn>,
    /// What the practice wrote for each Rotherham outcomes report.
    pub outcome_notes: Vec<crate::domain::records::returns::outcomes::OutcomeNotes>,
    /// The residents care homes asked the practice to see at a round
    /// (issue 26), one record for each.
    pub round_requests: Vec<crate::domain::records::round::practice::ReceivedRequest>,
    /// What the practice recorded for each resident seen at a round.
    pub round_outcomes: Vec<crate::domain::records::round::RoundOutcome>,
    /// Entries taken back or removed, and conflicts dismissed, by id: kept
    /// so that no merge brings them back.
    pub removed: Vec<crate::domain::stamps::Removed>,
}
