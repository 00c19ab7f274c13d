//! LSC 2026/27 (seed 000) known answers, with the DES rows it includes.

use care_home_toolkit::domain::records::register::facts::facts;
use care_home_toolkit::domain::records::register::{Event, EventKind, Resident};
use care_home_toolkit::domain::rules::calendar::Calendar;
use care_home_toolkit::domain::rules::deadlines::{
    deadlines, Deadline, DeadlineReport, ResidentFacts, Status,
};
use care_home_toolkit::domain::rules::obligation::ObligationId::{self, *};
use care_home_toolkit::domain::rules::schemes::LSC_2026;
use chrono::NaiveDate;

use super::d;

fn report(facts: &ResidentFacts, as_of: NaiveDate) -> DeadlineReport {
    deadlines(&LSC_2026, facts, as_of, &Calendar::england_and_wales())
}

fn row(r: &DeadlineReport, id: ObligationId) -> (NaiveDate, Status, i64) {
    let x = r.row(id).unwrap_or_else(|| panic!("{id:?} missing"));
    (x.due, x.status, x.days_left)
}

fn admitted(y: i32, m: u32, day: u32) -> ResidentFacts {
    ResidentFacts {
        admitted: d(y, m, day),
        ..ResidentFacts::default()
    }
}

/// Initial review (000 §2.6: "within 7 working days of the practice being
/// informed"; never from before the admission; §6.1 monitors "within 7
/// working days of admission"): admitted, informed → due, monitored date.
#[test]
fn initial_review_known_answers() {
    type Case = (
        (i32, u32, u32),
        Option<(i32, u32, u32)>,
        (i32, u32, u32),
        Option<(i32, u32, u32)>,
    );
    let table: [Case; 4] = [
        // Informed two days after admission: counts from informed, and the
        // row also shows the monitored date from admission.
        (
            (2026, 11, 2),
            Some((2026, 11, 4)),
            (2026, 11, 13),
            Some((2026, 11, 11)),
        ),
        // The reported defect: informed 1 Oct before admission on 10 Nov.
        // Counted from the admission, Tue 10 Nov → Thu 19 Nov, never 12 Oct.
        ((2026, 11, 10), Some((2026, 10, 1)), (2026, 11, 19), None),
        // Informed on the day of admission.
        ((2026, 11, 2), Some((2026, 11, 2)), (2026, 11, 11), None),
        // Not known: from admission.
        ((2026, 11, 2), None, (2026, 11, 11), None),
    ];
    for (adm, informed, due, monitored) in table {
        let facts = ResidentFacts {
            informed: informed.map(|(y, m, x)| d(y, m, x)),
            ..admitted(adm.0, adm.1, adm.2)
        };
        let r = report(&facts, d(2026, 11, 22));
        let initial = r.row(InitialReview).unwrap();
        assert_eq!(initial.due, d(due.0, due.1, due.2), "{adm:?} {informed:?}");
        assert!(initial.due > facts.admitted);
        assert_eq!(
            initial.monitored.map(|(m, _)| m),
            monitored.map(|(y, m, x)| d(y, m, x)),
            "{adm:?} {informed:?}"
        );
    }
}

#[test]
fn the_initial_review_says_what_it_counted_from() {
    let facts = ResidentFacts {
        informed: Some(d(2026, 11, 4)),
        ..admitted(2026, 11, 2)
    };
    let r = report(&facts, d(2026, 11, 22));
    let initial = r.row(InitialReview).unwrap();
    assert_eq!(
        initial.explanation(),
        "7 working days after the date the practice was informed (Wed 4 Nov 2026)"
    );
    assert_eq!(initial.obligation.clause, "LSC 2026/27 (000) §2.6 and §6.1");
    let (_, label) = initial.monitored.unwrap();
    assert!(label.contains("6.1"), "{label}");
    assert_eq!(
        row(&r, InitialReview),
        (d(2026, 11, 13), Status::Overdue, -9)
    );

    let planned = ResidentFacts {
        informed: Some(d(2026, 10, 1)),
        ..admitted(2026, 11, 10)
    };
    let r = report(&planned, d(2026, 11, 11));
    assert_eq!(
        r.row(InitialReview).unwrap().anchor_event,
        "admission (the practice was informed before the resident arrived)"
    );
}

