//! The figures of the Rotherham quarterly return (001 §4.1), from the
//! register. How the register answers it (docs/rules.md §6, shown on the
//! page): a resident is in the home from admission to discharge, both days
//! included; start = permanent residents admitted before the quarter's
//! first day and not discharged before it; new, moved and died count
//! permanent residents admitted or discharged within the quarter;
//! temporary counts temporary residents in the home on any day of it. So
//! carry-forward = start + new − moved − died is exactly the next quarter's
//! start.

use super::figure::Figure;
use super::quarter::Quarter;
use super::record::QuarterReturn;
use crate::domain::records::register::{LeftBecause, Register, Resident};

/// The figures for one home and quarter, as worked out and as adjusted,
/// with the residents behind each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Resident ids behind each register figure (start, new, temporary,
    /// moved, died), in the register's order.
    pub behind: [Vec<String>; 5],
    pub other_home: u32,
    /// The adjusted values of the five register figures, where adjusted.
    pub adjusted: [Option<u32>; 5],
    /// The quarter before's carry-forward, where an adjustment made it
    /// differ from what the register counts at this quarter's start: it
    /// opens this quarter (domain rules 6.1, 001 §4.1), with the quarter
    /// whose adjustment it follows.
    pub carried: Option<(Quarter, u32)>,
}

fn index(f: Figure) -> Option<usize> {
    Figure::ADJUSTABLE.iter().position(|x| *x == f)
}

impl Figures {
    /// The residents behind a figure (empty for other-home and carry-forward).
    pub fn residents(&self, f: Figure) -> &[String] {
        index(f).map_or(&[], |i| &self.behind[i])
    }

    /// As worked out from the register.
    pub fn counted(&self, f: Figure) -> u32 {
        match f {
            Figure::OtherHome => self.other_home,
            Figure::CarryForward => {
                let v = |f| self.counted(f) as i64;
                (v(Figure::Start) + v(Figure::NewPermanent) - v(Figure::Moved) - v(Figure::Died))
                    .max(0) as u32
            }
            f => index(f).map_or(0, |i| self.behind[i].len() as u32),
        }
    }

    /// As returned: the adjusted value where there is one; carry-forward
    /// follows the adjusted figures.
    pub fn value(&self, f: Figure) -> u32 {
        match f {
            Figure::OtherHome => self.other_home,
            Figure::CarryForward => {
                let v = |f| self.value(f) as i64;
                (v(Figure::Start) + v(Figure::NewPermanent) - v(Figure::Moved) - v(Figure::Died))
                    .max(0) as u32
            }
            Figure::Start => self.adjusted[0]
                .or(self.carried.map(|(_, n)| n))
                .unwrap_or_else(|| self.counted(Figure::Start)),
            f => index(f)
                .and_then(|i| self.adjusted[i])
                .unwrap_or_else(|| self.counted(f)),
        }
    }
}

/// The day `r` counts as permanent from: `None` while temporary; the day
/// their stay was changed from temporary to permanent, where the history
/// records it (the app writes "stay temporary to permanent" in a details
/// change, dated the day it was made); else their admission.
pub fn permanent_from(r: &Resident) -> Option<chrono::NaiveDate> {
    if r.temporary {
        return None;
    }
    let changed = r
        .events
        .iter()
        .filter(|e| match &e.kind {
            crate::domain::records::register::EventKind::DetailsChanged(what) => {
                what.split("; ").any(|c| c == "stay temporary to permanent")
            }
            _ => false,
        })
        .map(|e| e.date)
        .max();
    Some(changed.map_or(r.admitted, |d| d.max(r.admitted)))
}

/// Work out the figures of `home_id`'s return for `quarter`, with the
/// return's hand-entered figure and adjustments applied, opening from the
/// quarter before's carry-forward as returned: an adjusted carry-forward
/// opens the next quarter, and the ones after follow it (domain rules 6.1).
pub fn figures(
    register: &Register,
    home_id: &str,
    quarter: Quarter,
    kept: &QuarterReturn,
) -> Figures {
    let mut f = counted(register, home_id, quarter, kept);
    f.carried = carried_in(register, home_id, quarter);
    f
}

/// The carry-forward that opens `quarter` where an earlier quarter's
/// adjustment makes it differ from the register's count: worked forward
/// from the earliest adjusted quarter before it.
fn carried_in(register: &Register, home_id: &str, quarter: Quarter) -> Option<(Quarter, u32)> {
    let earliest = register
        .returns
        .iter()
        .filter(|r| r.home_id == home_id && !r.adjustments.is_empty())
        .filter_map(|r| Quarter::new(r.year, r.q))
        .filter(|q| *q < quarter)
        .min()?;
    let mut carried: Option<(Quarter, u32)> = None;
    let mut q = earliest;
    while q < quarter {
        let kept = register.quarter_return(home_id, q);
        let mut f = counted(register, home_id, q, &kept);
        f.carried = carried;
        let out = f.value(Figure::CarryForward);
        let next = q.next();
        // What the register counts at the next quarter's start: this
        // quarter's carry-forward as counted.
        let opens_next = f.counted(Figure::CarryForward);
        // Where it came from: this quarter's own adjustment, else the one
        // it carried in.
        let origin = if kept.adjustments.is_empty() {
            carried.map_or(q, |(o, _)| o)
        } else {
            q
        };
        carried = (out != opens_next).then_some((origin, out));
        q = next;
    }
    carried
}

/// The figures as the register counts them, with the return's own
/// adjustments, opening from the register's count.
fn counted(register: &Register, home_id: &str, quarter: Quarter, kept: &QuarterReturn) -> Figures {
    let (first, last) = (quarter.first_day(), quarter.last_day());
    let mut f = Figures {
        other_home: kept.other_home,
        ..Figures::default()
    };
    for r in &register.residents {
        if r.home_id != home_id {
            continue;
        }
        let left = r.discharged.as_ref();
        // Permanent from this day (domain rules 6.1): a temporary resident
        // made permanent is temporary before the change, new permanent in
        // its quarter and at the start after; never both in one quarter.
        let from = permanent_from(r);
        let temporary_until = match from {
            None => Some(left.map_or(last, |d| d.date)),
            Some(d) if d > r.admitted => d.pred_opt(),
            Some(_) => None,
        };
        if let Some(until) = temporary_until {
            let arrived_by_end = r.admitted <= last;
            let still_there_at_start = until >= first && left.is_none_or(|d| d.date >= first);
            // Counted as new permanent in the quarter of the change instead
            // (when still in the home that day).
            let changed_here =
                from.is_some_and(|d| quarter.contains(d) && left.is_none_or(|l| l.date >= d));
            if arrived_by_end && still_there_at_start && !changed_here {
                f.behind[2].push(r.id.clone());
            }
        }
        let Some(from) = from else {
            continue;
        };
        if left.is_some_and(|d| d.date < from) {
            continue;
        }
        if from < first && left.is_none_or(|d| d.date >= first) {
            f.behind[0].push(r.id.clone());
        }
        if quarter.contains(from) {
            f.behind[1].push(r.id.clone());
        }
        if let Some(d) = left.filter(|d| quarter.contains(d.date)) {
            let i = match d.reason {
                LeftBecause::MovedOut => 3,
                LeftBecause::Died => 4,
            };
            f.behind[i].push(r.id.clone());
        }
    }
    for a in &kept.adjustments {
        if let Some(i) = index(a.figure) {
            f.adjusted[i] = Some(a.value);
        }
    }
    f
}
