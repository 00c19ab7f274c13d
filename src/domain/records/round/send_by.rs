//! When the home's request must reach the practice: "24 or 48 hours in
//! advance" of the round (004), as the agreement says.
//!
//! Interpretation (docs/rules.md §8): the hours are counted in working
//! days, as an NHS.net inbox is read on working days: 24 hours is the
//! same time one working day before the round, 48 hours two working days
//! before. A round on Monday at 10:30 with 24 hours' notice is sent by
//! Friday at 10:30, not Sunday; bank holidays are skipped the same way.

use chrono::{Duration, NaiveDate, NaiveTime};

use crate::domain::rules::calendar::Calendar;

/// How much notice the practice asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Hours24,
    Hours48,
}

impl Notice {
    pub fn hours(self) -> u32 {
        match self {
            Notice::Hours24 => 24,
            Notice::Hours48 => 48,
        }
    }

    pub fn from_hours(hours: u32) -> Option<Notice> {
        match hours {
            24 => Some(Notice::Hours24),
            48 => Some(Notice::Hours48),
            _ => None,
        }
    }

    fn working_days(self) -> u32 {
        self.hours() / 24
    }
}

/// The send-by day, and the time when the round's time could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SendBy {
    pub date: NaiveDate,
    pub time: Option<NaiveTime>,
}

impl SendBy {
    /// "by 10:30 on Friday 4 December 2026", or "by the start of Friday 4
    /// December 2026" when the round's time is not known.
    pub fn words(&self) -> String {
        let day = crate::domain::helpers::date_text::long(self.date);
        match self.time {
            Some(t) => format!(
                "by {} on {day}",
                crate::domain::helpers::date_text::clock(t)
            ),
            None => format!("by the start of {day}"),
        }
    }
}

/// When the request for a round on `round` at `time` (as typed in the
/// agreement: "10:30", "2pm", "14.00") must be sent, with `notice`.
/// `None` when the calendar does not cover the days counted back.
pub fn send_by(
    round: NaiveDate,
    time: &str,
    notice: Notice,
    calendar: &Calendar,
) -> Option<SendBy> {
    let mut day = round;
    let mut left = notice.working_days();
    // A year of days is far more than any run of holidays.
    for _ in 0..366 {
        if left == 0 {
            return Some(SendBy {
                date: day,
                time: parse_time(time),
            });
        }
        day -= Duration::days(1);
        if calendar.is_working_day(day).ok()? {
            left -= 1;
        }
    }
    None
}

/// A time as people type it: "10:30", "10.30", "1030", "2pm", "2:15 pm",
/// "14:00". `None` for anything else.
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let t = text.trim().to_ascii_lowercase().replace(' ', "");
    let (digits, pm) = if let Some(x) = t.strip_suffix("pm") {
        (x, Some(true))
    } else if let Some(x) = t.strip_suffix("am") {
        (x, Some(false))
    } else {
        (t.as_str(), None)
    };
    if !digits
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    {
        return None;
    }
    let (h, m) = match digits.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()) => (h, m),
        Some(_) => return None,
        None if digits.len() == 4 && pm.is_none() => digits.split_at(2),
        None => (digits, "00"),
    };
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    match pm {
        Some(pm) if (1..=12).contains(&h) => {
            h %= 12;
            if pm {
                h += 12;
            }
        }
        Some(_) => return None,
        None => {}
    }
    NaiveTime::from_hms_opt(h, m, 0)
}
