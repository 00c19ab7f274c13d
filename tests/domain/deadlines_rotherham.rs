//! Rotherham 2019/20 and 2020/21 (seeds 001, 003).

use care_home_toolkit::domain::rules::calendar::Calendar;
use care_home_toolkit::domain::rules::deadlines::{
    deadlines, home_deadlines, Counted, DeadlineReport, ResidentFacts, Status,
};
use care_home_toolkit::domain::rules::obligation::{Interval, ObligationId};
use care_home_toolkit::domain::rules::schemes::{Scheme, ROTHERHAM_2019, ROTHERHAM_2020};
use chrono::NaiveDate;

use super::d;

fn run(scheme: &'static Scheme, facts: &ResidentFacts, as_of: NaiveDate) -> DeadlineReport {
    deadlines(scheme, facts, as_of, &Calendar::england_and_wales())
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
    assert_eq!(r.not_applicable[0].obligation.id, ObligationId::CarePlan);
    assert_eq!(
        r.not_applicable[0].reason,
        "Not required for temporary residents."
    );
}

#[test]
fn seen_every_two_months_clamped_to_a_leap_february() {
    let mut facts = ResidentFacts {
        admitted: d(2019, 6, 3),
        ..ResidentFacts::default()
    };
    facts.record(ObligationId::Seen, d(2019, 12, 31));
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
    let mut facts = ResidentFacts {
        admitted: d(2019, 6, 3),
        ..ResidentFacts::default()
    };
    facts.record(ObligationId::Seen, d(2019, 7, 1));
    facts.record(ObligationId::LeadGpReview, d(2019, 8, 15));
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

/// 003 §8: "for each unscheduled admission … To be discussed with Care Home
/// Manager at their regular scheduled meeting"; 003 §2: bi-monthly.
#[test]
fn each_hospital_admission_is_reviewed_by_the_next_meeting_else_in_2_months() {
    let mut facts = ResidentFacts {
        admitted: d(2020, 6, 1),
        hospital_admissions: vec![d(2021, 1, 15), d(2020, 11, 2)],
        meetings: vec![d(2020, 10, 20), d(2020, 12, 10)],
        ..ResidentFacts::default()
    };
    let r = run(&ROTHERHAM_2020, &facts, d(2021, 1, 20));
    let reviews: Vec<_> = r
        .deadlines
        .iter()
        .filter(|x| x.obligation.id == ObligationId::EmergencyAdmissionReview)
        .map(|x| {
            (
                x.anchor,
                x.due,
                x.counted,
                x.status,
                x.row_key().into_owned(),
            )
        })
        .collect();
    assert_eq!(
        reviews,
        [
            // The meeting of 10 Dec is the next after 2 Nov.
            (
                d(2020, 11, 2),
                d(2020, 12, 10),
                Counted::NextMeeting,
                Status::Overdue,
                "emergency-admission-review-2020-11-02".to_string()
            ),
            // No meeting recorded after 15 Jan: 2 months after it.
            (
                d(2021, 1, 15),
                d(2021, 3, 15),
                Counted::After(Interval::Months(2)),
                Status::Upcoming,
                "emergency-admission-review-2021-01-15".to_string()
            ),
        ]
    );
    assert_eq!(
        r.deadlines
            .iter()
            .find(|x| x.counted == Counted::NextMeeting)
            .unwrap()
            .explanation(),
        "By the home\u{2019}s next Lead GP and care home manager meeting after the admission \
         to hospital (Mon 2 Nov 2020)"
    );
    // A review recorded meets the earliest admission not yet reviewed.
    facts.record(ObligationId::EmergencyAdmissionReview, d(2020, 12, 1));
    let r = run(&ROTHERHAM_2020, &facts, d(2021, 1, 20));
    let statuses: Vec<_> = r
        .deadlines
        .iter()
        .filter(|x| x.obligation.id == ObligationId::EmergencyAdmissionReview)
        .map(|x| x.status)
        .collect();
    assert_eq!(statuses, [Status::Done { on_time: true }, Status::Upcoming]);
    // A second review, after the 10 Dec meeting: the second admission is
    // reviewed (before its own due date).
    facts.record(ObligationId::EmergencyAdmissionReview, d(2021, 1, 18));
    let r = run(&ROTHERHAM_2020, &facts, d(2021, 1, 20));
    assert!(r
        .deadlines
        .iter()
        .filter(|x| x.obligation.id == ObligationId::EmergencyAdmissionReview)
        .all(|x| x.status == Status::Done { on_time: true }));
}

#[test]
fn no_hospital_admission_no_review_row() {
    let facts = ResidentFacts {
        admitted: d(2020, 6, 1),
        ..ResidentFacts::default()
    };
    let r = run(&ROTHERHAM_2020, &facts, d(2020, 6, 2));
    assert!(r
        .not_applicable
        .iter()
        .any(|n| n.obligation.id == ObligationId::EmergencyAdmissionReview));
}

/// docs/rules.md §3: each home duty from its last occurrence.
#[test]
fn home_duties_run_from_their_last_occurrence() {
    let records = [
        (ObligationId::HomeRound, d(2020, 11, 10)),
        (ObligationId::HomeRound, d(2020, 11, 17)),
        (ObligationId::PlannedClinic, d(2020, 11, 10)),
        (ObligationId::LeadGpManagerMeeting, d(2020, 9, 30)),
        (ObligationId::LeadGpTraining, d(2018, 2, 28)),
    ];
    let r = home_deadlines(
        &ROTHERHAM_2020,
        &records,
        d(2020, 11, 20),
        &Calendar::england_and_wales(),
    );
    let got: Vec<_> = r
        .deadlines
        .iter()
        .map(|x| (x.obligation.id, x.due, x.scheme.id))
        .collect();
    assert_eq!(
        got,
        [
            // 003 §1: at least fortnightly.
            (
                ObligationId::PlannedClinic,
                d(2020, 11, 24),
                "rotherham-2020"
            ),
            // 002 Appendix 1: weekly, from the DES (in force from 1 Oct 2020).
            (ObligationId::HomeRound, d(2020, 11, 24), "ehch-des"),
            // 003 §2: bi-monthly; 30 Sep + 2 months = 30 Nov.
            (
                ObligationId::LeadGpManagerMeeting,
                d(2020, 11, 30),
                "rotherham-2020"
            ),
            // 003 §10: 3-yearly; 28 Feb 2018 + 36 months = 28 Feb 2021.
            (
                ObligationId::LeadGpTraining,
                d(2021, 2, 28),
                "rotherham-2020"
            ),
        ]
    );
    assert_eq!(
        r.row(ObligationId::HomeRound).unwrap().explanation(),
        "1 week (7 days) after the last home round (Tue 17 Nov 2020)"
    );
    // Before the DES began there is no weekly home round to track.
    let r = home_deadlines(
        &ROTHERHAM_2020,
        &records,
        d(2020, 9, 30),
        &Calendar::england_and_wales(),
    );
    assert!(r.row(ObligationId::HomeRound).is_none());
    // Never recorded: due now, and it says so.
    let r = home_deadlines(
        &ROTHERHAM_2020,
        &[],
        d(2020, 11, 20),
        &Calendar::england_and_wales(),
    );
    let clinic = r.row(ObligationId::PlannedClinic).unwrap();
    assert_eq!(
        (clinic.due, clinic.counted),
        (d(2020, 11, 20), Counted::NoRecord)
    );
    assert_eq!(clinic.explanation(), "Due now: none has been recorded yet");
    assert_eq!(clinic.days_text(), "Due today");
}

#[test]
fn two_reviews_on_one_day_meet_two_admissions() {
    // 003 §8: a review "for each unscheduled admission".
    let mut facts = ResidentFacts {
        admitted: d(2020, 6, 1),
        hospital_admissions: vec![d(2020, 11, 2), d(2020, 11, 20), d(2020, 11, 2)],
        ..ResidentFacts::default()
    };
    facts.record(ObligationId::EmergencyAdmissionReview, d(2020, 12, 1));
    facts.record(ObligationId::EmergencyAdmissionReview, d(2020, 12, 1));
    let r = run(&ROTHERHAM_2020, &facts, d(2020, 12, 2));
    let rows: Vec<_> = r
        .deadlines
        .iter()
        .filter(|x| x.obligation.id == ObligationId::EmergencyAdmissionReview)
        .map(|x| (x.anchor, x.status))
        .collect();
    // The same admission entered twice is one admission.
    assert_eq!(
        rows,
        [
            (d(2020, 11, 2), Status::Done { on_time: true }),
            (d(2020, 11, 20), Status::Done { on_time: true }),
        ]
    );
}