#[test]
fn the_full_list_is_sorted_by_due_date() {
    let r = report(&admitted(2026, 11, 2), d(2026, 11, 22));
    let ids: Vec<&str> = r
        .deadlines
        .iter()
        .map(|x| x.obligation.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "medicines-reconciliation",
            "initial-review",
            "pcsp",
            "smr",
            "medication-review"
        ]
    );
    // Medicines reconciliation: 7 calendar days (interpretation, QS120).
    assert_eq!(row(&r, MedicinesReconciliation).0, d(2026, 11, 9));
    assert_eq!(row(&r, Smr).0, d(2026, 11, 11));
    assert_eq!(row(&r, MedicationReview).0, d(2027, 5, 2));
    // No return from hospital: those rules are listed as not applying.
    let na: Vec<&str> = r
        .not_applicable
        .iter()
        .map(|x| x.obligation.id.as_str())
        .collect();
    assert_eq!(
        na,
        [
            "medicines-reconciliation-readmission",
            "post-hospital-review",
            "pcsp-readmission"
        ]
    );
    assert!(r.warnings.is_empty() && r.unavailable.is_empty() && r.notes.is_empty());
}

#[test]
fn medicines_reconciliation_runs_from_when_the_practice_is_told() {
    // 000 §2.7 "each time a patient moves between different care settings";
    // interpretation shown: 7 calendar days (NICE QS120 statement 5).
    let facts = ResidentFacts {
        informed: Some(d(2026, 11, 4)),
        readmitted: Some(d(2026, 11, 20)),
        ..admitted(2026, 11, 2)
    };
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(row(&r, MedicinesReconciliation).0, d(2026, 11, 11));
    assert_eq!(
        row(&r, MedicinesReconciliationReadmission),
        (d(2026, 11, 27), Status::DueSoon, 5)
    );
    let o = r.row(MedicinesReconciliation).unwrap().obligation;
    assert!(o.interpretation.unwrap().contains("QS120"));
}

#[test]
fn post_hospital_review_is_7_working_days_after_the_return() {
    // 000 §2.7 and §6.4 give no time; interpretation: in step with the
    // re-admission PCSP. Fri 20 Nov + 7 working days = Tue 1 Dec.
    let facts = ResidentFacts {
        readmitted: Some(d(2026, 11, 20)),
        ..admitted(2026, 11, 2)
    };
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(
        row(&r, PostHospitalReview),
        (d(2026, 12, 1), Status::Upcoming, 9)
    );
    assert_eq!(row(&r, PcspReadmission).0, d(2026, 12, 1));
    // The admission PCSP is still open and overdue.
    assert_eq!(row(&r, Pcsp), (d(2026, 11, 11), Status::Overdue, -11));
}

fn event(date: NaiveDate, kind: EventKind) -> Event {
    Event {
        id: String::new(),
        date,
        kind,
        by: String::new(),
    }
}

#[test]
fn two_returns_from_hospital_the_latest_counts() {
    // 002 Appendix 1 (b)(i); 000 §2.7: each return is a move between care
    // settings. The register keeps both; the rows follow the latest.
    let resident = Resident {
        made: care_home_toolkit::domain::merge::Stamp {
            ms: 1,
            n: 0,
            device: "test".into(),
        },
        stamps: Default::default(),
        versions: Vec::new(),
        id: "r1".into(),
        home_id: "h1".into(),
        name: "Ann Smith".into(),
        date_of_birth: None,
        nhs_number: "9434765919".into(),
        room: String::new(),
        temporary: false,
        admitted: d(2026, 11, 2),
        informed: None,
        events: vec![
            event(d(2026, 11, 16), EventKind::HospitalAdmission),
            event(d(2026, 11, 20), EventKind::ReturnFromHospital),
            event(d(2026, 11, 25), EventKind::Done(PcspReadmission)),
            event(
                d(2026, 11, 26),
                EventKind::Done(MedicinesReconciliationReadmission),
            ),
            event(d(2026, 12, 3), EventKind::HospitalAdmission),
            event(d(2026, 12, 10), EventKind::ReturnFromHospital),
        ],
        discharged: None,
        concern: String::new(),
    };
    let r = report(&facts(&resident, None), d(2026, 12, 11));
    // Thu 10 Dec + 7 working days = Mon 21 Dec; the plan after the first
    // return does not meet the second.
    assert_eq!(
        row(&r, PcspReadmission),
        (d(2026, 12, 21), Status::Upcoming, 10)
    );
    assert_eq!(
        row(&r, MedicinesReconciliationReadmission).0,
        d(2026, 12, 17)
    );
    assert_eq!(row(&r, PostHospitalReview).0, d(2026, 12, 21));
}

#[test]
fn christmas_span() {
    // Admitted Thursday 24 December 2026: Christmas, the Boxing Day
    // substitute and New Year's Day are skipped.
    let r = report(&admitted(2026, 12, 24), d(2026, 12, 31));
    assert_eq!(row(&r, InitialReview), (d(2027, 1, 7), Status::DueSoon, 7));
    let span = r.row(Pcsp).unwrap().working.as_ref().unwrap();
    assert_eq!(span.holidays_skipped.len(), 3);
}

