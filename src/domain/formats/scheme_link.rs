//! The commissioner's link, `#/?scheme=<id>&due-day=20&q3-2026-27=2027-01-27`:
//! the scheme a device should use and, optionally, when quarterly returns
//! are due (docs/rules.md §6, "Submission dates"): `due-day`, the day of
//! the month after each quarter ends, every year; and a date for any
//! particular quarter, keyed by the quarter (`q3-2026-27` is Q3 of
//! 2026/27, October to December 2026). Links made before the yearly rule
//! gave one year's four dates as `q1=…&q2=…&q3=…&q4=…` (all four or none),
//! which still read, each as the quarter it follows.

use crate::domain::formats::query;
use crate::domain::helpers::date_text::{iso, parse_iso, PLAUSIBLE_YEARS};
use crate::domain::rules::quarter::Quarter;
use crate::domain::rules::return_due::ReturnDueRule;
use crate::domain::rules::schemes::Scheme;

/// The query keys of an older link's four return due dates.
pub const QUARTER_KEYS: [&str; 4] = ["q1", "q2", "q3", "q4"];
/// The key of the yearly rule's day.
pub const DAY_KEY: &str = "due-day";

/// What a commissioner's link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemeLink {
    pub scheme: &'static Scheme,
    /// When returns are due; empty when the link gave nothing.
    pub return_due: ReturnDueRule,
}

/// Read a start page's query. `Ok(None)` when it names no scheme; an error
/// says what is wrong in words for the user, and nothing is applied.
pub fn read(query_text: &str) -> Result<Option<SchemeLink>, String> {
    let pairs = query::parse(query_text);
    let nothing_changed =
        |what: String| format!("{what}, so nothing was changed. Ask for the link again.");
    if let Some((key, _)) = pairs.iter().find(|(k, _)| query::repeats(&pairs, k)) {
        return Err(nothing_changed(format!(
            "The link gives \u{201c}{key}\u{201d} twice"
        )));
    }
    let Some(id) = query::get(query_text, "scheme") else {
        return Ok(None);
    };
    let scheme = Scheme::by_id(&id).ok_or_else(|| {
        format!("The link names a scheme, \u{201c}{id}\u{201d}, that this tool does not know, so nothing was changed.")
    })?;
    let date = |key: &str, value: &str| {
        parse_iso(value)
            .filter(|d| PLAUSIBLE_YEARS.contains(&chrono::Datelike::year(d)))
            .ok_or_else(|| {
                nothing_changed(format!(
                    "The link\u{2019}s return due date for {key} is not a date (links use YYYY-MM-DD)"
                ))
            })
    };
    // An older link's four dates: all or none.
    let four: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(k, _)| QUARTER_KEYS.contains(&k.as_str()))
        .collect();
    let mut rule = if four.is_empty() {
        ReturnDueRule::default()
    } else {
        let mut dates = Vec::with_capacity(4);
        for key in QUARTER_KEYS {
            let Some((_, value)) = four.iter().find(|(k, _)| k == key) else {
                return Err(nothing_changed(format!(
                    "The link\u{2019}s return due date for {} is missing",
                    key.to_ascii_uppercase()
                )));
            };
            dates.push(date(&key.to_ascii_uppercase(), value)?);
        }
        ReturnDueRule::from_four_dates(&dates)
            .map_err(|m| nothing_changed(m.trim_end_matches('.').to_string()))?
    };
    if let Some(day) = query::get(query_text, DAY_KEY) {
        match day.parse::<u8>() {
            Ok(n) => rule.day = Some(n),
            Err(_) => {
                return Err(nothing_changed(format!(
                    "The link\u{2019}s day for returns, \u{201c}{day}\u{201d}, is not a day of the month"
                )))
            }
        }
    }
    for (key, value) in &pairs {
        // "q" and a digit: a quarter's date, which must read.
        let looks_like_a_quarter = key.len() > 2
            && key.starts_with('q')
            && key.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
        if !looks_like_a_quarter || QUARTER_KEYS.contains(&key.as_str()) {
            continue;
        }
        let Some(q) = Quarter::from_link_key(key) else {
            return Err(nothing_changed(format!(
                "The link names a quarter, \u{201c}{key}\u{201d}, this tool cannot read"
            )));
        };
        if rule.date_for(q).is_some() {
            return Err(nothing_changed(format!(
                "The link gives {} two dates",
                q.short_label()
            )));
        }
        rule.set_date(q, Some(date(&q.short_label(), value)?));
    }
    rule.check()
        .map_err(|m| nothing_changed(m.trim_end_matches('.').to_string()))?;
    Ok(Some(SchemeLink {
        scheme,
        return_due: rule,
    }))
}

