//! A quarterly return as sent to the commissioner: a versioned JSON file
//! (`care-home-toolkit/return`), and a CSV row in the order of the
//! commissioner's "LES data worksheet".
//!
//! ```json
//! {"format": "care-home-toolkit/return", "version": 1,
//!  "practice": {"name": "Oak Surgery", "ods": "C87001"},
//!  "home": {"id": "…", "name": "Elm Lodge"}, "scheme": "rotherham-2020",
//!  "year": 2026, "q": 3, "due": "2027-01-15", "submitted": "2027-01-16",
//!  "figures": {"start": 2, "new-permanent": 1, "temporary": 1, "moved": 0,
//!              "died": 0, "other-home": 0, "carry-forward": 3},
//!  "adjustments": [{"figure": "new-permanent", "value": 1, "reason": "…"}]}
//! ```

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::figure::Figure;
use super::figures::Figures;
use super::quarter::Quarter;
use super::record::Adjustment;
use crate::domain::formats::stored::{check_large, ReadError};
use crate::domain::records::register::exports::{csv_document, en_gb};

pub const RETURN_FORMAT: &str = "care-home-toolkit/return";
pub const RETURN_VERSION: u32 = 1;

/// A practice's ODS code: a letter and five digits ("C87001").
pub fn check_ods(text: &str) -> Result<String, String> {
    let t = text.trim().to_ascii_uppercase();
    let mut chars = t.chars();
    let ok = t.len() == 6
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_digit());
    if ok {
        Ok(t)
    } else {
        Err("Enter the practice\u{2019}s ODS code: a letter and 5 digits, like C87001".into())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Practice {
    pub name: String,
    pub ods: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HomeRef {
    pub id: String,
    pub name: String,
}

/// The return as sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturnFile {
    pub practice: Practice,
    pub home: HomeRef,
    pub scheme: String,
    pub year: i32,
    pub q: u8,
    pub due: NaiveDate,
    #[serde(default)]
    pub submitted: Option<NaiveDate>,
    /// By figure key, as returned (adjusted).
    pub figures: std::collections::BTreeMap<String, u32>,
    #[serde(default)]
    pub adjustments: Vec<Adjustment>,
    /// When the file was made (ISO): of two returns for the same practice,
    /// home and quarter, the later one is kept.
    #[serde(default)]
    pub made_at: String,
    /// In the commissioner's collection only: the day the file reached the
    /// commissioner (the day it was brought in), from which lateness is
    /// judged (domain rules 6.1). A practice's file never sets it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received: Option<NaiveDate>,
    /// In the collection only: the day it was brought in, which `received`
    /// starts as; kept so that a date the commissioner changed is shown
    /// as changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brought_in: Option<NaiveDate>,
    /// In the collection only: the commissioner accepted a return that
    /// fails a check, so it counts in the totals.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub accepted: bool,
}

/// The file as written: the envelope, then the return's fields beside it.
/// Only written so: a file is read as a `ReturnFile` once `check_large` has
/// checked its envelope, since reading through `flatten` made the full app
/// carry serde's buffering reader (about 4 KB gzipped).
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u32,
    #[serde(flatten)]
    file: &'a ReturnFile,
}

impl ReturnFile {
    /// The return of `home` for `quarter`, with these figures.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        practice: Practice,
        home: HomeRef,
        scheme: &str,
        quarter: Quarter,
        due: NaiveDate,
        submitted: Option<NaiveDate>,
        figures: &Figures,
        adjustments: &[Adjustment],
    ) -> ReturnFile {
        ReturnFile {
            practice,
            home,
            scheme: scheme.to_string(),
            year: quarter.year,
            q: quarter.q,
            due,
            submitted,
            figures: Figure::ALL
                .iter()
                .map(|f| (f.key().to_string(), figures.value(*f)))
                .collect(),
            adjustments: adjustments.to_vec(),
            made_at: String::new(),
            received: None,
            brought_in: None,
            accepted: false,
        }
    }

    /// The same return, stamped with when it was made.
    pub fn made(mut self, at: &str) -> ReturnFile {
        self.made_at = at.to_string();
        self
    }

    /// Practice, home and quarter: one return each is kept when collected.
    pub fn same_return(&self, other: &ReturnFile) -> bool {
        self.practice.ods == other.practice.ods
            && self.home.id == other.home.id
            && (self.year, self.q) == (other.year, other.q)
    }

    pub fn quarter(&self) -> Option<Quarter> {
        Quarter::new(self.year, self.q)
    }

    pub fn figure(&self, f: Figure) -> u32 {
        self.figures.get(f.key()).copied().unwrap_or(0)
    }

    /// "return-C87001-elm-lodge-2026-q3.json" without the extension.
    pub fn file_stem(&self) -> String {
        let home: String = self
            .home
            .name
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!(
            "return-{}-{}-{}-q{}",
            self.practice.ods,
            home.trim_matches('-'),
            self.year,
            self.q
        )
    }
}

