//! Dates as people in England read and type them: en-GB text for display,
//! ISO 8601 (YYYY-MM-DD) in links and files, and the NHS date-input pattern
//! (separate day, month and year boxes) with its standard error messages.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

/// Monday first, as chrono numbers them from Monday.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn weekday_name(d: NaiveDate) -> &'static str {
    WEEKDAYS[d.weekday().num_days_from_monday() as usize]
}

fn month_name(d: NaiveDate) -> &'static str {
    MONTHS[d.month0() as usize]
}

/// `text` with the spaces inside its dates, times and numbers made
/// no-break spaces, so that a line never ends inside one: "Mon 2 Nov
/// 2026", "943 476 5919", "8 Dec 2026 01:47". Every other space is left
/// as it was. For screens only: files and tests keep plain spaces.
pub fn unbroken(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut before = "";
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(if joined(before, word) { '\u{a0}' } else { ' ' });
        }
        out.push_str(word);
        before = word;
    }
    out
}

/// Whether two words are parts of one date, time or number.
fn joined(before: &str, after: &str) -> bool {
    // "2026, 3 days left": a comma or a stop ends the date.
    if before.ends_with([',', ';', '.', ')']) {
        return false;
    }
    fn core(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != ':')
    }
    let (a, b) = (core(before), core(after));
    let number = |w: &str| !w.is_empty() && w.bytes().all(|c| c.is_ascii_digit() || c == b':');
    // "Mon", "Monday"; "Nov", "November".
    let name_in = |w: &str, names: &[&str]| {
        w.len() >= 3
            && names
                .iter()
                .any(|n| n.starts_with(w) && (w.len() == 3 || *n == w))
    };
    let day = |w: &str| name_in(w, &WEEKDAYS);
    let month = |w: &str| name_in(w, &MONTHS);
    (number(a) && (number(b) || month(b))) || ((day(a) || month(a)) && number(b))
}

/// "Friday 25 December 2026".
pub fn long(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(d),
        d.day(),
        month_name(d),
        d.year()
    )
}

/// "Fri 25 Dec 2026".
pub fn short(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        weekday_name(d).chars().take(3).collect::<String>(),
        d.day(),
        month_name(d).chars().take(3).collect::<String>(),
        d.year()
    )
}

/// "25 December 2026" (no weekday).
pub fn day_month_year(d: NaiveDate) -> String {
    format!("{} {} {}", d.day(), month_name(d), d.year())
}

/// "09:05": a time of day on the 24-hour clock, as NHS documents write it.
/// (Written here rather than by chrono's `format`, whose general
/// formatter the app would otherwise carry for this alone.)
pub fn clock(t: NaiveTime) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// "2026-12-25", for links, files and `<time datetime>`.
pub fn iso(d: NaiveDate) -> String {
    match iso_bytes(d) {
        // Ten ASCII digits and hyphens.
        Some(b) => b.iter().map(|&c| c as char).collect(),
        None => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
    }
}

/// Append the date as [`chrono_date::serialize`] writes it, without
/// making a `String` for it: "YYYY-MM-DD", or chrono's own form for years
/// outside 0 to 9999 (its `Serialize` writes its `Debug` text).
pub fn push_iso(out: &mut String, d: NaiveDate) {
    match iso_bytes(d) {
        Some(b) => out.extend(b.iter().map(|&c| char::from(c))),
        None => {
            use std::fmt::Write;
            let _ = write!(out, "{d:?}");
        }
    }
}

/// "YYYY-MM-DD" as bytes, for years 0 to 9999 (the only ones written as
/// four digits); written digit by digit, since a register of thousands of
/// residents writes tens of thousands of dates at each save.
fn iso_bytes(d: NaiveDate) -> Option<[u8; 10]> {
    let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
    let digit = |n: u32| b'0' + (n % 10) as u8;
    let (m, day) = (d.month(), d.day());
    Some([
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(m / 10),
        digit(m),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// Parse a strict ISO date, "YYYY-MM-DD". Reads the bytes in place: the
/// register's tens of thousands of dates are read without allocating.
pub fn parse_iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// A date saved as "YYYY-MM-DD" (`#[serde(with = "date_text::iso_field")]`),
/// read with [`parse_iso`]: the same text chrono writes and reads, without
/// chrono's general parser in the first load.
pub mod iso_field {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::iso(*date))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_iso(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\u{201c}{text}\u{201d} is not a real date (YYYY-MM-DD)"
            ))
        })
    }
}

