//! The national EHCH / Network Contract DES baseline (seeds 002, 004), and
//! how local schemes stack on it (docs/rules.md §2, "Schemes stack").

use care_home_toolkit::domain::rules::calendar::Calendar;
use care_home_toolkit::domain::rules::deadlines::{
    deadlines, DeadlineReport, ResidentFacts, Status,
};
use care_home_toolkit::domain::rules::obligation::ObligationId::{self, *};
use care_home_toolkit::domain::rules::schemes::{Scheme, ALL, EHCH_DES, LSC_2026, ROTHERHAM_2020};
use chrono::NaiveDate;

use super::d;

fn run(scheme: &'static Scheme, facts: &ResidentFacts, as_of: NaiveDate) -> DeadlineReport {
    deadlines(scheme, facts, as_of, &Calendar::england_and_wales())
}

fn admitted(y: i32, m: u32, day: u32) -> ResidentFacts {
    ResidentFacts {
        admitted: d(y, m, day),
        ..ResidentFacts::default()
    }
}

/// (id, due, status) of every row, soonest first.
fn rows(r: &DeadlineReport) -> Vec<(ObligationId, NaiveDate, Status)> {
    r.deadlines
        .iter()
        .map(|x| (x.obligation.id, x.due, x.status))
        .collect()
}

#[test]
fn admission_pcsp_and_first_smr_are_due_7_working_days_after_admission() {
    // 002 Appendix 1 (b)(i): PCSP "within seven working days of admission";
    // 002 §4.3.2, §4.4.1: the first SMR forms part of that assessment.
    // Fri 28 April 2023 + 7 working days, past the two May 2023 Mondays.
    let r = run(&EHCH_DES, &admitted(2023, 4, 28), d(2023, 5, 2));
    assert_eq!(
        rows(&r),
        [
            (Pcsp, d(2023, 5, 11), Status::Upcoming),
            (Smr, d(2023, 5, 11), Status::Upcoming),
        ]
    );
    let smr = r.row(Smr).unwrap();
    assert_eq!(
        smr.explanation(),
        "7 working days after admission (Fri 28 Apr 2023)"
    );
    assert_eq!(
        smr.obligation.clause,
        "EHCH framework (002) §4.3.2 and §4.4.1"
    );
    assert_eq!(
        r.row(Pcsp).unwrap().obligation.clause,
        "EHCH framework (002) Appendix 1 (b)(i)"
    );
    // No return from hospital: the re-admission PCSP does not apply yet.
    assert_eq!(r.not_applicable.len(), 1);
    assert_eq!(r.not_applicable[0].obligation.id, PcspReadmission);
}

#[test]
fn first_smr_then_a_later_one() {
    // 002 §4.4.1: "no longer than one year apart" after the first.
    let mut facts = admitted(2023, 4, 28);
    facts.record(Smr, d(2023, 5, 10));
    let r = run(&EHCH_DES, &facts, d(2023, 6, 1));
    let smr = r.row(Smr).unwrap();
    assert_eq!((smr.due, smr.status), (d(2024, 5, 10), Status::Upcoming));
    assert_eq!(smr.anchor_event, "the last structured medication review");
    // A later SMR on 29 February 2024: + 12 months = 28 February 2025.
    facts.record(Smr, d(2024, 2, 29));
    let r = run(&EHCH_DES, &facts, d(2025, 2, 1));
    assert_eq!(r.row(Smr).unwrap().due, d(2025, 2, 28));
}

#[test]
fn an_smr_from_before_the_admission_is_not_the_first() {
    // 002 §4.4.1: good practice is an SMR "alongside their CGA-based
    // assessment" on admission; one done elsewhere earlier does not count.
    let mut facts = admitted(2023, 4, 28);
    facts.record(Smr, d(2023, 1, 10));
    let r = run(&EHCH_DES, &facts, d(2023, 5, 2));
    assert_eq!(r.row(Smr).unwrap().due, d(2023, 5, 11));
}