pub fn write_return(r: &ReturnFile) -> String {
    serde_json::to_string_pretty(&Envelope {
        format: RETURN_FORMAT,
        version: RETURN_VERSION,
        file: r,
    })
    .expect("plain data always serialises")
}

/// Read a return file: the envelope first, then every field checked.
pub fn read_return(text: &str) -> Result<ReturnFile, ReadError> {
    check_large(
        text,
        RETURN_FORMAT,
        RETURN_VERSION,
        &[("adjustments", "adjustments", 10)],
    )?;
    // The envelope's two fields are checked above and left out here.
    let r: ReturnFile =
        serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))?;
    let invalid = |m: String| Err(ReadError::Invalid(m));
    if let Err(m) = check_ods(&r.practice.ods) {
        return invalid(format!("The practice, ODS code: {m}"));
    }
    if r.practice.name.trim().is_empty() {
        return invalid("The practice, name: the practice\u{2019}s name is missing".into());
    }
    if let Err(m) = crate::domain::records::register::validate::check_id(&r.home.id) {
        return invalid(format!("The care home, id: {m}"));
    }
    if r.home.name.trim().is_empty() {
        return invalid("The care home, name: the home\u{2019}s name is missing".into());
    }
    if crate::domain::rules::schemes::Scheme::by_id(&r.scheme).is_none() {
        return invalid(format!(
            "The scheme: \u{201c}{}\u{201d} is not a scheme this tool knows",
            r.scheme
        ));
    }
    if r.quarter().is_none() {
        return invalid("The quarter: it must be 1 to 4 of a year from 1990 to 2100".into());
    }
    if let Some(k) = r.figures.keys().find(|k| Figure::from_key(k).is_none()) {
        return invalid(format!(
            "The figures: \u{201c}{k}\u{201d} is not a figure of the return"
        ));
    }
    if let Some(f) = Figure::ALL
        .iter()
        .find(|f| !r.figures.contains_key(f.key()))
    {
        return invalid(format!("The figures: {} is missing", f.label()));
    }
    if r.adjustments.iter().any(|a| a.reason.trim().is_empty()) {
        return invalid("The adjustments: an adjustment has no reason".into());
    }
    Ok(r)
}

/// The worksheet's columns, in its order.
pub const CSV_HEADER: [&str; 15] = [
    "Practice",
    "ODS code",
    "Care home",
    "Financial year",
    "Quarter",
    "Patients at the start of the quarter",
    "New permanent patients",
    "Temporary patients",
    "Moved from the home (not deceased)",
    "Died",
    "Residing in another care home",
    "Carry forward",
    "Due",
    "Submitted",
    "Adjustments",
];

/// Returns as CSV, one row each, in the worksheet's column order.
pub fn returns_csv(returns: &[ReturnFile]) -> String {
    let rows: Vec<Vec<String>> = returns.iter().map(csv_row).collect();
    csv_document(&CSV_HEADER, &rows)
}

/// One CSV row for a return (cells made inert as every CSV export is).
pub fn csv_row(r: &ReturnFile) -> Vec<String> {
    let q = r.quarter().map(|q| q.financial_year()).unwrap_or_default();
    let mut row = vec![
        r.practice.name.clone(),
        r.practice.ods.clone(),
        r.home.name.clone(),
        q,
        format!("Q{}", r.q),
    ];
    row.extend(Figure::ALL.iter().map(|f| r.figure(*f).to_string()));
    row.push(en_gb(r.due));
    row.push(r.submitted.map(en_gb).unwrap_or_default());
    row.push(
        r.adjustments
            .iter()
            .map(|a| format!("{} to {}: {}", a.figure.label(), a.value, a.reason))
            .collect::<Vec<_>>()
            .join("; "),
    );
    row
}