/// An optional date saved as "YYYY-MM-DD" (see [`iso_field`]).
pub mod iso_option_field {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => s.serialize_str(&super::iso(*d)),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(text) => super::parse_iso(&text).map(Some).ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "\u{201c}{text}\u{201d} is not a real date (YYYY-MM-DD)"
                ))
            }),
        }
    }
}

/// Reading a date saved by chrono (`#[serde(deserialize_with = ...)]`):
/// the usual "YYYY-MM-DD" is read by [`parse_iso`], without allocating;
/// anything else goes to chrono's own parser, so exactly the same texts
/// are accepted as before, several times faster for a large register.
pub mod chrono_date {
    use chrono::NaiveDate;
    use serde::de::{Deserializer, Error, Visitor};
    use serde::{Serialize, Serializer};

    struct Date;

    impl Visitor<'_> for Date {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date (YYYY-MM-DD)")
        }
        fn visit_str<E: Error>(self, text: &str) -> Result<NaiveDate, E> {
            match super::parse_iso(text) {
                Some(d) => Ok(d),
                None => text.parse().map_err(E::custom),
            }
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(Date)
    }

    /// Writing a date as chrono does (`#[serde(serialize_with = ...)]`):
    /// the same text, "YYYY-MM-DD" for years 0 to 9999, written without
    /// chrono's general formatter; other years go to chrono's own.
    pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        match super::iso_bytes(*date) {
            // Ten ASCII bytes are always UTF-8.
            Some(b) => s.serialize_str(std::str::from_utf8(&b).unwrap_or_default()),
            None => date.serialize(s),
        }
    }

    /// [`serialize`] for `Option<NaiveDate>` fields: `null` when absent.
    pub fn serialize_option<S: Serializer>(
        date: &Option<NaiveDate>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match date {
            Some(d) => serialize(d, s),
            None => s.serialize_none(),
        }
    }

    struct Optional;

    impl<'de> Visitor<'de> for Optional {
        type Value = Option<NaiveDate>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date (YYYY-MM-DD) or null")
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            deserialize(d).map(Some)
        }
    }

    /// For `Option<NaiveDate>` fields; they also need `#[serde(default)]`,
    /// so that a missing field is still `None`.
    pub fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        d.deserialize_option(Optional)
    }
}

/// The three boxes of the NHS date input, as typed (kept as typed when
/// saved, so a half-typed date is not lost on reload).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct DateParts {
    pub day: String,
    pub month: String,
    pub year: String,
}

/// Which box an error belongs to, so only that box is highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
    All,
}

/// The years a form accepts for an event date (docs/rules.md §2: "Dates
/// before 1990 or after 2100 in a form are refused at the field").
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1990..=2100;

/// What the three boxes add up to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateEntry {
    /// Nothing typed.
    Empty,
    /// A real date.
    Valid(NaiveDate),
    /// Not a real date, or not finished: the message follows the NHS
    /// design system's date-input wording.
    Invalid { message: String, part: DatePart },
}

impl DateParts {
    /// What is typed in one box (`All` reads the year's).
    pub fn part(&self, part: DatePart) -> &str {
        match part {
            DatePart::Day => &self.day,
            DatePart::Month => &self.month,
            _ => &self.year,
        }
    }

    /// One box, to change what is typed in it (`All` is the year's).
    pub fn part_mut(&mut self, part: DatePart) -> &mut String {
        match part {
            DatePart::Day => &mut self.day,
            DatePart::Month => &mut self.month,
            _ => &mut self.year,
        }
    }

    pub fn from_date(d: NaiveDate) -> Self {
        DateParts {
            day: d.day().to_string(),
            month: d.month().to_string(),
            year: d.year().to_string(),
        }
    }

