//! The admission assessment (issue 5): the 4AT, completeness per scheme,
//! timeliness in working days, what completing records, the summary.

use care_home_toolkit::domain::helpers::date_text::DateParts;
use care_home_toolkit::domain::records::assessment::four_at::{FourAt, FourAtBand};
use care_home_toolkit::domain::records::assessment::items::{missing, required_for, Item, ITEMS};
use care_home_toolkit::domain::records::assessment::model::*;
use care_home_toolkit::domain::records::assessment::summary::plain_text;
use care_home_toolkit::domain::records::assessment::timeliness::*;
use care_home_toolkit::domain::records::register::{EventKind, Resident};
use care_home_toolkit::domain::rules::calendar::Calendar;
use care_home_toolkit::domain::rules::deadlines::ResidentFacts;
use care_home_toolkit::domain::rules::obligation::ObligationId;
use care_home_toolkit::domain::rules::schemes::{EHCH_DES, LSC_2026, ROTHERHAM_2019};

use super::d;

fn four_at(a: u8, b: u8, c: u8, e: u8) -> FourAt {
    FourAt {
        alertness: Some(a),
        amt4: Some(b),
        attention: Some(c),
        acute_change: Some(e),
    }
}

#[test]
fn four_at_every_band_and_edge() {
    // (alertness, AMT4, attention, acute change) -> total, band.
    let table = [
        ((0, 0, 0, 0), 0, FourAtBand::Unlikely),
        ((0, 1, 0, 0), 1, FourAtBand::PossibleCognitiveImpairment),
        ((0, 2, 1, 0), 3, FourAtBand::PossibleCognitiveImpairment),
        ((0, 2, 2, 0), 4, FourAtBand::PossibleDelirium),
        ((4, 0, 0, 0), 4, FourAtBand::PossibleDelirium),
        ((0, 0, 0, 4), 4, FourAtBand::PossibleDelirium),
        ((4, 2, 2, 4), 12, FourAtBand::PossibleDelirium),
    ];
    for ((a, b, c, e), total, band) in table {
        let s = four_at(a, b, c, e);
        assert_eq!(s.total(), Some(total), "{a} {b} {c} {e}");
        assert_eq!(s.band(), Some(band), "{a} {b} {c} {e}");
    }
    assert!(FourAtBand::PossibleDelirium
        .meaning()
        .starts_with("4 or above"));
    // Unfinished or impossible scores give no total.
    let partial = FourAt {
        alertness: Some(4),
        ..FourAt::default()
    };
    assert_eq!(partial.total(), None);
    assert!(partial.is_started());
    for bad in [
        four_at(1, 0, 0, 0),
        four_at(0, 3, 0, 0),
        four_at(0, 0, 3, 0),
        four_at(0, 0, 0, 2),
    ] {
        assert!(!bad.is_valid());
        assert_eq!(bad.total(), None);
    }
}

/// An assessment with every item filled in.
fn full() -> Assessment {
    Assessment {
        at: Default::default(),
        resident_id: "r1".into(),
        mental_health: "Low mood, no risk".into(),
        frailty: Some(6),
        medication: Medication {
            count: "9".into(),
            changes: "Stopped amitriptyline".into(),
            next_review: DateParts {
                day: "10".into(),
                month: "5".into(),
                year: "2027".into(),
            },
        },
        information_sources: "Discharge letter, daughter".into(),
        capacity: Capacity {
            decision: "Moving into the home".into(),
            outcome: Some(CapacityOutcome::HasCapacity),
            lpa_health: Some(false),
        },
        bone_falls: "Two falls this year; on alendronate".into(),
        dementia: Dementia {
            findings: "No signs".into(),
            referred: Some(false),
        },
        delirium: four_at(0, 1, 0, 0),
        psychosocial: "Misses her garden".into(),
        preferences: Preferences {
            place_of_care: "This home".into(),
            place_of_death: "This home".into(),
            advance_care_plan: Some(true),
            consent_to_share: Some(true),
        },
        cga: CgaDomains {
            physical: "Heart failure".into(),
            psychological: "Anxious at night".into(),
            functional: "Walks with frame".into(),
            social: "Daughter visits weekly".into(),
            environmental: "Ground floor room".into(),
            end_of_life: "Not currently".into(),
        },
        oral_health: "Own teeth, needs help brushing".into(),
        hydration_nutrition: "MUST 1".into(),
        continence: "Continent".into(),
        what_matters: "Seeing her cat".into(),
        participants: Participants {
            resident: true,
            family: true,
            carer: false,
            care_home_staff: true,
        },
        remote: Some(false),
        remote_reason: String::new(),
        pcsp_agreed: true,
        assessor_name: "Dr Lead".into(),
        assessor_role: "GP".into(),
        date: DateParts {
            day: "9".into(),
            month: "11".into(),
            year: "2026".into(),
        },
        completed_on: None,
    }
}

