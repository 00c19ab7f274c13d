//! The due list as files: an iCalendar (.ics) of due dates and a CSV for
//! Excel.

use chrono::NaiveDate;

use crate::domain::helpers::date_text::iso;

use super::due_list::DueRow;

/// How much of a resident an .ics names. Initials by default: calendars are
/// often synced to places patient data should not go.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameDetail {
    Initials,
    FullName,
}

/// TEXT escaping (RFC 5545 §3.3.11); a CR, alone or before LF, is a line
/// break too, and other control characters are dropped.
fn ics_text(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A UID part made only of letters, digits, '-' and '_': anything else in
/// a stored id (a line break, a colon) cannot reach the file. Every other
/// byte, '_' included, is written `_` and two hex digits, so distinct ids
/// give distinct UIDs ("r.1", "r:1" and "r_1" were all "r_1", and a
/// calendar merged three residents' events).
fn uid_part(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("_{b:02X}"));
        }
    }
    out
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
        let (who, uid) = match &r.resident {
            Some(x) => (
                match detail {
                    NameDetail::Initials => x.initials(),
                    NameDetail::FullName => x.name.clone(),
                },
                uid_part(&x.id),
            ),
            None => (
                r.home_name.to_string(),
                format!("home-{}", uid_part(&r.home_id)),
            ),
        };
        let lines = [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{uid}.{}@care-home-toolkit", uid_part(&r.key)),
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
                ics_text(&format!(
                    "{}. {}: {}",
                    r.explanation(),
                    r.scheme.short_name,
                    crate::domain::rules::sources::plain(r.obligation.clause)
                ))
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
    // A cell starting with = + - @ (or a TAB, CR or NUL before one) would
    // be run as a formula by a spreadsheet.
    let formula =
        s.starts_with(['=', '+', '-', '@', '\t', '\r', '\0']) && s.parse::<i64>().is_err();
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

/// A CSV document: UTF-8 with a byte-order mark, CRLF line ends, every
/// cell made inert (see `csv_cell`).
pub fn csv_document(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(","),
    );
    out.push_str("\r\n");
    for row in rows {
        out.push_str(
            &row.iter()
                .map(|c| csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

/// "25/12/2026".
pub fn en_gb(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
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
        "Scheme",
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
            r.home_name.to_string(),
            match &r.resident {
                Some(x) => x.name.clone(),
                None => "(the home)".to_string(),
            },
            r.resident
                .as_ref()
                .map(|x| super::nhs_number::format(&x.nhs_number))
                .unwrap_or_default(),
            r.obligation.title.to_string(),
            r.scheme.short_name.to_string(),
            en_gb(r.due),
            r.status.label().to_string(),
            r.days_left.to_string(),
            r.explanation(),
            crate::domain::rules::sources::plain(r.obligation.clause),
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
