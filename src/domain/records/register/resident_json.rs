//! The residents written as JSON by hand: byte for byte what serde_json
//! writes for `[Resident]` (a property test checks it against serde_json
//! with hostile text in every field, every kind of event and dates of any
//! year), about twice as fast. A save writes every resident of the
//! register, so this is most of a 5,000-resident save (issue 12's restore).
//! Text is quoted by the same function as the settings and holidays
//! (`small_json::push_quoted`).

use chrono::NaiveDate;

use super::model::{Event, EventKind, LeftBecause, Resident};
use crate::domain::formats::small_json::push_quoted;
use crate::domain::helpers::date_text::push_iso;

/// Append `residents` as a JSON array.
pub fn write_residents(out: &mut String, residents: &[Resident]) {
    out.push('[');
    for (i, r) in residents.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_resident(out, r);
    }
    out.push(']');
}

fn write_resident(out: &mut String, r: &Resident) {
    out.push_str("{\"id\":");
    push_quoted(out, &r.id);
    out.push_str(",\"home_id\":");
    push_quoted(out, &r.home_id);
    out.push_str(",\"name\":");
    push_quoted(out, &r.name);
    out.push_str(",\"date_of_birth\":");
    optional_date(out, r.date_of_birth);
    out.push_str(",\"nhs_number\":");
    push_quoted(out, &r.nhs_number);
    out.push_str(",\"room\":");
    push_quoted(out, &r.room);
    out.push_str(if r.temporary {
        ",\"temporary\":true,\"admitted\":"
    } else {
        ",\"temporary\":false,\"admitted\":"
    });
    date(out, r.admitted);
    out.push_str(",\"informed\":");
    optional_date(out, r.informed);
    out.push_str(",\"events\":[");
    for (i, e) in r.events.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        event(out, e);
    }
    out.push_str("],\"discharged\":");
    match &r.discharged {
        None => out.push_str("null"),
        Some(d) => {
            out.push_str("{\"date\":");
            date(out, d.date);
            out.push_str(match d.reason {
                LeftBecause::MovedOut => ",\"reason\":\"moved-out\"}",
                LeftBecause::Died => ",\"reason\":\"died\"}",
            });
        }
    }
    out.push_str(",\"concern\":");
    push_quoted(out, &r.concern);
    if !r.made.is_zero() {
        out.push_str(",\"made\":");
        push_quoted(out, &r.made.text());
    }
    // Rarely present: written by serde_json (the same bytes).
    if !r.stamps.is_empty() {
        out.push_str(",\"stamps\":");
        out.push_str(&serde_json::to_string(&r.stamps).unwrap_or_default());
    }
    if !r.versions.is_empty() {
        out.push_str(",\"versions\":");
        out.push_str(&serde_json::to_string(&r.versions).unwrap_or_default());
    }
    out.push('}');
}

/// The event's flat wire form (`EventWireRef` in the model): date, kind,
/// then the obligation, who, what changed or the metric, as present.
fn event(out: &mut String, e: &Event) {
    out.push('{');
    if !e.id.is_empty() {
        out.push_str("\"id\":");
        push_quoted(out, &e.id);
        out.push(',');
    }
    out.push_str("\"date\":");
    date(out, e.date);
    let kind = match &e.kind {
        EventKind::HospitalAdmission | EventKind::ElectiveAdmission => "hospital-admission",
        EventKind::ReturnFromHospital => "return-from-hospital",
        EventKind::Done(_) => "done",
        EventKind::DetailsChanged(_) => "details-changed",
        EventKind::Recorded(_) => "metric",
    };
    out.push_str(",\"kind\":\"");
    out.push_str(kind);
    out.push('"');
    if let EventKind::Done(id) = &e.kind {
        out.push_str(",\"obligation\":");
        push_quoted(out, id.as_str());
    }
    out.push_str(",\"by\":");
    push_quoted(out, &e.by);
    match &e.kind {
        EventKind::DetailsChanged(what) => {
            out.push_str(",\"changes\":");
            push_quoted(out, what);
        }
        EventKind::Recorded(m) => {
            out.push_str(",\"metric\":");
            push_quoted(out, m.key());
        }
        EventKind::ElectiveAdmission => out.push_str(",\"elective\":true"),
        _ => {}
    }
    out.push('}');
}

fn date(out: &mut String, d: NaiveDate) {
    out.push('"');
    push_iso(out, d);
    out.push('"');
}

fn optional_date(out: &mut String, d: Option<NaiveDate>) {
    match d {
        Some(d) => date(out, d),
        None => out.push_str("null"),
    }
}
