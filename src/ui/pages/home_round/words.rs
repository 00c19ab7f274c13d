//! The page's words: the round, when to send, whether it was sent, and
//! the small checks on names and file names.

use chrono::NaiveDate;

use crate::domain::helpers::date_text::long;
use crate::domain::records::round::home_side::{KeptRequest, RoundSetup};
use crate::domain::records::round::send_by;
use crate::domain::rules::calendar::Calendar;

/// How many rounds ahead the home may prepare.
pub const ROUNDS_AHEAD: u32 = 4;

/// "virtual" from "Virtual"; a name with capitals inside ("Microsoft
/// Teams") is kept as typed.
fn mode_words(mode: &str) -> String {
    let mode = mode.trim();
    let mut chars = mode.chars();
    match chars.next() {
        Some(first) if !chars.as_str().chars().any(char::is_uppercase) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => mode.to_string(),
    }
}

/// "Tuesday 8 December 2026 at 10:30, virtual, with Oak Surgery": the
/// time, how it is held and the practice only when known.
pub fn round_words(setup: &RoundSetup, round: NaiveDate) -> String {
    long(round) + &how_held(setup)
}

/// " at 10:30, virtual, with Oak Surgery": each part only when known.
fn how_held(setup: &RoundSetup) -> String {
    let mut out = String::new();
    if !setup.time.trim().is_empty() {
        out.push_str(&format!(" at {}", setup.time.trim()));
    }
    if !setup.mode.trim().is_empty() {
        out.push_str(&format!(", {}", mode_words(&setup.mode)));
    }
    if !setup.practice.trim().is_empty() {
        out.push_str(&format!(", with {}", setup.practice.trim()));
    }
    out
}

/// "Send your request by 10:30 on Monday 7 December 2026 (24 hours
/// before, counted in working days, as agreed with the practice)."
pub fn send_by_words(
    setup: &RoundSetup,
    round: NaiveDate,
    today: NaiveDate,
    calendar: &Calendar,
) -> String {
    let notice = setup.notice();
    match send_by(round, &setup.time, notice, calendar) {
        Some(by) => {
            let now = crate::ui::browser::local_instant(&crate::ui::browser::now_iso());
            let passed = match (now, by.time) {
                (Some((d, t)), Some(at)) => (d, t) >= (by.date, at),
                (Some((d, _)), None) => d >= by.date,
                (None, _) => by.date < today,
            };
            let late = if passed {
                " That time has passed: send it now, and tell the practice it is late."
            } else {
                ""
            };
            format!(
                "Send your request {} ({} hours before, counted in working days, as agreed with the practice).{late}",
                by.words(),
                notice.hours()
            )
        }
        None => format!(
            "Send your request {} hours before the round, counted in working days, as agreed with the practice.",
            notice.hours()
        ),
    }
}

/// "Not sent yet", "Sent on Monday 7 December 2026 at 09:05", or
/// "Changed since it was sent: send it again".
pub fn sent_words(kept: Option<&KeptRequest>) -> String {
    match kept.and_then(|k| k.sent_at.as_deref().map(|at| (k, at))) {
        None => "Not sent yet".into(),
        Some((k, _)) if !k.is_sent() => "Changed since it was sent: send it again".into(),
        Some((_, at)) => match local_time(at) {
            Some(when) => format!("Sent on {when}"),
            None => "Sent".into(),
        },
    }
}

/// An ISO 8601 instant as this device's local day and time: "Monday 7
/// December 2026 at 09:05".
fn local_time(iso: &str) -> Option<String> {
    let (date, time) = crate::ui::browser::local_instant(iso)?;
    Some(format!(
        "{} at {}",
        long(date),
        crate::domain::helpers::date_text::clock(time)
    ))
}

/// "1 resident", "3 residents".
pub fn residents_count(n: usize) -> String {
    if n == 1 {
        "1 resident".into()
    } else {
        format!("{n} residents")
    }
}

/// "Oakwood House: Tuesdays at 10:30, virtual, with Oak Surgery; requests
/// 48 hours before", to tell two setups apart.
pub fn setup_words(setup: &RoundSetup) -> String {
    format!(
        "{}: {}s{}; requests {} hours before",
        setup.home.trim(),
        setup.day,
        how_held(setup),
        setup.notice().hours()
    )
}
