//! The due-date calculator's inputs, as a form and as its public link:
//!
//! `#/due?scheme=<id>&admitted=YYYY-MM-DD&informed=…&readmitted=…&temporary=1`
//! `&hospital=…&meeting=…&last-<obligation-id>=…&asof=…`
//!
//! There is a `last-<obligation-id>` for every per-resident obligation (see
//! [`ObligationId::PER_RESIDENT`]): the date it was last done. `asof` is
//! written only when the user set it; without it the link is "as of today"
//! wherever it is opened. Reading a link never fails: what cannot be used
//! becomes an error at its field, and the rest of the link still fills the
//! form.

use chrono::NaiveDate;

use crate::domain::formats::query;
use crate::domain::helpers::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::helpers::small_map::SmallMap;
use crate::domain::rules::deadlines::ResidentFacts;
use crate::domain::rules::obligation::{ObligationId, Timing, Trigger};
use crate::domain::rules::schemes::{Scheme, ALL};

/// Every field of the calculator, in the order of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DueField {
    Scheme,
    Admitted,
    Informed,
    Readmitted,
    /// The latest admission to hospital (Rotherham 003 §8).
    HospitalAdmission,
    /// The home's next Lead GP and care home manager meeting (003 §2).
    NextMeeting,
    /// The date an obligation was last done.
    Done(ObligationId),
    AsOf,
    /// The temporary resident box (a link's `temporary=1`).
    Temporary,
}

use ObligationId as O;

impl DueField {
    pub const DATES: [DueField; 19] = [
        DueField::Admitted,
        DueField::Informed,
        DueField::Readmitted,
        DueField::HospitalAdmission,
        DueField::NextMeeting,
        DueField::Done(O::InitialReview),
        DueField::Done(O::Pcsp),
        DueField::Done(O::PcspReadmission),
        DueField::Done(O::Smr),
        DueField::Done(O::MedicationReview),
        DueField::Done(O::MedicinesReconciliation),
        DueField::Done(O::MedicinesReconciliationReadmission),
        DueField::Done(O::PostHospitalReview),
        DueField::Done(O::AdmissionAssessment),
        DueField::Done(O::CarePlan),
        DueField::Done(O::Seen),
        DueField::Done(O::LeadGpReview),
        DueField::Done(O::EmergencyAdmissionReview),
        DueField::AsOf,
    ];