/// The start page's query for a scheme and its return due rule.
pub fn write(scheme_id: &str, rule: &ReturnDueRule) -> String {
    let mut pairs = vec![("scheme".to_string(), scheme_id.to_string())];
    if let Some(day) = rule.day {
        pairs.push((DAY_KEY.to_string(), day.to_string()));
    }
    for d in &rule.dates {
        if let Some(q) = d.quarter() {
            pairs.push((q.link_key(), iso(d.due)));
        }
    }
    query::build(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const Q3: Quarter = Quarter { year: 2026, q: 3 };

    #[test]
    fn a_scheme_alone_or_with_a_yearly_day_and_particular_quarters() {
        let plain = read("scheme=rotherham-2020").unwrap().unwrap();
        assert_eq!(plain.scheme.id, "rotherham-2020");
        assert!(plain.return_due.is_empty());
        let q = "scheme=rotherham-2020&due-day=20&q3-2026-27=2027-01-27";
        let full = read(q).unwrap().unwrap();
        assert_eq!(full.return_due.day, Some(20));
        assert_eq!(full.return_due.due(Q3).0, d(2027, 1, 27));
        assert_eq!(full.return_due.due(Q3.next()).0, d(2027, 4, 20));
        // A rule lasts every year.
        assert_eq!(
            full.return_due.due(Quarter { year: 2030, q: 1 }).0,
            d(2030, 7, 20)
        );
        assert_eq!(write("rotherham-2020", &full.return_due), q);
        assert_eq!(
            write("lsc-2026", &ReturnDueRule::default()),
            "scheme=lsc-2026"
        );
        assert_eq!(read("").unwrap(), None);
    }

    #[test]
    fn an_older_links_four_dates_read_as_one_years_quarters() {
        let q = "scheme=rotherham-2020&q1=2026-07-15&q2=2026-10-15&q3=2027-01-22&q4=2027-04-15";
        let rule = read(q).unwrap().unwrap().return_due;
        assert_eq!(rule.date_for(Q3), Some(d(2027, 1, 22)));
        assert_eq!(
            rule.date_for(Quarter { year: 2026, q: 4 }),
            Some(d(2027, 4, 15))
        );
        // The next year falls back to the default, the 15th.
        assert_eq!(rule.due(Quarter { year: 2027, q: 3 }).0, d(2028, 1, 15));
    }

    #[test]
    fn a_partial_broken_or_out_of_order_set_changes_nothing_and_says_why() {
        let err = read("scheme=rotherham-2020&q1=2020-07-15&q2=2020-10-15").unwrap_err();
        assert!(err.contains("Q3"), "{err}");
        let err =
            read("scheme=rotherham-2020&q1=2020-02-30&q2=2020-10-15&q3=2021-01-15&q4=2021-04-15")
                .unwrap_err();
        assert!(err.contains("Q1"), "{err}");
        let err =
            read("scheme=rotherham-2020&q1=1900-07-15&q2=2020-10-15&q3=2021-01-15&q4=2021-04-15")
                .unwrap_err();
        assert!(err.contains("Q1"), "{err}");
        // Q1 due after Q4: not one year's quarters in order.
        let err =
            read("scheme=rotherham-2020&q1=2027-07-15&q2=2026-10-15&q3=2027-01-15&q4=2027-04-15")
                .unwrap_err();
        assert!(err.contains("one year"), "{err}");
        // A particular date before the quarter ends, or after the next
        // quarter's return is due.
        let err = read("scheme=lsc-2026&q3-2026-27=2026-12-20").unwrap_err();
        assert!(err.contains("after the quarter ends"), "{err}");
        let err = read("scheme=lsc-2026&q3-2026-27=2027-04-20").unwrap_err();
        assert!(err.contains("order of their quarters"), "{err}");
        for bad in [
            "scheme=lsc-2026&due-day=31",
            "scheme=lsc-2026&due-day=0",
            "scheme=lsc-2026&due-day=x",
            "scheme=lsc-2026&q5-2026-27=2027-01-20",
            "scheme=lsc-2026&q3-2026-28=2027-01-20",
            "scheme=lsc-2026&due-day=20&due-day=21",
        ] {
            let err = read(bad).unwrap_err();
            assert!(err.contains("nothing was changed"), "{bad}: {err}");
        }
        assert!(read("scheme=nowhere")
            .unwrap_err()
            .contains("does not know"));
    }
}
