//! Issue 12: changes to saved data are domain methods, tested here; and
//! files over the limits are refused before they are read.

use care_home_toolkit::domain::formats::limits::{MAX_AGREEMENTS, MAX_BYTES, MAX_RESIDENTS};
use care_home_toolkit::domain::formats::stored::ReadError;
use care_home_toolkit::domain::records::agreement::{list, read_agreements, Agreement};
use care_home_toolkit::domain::records::register::backup::read_backup;
use care_home_toolkit::domain::records::register::{
    DutyRecord, EventKind, Home, Register, Resident,
};
use care_home_toolkit::domain::rules::obligation::ObligationId;

use crate::d;

fn agreement(id: &str, name: &str) -> Agreement {
    let mut a = Agreement::new(id.into(), "2026-11-01T10:00:00Z".into(), "lsc-2026");
    a.care_home.name = name.into();
    a
}

/// Issue 22: an agreements file is merged, as a backup is. Before, an
/// agreement already here was replaced by the file's (losing a later
/// change made here) or copied beside it.
#[test]
fn an_agreements_file_is_merged_keeping_the_later_change_of_each() {
    use care_home_toolkit::domain::merge::Stamp;
    let at = |ms: u64| Stamp {
        ms,
        n: 0,
        device: "tablet".into(),
    };
    let mut older_here = agreement("a", "Oakwood House");
    older_here.at = at(1);
    let mut newer_here = agreement("c", "Birch Lodge (renamed here)");
    newer_here.at = at(5);
    let mut here = vec![older_here, newer_here.clone()];
    let mut from_file = agreement("a", "Oakwood House (changed there)");
    from_file.at = at(2);
    let mut older_in_file = agreement("c", "Birch Lodge");
    older_in_file.at = at(3);
    let incoming = vec![
        from_file.clone(),
        agreement("b", "Elm Court"),
        older_in_file,
    ];
    let done = list::bring_in(&mut here, &incoming);
    assert_eq!(
        done,
        list::Imported {
            added: 1,
            updated: 1,
            kept: 1,
            removed: 0
        }
    );
    assert_eq!(
        done.words(),
        "Adds 1 agreement and brings a later version of 1 agreement; 1 agreement already here as in the file or changed here since."
    );
    let names: Vec<&str> = here.iter().map(|a| a.care_home.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Oakwood House (changed there)",
            "Birch Lodge (renamed here)",
            "Elm Court"
        ]
    );
    // The same file again changes nothing.
    let before = here.clone();
    let again = list::bring_in(&mut here, &incoming);
    assert_eq!(
        again,
        list::Imported {
            added: 0,
            updated: 0,
            kept: 3,
            removed: 0
        }
    );
    assert!(
        again.words().starts_with("Nothing new"),
        "{}",
        again.words()
    );
    assert_eq!(here, before);
}

#[test]
fn delete_and_undo_put_an_agreement_back_where_it_was() {
    let mut here = vec![
        agreement("a", "A"),
        agreement("b", "B"),
        agreement("c", "C"),
    ];
    let gone = list::remove(&mut here, "b").unwrap();
    assert_eq!(gone.care_home.name, "B");
    let shown: Vec<&str> = list::shown(&here).map(|a| a.id.as_str()).collect();
    assert_eq!(shown, ["a", "c"]);
    assert!(list::find(&here, "b").is_none());
    // Kept as a deletion with its details blanked.
    assert!(here[1].removed && here[1].care_home.name.is_empty());
    list::put_back(&mut here, gone);
    let ids: Vec<&str> = list::shown(&here).map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(list::find(&here, "b").unwrap().care_home.name, "B");
    assert!(list::remove(&mut here, "zz").is_none());
}

