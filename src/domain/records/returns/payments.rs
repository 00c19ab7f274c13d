//! What a quarter's return earns (Rotherham, 001 §4.2 and 003) and what a
//! late return loses; and the LSC per-bed payment (000 §5).

use chrono::{Datelike, NaiveDate};

use super::figure::Figure;
use super::figures::Figures;
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
    /// The rates of one version of a scheme that pays per patient:
    /// `rotherham-2019` (£102, £60, £60; 001 §4.2) and `rotherham-2020`
    /// (£103.53, £60.90, £60.90; 003 remuneration). Other schemes pay
    /// otherwise (LSC per bed) or not through a return.
    fn of_version(scheme_id: &str) -> Option<Rates> {
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

    /// Whether a home on this scheme sends a quarterly return that is paid
    /// per patient (any version of Rotherham's).
    pub fn pays_per_patient(scheme_id: &str) -> bool {
        Rates::of_version(scheme_id).is_some()
    }

    /// The rates a quarter is paid at (domain rules 6.1): those of the
    /// version of the home's scheme in force on the quarter's first day,
    /// whichever version the home was set up with, so Q4 2019/20 is paid at
    /// £102 / £60 and Q1 2020/21 at £103.53 / £60.90. `None` for a quarter
    /// no version covers: it is never priced at another year's rates.
    pub fn for_quarter(scheme_id: &str, quarter: Quarter) -> Option<Rates> {
        if !Rates::pays_per_patient(scheme_id) {
            return None;
        }
        let day = quarter.first_day();
        crate::domain::rules::schemes::ALL
            .iter()
            .filter(|s| Rates::pays_per_patient(s.id) && s.in_force_on(day))
            .find_map(|s| Rates::of_version(s.id))
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

/// One band of what a return not yet submitted will lose: submitted on or
/// before `until` (the last band, "no payment", has none), `percent` is
/// deducted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Band {
    pub until: Option<NaiveDate>,
    pub percent: i64,
}

/// What a return due on `due` and not yet submitted will lose, band by
/// band from `today` (domain rules 6.1, 001 §4.2): on time to the due
/// date, then 5%, 10% and 50% to 7, 14 and 21 days late, then no payment.
/// Bands already past are left out.
pub fn bands_from(due: NaiveDate, today: NaiveDate) -> Vec<Band> {
    let band = |days: i64, percent: i64| Band {
        until: due.checked_add_signed(chrono::Duration::days(days)),
        percent,
    };
    let mut out: Vec<Band> = [band(0, 0), band(7, 5), band(14, 10), band(21, 50)]
        .into_iter()
        .filter(|b| b.until.is_some_and(|u| u >= today))
        .collect();
    out.push(Band {
        until: None,
        percent: 100,
    });
    out
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

/// A change in a home's number of beds: `beds` from `changed` on. Payment
/// is by whole months (domain rules 6.1): a change dated the 1st counts for
/// that month, one dated later in a month from the first of the next.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct BedChange {
    pub changed: NaiveDate,
    pub beds: u32,
    /// When it was recorded, and on which device: two devices' counts for
    /// one date are settled by the later (`domain::merge`).
    #[serde(default, skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub stamp: crate::domain::stamps::Stamp,
}

impl BedChange {
    /// `beds` from `changed` on, not yet stamped (saving stamps it).
    pub fn new(changed: NaiveDate, beds: u32) -> BedChange {
        BedChange {
            changed,
            beds,
            stamp: crate::domain::stamps::Stamp::default(),
        }
    }
}

/// The first day of the first month a bed count dated `changed` pays for:
/// that day when it is the 1st, else the first of the next month.
fn in_force_from(changed: NaiveDate) -> Option<NaiveDate> {
    if changed.day() == 1 {
        return Some(changed);
    }
    let first = NaiveDate::from_ymd_opt(changed.year(), changed.month(), 1)?;
    crate::domain::rules::calendar::add_months(first, 1)
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
/// order). A month pays for the beds in force on its first day: a change
/// dated the 1st is in force that month (40 beds from 1 April pay £440 for
/// April), one dated later in a month from the first of the next month.
pub fn lsc_year(year: i32, changes: &[BedChange]) -> Vec<MonthPayment> {
    let first = Quarter { year, q: 1 }.first_day();
    (0..12)
        .map(|i| {
            let month =
                crate::domain::rules::calendar::add_months(first, i).expect("a month in range");
            let beds = changes
                .iter()
                .filter(|c| in_force_from(c.changed).is_some_and(|from| from <= month))
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
