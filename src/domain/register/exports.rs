//! The due list as files: an iCalendar (.ics) of due dates and a CSV for
//! Excel.

use chrono::NaiveDate;

use crate::domain::date_text::iso;

use super::due_list::DueRow;

/// How much of a resident an .ics names. Initials by default: calendars are
/// often synced to places patient data should not go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameDetail {
    Initials,
    FullName,
}

fn ics_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Fold a content line at 75 octets (RFC 5545 §3.1), never inside a
/// character.
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

fn compact(d: NaiveDate) -> String {
    iso(d).replace('-', "")
}

/// An iCalendar file with one all-day event per obligation. Each UID is
/// made of the resident's id and the obligation, so importing a newer file
/// updates events instead of duplicating them. `stamp` is the DTSTAMP,
/// e.g. "20261122T103000Z".
pub fn ics(rows: &[DueRow], detail: NameDetail, stamp: &str) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Care Home Toolkit//Due dates//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        out.push_str(&fold(l));
    }
    for r in rows {
        let who = match detail {
            NameDetail::Initials => r.initials.clone(),
            NameDetail::FullName => r.resident_name.clone(),
        };
        let lines = [
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:{}.{}@care-home-toolkit",
                r.resident_id,
                r.obligation.id.as_str()
            ),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact(r.due)),
            format!(
                "DTEND;VALUE=DATE:{}",
                compact(r.due.succ_opt().unwrap_or(r.due))
            ),
            format!(
                "SUMMARY:{}",
                ics_text(&format!("{who}: {} ({})", r.obligation.title, r.home_name))
            ),
            format!(
                "DESCRIPTION:{}",
                ics_text(&format!("{}. {}", r.explanation, r.obligation.clause))
            ),
            "TRANSP:TRANSPARENT".to_string(),
            "END:VEVENT".to_string(),
        ];
        for l in lines {
            out.push_str(&fold(&l));
        }
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

fn csv_cell(s: &str) -> String {
    // A cell starting with = + - @ would be run as a formula by Excel.
    let formula = s.starts_with(['=', '+', '-', '@']) && s.parse::<i64>().is_err();
    let s = if formula {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn en_gb(d: NaiveDate) -> String {
    let s = iso(d);
    format!("{}/{}/{}", &s[8..10], &s[5..7], &s[..4])
}

/// The due list as CSV: UTF-8 with a byte-order mark (so Excel reads it as
/// UTF-8), CRLF line ends, dates as DD/MM/YYYY.
pub fn csv(rows: &[DueRow]) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        "Home",
        "Resident",
        "NHS number",
        "Obligation",
        "Due date",
        "Status",
        "Days left",
        "Rule",
        "Source",
    ];
    out.push_str(&header.join(","));
    out.push_str("\r\n");
    for r in rows {
        let cells = [
            r.home_name.clone(),
            r.resident_name.clone(),
            super::nhs_number::format(&r.nhs_number),
            r.obligation.title.to_string(),
            en_gb(r.due),
            r.status.label().to_string(),
            r.days_left.to_string(),
            r.explanation.clone(),
            r.obligation.clause.to_string(),
        ];
        out.push_str(
            &cells
                .iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}
