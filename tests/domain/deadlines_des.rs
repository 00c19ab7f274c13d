//! The national EHCH / Network Contract DES baseline (seeds 002, 004).

use care_home_toolkit::domain::small_map::SmallMap;

use care_home_toolkit::domain::calendar::Calendar;
use care_home_toolkit::domain::deadlines::{deadlines, ResidentFacts, Status};
use care_home_toolkit::domain::obligation::ObligationId;
use care_home_toolkit::domain::schemes::{Scheme, EHCH_DES};

use super::d;

#[test]
fn des_asks_for_a_pcsp_in_7_working_days_and_yearly_smrs() {
    let mut done = SmallMap::new();
    done.insert(ObligationId::Smr, d(2024, 2, 29));
    let facts = ResidentFacts {
        admitted: d(2023, 4, 28),
        done,
        ..ResidentFacts::default()
    };
    let r = deadlines(
        &EHCH_DES,
        &facts,
        d(2025, 2, 1),
        &Calendar::england_and_wales(),
    )
    .unwrap();
    let ids: Vec<_> = r
        .deadlines
        .iter()
        .map(|x| (x.obligation.id, x.due))
        .collect();
    // Fri 28 April 2023 + 7 working days, past the two May 2023 Mondays.
    // SMR: 29 February 2024 + 12 months = 28 February 2025.
    assert_eq!(
        ids,
        [
            (ObligationId::Pcsp, d(2023, 5, 11)),
            (ObligationId::Smr, d(2025, 2, 28))
        ]
    );
    assert_eq!(r.deadlines[1].status, Status::Upcoming);
    assert_eq!(
        r.deadlines[1].anchor_event,
        "the last structured medication review"
    );
    assert_eq!(
        r.deadlines[0].obligation.clause,
        "EHCH framework (002) Appendix 1 (b)(i)"
    );
}

#[test]
fn des_has_no_end_date_but_a_start() {
    assert_eq!(EHCH_DES.period_text(), "from 1 October 2020");
    assert!(EHCH_DES.in_force_on(d(2035, 1, 1)));
    assert!(!EHCH_DES.in_force_on(d(2020, 9, 30)));
    let facts = ResidentFacts {
        admitted: d(2020, 6, 1),
        ..ResidentFacts::default()
    };
    let r = deadlines(
        &EHCH_DES,
        &facts,
        d(2020, 6, 2),
        &Calendar::england_and_wales(),
    )
    .unwrap();
    assert_eq!(r.warnings.len(), 2);
}

#[test]
fn every_scheme_is_found_by_id_and_cites_every_rule() {
    for id in ["ehch-des", "lsc-2026", "rotherham-2019", "rotherham-2020"] {
        let s = Scheme::by_id(id).unwrap_or_else(|| panic!("{id}"));
        assert!(!s.obligations.is_empty());
        for o in s.obligations {
            assert!(
                o.clause.contains('(') && o.clause.contains('§') || o.clause.contains("Appendix"),
                "{}",
                o.clause
            );
            assert!(!o.rule.is_empty());
        }
    }
    assert!(Scheme::by_id("nowhere-2099").is_none());
    // LSC builds on the DES: its PCSP and SMR rules are there too.
    let lsc = Scheme::by_id("lsc-2026").unwrap();
    assert!(lsc.obligation(ObligationId::Pcsp).is_some());
    assert!(lsc.obligation(ObligationId::Smr).is_some());
}