    /// Fill the boxes from a link's "YYYY-MM-DD" value, keeping whatever
    /// was there even when it is not a real date, so the user sees it. A
    /// value that is not three parts joined by "-" cannot be shown in the
    /// boxes: the error says what the link held.
    pub fn from_link(text: &str) -> Result<Self, String> {
        let parts: Vec<&str> = text.split('-').collect();
        match parts.as_slice() {
            // A blank part (a space) is missing, as `to_link` trims it.
            [y, m, d] if [y, m, d].iter().all(|p| !p.trim().is_empty()) => Ok(DateParts {
                day: d.to_string(),
                month: m.to_string(),
                year: y.to_string(),
            }),
            _ => Err(format!(
                "The link gave \"{text}\", which is not a date: links use YYYY-MM-DD"
            )),
        }
    }

    /// The value a link carries: "YYYY-MM-DD" when real, otherwise the
    /// boxes joined as typed (so opening the link shows the same error);
    /// `None` when all three are empty.
    pub fn to_link(&self) -> Option<String> {
        match self.entry("Date") {
            DateEntry::Empty => None,
            DateEntry::Valid(d) => Some(iso(d)),
            DateEntry::Invalid { .. } => Some(format!(
                "{}-{}-{}",
                self.year.trim(),
                self.month.trim(),
                self.day.trim()
            )),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.day.trim().is_empty() && self.month.trim().is_empty() && self.year.trim().is_empty()
    }

    /// Read the boxes as the date of an event the tool counts from: as
    /// [`DateParts::entry`], and a year before [`PLAUSIBLE_YEARS`] starts or
    /// after it ends is refused as implausible (docs/rules.md §2). Not for
    /// dates of birth.
    pub fn event_entry(&self, label: &str) -> DateEntry {
        match self.entry(label) {
            DateEntry::Valid(d) if !PLAUSIBLE_YEARS.contains(&d.year()) => DateEntry::Invalid {
                message: format!(
                    "{label} must be between {} and {}: check the year",
                    PLAUSIBLE_YEARS.start(),
                    PLAUSIBLE_YEARS.end()
                ),
                part: DatePart::Year,
            },
            other => other,
        }
    }

    /// Read the boxes as the date something happened: required, plausible
    /// and not after `today`. The message and the box to fix otherwise.
    pub fn past_event(
        &self,
        label: &str,
        today: NaiveDate,
    ) -> Result<NaiveDate, (String, DatePart)> {
        match self.event_entry(label) {
            DateEntry::Valid(d) if d > today => Err((
                format!("{label} must be today or in the past"),
                DatePart::All,
            )),
            DateEntry::Valid(d) => Ok(d),
            DateEntry::Empty => Err((
                format!("Enter the {}", label.to_ascii_lowercase()),
                DatePart::All,
            )),
            DateEntry::Invalid { message, part } => Err((message, part)),
        }
    }

    /// Read the boxes. `label` names the date in messages, capitalised,
    /// e.g. "Date of admission".
    pub fn entry(&self, label: &str) -> DateEntry {
        let (d, m, y) = (self.day.trim(), self.month.trim(), self.year.trim());
        if d.is_empty() && m.is_empty() && y.is_empty() {
            return DateEntry::Empty;
        }
        let invalid = |message: String, part| DateEntry::Invalid { message, part };
        let missing: Vec<(&str, DatePart)> = [
            (d, "day", DatePart::Day),
            (m, "month", DatePart::Month),
            (y, "year", DatePart::Year),
        ]
        .into_iter()
        .filter(|(v, _, _)| v.is_empty())
        .map(|(_, name, part)| (name, part))
        .collect();
        match missing.as_slice() {
            [] => {}
            [(name, part)] => return invalid(format!("{label} must include a {name}"), *part),
            [(a, _), (b, _)] => {
                return invalid(format!("{label} must include a {a} and {b}"), DatePart::All)
            }
            _ => return DateEntry::Empty,
        }
        let numeric = |s: &str| s.chars().all(|c| c.is_ascii_digit()) && s.len() <= 4;
        if !numeric(d) || !numeric(m) || !numeric(y) {
            return invalid(
                format!("{label} must be a real date, in numbers"),
                DatePart::All,
            );
        }
        if y.len() != 4 {
            return invalid("Year must include 4 numbers".to_string(), DatePart::Year);
        }
        let (day, month, year): (u32, u32, i32) = (
            d.parse().unwrap_or(0),
            m.parse().unwrap_or(0),
            y.parse().unwrap_or(0),
        );
        if !(1..=12).contains(&month) {
            return invalid(
                format!("{label} must be a real date: the month must be 1 to 12"),
                DatePart::Month,
            );
        }
        match NaiveDate::from_ymd_opt(year, month, day) {
            Some(date) => DateEntry::Valid(date),
            None => invalid(format!("{label} must be a real date"), DatePart::Day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(d: &str, m: &str, y: &str) -> DateParts {
        DateParts {
            day: d.into(),
            month: m.into(),
            year: y.into(),
        }
    }

    #[test]
    fn each_box_is_read_and_written_by_its_part() {
        let mut p = parts("3", "11", "2026");
        assert_eq!(
            [DatePart::Day, DatePart::Month, DatePart::Year].map(|x| p.part(x).to_string()),
            ["3", "11", "2026"]
        );
        *p.part_mut(DatePart::Month) = "12".into();
        assert_eq!(p, parts("3", "12", "2026"));
        *p.part_mut(DatePart::Day) = "04".into();
        *p.part_mut(DatePart::Year) = "2027".into();
        assert_eq!(p, parts("04", "12", "2027"));
    }

    #[test]
    fn formats_en_gb() {
        let d = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        assert_eq!(long(d), "Friday 25 December 2026");
        assert_eq!(short(d), "Fri 25 Dec 2026");
        assert_eq!(day_month_year(d), "25 December 2026");
        assert_eq!(iso(d), "2026-12-25");
    }

    #[test]
    fn parses_strict_iso_only() {
        assert_eq!(
            parse_iso("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2026-13-01",
            "26-01-01",
            "2026-1-01",
            "banana",
            "",
            "2026-01-01x",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn date_input_messages_follow_the_nhs_pattern() {
        let label = "Date of admission";
        let cases = [
            (parts("", "", ""), DateEntry::Empty),
            (
                parts("3", "11", "2026"),
                DateEntry::Valid(NaiveDate::from_ymd_opt(2026, 11, 3).unwrap()),
            ),
            (
                parts("3", "", "2026"),
                DateEntry::Invalid {
                    message: "Date of admission must include a month".into(),
                    part: DatePart::Month,
                },
            ),
            (
                parts("3", "", ""),
                DateEntry::Invalid {
                    message: "Date of admission must include a month and year".into(),
                    part: DatePart::All,
                },
            ),
            (
                parts("30", "2", "2026"),
                DateEntry::Invalid {
                    message: "Date of admission must be a real date".into(),
                    part: DatePart::Day,
                },
            ),
            (
                parts("1", "13", "2026"),
                DateEntry::Invalid {
                    message: "Date of admission must be a real date: the month must be 1 to 12"
                        .into(),
                    part: DatePart::Month,
                },
            ),
            (
                parts("1", "1", "26"),
                DateEntry::Invalid {
                    message: "Year must include 4 numbers".into(),
                    part: DatePart::Year,
                },
            ),
            (
                parts("a", "1", "2026"),
                DateEntry::Invalid {
                    message: "Date of admission must be a real date, in numbers".into(),
                    part: DatePart::All,
                },
            ),
        ];
        for (input, expected) in cases {
            assert_eq!(input.entry(label), expected, "{input:?}");
        }
    }

    #[test]
    fn link_values_round_trip_even_when_impossible() {
        let p = DateParts::from_link("2026-02-30").unwrap();
        assert_eq!(p, parts("30", "02", "2026"));
        assert_eq!(p.to_link().as_deref(), Some("2026-02-30"));
        let ok = DateParts::from_link("2026-11-03").unwrap();
        assert_eq!(ok.to_link().as_deref(), Some("2026-11-03"));
        assert_eq!(DateParts::default().to_link(), None);
        assert_eq!(
            DateParts::from_link("banana"),
            Err("The link gave \"banana\", which is not a date: links use YYYY-MM-DD".to_string())
        );
        assert!(DateParts::from_link("2026--01").is_err());
    }
}