    /// The key in the link, also the base of the HTML id.
    pub fn key(self) -> &'static str {
        match self {
            DueField::Scheme => "scheme",
            DueField::Admitted => "admitted",
            DueField::Informed => "informed",
            DueField::Readmitted => "readmitted",
            DueField::HospitalAdmission => "hospital",
            DueField::NextMeeting => "meeting",
            DueField::AsOf => "asof",
            DueField::Temporary => "temporary",
            DueField::Done(id) => match id {
                O::InitialReview => "last-initial-review",
                O::Pcsp => "last-pcsp",
                O::PcspReadmission => "last-pcsp-readmission",
                O::Smr => "last-smr",
                O::MedicationReview => "last-medication-review",
                O::MedicinesReconciliation => "last-medicines-reconciliation",
                O::MedicinesReconciliationReadmission => {
                    "last-medicines-reconciliation-readmission"
                }
                O::PostHospitalReview => "last-post-hospital-review",
                O::AdmissionAssessment => "last-admission-assessment",
                O::CarePlan => "last-care-plan",
                O::Seen => "last-seen",
                O::LeadGpReview => "last-lead-gp-review",
                O::EmergencyAdmissionReview => "last-emergency-admission-review",
                O::HomeRound => "last-home-round",
                O::PlannedClinic => "last-planned-clinic",
                O::LeadGpManagerMeeting => "last-lead-gp-manager-meeting",
                O::LeadGpTraining => "last-lead-gp-training",
            },
        }
    }

    /// The label the user reads, which also opens each error message.
    pub fn label(self) -> &'static str {
        match self {
            DueField::Scheme => "Scheme",
            DueField::Admitted => "Date of admission",
            DueField::Informed => "Date the practice was informed",
            DueField::Readmitted => "Date of the latest return from hospital",
            DueField::HospitalAdmission => "Date of the latest admission to hospital",
            DueField::NextMeeting => "Date of the next Lead GP and care home manager meeting",
            DueField::AsOf => "Deadlines as of",
            DueField::Temporary => "Temporary resident",
            DueField::Done(id) => match id {
                O::InitialReview => "Initial review done",
                O::Pcsp => "PCSP after admission agreed",
                O::PcspReadmission => "PCSP after the return from hospital agreed",
                O::Smr => "Last structured medication review (SMR)",
                O::MedicationReview => "Last medication review",
                O::MedicinesReconciliation => "Medicines reconciliation on admission done",
                O::MedicinesReconciliationReadmission => {
                    "Medicines reconciliation after the return from hospital done"
                }
                O::PostHospitalReview => "Review after the return from hospital done",
                O::AdmissionAssessment => "Admission assessment done",
                O::CarePlan => "Care plan completed",
                O::Seen => "Last reviewed with the carer (\u{2018}seen\u{2019})",
                O::LeadGpReview => "Last Lead GP review",
                O::EmergencyAdmissionReview => "Review of the latest admission to hospital done",
                O::HomeRound => "Last weekly home round",
                O::PlannedClinic => "Last planned clinic",
                O::LeadGpManagerMeeting => "Last Lead GP and care home manager meeting",
                O::LeadGpTraining => "Last Lead GP training",
            },
        }
    }

    /// The review a "done" field records.
    pub fn done_obligation(self) -> Option<ObligationId> {
        match self {
            DueField::Done(id) => Some(id),
            _ => None,
        }
    }

    /// Whether the form shows this field for `scheme` (fields another
    /// scheme needs keep their values, hidden).
    pub fn applies_to(self, scheme: Option<&'static Scheme>) -> bool {
        let has = |id: ObligationId| scheme.is_some_and(|s| s.all_ids().contains(&id));
        match self {
            DueField::Done(id) => has(id),
            DueField::HospitalAdmission | DueField::NextMeeting => {
                has(ObligationId::EmergencyAdmissionReview)
            }
            _ => true,
        }
    }

    /// The id of the element an error links to: the scheme's first radio,
    /// or the box of the date that is wrong.
    pub fn html_id(self, part: DatePart) -> String {
        match (self, part) {
            (DueField::Scheme, _) => format!("scheme-{}", ALL[0].id),
            (DueField::Temporary, _) => "temporary".into(),
            (_, DatePart::Month) => format!("{}-month", self.key()),
            (_, DatePart::Year) => format!("{}-year", self.key()),
            _ => format!("{}-day", self.key()),
        }
    }
}

/// True for one-off obligations that run from the admission in every
/// scheme that has them: done before the admission cannot meet them.
pub(crate) fn once_after_admission(id: ObligationId) -> bool {
    ALL.iter().any(|s| {
        s.obligation(id).is_some_and(|o| {
            matches!(o.timing, Timing::Once(_))
                && matches!(
                    o.trigger,
                    Trigger::Admission | Trigger::LaterOfAdmissionAndInformed
                )
        })
    })
}

/// A message for one field, shown at the field and in the error summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: DueField,
    pub message: String,
    pub part: DatePart,
}

/// A value per form field: a [`SmallMap`] in the form's order.
pub type FieldMap<V> = SmallMap<DueField, V>;

/// What the user has typed or the link held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DueForm {
    /// The scheme id as given (it may be unknown when it came from a link).
    pub scheme: String,
    pub dates: FieldMap<DateParts>,
    pub temporary: bool,
    /// Problems found reading the link; each clears when its field is edited.
    pub link_errors: FieldMap<String>,
    /// True once the link or the user set the "as of" date: only then does
    /// the link carry it, so an unset one means "today" wherever it opens.
    pub as_of_set: bool,
}

/// A form that adds up to a question the engine can answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueQuestion {
    pub scheme: &'static Scheme,
    pub facts: ResidentFacts,
    pub as_of: NaiveDate,
}