#[test]
fn admission_pcsp_missed_then_a_readmission_keeps_both_targets() {
    // 002 Appendix 1 (b)(i): "within seven working days of admission to the
    // home and within seven working days of readmission following a
    // hospital episode": two targets; the second never cancels the first.
    let mut facts = ResidentFacts {
        readmitted: Some(d(2026, 11, 20)),
        ..admitted(2026, 11, 2)
    };
    let r = run(&EHCH_DES, &facts, d(2026, 11, 22));
    assert_eq!(
        rows(&r),
        [
            (Pcsp, d(2026, 11, 11), Status::Overdue),
            (Smr, d(2026, 11, 11), Status::Overdue),
            // Fri 20 Nov + 7 working days = Tue 1 Dec.
            (PcspReadmission, d(2026, 12, 1), Status::Upcoming),
        ]
    );
    assert_eq!(
        r.row(PcspReadmission).unwrap().anchor_event,
        "the latest return from hospital"
    );
    // A plan agreed after the return, recorded as the re-admission PCSP,
    // meets only the re-admission target.
    facts.record(PcspReadmission, d(2026, 11, 25));
    let r = run(&EHCH_DES, &facts, d(2026, 11, 26));
    assert_eq!(r.row(Pcsp).unwrap().status, Status::Overdue);
    assert_eq!(
        r.row(PcspReadmission).unwrap().status,
        Status::Done { on_time: true }
    );
    // Recorded as the PCSP, it meets both: the admission one late.
    let mut facts2 = ResidentFacts {
        readmitted: Some(d(2026, 11, 20)),
        ..admitted(2026, 11, 2)
    };
    facts2.record(Pcsp, d(2026, 11, 25));
    let r = run(&EHCH_DES, &facts2, d(2026, 11, 26));
    assert_eq!(r.row(Pcsp).unwrap().status, Status::Done { on_time: false });
    assert_eq!(
        r.row(PcspReadmission).unwrap().status,
        Status::Done { on_time: true }
    );
}

#[test]
fn des_stacks_on_rotherham_for_admissions_from_1_october_2020() {
    // 002 Appendix 1: "From 1 October 2020, a PCN must …".
    let before = run(&ROTHERHAM_2020, &admitted(2020, 9, 30), d(2020, 10, 2));
    assert!(before.row(Pcsp).is_none() && before.row(Smr).is_none());
    assert!(before
        .deadlines
        .iter()
        .all(|x| x.scheme.id == "rotherham-2020"));

    let from = run(&ROTHERHAM_2020, &admitted(2020, 10, 1), d(2020, 10, 2));
    // Thu 1 Oct 2020 + 7 working days = Mon 12 Oct 2020.
    let pcsp = from.row(Pcsp).unwrap();
    assert_eq!(pcsp.due, d(2020, 10, 12));
    assert_eq!(pcsp.scheme.id, "ehch-des");
    assert_eq!(from.row(Smr).unwrap().scheme.short_name, "National DES");
    // The Rotherham rows are still there, naming their own scheme.
    let assessment = from.row(AdmissionAssessment).unwrap();
    assert_eq!(assessment.due, d(2020, 10, 15));
    assert_eq!(assessment.scheme.short_name, "Rotherham 2020/21");
}

#[test]
fn lsc_includes_the_des_rows_and_each_names_its_scheme() {
    let r = run(&LSC_2026, &admitted(2026, 11, 2), d(2026, 11, 3));
    assert_eq!(r.row(Pcsp).unwrap().scheme.id, "ehch-des");
    assert_eq!(r.row(InitialReview).unwrap().scheme.id, "lsc-2026");
}

#[test]
fn des_has_no_end_date_but_a_start() {
    assert_eq!(EHCH_DES.period_text(), "from 1\u{a0}October\u{a0}2020");
    assert!(EHCH_DES.in_force_on(d(2035, 1, 1)));
    assert!(!EHCH_DES.in_force_on(d(2020, 9, 30)));
    let r = run(&EHCH_DES, &admitted(2020, 6, 1), d(2020, 6, 2));
    assert_eq!(r.warnings.len(), 2);
}

#[test]
fn every_scheme_is_found_by_id_and_cites_every_rule() {
    for id in ["ehch-des", "lsc-2026", "rotherham-2019", "rotherham-2020"] {
        let s = Scheme::by_id(id).unwrap_or_else(|| panic!("{id}"));
        assert!(!s.obligations.is_empty());
        for o in s.obligations.iter().chain(s.home_duties) {
            assert!(
                o.clause.contains('(') && (o.clause.contains('§') || o.clause.contains("Appendix")),
                "{}",
                o.clause
            );
            assert!(!o.rule.is_empty());
            assert!(
                o.met_by.contains(&o.id),
                "{:?} is met by its own record",
                o.id
            );
            assert_eq!(o.id.is_per_home(), s.home_duties.contains(o));
        }
    }
    assert!(Scheme::by_id("nowhere-2099").is_none());
    // Every obligation id belongs to some scheme.
    for id in ObligationId::PER_RESIDENT
        .into_iter()
        .chain(ObligationId::PER_HOME)
    {
        assert!(ALL.iter().any(|s| s.all_ids().contains(&id)), "{id:?}");
        assert_eq!(ObligationId::parse(id.as_str()), Some(id));
    }
}
