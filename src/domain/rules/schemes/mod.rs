//! Commissioners' schemes, as data (docs/rules.md §1). A new ICB's scheme
//! is one more table: a file here and a line in [`ALL`].

mod ehch_des;
mod lsc_2026;
mod rotherham;

use chrono::NaiveDate;

use crate::domain::rules::obligation::{Obligation, ObligationId};

pub use ehch_des::EHCH_DES;
pub use lsc_2026::LSC_2026;
pub use rotherham::{ROTHERHAM_2019, ROTHERHAM_2020};

/// A scheme a local scheme sits on top of (docs/rules.md §2, "Schemes
/// stack"): its rows apply too, for residents admitted from a date.
#[derive(Debug, PartialEq, Eq)]
pub struct Stack {
    pub scheme: &'static Scheme,
    /// Residents admitted before this (year, month, day) do not get the
    /// lower scheme's rows; `None` for every resident.
    pub admitted_from: Option<(i32, u32, u32)>,
}

/// A commissioner's scheme: who, when, and what it asks for each resident
/// and each home.
#[derive(Debug, PartialEq, Eq)]
pub struct Scheme {
    /// Public id, used in links and files.
    pub id: &'static str,
    pub name: &'static str,
    /// "LSC 2026/27": what each row says it comes from.
    pub short_name: &'static str,
    pub commissioner: &'static str,
    /// First day in force, as (year, month, day).
    pub starts: (i32, u32, u32),
    /// Last day in force; `None` while it has no end date.
    pub ends: Option<(i32, u32, u32)>,
    /// The documents it comes from (files in shared/seeds).
    pub sources: &'static str,
    /// The scheme this one stacks on, if any.
    pub stacks_on: Option<Stack>,
    /// Said wherever a temporary resident's deadlines are shown.
    pub temporary_note: Option<&'static str>,
    /// Per-resident obligations.
    pub obligations: &'static [Obligation],
    /// Per-home duties (docs/rules.md §3).
    pub home_duties: &'static [Obligation],
}

/// Every scheme the tool knows, in the order they are offered.
pub const ALL: [&Scheme; 4] = [&EHCH_DES, &LSC_2026, &ROTHERHAM_2019, &ROTHERHAM_2020];

fn ymd((y, m, d): (i32, u32, u32)) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("scheme periods are real dates")
}

impl Scheme {
    pub fn by_id(id: &str) -> Option<&'static Scheme> {
        ALL.into_iter().find(|s| s.id == id)
    }

    pub fn start_date(&self) -> NaiveDate {
        ymd(self.starts)
    }

    pub fn end_date(&self) -> Option<NaiveDate> {
        self.ends.map(ymd)
    }

    /// True when `date` is within the scheme's period.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        date >= self.start_date() && self.end_date().is_none_or(|end| date <= end)
    }

    /// "1 April 2026 to 31 March 2027", or "from 1 October 2020", each
    /// date kept on one line.
    pub fn period_text(&self) -> String {
        match self.end_date() {
            Some(end) => format!(
                "{} to {}",
                day_month_year(self.start_date()),
                day_month_year(end)
            ),
            None => format!("from {}", day_month_year(self.start_date())),
        }
    }

    /// "Includes the rows of the National DES for residents admitted from
    /// 1 October 2020.", when it stacks on another scheme.
    pub fn stack_text(&self) -> Option<String> {
        let stack = self.stacks_on.as_ref()?;
        Some(match stack.admitted_from {
            Some(from) => format!(
                "Includes the rows of the {} for residents admitted from {}.",
                stack.scheme.short_name,
                day_month_year(ymd(from))
            ),
            None => format!("Includes the rows of the {}.", stack.scheme.short_name),
        })
    }

    /// The obligation with this id, its own or the stacked scheme's.
    pub fn obligation(&'static self, id: ObligationId) -> Option<&'static Obligation> {
        self.layers()
            .flat_map(|(s, _)| s.obligations.iter().chain(s.home_duties))
            .find(|o| o.id == id)
    }

    /// This scheme, then the scheme it stacks on with the first admission
    /// date it covers (no list is made: the due list asks for every
    /// resident).
    pub fn layers(&'static self) -> impl Iterator<Item = (&'static Scheme, Option<NaiveDate>)> {
        std::iter::once((self, None)).chain(
            self.stacks_on
                .as_ref()
                .map(|stack| (stack.scheme, stack.admitted_from.map(ymd))),
        )
    }

    /// Every per-resident obligation for a resident admitted on `admitted`,
    /// each with the scheme it comes from: this scheme's first, then the
    /// stacked scheme's that this one does not restate.
    pub fn resident_obligations(
        &'static self,
        admitted: NaiveDate,
    ) -> Vec<(&'static Scheme, &'static Obligation)> {
        self.layered(admitted, |s| s.obligations)
    }

    /// Every per-home duty in force on `as_of`, with its scheme.
    pub fn home_obligations(
        &'static self,
        as_of: NaiveDate,
    ) -> Vec<(&'static Scheme, &'static Obligation)> {
        self.layered(as_of, |s| s.home_duties)
    }

    fn layered(
        &'static self,
        on: NaiveDate,
        list: fn(&'static Scheme) -> &'static [Obligation],
    ) -> Vec<(&'static Scheme, &'static Obligation)> {
        let mut out: Vec<(&'static Scheme, &'static Obligation)> =
            Vec::with_capacity(self.layers().map(|(s, _)| list(s).len()).sum());
        for (scheme, from) in self.layers() {
            if from.is_some_and(|from| on < from) {
                continue;
            }
            for o in list(scheme) {
                if !out.iter().any(|(_, x)| x.id == o.id) {
                    out.push((scheme, o));
                }
            }
        }
        out
    }

    /// Every obligation id this scheme can produce, for any resident or
    /// home: what its forms offer to record.
    pub fn all_ids(&'static self) -> Vec<ObligationId> {
        let mut out: Vec<ObligationId> = Vec::new();
        for (s, _) in self.layers() {
            for o in s.obligations.iter().chain(s.home_duties) {
                if !out.contains(&o.id) {
                    out.push(o.id);
                }
            }
        }
        out
    }
}

/// "1 October 2020" with no-break spaces: a date in a sentence is never
/// broken across lines.
fn day_month_year(d: NaiveDate) -> String {
    crate::domain::helpers::date_text::day_month_year(d).replace(' ', "\u{a0}")
}