#[test]
fn each_item_is_tagged_with_the_schemes_that_require_it() {
    assert!(ITEMS.iter().all(|i| !i.clause.is_empty()));
    let labels = |scheme: &str| {
        required_for(scheme)
            .iter()
            .map(|i| i.item)
            .collect::<Vec<_>>()
    };
    let lsc = labels("lsc-2026");
    for item in [
        Item::MentalHealth,
        Item::Frailty,
        Item::Medication,
        Item::InformationGathering,
        Item::Remote,
        Item::CgaPhysical,
    ] {
        assert!(lsc.contains(&item), "LSC requires {item:?}");
    }
    let rotherham = labels("rotherham-2019");
    assert_eq!(
        rotherham,
        vec![
            Item::Medication,
            Item::MentalCapacity,
            Item::BoneFalls,
            Item::Dementia,
            Item::Assessor
        ]
    );
    let des = labels("ehch-des");
    assert!(des.contains(&Item::OralHealth) && !des.contains(&Item::MentalHealth));
    // Recorded by choice, required by none.
    assert!(Item::Delirium.info().required_by.is_empty());
}

#[test]
fn completeness_per_scheme() {
    let mut a = full();
    for scheme in ["lsc-2026", "ehch-des", "rotherham-2019", "rotherham-2020"] {
        assert!(
            missing(&a, scheme).is_empty(),
            "{scheme}: {:?}",
            missing(&a, scheme)
        );
    }
    // Remote without a reason is not done, for LSC only.
    a.remote = Some(true);
    assert_eq!(
        missing(&a, "lsc-2026")
            .iter()
            .map(|i| i.item)
            .collect::<Vec<_>>(),
        vec![Item::Remote]
    );
    assert!(missing(&a, "rotherham-2019").is_empty());
    a.remote_reason = "Flu outbreak in the home; video with nurse present".into();
    assert!(missing(&a, "lsc-2026").is_empty());
    // A blank assessment lists everything, in the order of the form.
    let blank = Assessment {
        at: Default::default(),
        resident_id: "r1".into(),
        ..Assessment::default()
    };
    let lsc_missing = missing(&blank, "lsc-2026");
    assert_eq!(lsc_missing.first().unwrap().item, Item::MentalHealth);
    assert_eq!(lsc_missing.len(), required_for("lsc-2026").len());
    // Capacity needs the decision, outcome and LPA answer.
    a.capacity.lpa_health = None;
    assert_eq!(
        missing(&a, "rotherham-2020")
            .iter()
            .map(|i| i.item)
            .collect::<Vec<_>>(),
        vec![Item::MentalCapacity]
    );
}

fn facts() -> ResidentFacts {
    ResidentFacts {
        admitted: d(2026, 12, 21),
        informed: Some(d(2026, 12, 22)),
        ..ResidentFacts::default()
    }
}