/// Before: an agreement deleted here came back whenever a file that still
/// had it was brought in (the deletion was not recorded, only an absence).
/// Now the deletion is a stamped fact: the file brings nothing back, the
/// file made before the deletion and the one made after it say so, and
/// "Undo" on the list (a later change) brings it back everywhere.
#[test]
fn an_agreement_deleted_here_stays_deleted_when_a_file_that_has_it_comes_in() {
    use care_home_toolkit::domain::merge::Stamp;
    use care_home_toolkit::domain::records::register::backup::stamp_agreements;
    let at = |ms: u64, device: &str| Stamp {
        ms,
        n: 0,
        device: device.into(),
    };
    let mut here = vec![agreement("a", "Oakwood House"), agreement("b", "Elm Court")];
    stamp_agreements(&mut here, &[], &at(1_000, "desktop"));
    // The colleague's file, made before the deletion, changes Elm Court.
    let mut file = here.clone();
    let before = file.clone();
    file[1].care_home.manager = "Ann Manager".into();
    stamp_agreements(&mut file, &before, &at(2_000, "tablet"));
    // Deleted here later.
    let saved = here.clone();
    let gone = list::remove(&mut here, "b").unwrap();
    stamp_agreements(&mut here, &saved, &at(3_000, "desktop"));

    let done = list::bring_in(&mut here, &file);
    assert!(list::find(&here, "b").is_none(), "Elm Court came back");
    assert_eq!(done.added + done.updated + done.removed, 0, "{done:?}");
    // The deletion travels: a colleague who brings this device's file in
    // loses Elm Court too, and is told so.
    let mut theirs = file.clone();
    let done = list::bring_in(&mut theirs, &here);
    assert!(list::find(&theirs, "b").is_none());
    assert_eq!(done.removed, 1);
    assert_eq!(
        done.words(),
        "Takes out 1 agreement deleted where the file was made; 1 agreement already here as in the file or changed here since."
    );
    // "Undo" here, later, brings it back on both.
    let saved = here.clone();
    list::put_back(&mut here, gone);
    stamp_agreements(&mut here, &saved, &at(4_000, "desktop"));
    list::bring_in(&mut theirs, &here);
    assert_eq!(
        list::find(&theirs, "b").map(|a| a.care_home.name.as_str()),
        Some("Elm Court")
    );
    // The deleted agreement's details do not travel in files.
    let text = care_home_toolkit::domain::records::agreement::write_agreements(&file, 1);
    assert!(text.contains("Ann Manager"));
    let mut again = file.clone();
    list::remove(&mut again, "b");
    let text = care_home_toolkit::domain::records::agreement::write_agreements(&again, 1);
    assert!(!text.contains("Elm Court") && !text.contains("Ann Manager"));
}

fn register() -> Register {
    let mut r = Register::default();
    r.add_home(Home {
        id: "h1".into(),
        name: "Oakwood House".into(),
        scheme: "lsc-2026".into(),
        round_day: "Tuesday".into(),
        ..Home::default()
    });
    r.residents.push(Resident {
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
        events: Vec::new(),
        discharged: None,
        concern: String::new(),
    });
    r
}

#[test]
fn completing_an_assessment_records_each_review_once_in_date_order() {
    let mut r = register();
    r.edit_assessment("r1", |a| a.bone_falls = "On alendronate".into());
    assert_eq!(r.assessments.len(), 1);
    r.edit_assessment("r1", |a| a.psychosocial = "Likes music".into());
    assert_eq!(r.assessments.len(), 1, "one assessment per resident");
    let events = [
        EventKind::Done(ObligationId::InitialReview),
        EventKind::Done(ObligationId::MedicationReview),
    ];
    r.complete_assessment("r1", d(2026, 11, 6), &events, "Dr A (GP)");
    r.complete_assessment("r1", d(2026, 11, 6), &events, "Dr A (GP)");
    r.complete_assessment("r1", d(2026, 11, 4), &events[..1], "Dr A (GP)");
    assert_eq!(
        r.assessment("r1").unwrap().completed_on,
        Some(d(2026, 11, 4))
    );
    let dates: Vec<_> = r.residents[0].events.iter().map(|e| e.date).collect();
    assert_eq!(dates, [d(2026, 11, 4), d(2026, 11, 6), d(2026, 11, 6)]);
}

#[test]
fn a_duty_is_recorded_only_at_a_home_in_the_register() {
    let mut r = register();
    let held = DutyRecord {
        id: String::new(),
        date: d(2026, 11, 10),
        duty: ObligationId::HomeRound,
        by: "Dr A".into(),
        attended: String::new(),
    };
    assert_eq!(r.record_duty("h1", held.clone()), Ok(()));
    assert!(r.record_duty("gone", held).is_err());
    r.remove_duty("h1", 0);
    assert!(r.homes[0].duties.is_empty());
}

