//! Quarterly returns not yet submitted, for the due list: per home whose
//! scheme is paid through a return (Rotherham, 001 §4.2), every quarter
//! that has ended by the day shown, back to the quarter the home's first
//! resident arrived (at most the last four), whose return is not marked
//! submitted.

use chrono::NaiveDate;

use super::due_rule::ReturnDueRule;
use super::payments::Rates;
use super::quarter::Quarter;
use crate::domain::records::register::Register;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnDue {
    pub home_id: String,
    pub home_name: String,
    pub quarter: Quarter,
    pub due: NaiveDate,
    /// Calendar days until due (negative when overdue).
    pub days_left: i64,
}

pub fn returns_due(
    register: &Register,
    as_of: NaiveDate,
    due_rule: &ReturnDueRule,
) -> Vec<ReturnDue> {
    let mut out = Vec::new();
    // Each home's first admission, in one pass over the residents (not one
    // pass for each home: the due list asks this of thousands).
    let mut first_admitted: std::collections::HashMap<&str, NaiveDate> =
        std::collections::HashMap::with_capacity(register.homes.len());
    for r in &register.residents {
        first_admitted
            .entry(r.home_id.as_str())
            .and_modify(|d| *d = (*d).min(r.admitted))
            .or_insert(r.admitted);
    }
    for home in &register.homes {
        if !Rates::pays_per_patient(&home.scheme) {
            continue;
        }
        let Some(&first) = first_admitted.get(home.id.as_str()) else {
            continue;
        };
        let mut q = Quarter::of(as_of).previous();
        for _ in 0..4 {
            if q.last_day() < first {
                break;
            }
            let submitted = register.returns.iter().any(|r| {
                r.home_id == home.id && r.year == q.year && r.q == q.q && r.submitted.is_some()
            });
            // A quarter no version of the scheme covers has no rates and
            // is never called overdue (domain rules 6.1).
            if !submitted && Rates::for_quarter(&home.scheme, q).is_some() {
                let due = due_rule.due(q).0;
                out.push(ReturnDue {
                    home_id: home.id.clone(),
                    home_name: home.name.clone(),
                    quarter: q,
                    due,
                    days_left: (due - as_of).num_days(),
                });
            }
            q = q.previous();
        }
    }
    crate::domain::helpers::stable_sort::sort_by(&mut out, |a, b| {
        a.due.cmp(&b.due).then(a.home_name.cmp(&b.home_name))
    });
    out
}
