//! What a quarter's return earns (Rotherham, 001 §4.2 and 003) and what a
//! late return loses; and the LSC per-bed payment (000 §5).

use chrono::{Datelike, NaiveDate};

use super::figures::{Figure, Figures};
use super::money::{percent_of, Pence};
use super::quarter::Quarter;

/// The Rotherham rates, in pence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rates {
    /// Each new permanent patient, in the quarter they enter.
    pub new_permanent: Pence,
    /// Each permanent patient resident at the start of the quarter.
    pub continuing: Pence,
    /// Each temporary patient resident in the quarter.
    pub temporary: Pence,
    /// Where the rates come from.
    pub clause: &'static str,
}

impl Rates {
    /// The rates of a scheme that pays per patient: `rotherham-2019`
    /// (£102, £60, £60; 001 §4.2) and `rotherham-2020` (£103.53, £60.90,
    /// £60.90; 003 remuneration). Other schemes pay otherwise (LSC per bed)
    /// or not through a return.
    pub fn of_scheme(scheme_id: &str) -> Option<Rates> {
        match scheme_id {
            "rotherham-2019" => Some(Rates {
                new_permanent: 10_200,
                continuing: 6_000,
                temporary: 6_000,
                clause: "Rotherham specification 2019/20, section 4.2",
            }),
            "rotherham-2020" => Some(Rates {
                new_permanent: 10_353,
                continuing: 6_090,
                temporary: 6_090,
                clause: "Rotherham scheme overview 2020/21, remuneration",
            }),
            _ => None,
        }
    }
}

/// How late a return was, and what that costs (001 §4.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lateness {
    /// Calendar days after the due date (0 when on time or not yet due).
    pub days: i64,
    /// Per cent deducted: 0, 5, 10, 50 or 100.
    pub percent: i64,
    /// Whether what is paid waits for the next payment run.
    pub held: bool,
}

impl Lateness {
    /// "Paid in the payment run for this quarter", and so on.
    pub fn when_paid(&self) -> &'static str {
        match (self.percent, self.held) {
            (100, _) => "Not paid: the return was more than 21 days late",
            (_, true) => "Paid in the next payment run",
            _ => "Paid in the payment run for this quarter",
        }
    }
}

/// Lateness of a return due on `due` and submitted on `submitted`
/// (001 §4.2: 1–7 days late 5% withheld; 8–14 days 10% and paid in the next
/// run; 15–21 days 50% and paid in the next run; over 21 days nothing; the
/// percentage is read as deducted).
pub fn lateness(due: NaiveDate, submitted: NaiveDate) -> Lateness {
    let days = (submitted - due).num_days().max(0);
    let (percent, held) = match days {
        0 => (0, false),
        1..=7 => (5, false),
        8..=14 => (10, true),
        15..=21 => (50, true),
        _ => (100, false),
    };
    Lateness {
        days,
        percent,
        held,
    }
}

/// One quarter's payment, every line in pence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Payment {
    pub new_permanent: Pence,
    pub continuing: Pence,
    pub temporary: Pence,
    pub gross: Pence,
    pub deduction: Pence,
    pub net: Pence,
    pub lateness: Lateness,
}

/// What the return's figures (as adjusted) earn at `rates`, less the
/// deduction for lateness (rounded to the nearest penny).
pub fn rotherham_payment(f: &Figures, rates: Rates, lateness: Lateness) -> Payment {
    let count = |fig| Pence::from(f.value(fig));
    let new_permanent = count(Figure::NewPermanent) * rates.new_permanent;
    let continuing = count(Figure::Start) * rates.continuing;
    let temporary = count(Figure::Temporary) * rates.temporary;
    let gross = new_permanent + continuing + temporary;
    let deduction = percent_of(gross, lateness.percent);
    Payment {
        new_permanent,
        continuing,
        temporary,
        gross,
        deduction,
        net: gross - deduction,
        lateness,
    }
}

/// Whether a scheme pays per bed (LSC, 000 §5) rather than per patient.
pub fn pays_per_bed(scheme_id: &str) -> bool {
    scheme_id == "lsc-2026"
}

impl Lateness {
    /// A return on time (or not yet submitted): nothing deducted.
    pub const ON_TIME: Lateness = Lateness {
        days: 0,
        percent: 0,
        held: false,
    };
}

/// LSC: £132 per bed a year, paid as £11 per bed a month (000 §5).
pub const LSC_PER_BED_MONTH: Pence = 1_100;

/// A change in a home's number of beds: `beds` from `changed` on. A change
/// counts from the first of the next month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BedChange {
    pub changed: NaiveDate,
    pub beds: u32,
}

/// One month of an LSC year's statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MonthPayment {
    /// The first day of the month.
    pub month: NaiveDate,
    pub beds: u32,
    pub amount: Pence,
}

/// The twelve monthly instalments of the financial year starting in April
/// of `year`, for a home whose bed counts changed as `changes` say (any
/// order). A month pays for the beds in force on its first day, where a
/// change made on day D is in force from the first of the month after D.
pub fn lsc_year(year: i32, changes: &[BedChange]) -> Vec<MonthPayment> {
    let first = Quarter { year, q: 1 }.first_day();
    (0..12)
        .map(|i| {
            let month = crate::domain::calendar::add_months(first, i).expect("a month in range");
            let beds = changes
                .iter()
                .filter(|c| {
                    let next = crate::domain::calendar::add_months(
                        NaiveDate::from_ymd_opt(c.changed.year(), c.changed.month(), 1)
                            .expect("the first of a month"),
                        1,
                    )
                    .expect("a month in range");
                    next <= month
                })
                .max_by_key(|c| c.changed)
                .map_or(0, |c| c.beds);
            MonthPayment {
                month,
                beds,
                amount: Pence::from(beds) * LSC_PER_BED_MONTH,
            }
        })
        .collect()
}
