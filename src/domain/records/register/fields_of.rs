//! The fields of a resident and of a care home that merge one by one: each
//! read as text (to compare, to break a tie, to keep a version) and copied
//! from one record to another.

use crate::domain::helpers::date_text::iso;
use crate::domain::records::register::{Home, LeftBecause, Resident};
use crate::domain::stamps::FieldStamps;

/// A resident's fields, by the names their stamps are kept under.
pub const RESIDENT_FIELDS: [&str; 10] = [
    "home",
    "name",
    "dob",
    "nhs",
    "room",
    "temporary",
    "admitted",
    "informed",
    "discharged",
    "concern",
];

/// The fields that identify a person or date their care: a change made on
/// two devices at once is shown as a conflict, not settled silently.
pub const IDENTIFYING: [&str; 6] = ["name", "nhs", "dob", "admitted", "informed", "discharged"];

/// A care home's fields. (Its bed counts are entries, each with its own
/// stamp, merged change by change.)
pub const HOME_FIELDS: [&str; 5] = [
    "name",
    "service_type",
    "scheme",
    "round_day",
    "agreement_id",
];

fn date_text(d: Option<chrono::NaiveDate>) -> String {
    d.map(iso).unwrap_or_default()
}

/// The value of a resident's field as text: dates ISO, none as "".
pub fn resident_field(r: &Resident, field: &str) -> String {
    match field {
        "home" => r.home_id.clone(),
        "name" => r.name.clone(),
        "dob" => date_text(r.date_of_birth),
        "nhs" => r.nhs_number.clone(),
        "room" => r.room.clone(),
        "temporary" => if r.temporary { "yes" } else { "no" }.into(),
        "admitted" => iso(r.admitted),
        "informed" => date_text(r.informed),
        "discharged" => match &r.discharged {
            None => String::new(),
            Some(d) => format!(
                "{} {}",
                iso(d.date),
                match d.reason {
                    LeftBecause::MovedOut => "moved-out",
                    LeftBecause::Died => "died",
                }
            ),
        },
        "concern" => r.concern.clone(),
        _ => String::new(),
    }
}

/// Whether a resident's field holds the same value in both.
pub fn same_resident_field(a: &Resident, b: &Resident, field: &str) -> bool {
    match field {
        "home" => a.home_id == b.home_id,
        "name" => a.name == b.name,
        "dob" => a.date_of_birth == b.date_of_birth,
        "nhs" => a.nhs_number == b.nhs_number,
        "room" => a.room == b.room,
        "temporary" => a.temporary == b.temporary,
        "admitted" => a.admitted == b.admitted,
        "informed" => a.informed == b.informed,
        "discharged" => a.discharged == b.discharged,
        "concern" => a.concern == b.concern,
        _ => true,
    }
}

/// Copy one field's value from `from` into `into`.
pub fn copy_resident_field(into: &mut Resident, from: &Resident, field: &str) {
    match field {
        "home" => into.home_id.clone_from(&from.home_id),
        "name" => into.name.clone_from(&from.name),
        "dob" => into.date_of_birth = from.date_of_birth,
        "nhs" => into.nhs_number.clone_from(&from.nhs_number),
        "room" => into.room.clone_from(&from.room),
        "temporary" => into.temporary = from.temporary,
        "admitted" => into.admitted = from.admitted,
        "informed" => into.informed = from.informed,
        "discharged" => into.discharged.clone_from(&from.discharged),
        "concern" => into.concern.clone_from(&from.concern),
        _ => {}
    }
}

/// Set a resident's field from its text form (a version's value); false
/// when the text is not a value of that field.
pub fn set_resident_field(r: &mut Resident, field: &str, text: &str) -> bool {
    let date = |t: &str| crate::domain::helpers::date_text::parse_iso(t);
    let optional = |t: &str| {
        if t.is_empty() {
            Some(None)
        } else {
            date(t).map(Some)
        }
    };
    match field {
        "name" if !text.trim().is_empty() => r.name = text.into(),
        "nhs" if crate::domain::records::register::nhs_number::parse(text).is_ok() => {
            r.nhs_number = text.into()
        }
        "dob" => match optional(text) {
            Some(d) => r.date_of_birth = d,
            None => return false,
        },
        "admitted" => match date(text) {
            Some(d) => r.admitted = d,
            None => return false,
        },
        "informed" => match optional(text) {
            Some(d) => r.informed = d,
            None => return false,
        },
        "discharged" => {
            if text.is_empty() {
                r.discharged = None;
            } else {
                let (d, why) = text.split_once(' ').unwrap_or((text, ""));
                let reason = match why {
                    "moved-out" => LeftBecause::MovedOut,
                    "died" => LeftBecause::Died,
                    _ => return false,
                };
                match date(d) {
                    Some(date) => {
                        r.discharged =
                            Some(crate::domain::records::register::Discharge { date, reason })
                    }
                    None => return false,
                }
            }
        }
        _ => return false,
    }
    true
}

/// The value of a home's field as text.
pub fn home_field(h: &Home, field: &str) -> String {
    match field {
        "name" => h.name.clone(),
        "service_type" => serde_json::to_string(&h.service_type).unwrap_or_default(),
        "scheme" => h.scheme.clone(),
        "round_day" => h.round_day.clone(),
        "agreement_id" => h.agreement_id.clone().unwrap_or_default(),
        _ => String::new(),
    }
}

pub fn same_home_field(a: &Home, b: &Home, field: &str) -> bool {
    match field {
        "name" => a.name == b.name,
        "service_type" => a.service_type == b.service_type,
        "scheme" => a.scheme == b.scheme,
        "round_day" => a.round_day == b.round_day,
        "agreement_id" => a.agreement_id == b.agreement_id,
        _ => true,
    }
}

pub fn copy_home_field(into: &mut Home, from: &Home, field: &str) {
    match field {
        "name" => into.name.clone_from(&from.name),
        "service_type" => into.service_type = from.service_type,
        "scheme" => into.scheme.clone_from(&from.scheme),
        "round_day" => into.round_day.clone_from(&from.round_day),
        "agreement_id" => into.agreement_id.clone_from(&from.agreement_id),
        _ => {}
    }
}

/// A care home's field stamps as read: only its own fields'.
pub fn home_stamps<'de, D: serde::Deserializer<'de>>(d: D) -> Result<FieldStamps, D::Error> {
    use serde::Deserialize;
    Ok(FieldStamps::deserialize(d)?.keep_only(|f| HOME_FIELDS.contains(&f)))
}

/// A resident's field stamps as read: only its own fields'.
pub fn resident_stamps<'de, D: serde::Deserializer<'de>>(d: D) -> Result<FieldStamps, D::Error> {
    use serde::Deserialize;
    Ok(FieldStamps::deserialize(d)?.keep_only(|f| RESIDENT_FIELDS.contains(&f)))
}
