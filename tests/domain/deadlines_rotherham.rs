//! Rotherham 2019/20 and 2020/21 (seeds 001, 003).

use care_home_toolkit::domain::small_map::SmallMap;

use care_home_toolkit::domain::calendar::Calendar;
use care_home_toolkit::domain::deadlines::{deadlines, DeadlineReport, ResidentFacts, Status};
use care_home_toolkit::domain::obligation::ObligationId;
use care_home_toolkit::domain::schemes::{Scheme, ROTHERHAM_2019, ROTHERHAM_2020};
use chrono::NaiveDate;

use super::d;

fn run(scheme: &'static Scheme, facts: &ResidentFacts, as_of: NaiveDate) -> DeadlineReport {
    deadlines(scheme, facts, as_of, &Calendar::england_and_wales()).unwrap()
}

#[test]
fn a_new_permanent_resident() {
    let facts = ResidentFacts {
        admitted: d(2019, 6, 3),
        ..ResidentFacts::default()
    };
    let r = run(&ROTHERHAM_2019, &facts, d(2019, 6, 20));
    let got: Vec<_> = r
        .deadlines
        .iter()
        .map(|x| (x.obligation.id.as_str(), x.due, x.status))
        .collect();
    assert_eq!(
        got,
        [
            // 001 §3.2, 003 §5: within 2 weeks = D + 14 calendar days.
            ("admission-assessment", d(2019, 6, 17), Status::Overdue),
            ("seen", d(2019, 8, 3), Status::Upcoming),
            ("care-plan", d(2019, 9, 3), Status::Upcoming),
            ("lead-gp-review", d(2019, 12, 3), Status::Upcoming),
            ("medication-review", d(2019, 12, 3), Status::Upcoming),
        ]
    );
    assert!(r.warnings.is_empty());
}

#[test]
fn temporary_residents_need_no_care_plan() {
    let facts = ResidentFacts {
        admitted: d(2019, 6, 3),
        temporary: true,
        ..ResidentFacts::default()
    };
    let r = run(&ROTHERHAM_2019, &facts, d(2019, 6, 20));
    assert!(r
        .deadlines
        .iter()
        .all(|x| x.obligation.id != ObligationId::CarePlan));
    assert_eq!(r.not_applicable.len(), 1);
    assert_eq!(r.not_applicable[0].obligation.id, ObligationId::CarePlan);
    assert_eq!(
        r.not_applicable[0].reason,
        "Not required for temporary residents."
    );
}

#[test]
fn seen_every_two_months_clamped_to_a_leap_february() {
    let mut done = SmallMap::new();
    done.insert(ObligationId::Seen, d(2019, 12, 31));
    let facts = ResidentFacts {
        admitted: d(2019, 6, 3),
        done,
        ..ResidentFacts::default()
    };
    let r = run(&ROTHERHAM_2019, &facts, d(2020, 1, 6));
    let seen = r
        .deadlines
        .iter()
        .find(|x| x.obligation.id == ObligationId::Seen)
        .unwrap();
    assert_eq!(seen.due, d(2020, 2, 29));
    assert_eq!(
        seen.explanation(),
        "2 months after the last review with the carer (Tue 31 Dec 2019)"
    );
}

#[test]
fn a_lead_gp_review_counts_as_seen() {
    let mut done = SmallMap::new();
    done.insert(ObligationId::Seen, d(2019, 7, 1));
    done.insert(ObligationId::LeadGpReview, d(2019, 8, 15));
    let facts = ResidentFacts {
        admitted: d(2019, 6, 3),
        done,
        ..ResidentFacts::default()
    };
    let r = run(&ROTHERHAM_2020, &facts, d(2019, 9, 1));
    let due = |id| {
        r.deadlines
            .iter()
            .find(|x| x.obligation.id == id)
            .unwrap()
            .due
    };
    assert_eq!(due(ObligationId::Seen), d(2019, 10, 15));
    assert_eq!(due(ObligationId::LeadGpReview), d(2020, 2, 15));
    // Rotherham 2020/21 began on 1 April 2020.
    assert_eq!(r.warnings.len(), 2);
}
