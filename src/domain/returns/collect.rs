//! The commissioner's collection of returns (`#/returns/collect`): many
//! practices' return files, one kept per practice, home and quarter (the
//! later made), with each one's lateness and payment, and totals per
//! practice and overall. Kept on the device like everything else.

use serde::{Deserialize, Serialize};

use super::figures::Figure;
use super::file::{read_return, ReturnFile, CSV_HEADER};
use super::money::Pence;
use super::payments::{lateness, Lateness, Rates};
use crate::domain::register::exports::csv_document;
use crate::domain::stored::{check_large, ReadError};

pub const COLLECTED_FORMAT: &str = "care-home-toolkit/collected-returns";
pub const COLLECTED_VERSION: u32 = 1;
/// The most returns kept (far above a scheme's practices × homes × quarters).
pub const MAX_COLLECTED: usize = 5_000;

/// What adding one file did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    New,
    /// It replaced an older return for the same practice, home and quarter.
    ReplacedOlder,
    /// A newer return for the same practice, home and quarter was kept.
    OlderIgnored,
}

/// Add a return, keeping the later made of two for the same practice, home
/// and quarter (an equal time: the one added now).
pub fn add(list: &mut Vec<ReturnFile>, r: ReturnFile) -> Added {
    match list.iter_mut().find(|x| x.same_return(&r)) {
        Some(old) if old.made_at > r.made_at => Added::OlderIgnored,
        Some(old) => {
            *old = r;
            Added::ReplacedOlder
        }
        None => {
            list.push(r);
            Added::New
        }
    }
}

/// Read one file and add it: the message for the user, naming the file.
pub fn add_file(list: &mut Vec<ReturnFile>, name: &str, text: &str) -> Result<String, String> {
    let r = read_return(text).map_err(|e| format!("{name} was not added: {e}."))?;
    let what = format!(
        "{} ({}), {}, Q{} {}",
        r.practice.name,
        r.practice.ods,
        r.home.name,
        r.q,
        r.quarter().map(|q| q.financial_year()).unwrap_or_default()
    );
    if list.len() >= MAX_COLLECTED && !list.iter().any(|x| x.same_return(&r)) {
        return Err(format!(
            "{name} was not added: {MAX_COLLECTED} returns are kept at most."
        ));
    }
    Ok(match add(list, r) {
        Added::New => format!("{name}: added the return of {what}."),
        Added::ReplacedOlder => format!("{name}: replaced the older return of {what}."),
        Added::OlderIgnored => {
            format!("{name}: not added, a newer return of {what} is already here.")
        }
    })
}

/// One row of the commissioner's table: the return, its lateness and what
/// it earns (per-patient schemes only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub file: ReturnFile,
    pub lateness: Option<Lateness>,
    /// Gross, deduction and net, where the scheme pays per patient.
    pub money: Option<(Pence, Pence, Pence)>,
}

/// Totals of the figures (in `Figure::ALL` order) and money.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub figures: [u64; 7],
    pub gross: Pence,
    pub deduction: Pence,
    pub net: Pence,
}

impl Totals {
    fn add(&mut self, r: &Row) {
        for (i, f) in Figure::ALL.iter().enumerate() {
            self.figures[i] += u64::from(r.file.figure(*f));
        }
        if let Some((g, d, n)) = r.money {
            self.gross += g;
            self.deduction += d;
            self.net += n;
        }
    }
}

/// The table by practice (ODS code) and home, with totals per practice;
/// and the overall totals.
pub fn table(list: &[ReturnFile]) -> (Vec<(String, Vec<Row>, Totals)>, Totals) {
    let mut sorted: Vec<&ReturnFile> = list.iter().collect();
    crate::domain::stable_sort::sort_by(&mut sorted, |a, b| {
        (&a.practice.ods, &a.home.name, a.year, a.q).cmp(&(
            &b.practice.ods,
            &b.home.name,
            b.year,
            b.q,
        ))
    });
    let mut practices: Vec<(String, Vec<Row>, Totals)> = Vec::new();
    let mut overall = Totals::default();
    for f in sorted {
        let late = f.submitted.map(|s| lateness(f.due, s));
        let rates = f.quarter().and_then(|q| Rates::for_quarter(&f.scheme, q));
        let money = rates.map(|rates| {
            let count = |fig| Pence::from(f.figure(fig));
            let gross = count(Figure::NewPermanent) * rates.new_permanent
                + count(Figure::Start) * rates.continuing
                + count(Figure::Temporary) * rates.temporary;
            let deduction = super::money::percent_of(gross, late.map_or(0, |l| l.percent));
            (gross, deduction, gross - deduction)
        });
        let row = Row {
            file: f.clone(),
            lateness: late,
            money,
        };
        overall.add(&row);
        let label = format!("{} ({})", f.practice.name, f.practice.ods);
        match practices.last_mut() {
            Some((l, rows, totals)) if *l == label => {
                totals.add(&row);
                rows.push(row);
            }
            _ => {
                let mut totals = Totals::default();
                totals.add(&row);
                practices.push((label, vec![row], totals));
            }
        }
    }
    (practices, overall)
}

/// Every collected return as CSV, in the worksheet's columns.
pub fn collected_csv(list: &[ReturnFile]) -> String {
    let (practices, _) = table(list);
    let rows: Vec<Vec<String>> = practices
        .iter()
        .flat_map(|(_, rows, _)| rows.iter().map(|r| super::file::csv_row(&r.file)))
        .collect();
    csv_document(&CSV_HEADER, &rows)
}

#[derive(Serialize)]
struct FileRef<'a> {
    format: &'static str,
    version: u32,
    revision: u64,
    returns: &'a [ReturnFile],
}

#[derive(Deserialize)]
struct FileOwned {
    #[serde(default)]
    revision: u64,
    #[serde(default)]
    returns: Vec<ReturnFile>,
}

pub fn write_collected(list: &[ReturnFile], revision: u64) -> String {
    serde_json::to_string(&FileRef {
        format: COLLECTED_FORMAT,
        version: COLLECTED_VERSION,
        revision,
        returns: list,
    })
    .expect("plain data always serialises")
}

/// Read the stored collection: every return checked as a file would be.
pub fn read_collected(text: &str) -> Result<(Vec<ReturnFile>, u64), ReadError> {
    check_large(
        text,
        COLLECTED_FORMAT,
        COLLECTED_VERSION,
        &[("returns", "returns", MAX_COLLECTED)],
    )?;
    let file: FileOwned =
        serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))?;
    let mut list = Vec::with_capacity(file.returns.len());
    for r in file.returns {
        // The same checks as an imported file, by writing and reading it.
        let checked = read_return(&super::file::write_return(&r))?;
        add(&mut list, checked);
    }
    Ok((list, file.revision))
}