#[test]
fn a_file_over_ten_megabytes_is_refused_before_it_is_parsed() {
    // Issue 12: a 20 MB import froze the page, then said "Imported".
    let huge = format!(
        r#"{{"format":"care-home-toolkit/agreements","version":1,"agreements":[],"pad":"{}"}}"#,
        "x".repeat(MAX_BYTES)
    );
    let err = read_agreements(&huge).unwrap_err();
    assert!(matches!(err, ReadError::TooLarge(_)));
    assert!(err.to_string().contains("up to 10 MB"), "{err}");
}

#[test]
fn a_file_with_too_many_records_is_refused_before_they_are_built() {
    // Issue 12: 100,000 agreements hung the tab for two minutes.
    let many = format!(
        r#"{{"format":"care-home-toolkit/agreements","version":1,"agreements":[{}]}}"#,
        vec!["{}"; MAX_AGREEMENTS + 1].join(",")
    );
    let err = read_agreements(&many).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "This is too large to read: it holds {} agreements, and the toolkit reads up to {MAX_AGREEMENTS}",
            MAX_AGREEMENTS + 1
        )
    );
    let residents = format!(
        r#"{{"format":"care-home-toolkit/backup","version":2,"residents":[{}]}}"#,
        vec!["0"; MAX_RESIDENTS + 1].join(",")
    );
    assert!(matches!(
        read_backup(&residents),
        Err(ReadError::TooLarge(_))
    ));
}

#[test]
fn version_zero_is_not_a_valid_version_and_a_higher_one_is_newer() {
    let zero = r#"{"format":"care-home-toolkit/agreements","version":0,"agreements":[]}"#;
    assert!(read_agreements(zero)
        .unwrap_err()
        .to_string()
        .contains("not a valid version"));
    let newer = r#"{"format":"care-home-toolkit/agreements","version":7,"agreements":[]}"#;
    assert!(read_agreements(newer)
        .unwrap_err()
        .to_string()
        .contains("newer version"));
}

/// Issue 23: importing the documented 5,000 agreements into an empty
/// browser said storage was full (about 7.5 million characters as plain
/// text, against the about 5 million a browser keeps for a site). Kept
/// deflated, they take a fraction, and read back whole.
#[test]
fn the_documented_5000_agreements_fit_in_browser_storage() {
    use care_home_toolkit::domain::records::agreement::write_agreements_stored;
    let agreements: Vec<Agreement> = (0..MAX_AGREEMENTS)
        .map(|i| {
            let mut a = agreement(
                &format!(
                    "{:016x}",
                    (i as u64 + 7).wrapping_mul(0x9e37_79b9_7f4a_7c15)
                ),
                &format!("Care Home Number {i}"),
            );
            a.care_home.manager = format!("Manager Surname{i}");
            a.care_home.telephone = "01632 960 001".into();
            a.care_home.email = format!("home{i}.manager@nhs.net");
            a.practice.name = format!("Practice Number {}", i % 400);
            a.practice.contact = format!("Contact Surname{i}");
            a.practice.telephone = "01632 960 002".into();
            a.practice.email = format!("practice{}@nhs.net", i % 400);
            a.clinical_lead.name = format!("Dr Lead{}", i % 400);
            a.clinical_lead.email = format!("lead{}@nhs.net", i % 400);
            a.clinical_lead.role = "GP partner".into();
            a.round.day = "Tuesday".into();
            a.round.time = "10:30".into();
            a.pcn = format!("PCN Number {}", i % 60);
            a.care_home_sign_off.name = format!("Manager Surname{i}");
            a.care_home_sign_off.role = "Registered manager".into();
            a
        })
        .collect();
    let plain = care_home_toolkit::domain::records::agreement::write_agreements(&agreements, 3);
    let stored = write_agreements_stored(&agreements, 3);
    assert!(
        plain.len() > 5_000_000,
        "plain, they would not fit: {}",
        plain.len()
    );
    assert!(
        stored.len() < 1_250_000,
        "a quarter of what a browser keeps: {}",
        stored.len()
    );
    println!(
        "5,000 agreements: {} characters plain, {} stored",
        plain.len(),
        stored.len()
    );
    let back = read_agreements(&stored).unwrap();
    assert_eq!((back.agreements, back.revision), (agreements, 3));
    // A file exported as before still reads.
    assert_eq!(
        read_agreements(&plain).unwrap().agreements.len(),
        MAX_AGREEMENTS
    );
}