impl DueForm {
    /// A blank form, deadlines as of `today`.
    pub fn new(today: NaiveDate) -> Self {
        let mut form = DueForm::default();
        form.dates
            .insert(DueField::AsOf, DateParts::from_date(today));
        form
    }

    pub fn date(&self, field: DueField) -> DateParts {
        self.dates.get(&field).cloned().unwrap_or_default()
    }

    /// Set a date's boxes as typed; any link problem at the field is gone.
    pub fn set_date(&mut self, field: DueField, parts: DateParts) {
        self.link_errors.remove(&field);
        if field == DueField::AsOf {
            self.as_of_set = true;
        }
        self.dates.insert(field, parts);
    }

    /// Tick or clear the temporary resident box; any link problem with it
    /// is gone.
    pub fn set_temporary(&mut self, on: bool) {
        self.link_errors.remove(&DueField::Temporary);
        self.temporary = on;
    }

    pub fn set_scheme(&mut self, id: &str) {
        self.link_errors.remove(&DueField::Scheme);
        self.scheme = id.to_string();
    }

    /// Read a link's query. `today` fills the "as of" date when the link
    /// has none, and `default_scheme` the scheme.
    pub fn from_query(query_text: &str, today: NaiveDate, default_scheme: Option<&str>) -> Self {
        let mut form = DueForm::new(today);
        form.scheme = default_scheme.unwrap_or_default().to_string();
        let pairs = query::parse(query_text);
        // The keys given more than once, of those the form reads (each
        // counted once: a long link costs a pass per key, not per pair).
        let repeated: Vec<&str> = DueField::DATES
            .into_iter()
            .map(DueField::key)
            .chain(["scheme", "temporary"])
            .filter(|k| query::repeats(&pairs, k))
            .collect();
        for (key, value) in &pairs {
            let (key, value) = (key.as_str(), value.clone());
            if repeated.contains(&key) {
                // Given twice: neither is used, and the field says so.
                let field = DueField::DATES
                    .into_iter()
                    .find(|f| f.key() == key)
                    .or((key == "scheme").then_some(DueField::Scheme))
                    .or((key == "temporary").then_some(DueField::Temporary));
                if let Some(field) = field {
                    form.link_errors.insert(
                        field,
                        format!(
                            "{}: the link gives this twice, so neither was used.",
                            field.label()
                        ),
                    );
                }
                continue;
            }
            if key == "scheme" {
                form.scheme = value.clone();
                if Scheme::by_id(&value).is_none() {
                    form.link_errors.insert(
                        DueField::Scheme,
                        format!(
                            "The link names a scheme, \u{201c}{value}\u{201d}, that this tool does not know. Choose a scheme."
                        ),
                    );
                }
            } else if key == "temporary" {
                match value.as_str() {
                    "1" | "true" | "yes" => form.temporary = true,
                    "0" | "false" | "no" => {}
                    _ => {
                        form.link_errors.insert(
                            DueField::Temporary,
                            format!(
                                "Temporary resident: the link gives \u{201c}{value}\u{201d}, which is not 1, so it was not used. Tick the box if the resident is temporary."
                            ),
                        );
                    }
                }
            } else if let Some(field) = DueField::DATES.into_iter().find(|f| f.key() == key) {
                if field == DueField::AsOf {
                    form.as_of_set = true;
                }
                match DateParts::from_link(&value) {
                    Ok(parts) => {
                        form.dates.insert(field, parts);
                    }
                    Err(message) => {
                        form.dates.insert(field, DateParts::default());
                        form.link_errors
                            .insert(field, format!("{}: {message}", field.label()));
                    }
                }
            }
        }
        form
    }

