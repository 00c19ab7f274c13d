//! The commissioner's link, `#/?scheme=<id>&q1=…&q2=…&q3=…&q4=…`: the
//! scheme a device should use, and optionally the date each quarter's
//! return is due (Q1 April–June … Q4 January–March; docs/rules.md §6:
//! "the commissioner sets each quarter's submission date, carried in the
//! commissioner's scheme link"). Either all four dates or none.

use chrono::NaiveDate;

use crate::domain::formats::query;
use crate::domain::helpers::date_text::{iso, parse_iso, PLAUSIBLE_YEARS};
use crate::domain::rules::schemes::Scheme;

/// The query keys of the four quarters' return due dates.
pub const QUARTER_KEYS: [&str; 4] = ["q1", "q2", "q3", "q4"];

/// What a commissioner's link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemeLink {
    pub scheme: &'static Scheme,
    /// Q1 to Q4's return due dates, or empty.
    pub return_dates: Vec<NaiveDate>,
}

/// Read a start page's query. `Ok(None)` when it names no scheme; an error
/// says what is wrong in words for the user, and nothing is applied.
pub fn read(query_text: &str) -> Result<Option<SchemeLink>, String> {
    let pairs = query::parse(query_text);
    if let Some(key) = std::iter::once(&"scheme")
        .chain(QUARTER_KEYS.iter())
        .find(|k| query::repeats(&pairs, k))
    {
        return Err(format!(
            "The link gives \u{201c}{key}\u{201d} twice, so nothing was changed. Ask for the link again."
        ));
    }
    let Some(id) = query::get(query_text, "scheme") else {
        return Ok(None);
    };
    let scheme = Scheme::by_id(&id).ok_or_else(|| {
        format!("The link names a scheme, \u{201c}{id}\u{201d}, that this tool does not know, so nothing was changed.")
    })?;
    let given: Vec<Option<String>> = QUARTER_KEYS
        .iter()
        .map(|k| query::get(query_text, k))
        .collect();
    if given.iter().all(Option::is_none) {
        return Ok(Some(SchemeLink {
            scheme,
            return_dates: Vec::new(),
        }));
    }
    let mut dates = Vec::with_capacity(4);
    for (key, value) in QUARTER_KEYS.iter().zip(given) {
        let date = value
            .as_deref()
            .and_then(parse_iso)
            .filter(|d| PLAUSIBLE_YEARS.contains(&chrono::Datelike::year(d)));
        match date {
            Some(d) => dates.push(d),
            None => {
                return Err(format!(
                    "The link\u{2019}s return due date for {} is missing or not a date (links use YYYY-MM-DD), so nothing was changed.",
                    key.to_ascii_uppercase()
                ))
            }
        }
    }
    Ok(Some(SchemeLink {
        scheme,
        return_dates: dates,
    }))
}

/// The start page's query for a scheme and, when all four are given, the
/// quarters' return due dates.
pub fn write(scheme_id: &str, return_dates: &[NaiveDate]) -> String {
    let mut pairs = vec![("scheme", scheme_id.to_string())];
    if return_dates.len() == 4 {
        for (key, d) in QUARTER_KEYS.iter().zip(return_dates) {
            pairs.push((key, iso(*d)));
        }
    }
    query::build(pairs)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn a_scheme_alone_or_with_all_four_return_dates() {
        let plain = read("scheme=rotherham-2020").unwrap().unwrap();
        assert_eq!(plain.scheme.id, "rotherham-2020");
        assert!(plain.return_dates.is_empty());
        let q = "scheme=rotherham-2020&q1=2020-07-15&q2=2020-10-15&q3=2021-01-15&q4=2021-04-15";
        let full = read(q).unwrap().unwrap();
        assert_eq!(
            full.return_dates,
            [
                d(2020, 7, 15),
                d(2020, 10, 15),
                d(2021, 1, 15),
                d(2021, 4, 15)
            ]
        );
        assert_eq!(write("rotherham-2020", &full.return_dates), q);
        assert_eq!(write("lsc-2026", &[]), "scheme=lsc-2026");
        assert_eq!(read("").unwrap(), None);
    }

    #[test]
    fn a_partial_or_broken_set_of_dates_changes_nothing_and_says_why() {
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
        assert!(read("scheme=nowhere")
            .unwrap_err()
            .contains("does not know"));
    }
}