#[test]
fn timeliness_in_working_days() {
    let cal = Calendar::england_and_wales();
    // LSC: initial review, 7 working days after the practice was told (Tue 22 Dec 2026):
    // Wed 23, Thu 24, Tue 29, Wed 30, Thu 31, Mon 4, Tue 5 January.
    let due = assessment_due(&LSC_2026, &facts(), &cal).unwrap().unwrap();
    assert_eq!(
        (due.obligation, due.due),
        (ObligationId::InitialReview, d(2027, 1, 5))
    );
    assert_eq!(
        timeliness(due.due, d(2027, 1, 5), &cal),
        Ok(Timeliness::OnTime)
    );
    assert_eq!(
        timeliness(due.due, d(2026, 12, 23), &cal),
        Ok(Timeliness::OnTime)
    );
    assert_eq!(
        timeliness(due.due, d(2027, 1, 6), &cal),
        Ok(Timeliness::Late { working_days: 1 })
    );
    // Done on Monday 11 January: Wed 6, Thu 7, Fri 8, Mon 11.
    assert_eq!(
        timeliness(due.due, d(2027, 1, 11), &cal),
        Ok(Timeliness::Late { working_days: 4 })
    );
    assert_eq!(
        Timeliness::Late { working_days: 4 }.text(),
        "4 working days late"
    );
    // Done on a Saturday after a Friday deadline is still 1 working day late.
    assert_eq!(
        timeliness(d(2027, 1, 8), d(2027, 1, 9), &cal),
        Ok(Timeliness::Late { working_days: 1 })
    );
    // Rotherham: the admission assessment within 2 weeks of admission.
    let r = assessment_due(&ROTHERHAM_2019, &facts(), &cal)
        .unwrap()
        .unwrap();
    assert_eq!(
        (r.obligation, r.due),
        (ObligationId::AdmissionAssessment, d(2027, 1, 4))
    );
    // The DES: the CGA-based PCSP, 7 working days after admission (Mon 21 Dec).
    let p = assessment_due(&EHCH_DES, &facts(), &cal).unwrap().unwrap();
    assert_eq!((p.obligation, p.due), (ObligationId::Pcsp, d(2027, 1, 4)));
}

#[test]
fn completing_records_the_reviews_it_contains() {
    let a = full();
    assert_eq!(
        events_on_completion(&a, &LSC_2026),
        vec![
            EventKind::Done(ObligationId::InitialReview),
            EventKind::Done(ObligationId::MedicationReview),
            EventKind::Done(ObligationId::Pcsp)
        ]
    );
    assert_eq!(
        events_on_completion(&a, &ROTHERHAM_2019)[0],
        EventKind::Done(ObligationId::AdmissionAssessment)
    );
    let no_pcsp = Assessment {
        at: Default::default(),
        pcsp_agreed: false,
        medication: Medication::default(),
        ..a
    };
    assert_eq!(events_on_completion(&no_pcsp, &EHCH_DES), vec![]);
}

#[test]
fn the_plain_text_summary_has_key_findings_and_whats_outstanding() {
    let r = Resident {
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
        events: vec![],
        discharged: None,
        concern: String::new(),
    };
    let text = plain_text(&full(), &r, "lsc-2026");
    assert!(text.contains("Ann Smith - NHS number 943 476 5919"));
    assert!(text.contains("Assessed 9 November 2026 by Dr Lead (GP), in person"));
    assert!(text.contains("Clinical Frailty Scale (v2.0): 6"));
    assert!(text.contains("4AT (v1.2): 1 - 1 to 3: possible cognitive impairment"));
    assert!(text.contains("Preferred place of death: This home"));
    assert!(text.contains("Took part: resident, family, care home staff"));
    assert!(!text.contains("Outstanding"));
    let mut part = full();
    part.oral_health.clear();
    part.frailty = None;
    let text = plain_text(&part, &r, "lsc-2026");
    assert!(
        text.contains("Outstanding: Frailty screen (Clinical Frailty Scale); Oral health."),
        "{text}"
    );
}