    /// The link's query for this form, in the documented order; empty
    /// fields are left out.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if !self.scheme.is_empty() {
            pairs.push(("scheme", self.scheme.clone()));
        }
        for field in DueField::DATES {
            if field == DueField::AsOf && !self.as_of_set {
                continue;
            }
            if let Some(value) = self.date(field).to_link() {
                pairs.push((field.key(), value));
            }
            // The documented order puts "temporary" after "readmitted".
            if field == DueField::Readmitted && self.temporary {
                pairs.push(("temporary", "1".into()));
            }
        }
        query::build(pairs)
    }

    /// Check every field; either the question for the engine or every error,
    /// in the order of the form.
    pub fn validate(&self) -> Result<DueQuestion, Vec<FieldError>> {
        let mut errors: Vec<FieldError> = Vec::new();
        let mut err = |field: DueField, message: String, part: DatePart| {
            errors.push(FieldError {
                field,
                message,
                part,
            })
        };

        let scheme = Scheme::by_id(&self.scheme);
        if let Some(message) = self.link_errors.get(&DueField::Scheme) {
            err(DueField::Scheme, message.clone(), DatePart::All);
        } else if scheme.is_none() {
            err(DueField::Scheme, "Choose a scheme".into(), DatePart::All);
        }

        if let Some(message) = self.link_errors.get(&DueField::Temporary) {
            err(DueField::Temporary, message.clone(), DatePart::All);
        }

        let mut valid: FieldMap<NaiveDate> = FieldMap::default();
        for field in DueField::DATES {
            if let Some(message) = self.link_errors.get(&field) {
                err(field, message.clone(), DatePart::All);
                continue;
            }
            match self.date(field).event_entry(field.label()) {
                DateEntry::Valid(d) => {
                    valid.insert(field, d);
                }
                DateEntry::Invalid { message, part } => err(field, message, part),
                DateEntry::Empty => match field {
                    DueField::Admitted => {
                        err(field, "Enter the date of admission".into(), DatePart::All)
                    }
                    DueField::AsOf => err(
                        field,
                        "Enter the date to work the deadlines out as of".into(),
                        DatePart::All,
                    ),
                    _ => {}
                },
            }
        }

        let admitted = valid.get(&DueField::Admitted).copied();
        let as_of = valid.get(&DueField::AsOf).copied();
        if let Some(a) = admitted {
            for field in [DueField::Readmitted, DueField::HospitalAdmission] {
                if valid.get(&field).is_some_and(|d| *d < a) {
                    err(
                        field,
                        format!(
                            "{} must be the same as or after the date of admission",
                            field.label()
                        ),
                        DatePart::All,
                    );
                }
            }
        }
        for field in DueField::DATES {
            let Some(id) = field.done_obligation() else {
                continue;
            };
            let Some(done) = valid.get(&field).copied() else {
                continue;
            };
            if as_of.is_some_and(|as_of| done > as_of) {
                err(
                    field,
                    format!(
                        "{} must be the same as or before the \u{201c}as of\u{201d} date",
                        field.label()
                    ),
                    DatePart::All,
                );
            } else if once_after_admission(id) && admitted.is_some_and(|a| done < a) {
                err(
                    field,
                    format!(
                        "{} must be the same as or after the date of admission",
                        field.label()
                    ),
                    DatePart::All,
                );
            }
        }

        // In the form's order (a stable insertion: no general sort, which
        // would add to the first load's size).
        let mut in_order: Vec<FieldError> = Vec::with_capacity(errors.len());
        for e in errors {
            let at = in_order.partition_point(|x| x.field <= e.field);
            in_order.insert(at, e);
        }
        let errors = in_order;
        match (scheme, admitted, as_of, errors.is_empty()) {
            (Some(scheme), Some(admitted), Some(as_of), true) => Ok(DueQuestion {
                scheme,
                as_of,
                facts: ResidentFacts {
                    admitted,
                    informed: valid.get(&DueField::Informed).copied(),
                    readmitted: valid.get(&DueField::Readmitted).copied(),
                    hospital_admissions: valid
                        .get(&DueField::HospitalAdmission)
                        .copied()
                        .into_iter()
                        .collect(),
                    meetings: valid
                        .get(&DueField::NextMeeting)
                        .copied()
                        .into_iter()
                        .collect(),
                    temporary: self.temporary,
                    records: DueField::DATES
                        .into_iter()
                        .filter_map(|f| Some((f.done_obligation()?, *valid.get(&f)?)))
                        .collect(),
                },
            }),
            _ => Err(errors),
        }
    }
}
