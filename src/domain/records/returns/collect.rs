//! The commissioner's collection of returns (`#/returns/collect`): many
//! practices' return files, one kept per practice, home and quarter (the
//! later made), with each one's lateness and payment, and totals per
//! practice and overall. Kept on the device like everything else.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::due_rule::ReturnDueRule;
use super::figure::Figure;
use super::file::{read_return, ReturnFile, CSV_HEADER};
use super::money::Pence;
use super::payments::{lateness, Lateness, Rates};
use crate::domain::formats::stored::{check_large, ReadError};
use crate::domain::records::register::exports::csv_document;

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
/// and quarter; of two made at the same time, the one already here (a copy
/// cannot displace the return it claims to be).
pub fn add(list: &mut Vec<ReturnFile>, r: ReturnFile) -> Added {
    match list.iter_mut().find(|x| x.same_return(&r)) {
        Some(old) if old.made_at >= r.made_at => Added::OlderIgnored,
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

/// Two tabs' collections brought together, `saved` being the list both
/// last shared with storage. A return removed in one tab stays removed
/// (unless the other brought in a newer one since); of two copies of one
/// return, the later made wins; made at the same time, the one changed
/// since `saved` (its received date or acceptance), and when both were,
/// one chosen the same way in every tab, so the tabs settle.
pub fn merge_since(
    mine: &[ReturnFile],
    stored: &[ReturnFile],
    saved: &[ReturnFile],
) -> Vec<ReturnFile> {
    let find =
        |list: &[ReturnFile], r: &ReturnFile| list.iter().find(|x| x.same_return(r)).cloned();
    let mut out: Vec<ReturnFile> = Vec::new();
    for r in mine.iter().chain(stored) {
        if out.iter().any(|x| x.same_return(r)) {
            continue;
        }
        let (m, s, before) = (find(mine, r), find(stored, r), find(saved, r));
        let kept = match (m, s) {
            (Some(m), Some(s)) if m.made_at != s.made_at => {
                if m.made_at > s.made_at {
                    m
                } else {
                    s
                }
            }
            (Some(m), Some(s)) => {
                if Some(&m) == before.as_ref() {
                    s
                } else if Some(&s) == before.as_ref() {
                    m
                } else {
                    let key = |x: &ReturnFile| (x.received, x.brought_in, x.accepted);
                    if key(&s) > key(&m) {
                        s
                    } else {
                        m
                    }
                }
            }
            // On one side only: removed on the other when both had it
            // and it is unchanged here; else added here.
            (Some(one), None) | (None, Some(one)) => {
                if before.as_ref() == Some(&one) {
                    continue;
                }
                one
            }
            (None, None) => continue,
        };
        out.push(kept);
    }
    out
}

/// Read one file and add it, received `today`: the message for the user,
/// naming the file. A file claiming to be made after today is refused: it
/// would displace every genuine return for its quarter.
pub fn add_file(
    list: &mut Vec<ReturnFile>,
    name: &str,
    text: &str,
    today: NaiveDate,
) -> Result<String, String> {
    let mut r = read_return(text).map_err(|e| format!("{name} was not added: {e}."))?;
    let made = r
        .made_at
        .get(..10)
        .and_then(crate::domain::helpers::date_text::parse_iso);
    if made.is_some_and(|m| m > today) {
        return Err(format!(
            "{name} was not added: it says it was made on {}, after today.",
            r.made_at.get(..10).unwrap_or_default()
        ));
    }
    r.received = Some(today);
    r.brought_in = Some(today);
    r.accepted = false;
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
        Added::New => format!("{name}: adds the return of {what}."),
        Added::ReplacedOlder => format!("{name}: replaces the older return of {what}."),
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
    /// The commissioner's due date for the quarter (their own, else the
    /// 15th of the month after it) and why.
    pub due: NaiveDate,
    pub due_why: String,
    /// The day it reached the commissioner; for a return kept before this
    /// was recorded, the day the file was made.
    pub received: Option<NaiveDate>,
    /// Judged by the commissioner's due date and the received date, never
    /// the practice's own dates (domain rules 6.1).
    pub lateness: Option<Lateness>,
    /// Gross, deduction and net, where the scheme pays per patient.
    pub money: Option<(Pence, Pence, Pence)>,
    /// What fails the checks: marked, and left out of the totals until the
    /// commissioner accepts it.
    pub problems: Vec<String>,
}

impl Row {
    /// Whether it counts in the totals: checked or accepted.
    pub fn counts(&self) -> bool {
        self.problems.is_empty() || self.file.accepted
    }
}

/// The most any figure of one home's quarter can plausibly be.
pub const MOST_PLAUSIBLE: u32 = 1_000;

/// The checks a commissioner can trust, for one return.
pub fn problems(f: &ReturnFile, received: Option<NaiveDate>) -> Vec<String> {
    let mut out = Vec::new();
    let v = |fig| i64::from(f.figure(fig));
    let carried = v(Figure::Start) + v(Figure::NewPermanent) - v(Figure::Moved) - v(Figure::Died);
    if carried != v(Figure::CarryForward) {
        out.push(format!(
            "Carry-forward is {}, but start + new permanent \u{2212} moved \u{2212} died is {carried}.",
            v(Figure::CarryForward)
        ));
    }
    for fig in Figure::ALL {
        if f.figure(fig) > MOST_PLAUSIBLE {
            out.push(format!(
                "{} is {}, more than any home could have ({MOST_PLAUSIBLE}).",
                fig.label(),
                f.figure(fig)
            ));
        }
    }
    if let (Some(q), Some(s)) = (f.quarter(), f.submitted) {
        if s < q.first_day() {
            out.push(format!(
                "It says it was submitted on {}, before the quarter began.",
                crate::domain::helpers::date_text::short(s)
            ));
        }
        if received.is_some_and(|r| s > r) {
            out.push(format!(
                "It says it was submitted on {}, after it reached you.",
                crate::domain::helpers::date_text::short(s)
            ));
        }
    }
    if f.quarter()
        .is_some_and(|q| q.first_day() > received.unwrap_or(q.first_day()))
    {
        out.push("It is for a quarter that had not begun when it reached you.".into());
    }
    out
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
        if !r.counts() {
            return;
        }
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

/// The commissioner's collection as shown: the returns by practice (ODS
/// code) and home with totals per practice, the overall totals, and the
/// drafts (files marked as not submitted), listed apart and in no total.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Collection {
    pub practices: Vec<(String, Vec<Row>, Totals)>,
    pub overall: Totals,
    pub drafts: Vec<Row>,
}

/// One return as the commissioner judges it: the commissioner's due date
/// for its quarter (`due_rule`, as their link or settings give it) and
/// the day it reached them.
pub fn row(f: &ReturnFile, due_rule: &ReturnDueRule) -> Row {
    let quarter = f.quarter();
    let (due, due_why) = quarter.map_or_else(
        || (f.due, "the date in the file".to_string()),
        |q| due_rule.due(q),
    );
    let received = f.received.or_else(|| {
        f.made_at
            .get(..10)
            .and_then(crate::domain::helpers::date_text::parse_iso)
    });
    let late = match (f.submitted, received) {
        (Some(_), Some(r)) => Some(lateness(due, r)),
        _ => None,
    };
    let rates = quarter.and_then(|q| Rates::for_quarter(&f.scheme, q));
    let money = rates.map(|rates| {
        let count = |fig| Pence::from(f.figure(fig));
        let gross = count(Figure::NewPermanent) * rates.new_permanent
            + count(Figure::Start) * rates.continuing
            + count(Figure::Temporary) * rates.temporary;
        let deduction = super::money::percent_of(gross, late.map_or(0, |l| l.percent));
        (gross, deduction, gross - deduction)
    });
    Row {
        file: f.clone(),
        due,
        due_why,
        received,
        lateness: late,
        money,
        // Only a recorded arrival is checked against (not the fallback).
        problems: problems(f, f.received),
    }
}

/// The collection by practice and home, with totals; drafts apart.
pub fn table(list: &[ReturnFile], due_rule: &ReturnDueRule) -> Collection {
    let mut sorted: Vec<&ReturnFile> = list.iter().collect();
    crate::domain::helpers::stable_sort::sort_by(&mut sorted, |a, b| {
        (&a.practice.ods, &a.home.name, a.year, a.q).cmp(&(
            &b.practice.ods,
            &b.home.name,
            b.year,
            b.q,
        ))
    });
    let mut rows: Vec<Row> = sorted.iter().map(|f| row(f, due_rule)).collect();
    check_between(&mut rows);
    let mut out = Collection::default();
    for row in rows {
        if row.file.submitted.is_none() {
            out.drafts.push(row);
            continue;
        }
        out.overall.add(&row);
        let label = format!("{} ({})", row.file.practice.name, row.file.practice.ods);
        match out.practices.last_mut() {
            Some((l, rows, totals)) if *l == label => {
                totals.add(&row);
                rows.push(row);
            }
            _ => {
                let mut totals = Totals::default();
                totals.add(&row);
                out.practices.push((label, vec![row], totals));
            }
        }
    }
    out
}

/// The checks between returns: a quarter that does not open at the
/// carry-forward of the same practice and home's quarter before (001
/// §4.1), and one care home (by name) returned by one practice under two
/// home ids for the same quarter.
fn check_between(rows: &mut [Row]) {
    let key = |f: &ReturnFile| (f.practice.ods.clone(), f.home.id.clone(), f.year, f.q);
    let carried: std::collections::HashMap<_, u32> = rows
        .iter()
        .filter(|r| r.file.submitted.is_some())
        .map(|r| (key(&r.file), r.file.figure(Figure::CarryForward)))
        .collect();
    let mut names: std::collections::HashMap<(String, String, i32, u8), Vec<String>> =
        std::collections::HashMap::new();
    for r in rows.iter().filter(|r| r.file.submitted.is_some()) {
        let f = &r.file;
        names
            .entry((
                f.practice.ods.clone(),
                f.home.name.trim().to_lowercase(),
                f.year,
                f.q,
            ))
            .or_default()
            .push(f.home.id.clone());
    }
    for r in rows.iter_mut() {
        let Some(before) = r.file.quarter().map(|q| q.previous()) else {
            continue;
        };
        let f = &r.file;
        let prev = (
            f.practice.ods.clone(),
            f.home.id.clone(),
            before.year,
            before.q,
        );
        if let Some(&cf) = carried.get(&prev) {
            if cf != f.figure(Figure::Start) {
                r.problems.push(format!(
                    "It starts at {}, but {} carried forward {cf}.",
                    f.figure(Figure::Start),
                    before.label()
                ));
            }
        }
        let same = (
            f.practice.ods.clone(),
            f.home.name.trim().to_lowercase(),
            f.year,
            f.q,
        );
        if names.get(&same).is_some_and(|ids| ids.len() > 1) {
            r.problems.push(format!(
                "The practice returned {} twice for this quarter, under two home ids.",
                f.home.name
            ));
        }
    }
}

/// The returns `after` holds in place of an older one in `before` (the same
/// practice, home and quarter, made later): each pair (older, newer), to
/// show side by side before anything is replaced.
pub fn replacements(before: &[ReturnFile], after: &[ReturnFile]) -> Vec<(ReturnFile, ReturnFile)> {
    after
        .iter()
        .filter_map(|n| {
            before
                .iter()
                .find(|o| o.same_return(n) && o.made_at != n.made_at)
                .map(|o| (o.clone(), n.clone()))
        })
        .collect()
}

/// Accept (or take back) a return that fails a check, so that it counts.
pub fn accept(list: &mut [ReturnFile], like: &ReturnFile, accepted: bool) {
    if let Some(f) = list.iter_mut().find(|x| x.same_return(like)) {
        f.accepted = accepted;
    }
}

/// Set the day a return reached the commissioner (the e-mail's date, say),
/// which lateness is judged from: not after `today`, nor before its quarter
/// began.
pub fn set_received(
    list: &mut [ReturnFile],
    like: &ReturnFile,
    day: NaiveDate,
    today: NaiveDate,
) -> Result<(), String> {
    if day > today {
        return Err("The date it reached you cannot be in the future".into());
    }
    if like.quarter().is_some_and(|q| day < q.first_day()) {
        return Err("The date it reached you cannot be before its quarter began".into());
    }
    if let Some(f) = list.iter_mut().find(|x| x.same_return(like)) {
        f.received = Some(day);
    }
    Ok(())
}

/// Put back a removed return where it was ("Undo"); if a return of the
/// same practice, home and quarter came in since, the later made stays.
pub fn put_back(list: &mut Vec<ReturnFile>, index: usize, r: ReturnFile) {
    if list.iter().any(|x| x.same_return(&r)) {
        add(list, r);
    } else {
        list.insert(index.min(list.len()), r);
    }
}

/// What was read into `after` (from `before`), added to the collection as
/// it is `now`: `after` itself when nothing changed meanwhile, else each
/// return it brought added to `now`.
pub fn apply(now: &[ReturnFile], before: &[ReturnFile], after: Vec<ReturnFile>) -> Vec<ReturnFile> {
    if now == before {
        return after;
    }
    let mut out = now.to_vec();
    for r in after.into_iter().filter(|r| !before.contains(r)) {
        add(&mut out, r);
    }
    out
}

/// Take a return out of the collection; where it was and what it was, for
/// "Undo".
pub fn remove(list: &mut Vec<ReturnFile>, like: &ReturnFile) -> Option<(usize, ReturnFile)> {
    let i = list.iter().position(|x| x.same_return(like))?;
    Some((i, list.remove(i)))
}

/// Every collected return as CSV, in the worksheet's columns.
pub fn collected_csv(list: &[ReturnFile]) -> String {
    let c = table(list, &ReturnDueRule::default());
    let rows: Vec<Vec<String>> = c
        .practices
        .iter()
        .flat_map(|(_, rows, _)| rows.iter())
        .chain(c.drafts.iter())
        .map(|r| super::file::csv_row(&r.file))
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