#[test]
fn medication_review_counts_from_the_latest_review_smr_or_initial_review() {
    // 000 §2.7: "a medication review or structured medication review".
    let mut facts = admitted(2026, 4, 1);
    facts.record(MedicationReview, d(2026, 8, 31));
    let r = report(&facts, d(2026, 11, 22));
    // 31 August + 6 months = 28 February 2027.
    assert_eq!(row(&r, MedicationReview).0, d(2027, 2, 28));
    facts.record(Smr, d(2026, 9, 15));
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(row(&r, MedicationReview).0, d(2027, 3, 15));
    assert_eq!(row(&r, Smr).0, d(2027, 9, 15));

    // The initial review contains a medication review (000 §2.6).
    let mut facts = admitted(2026, 11, 2);
    facts.record(InitialReview, d(2026, 11, 10));
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(row(&r, MedicationReview).0, d(2027, 5, 10));
    assert_eq!(
        r.row(MedicationReview).unwrap().anchor_event,
        "the last initial review"
    );
}

#[test]
fn done_on_the_due_date_is_on_time() {
    let mut facts = admitted(2026, 11, 2);
    facts.record(InitialReview, d(2026, 11, 11));
    facts.record(Pcsp, d(2026, 11, 12));
    let r = report(&facts, d(2026, 11, 22));
    assert_eq!(row(&r, InitialReview).1, Status::Done { on_time: true });
    assert_eq!(row(&r, Pcsp).1, Status::Done { on_time: false });
}

#[test]
fn temporary_residents_get_every_row_with_a_note_of_the_conflict() {
    // 000 §1.2 "permanent or temporary" vs §2.15 "registered permanently".
    let permanent = report(&admitted(2026, 11, 2), d(2026, 11, 3));
    let temporary = report(
        &ResidentFacts {
            temporary: true,
            ..admitted(2026, 11, 2)
        },
        d(2026, 11, 3),
    );
    assert_eq!(temporary.deadlines, permanent.deadlines);
    assert_eq!(temporary.notes.len(), 1);
    assert!(temporary.notes[0].contains("section 1.2"));
    assert!(temporary.notes[0].contains("section 2.15"));
}

#[test]
fn outside_the_period_still_computes_with_a_warning() {
    let r = report(&admitted(2025, 11, 3), d(2025, 11, 5));
    assert_eq!(r.warnings.len(), 2);
    assert!(
        r.warnings[0]
            .replace('\u{a0}', " ")
            .contains("1 April 2026 to 31 March 2027"),
        "{}",
        r.warnings[0]
    );
    assert_eq!(row(&r, InitialReview).0, d(2025, 11, 12));
}

#[test]
fn a_deadline_in_2036_gives_that_row_a_message_and_the_others_still_show() {
    // docs/rules.md §2: past the bank-holiday table, one row says so.
    // Mon 24 Dec 2035 + 7 working days runs into 2036.
    let r = report(&admitted(2035, 12, 24), d(2035, 12, 24));
    let unavailable: Vec<ObligationId> = r.unavailable.iter().map(|u| u.obligation.id).collect();
    assert_eq!(unavailable, [InitialReview, Pcsp, Smr]);
    assert!(r.unavailable[0]
        .message
        .contains("outside the years the bank-holiday calendar covers"));
    // Calendar days and months need no bank holidays.
    assert_eq!(row(&r, MedicinesReconciliation).0, d(2035, 12, 31));
    assert_eq!(row(&r, MedicationReview).0, d(2036, 6, 24));
}

/// The due list's rows without the one-resident wording: the same rows as
/// `deadlines`, but no period warning (an admission before 1 April 2026 is
/// outside LSC 2026/27) and no temporary-resident note.
#[test]
fn deadline_rows_are_the_same_rows_without_the_period_warning() {
    use care_home_toolkit::domain::rules::deadlines::deadline_rows;
    let facts = ResidentFacts {
        admitted: d(2026, 3, 2),
        temporary: true,
        ..ResidentFacts::default()
    };
    let as_of = d(2026, 11, 23);
    let cal = Calendar::england_and_wales();
    let full = deadlines(&LSC_2026, &facts, as_of, &cal);
    let rows = deadline_rows(&LSC_2026, &facts, as_of, &cal);
    assert_eq!(full.warnings.len(), 1);
    assert!(full.warnings[0].contains("outside the period"));
    assert!(rows.warnings.is_empty() && rows.notes.is_empty());
    // The same rows and dates; only the working of the working-day counts
    // (shown on the resident's page, not in the due list) is left out.
    assert!(full.deadlines.iter().any(|d| d.working.is_some()));
    assert!(rows.deadlines.iter().all(|d| d.working.is_none()));
    let without_working = |r: &DeadlineReport| {
        r.deadlines
            .iter()
            .cloned()
            .map(|d| Deadline { working: None, ..d })
            .collect::<Vec<_>>()
    };
    assert_eq!(without_working(&rows), without_working(&full));
    assert_eq!(rows.not_applicable.len(), full.not_applicable.len());
}
