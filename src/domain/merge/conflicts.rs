//! Conflicts: a field that identifies a person or dates their care (name,
//! NHS number, date of birth, admission, informed, discharge) changed on two
//! devices without either knowing of the other's change. The later value
//! applies; the other is listed on the resident's page until the user uses
//! it or keeps the value shown. Worked out from the versions each field has
//! had, which merging keeps whole, so every device shows the same
//! conflicts whatever order copies met in.

use super::fields::Removed;
use super::fields_of::{resident_field, set_resident_field, IDENTIFYING};
use super::stamp::Stamp;
use crate::domain::records::register::{Register, Resident};

/// One field with two values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The field's name (`fields_of::IDENTIFYING`).
    pub field: String,
    /// The value that applies now, as text, and when it was set.
    pub kept: String,
    pub kept_at: Stamp,
    /// The value set at the same time elsewhere, and when.
    pub other: String,
    pub other_at: Stamp,
    /// The other value's id, to dismiss it.
    pub id: String,
}

/// What a field is called on screen.
pub fn field_label(field: &str) -> &'static str {
    match field {
        "name" => "Name",
        "nhs" => "NHS number",
        "dob" => "Date of birth",
        "admitted" => "Date of admission",
        "informed" => "Date the practice was informed",
        "discharged" => "Left the home",
        _ => "Detail",
    }
}

/// What a field is called within a sentence: "Check the NHS number".
pub fn field_in_sentence(field: &str) -> &'static str {
    match field {
        "name" => "name",
        "nhs" => "NHS number",
        "dob" => "date of birth",
        "admitted" => "date of admission",
        "informed" => "date the practice was informed",
        "discharged" => "date they left the home",
        _ => "detail",
    }
}

/// A field's value as text (`fields_of::resident_field`), in the words
/// the resident's page uses: "943 476 5919", "Tue 3 Nov 2026", "Died on
/// Tue 1 Dec 2026", "none".
pub fn value_words(field: &str, value: &str) -> String {
    use crate::domain::helpers::date_text::{parse_iso, short};
    if value.is_empty() {
        return match field {
            "discharged" => "still living at the home".into(),
            _ => "none".into(),
        };
    }
    match field {
        "nhs" => crate::domain::records::register::nhs_number::format(value),
        "dob" | "admitted" | "informed" => parse_iso(value).map_or(value.to_string(), short),
        "discharged" => {
            let (date, why) = value.split_once(' ').unwrap_or((value, ""));
            let date = parse_iso(date).map_or(date.to_string(), short);
            match why {
                "died" => format!("died on {date}"),
                _ => format!("moved out on {date}"),
            }
        }
        _ => value.to_string(),
    }
}

impl Resident {
    /// Who made the change stamped `at`, when it was made through the
    /// details form (which records who in the history).
    pub fn changed_by(&self, at: &Stamp) -> Option<&str> {
        let prefix = format!("{}.", at.text());
        self.events
            .iter()
            .find(|e| {
                e.id.starts_with(&prefix)
                    && matches!(
                        e.kind,
                        crate::domain::records::register::EventKind::DetailsChanged(_)
                    )
            })
            .map(|e| e.by.as_str())
            .filter(|by| !by.is_empty())
    }

    /// The conflicts to show, field by field; `removed` holds the ones
    /// dismissed.
    pub fn conflicts(&self, removed: &[Removed]) -> Vec<Conflict> {
        let mut out = Vec::new();
        if self.versions.is_empty() {
            return out;
        }
        for field in IDENTIFYING {
            let kept_at = self.stamps.get(field);
            let of_field = || self.versions.iter().filter(move |v| v.field == field);
            // The values the device that set the value shown had seen: the
            // chain of what each change replaced.
            let mut seen: Vec<&Stamp> = Vec::new();
            let mut at = kept_at;
            while let Some(v) = of_field().find(|v| v.at == *at) {
                if seen.contains(&&v.prev) || v.prev.is_zero() {
                    break;
                }
                seen.push(&v.prev);
                at = &v.prev;
            }
            let kept = resident_field(self, field);
            for v in of_field() {
                let superseded = of_field().any(|w| w.prev == v.at);
                if v.at == *kept_at
                    || v.value == kept
                    || seen.contains(&&v.at)
                    || superseded
                    || removed.iter().any(|r| r.id == v.id())
                {
                    continue;
                }
                out.push(Conflict {
                    field: field.to_string(),
                    kept: kept.clone(),
                    kept_at: kept_at.clone(),
                    other: v.value.clone(),
                    other_at: v.at.clone(),
                    id: v.id(),
                });
            }
        }
        out
    }
}

impl Register {
    /// The residents with a conflict to check, in the register's order.
    pub fn residents_with_conflicts(&self) -> Vec<&Resident> {
        self.residents
            .iter()
            .filter(|r| !r.conflicts(&self.removed).is_empty())
            .collect()
    }

    /// A resident's conflicts to check.
    pub fn conflicts_of(&self, resident_id: &str) -> Vec<Conflict> {
        self.residents
            .iter()
            .find(|r| r.id == resident_id)
            .map(|r| r.conflicts(&self.removed))
            .unwrap_or_default()
    }

    /// Use the other value of a conflict (a change like any other, stamped
    /// when saved); the conflict is dismissed. False when the resident or
    /// the value is no longer there.
    pub fn use_other_value(&mut self, resident_id: &str, c: &Conflict) -> bool {
        let Some(r) = self.residents.iter_mut().find(|r| r.id == resident_id) else {
            return false;
        };
        if !set_resident_field(r, &c.field, &c.other) {
            return false;
        }
        self.dismiss_conflict(c);
        true
    }

    /// Keep the value shown: the other is dismissed, on every device once
    /// merged.
    pub fn dismiss_conflict(&mut self, c: &Conflict) {
        if !self.removed.iter().any(|r| r.id == c.id) {
            self.removed.push(Removed {
                id: c.id.clone(),
                at: Stamp::default(),
            });
        }
    }
}
