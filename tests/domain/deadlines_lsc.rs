//! LSC 2026/27 (seed 000) known answers.

use care_home_toolkit::domain::small_map::SmallMap;

use care_home_toolkit::domain::calendar::Calendar;
use care_home_toolkit::domain::deadlines::{deadlines, DeadlineReport, ResidentFacts, Status};
use care_home_toolkit::domain::obligation::ObligationId;
use care_home_toolkit::domain::schemes::LSC_2026;
use chrono::NaiveDate;

use super::d;

fn report(facts: &ResidentFacts, as_of: NaiveDate) -> DeadlineReport {
    deadlines(&LSC_2026, facts, as_of, &Calendar::england_and_wales()).unwrap()
}

fn row(r: &DeadlineReport, id: ObligationId) -> (NaiveDate, Status, i64) {
    let x = r
        .deadlines
        .iter()
        .find(|x| x.obligation.id == id)
        .unwrap_or_else(|| panic!("{id:?} missing"));
    (x.due, x.status, x.days_left)
}

fn admitted(y: i32, m: u32, day: u32) -> ResidentFacts {
    ResidentFacts {
        admitted: d(y, m, day),
        ..ResidentFacts::default()
    }
}

#[test]
fn initial_review_runs_from_the_date_the_practice_was_informed() {
    // 000 §2.6: "within 7 working days of the practice being informed".
    let facts = ResidentFacts {
        informed: Some(d(2026, 11, 4)),
        ..admitted(2026, 11, 2)
    };
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(
        row(&r, ObligationId::InitialReview),
        (d(2026, 11, 13), Status::Overdue, -9)
    );
    let initial = r
        .deadlines
        .iter()
        .find(|x| x.obligation.id == ObligationId::InitialReview)
        .unwrap();
    assert_eq!(
        initial.explanation(),
        "7 working days after the date the practice was informed (Wed 4 Nov 2026)"
    );
    assert_eq!(initial.obligation.clause, "LSC 2026/27 (000) §2.6 and §6.1");
    // 002 Appendix 1 (b)(i): the PCSP runs from admission itself.
    assert_eq!(
        row(&r, ObligationId::Pcsp),
        (d(2026, 11, 11), Status::Overdue, -11)
    );
}

#[test]
fn without_an_informed_date_the_admission_is_used_and_said() {
    let r = report(&admitted(2026, 11, 2), d(2026, 11, 5));
    let initial = r
        .deadlines
        .iter()
        .find(|x| x.obligation.id == ObligationId::InitialReview)
        .unwrap();
    assert_eq!(initial.due, d(2026, 11, 11));
    assert!(initial
        .anchor_event
        .starts_with("admission (no date the practice was informed"));
    assert_eq!(initial.status, Status::DueSoon);
    assert_eq!(initial.days_text(), "6 days left");
}

#[test]
fn the_full_list_is_sorted_by_due_date() {
    let r = report(&admitted(2026, 11, 2), d(2026, 11, 22));
    let ids: Vec<&str> = r
        .deadlines
        .iter()
        .map(|x| x.obligation.id.as_str())
        .collect();
    assert_eq!(ids, ["initial-review", "pcsp", "medication-review", "smr"]);
    assert_eq!(row(&r, ObligationId::MedicationReview).0, d(2027, 5, 2));
    assert_eq!(row(&r, ObligationId::Smr).0, d(2027, 11, 2));
    // No return from hospital was entered: those rules are listed as not applying.
    let na: Vec<&str> = r
        .not_applicable
        .iter()
        .map(|x| x.obligation.id.as_str())
        .collect();
    assert_eq!(na, ["medicines-reconciliation", "post-hospital-review"]);
    assert!(r.warnings.is_empty());
}

#[test]
fn re_admission_restarts_the_pcsp_and_makes_hospital_reviews_due_at_once() {
    let facts = ResidentFacts {
        readmitted: Some(d(2026, 11, 20)),
        ..admitted(2026, 11, 2)
    };
    let r = report(&facts, d(2026, 11, 22));
    // Fri 20 Nov + 7 working days = Tue 1 Dec.
    assert_eq!(
        row(&r, ObligationId::Pcsp),
        (d(2026, 12, 1), Status::Upcoming, 9)
    );
    assert_eq!(
        row(&r, ObligationId::MedicinesReconciliation),
        (d(2026, 11, 20), Status::Overdue, -2)
    );
    assert_eq!(
        row(&r, ObligationId::PostHospitalReview),
        (d(2026, 11, 20), Status::Overdue, -2)
    );
    let pcsp = r
        .deadlines
        .iter()
        .find(|x| x.obligation.id == ObligationId::Pcsp)
        .unwrap();
    assert_eq!(pcsp.anchor_event, "re-admission after a hospital episode");
}

#[test]
fn christmas_span() {
    // Admitted Thursday 24 December 2026: Christmas, the Boxing Day
    // substitute and New Year's Day are skipped.
    let r = report(&admitted(2026, 12, 24), d(2026, 12, 31));
    assert_eq!(
        row(&r, ObligationId::InitialReview),
        (d(2027, 1, 7), Status::DueSoon, 7)
    );
    let pcsp = r
        .deadlines
        .iter()
        .find(|x| x.obligation.id == ObligationId::Pcsp)
        .unwrap();
    let span = pcsp.working.as_ref().unwrap();
    assert_eq!(span.holidays_skipped.len(), 3);
}

#[test]
fn medication_review_counts_from_the_later_of_review_and_smr_with_month_end_clamp() {
    let mut done = SmallMap::new();
    done.insert(ObligationId::MedicationReview, d(2026, 8, 31));
    let facts = ResidentFacts {
        done: done.clone(),
        ..admitted(2026, 4, 1)
    };
    let r = report(&facts, d(2026, 11, 22));
    // 31 August + 6 months = 28 February 2027.
    assert_eq!(row(&r, ObligationId::MedicationReview).0, d(2027, 2, 28));
    done.insert(ObligationId::Smr, d(2026, 9, 15));
    let facts = ResidentFacts {
        done,
        ..admitted(2026, 4, 1)
    };
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(row(&r, ObligationId::MedicationReview).0, d(2027, 3, 15));
    assert_eq!(row(&r, ObligationId::Smr).0, d(2027, 9, 15));
}

#[test]
fn done_on_the_due_date_is_on_time() {
    let mut done = SmallMap::new();
    done.insert(ObligationId::InitialReview, d(2026, 11, 11));
    done.insert(ObligationId::Pcsp, d(2026, 11, 12));
    let facts = ResidentFacts {
        done,
        ..admitted(2026, 11, 2)
    };
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(
        row(&r, ObligationId::InitialReview).1,
        Status::Done { on_time: true }
    );
    assert_eq!(
        row(&r, ObligationId::Pcsp).1,
        Status::Done { on_time: false }
    );
}

#[test]
fn outside_the_period_still_computes_with_a_warning() {
    let r = report(&admitted(2025, 11, 3), d(2025, 11, 5));
    assert_eq!(r.warnings.len(), 2);
    assert!(
        r.warnings[0].contains("1 April 2026 to 31 March 2027"),
        "{}",
        r.warnings[0]
    );
    assert_eq!(row(&r, ObligationId::InitialReview).0, d(2025, 11, 12));
}

#[test]
fn beyond_the_calendar_is_an_error() {
    let err = deadlines(
        &LSC_2026,
        &admitted(2035, 12, 28),
        d(2035, 12, 28),
        &Calendar::england_and_wales(),
    )
    .unwrap_err();
    assert!(err
        .to_string()
        .contains("outside the years the bank-holiday calendar covers"));
}
