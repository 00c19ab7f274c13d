//! The resident register (issue 4): NHS numbers, the due list, the home
//! round worklist, exports and the whole-workspace backup.

use care_home_toolkit::domain::formats::stored::ReadError;
use care_home_toolkit::domain::merge::{preview, restore};
use care_home_toolkit::domain::records::register::backup::*;
use care_home_toolkit::domain::records::register::due_list::{self, counts, due_list, Filter};
use care_home_toolkit::domain::records::register::exports::{csv, ics, NameDetail};
use care_home_toolkit::domain::records::register::nhs_number::{self, NhsNumberError};
use care_home_toolkit::domain::records::register::worklist::{next_round, worklist};
use care_home_toolkit::domain::records::register::*;
use care_home_toolkit::domain::records::settings::Settings;
use care_home_toolkit::domain::rules::calendar::{Calendar, LocalHoliday};
use care_home_toolkit::domain::rules::deadlines::Status;
use care_home_toolkit::domain::rules::obligation::ObligationId;

use super::d;

/// The resident id of a due-list row, "" for a home's duty.
fn rid(r: &due_list::DueRow) -> &str {
    r.resident.as_ref().map_or("", |x| x.id.as_str())
}

#[test]
fn nhs_numbers_by_modulus_11() {
    for ok in [
        "9434765919",
        "943 476 5919",
        "943-476-5870",
        "4010232137",
        "9876543210",
        "999 000 0018",
        "9990000026",
        "9990000034",
    ] {
        assert!(nhs_number::parse(ok).is_ok(), "{ok} is valid");
    }
    // A wrong check digit, and numbers whose check digit would be 10.
    for bad in ["9434765918", "1234567890", "9991234564", "9990000000"] {
        assert_eq!(
            nhs_number::parse(bad),
            Err(NhsNumberError::CheckDigit),
            "{bad}"
        );
    }
    for bad in ["943476591", "94347659190", "94347659a9", ""] {
        assert_eq!(
            nhs_number::parse(bad),
            Err(NhsNumberError::NotTenDigits),
            "{bad}"
        );
    }
    assert_eq!(nhs_number::format("9434765919"), "943 476 5919");
}

fn resident(id: &str, home: &str, name: &str, admitted: (i32, u32, u32)) -> Resident {
    Resident {
        made: care_home_toolkit::domain::merge::Stamp {
            ms: 1,
            n: 0,
            device: "test".into(),
        },
        stamps: Default::default(),
        versions: Vec::new(),
        id: id.into(),
        home_id: home.into(),
        name: name.into(),
        date_of_birth: Some(d(1936, 5, 1)),
        nhs_number: "9434765919".into(),
        room: "1".into(),
        temporary: false,
        admitted: d(admitted.0, admitted.1, admitted.2),
        informed: None,
        events: vec![],
        discharged: None,
        concern: String::new(),
    }
}

fn home(id: &str, name: &str, scheme: &str, day: &str) -> Home {
    Home {
        id: id.into(),
        name: name.into(),
        scheme: scheme.into(),
        round_day: day.into(),
        ..Home::default()
    }
}

fn register() -> Register {
    let mut ann = resident("r1", "h1", "Ann Smith", (2026, 11, 2));
    ann.events.push(Event {
        id: String::new(),
        date: d(2026, 11, 10),
        kind: EventKind::Done(ObligationId::InitialReview),
        by: "Dr Lead".into(),
    });
    let mut bob = resident("r2", "h1", "Bob Jones", (2026, 6, 1));
    bob.events.push(Event {
        id: String::new(),
        date: d(2026, 10, 1),
        kind: EventKind::Done(ObligationId::MedicationReview),
        by: String::new(),
    });
    bob.events.push(Event {
        id: String::new(),
        date: d(2026, 6, 5),
        kind: EventKind::Done(ObligationId::InitialReview),
        by: String::new(),
    });
    bob.events.push(Event {
        id: String::new(),
        date: d(2026, 6, 8),
        kind: EventKind::Done(ObligationId::Pcsp),
        by: String::new(),
    });
    bob.events.push(Event {
        id: String::new(),
        date: d(2026, 6, 8),
        kind: EventKind::Done(ObligationId::Smr),
        by: String::new(),
    });
    bob.events.push(Event {
        id: String::new(),
        date: d(2026, 6, 3),
        kind: EventKind::Done(ObligationId::MedicinesReconciliation),
        by: String::new(),
    });
    let mut gone = resident("r3", "h1", "Cath Gone", (2026, 1, 5));
    gone.discharged = Some(Discharge {
        date: d(2026, 9, 1),
        reason: LeftBecause::Died,
    });
    let dee = resident("r4", "h2", "Dee Rother", (2020, 6, 1));
    Register {
        removed: Vec::new(),
        homes: vec![
            home("h1", "Oakwood House", "lsc-2026", "Tuesday"),
            home("h2", "Elm Lodge", "rotherham-2020", "Friday"),
        ],
        residents: vec![ann, bob, gone, dee],
        assessments: vec![],
        returns: vec![],
        outcome_notes: vec![],
        ..Register::default()
    }
}

#[test]
fn the_due_list_covers_current_residents_across_homes_soonest_first() {
    let list = due_list(&register(), d(2026, 11, 22), &Calendar::england_and_wales());
    assert!(list.problems.is_empty());
    // Discharged residents and done one-offs are left out.
    assert!(list.rows.iter().all(|r| rid(r) != "r3"));
    assert!(!list
        .rows
        .iter()
        .any(|r| rid(r) == "r1" && r.obligation.id == ObligationId::InitialReview));
    assert!(list.rows.windows(2).all(|w| w[0].due <= w[1].due));
    let ann_pcsp = list
        .rows
        .iter()
        .find(|r| rid(r) == "r1" && r.obligation.id == ObligationId::Pcsp)
        .unwrap();
    assert_eq!(
        (ann_pcsp.due, ann_pcsp.status),
        (d(2026, 11, 11), Status::Overdue)
    );
    // Recording a review moves its next due date: 1 Oct + 6 months.
    let bob_med = list
        .rows
        .iter()
        .find(|r| rid(r) == "r2" && r.obligation.id == ObligationId::MedicationReview)
        .unwrap();
    assert_eq!(bob_med.due, d(2027, 4, 1));
    // Every row says which rule and clause it comes from.
    assert!(list
        .rows
        .iter()
        .all(|r| !r.obligation.clause.is_empty() && !r.explanation().is_empty()));
    let elm: Vec<_> = list
        .rows
        .iter()
        .filter(|r| &*r.home_id == "h2" && r.resident.is_some())
        .collect();
    assert_eq!(elm.len(), 5);
}

#[test]
fn counts_filters_and_search() {
    let list = due_list(&register(), d(2026, 11, 22), &Calendar::england_and_wales());
    let c = counts(&list.rows);
    let overdue = list.rows.iter().filter(|r| r.days_left < 0).count();
    assert_eq!(c.overdue, overdue);
    assert!(c.this_week <= c.within_30_days);
    // Each home's counts are the counts of its own rows, and add up to all.
    let by_home = due_list::counts_by_home(&list.rows);
    assert!(by_home.len() >= 2, "{:?}", by_home.keys());
    for (home, hc) in &by_home {
        let own = counts(list.rows.iter().filter(|r| r.home_id == *home));
        assert_eq!(*hc, own, "{home}");
    }
    let total: usize = by_home.values().map(|h| h.overdue + h.within_30_days).sum();
    assert_eq!(total, c.overdue + c.within_30_days);
    let f = Filter {
        home_id: Some("h1".into()),
        ..Filter::default()
    };
    assert!(list
        .rows
        .iter()
        .filter(|r| f.matches(r))
        .all(|r| &*r.home_name == "Oakwood House"));
    let f = Filter {
        search: "bob".into(),
        ..Filter::default()
    };
    assert!(list
        .rows
        .iter()
        .filter(|r| f.matches(r))
        .all(|r| r.who() == "Bob Jones"));
    let f = Filter {
        search: "943 476".into(),
        ..Filter::default()
    };
    // Every resident has that NHS number here; the homes' duties have none.
    assert_eq!(
        list.rows.iter().filter(|r| f.matches(r)).count(),
        list.rows.iter().filter(|r| r.resident.is_some()).count()
    );
    let f = Filter {
        status: Some("overdue".into()),
        obligation: Some(ObligationId::Pcsp),
        ..Filter::default()
    };
    let hits: Vec<_> = list.rows.iter().filter(|r| f.matches(r)).collect();
    assert!(hits
        .iter()
        .all(|r| r.status == Status::Overdue && r.obligation.id == ObligationId::Pcsp));
    assert!(!hits.is_empty());
    // The whole list filtered at once (the search worked out once, no
    // check at all with no filter) gives the positions of the rows that
    // match one by one.
    for f in [
        Filter::default(),
        Filter {
            search: "   ".into(),
            ..Filter::default()
        },
        Filter {
            search: " BOB ".into(),
            ..Filter::default()
        },
        Filter {
            search: "943 476".into(),
            ..Filter::default()
        },
        Filter {
            home_id: Some("h1".into()),
            home_duties: Some(false),
            ..Filter::default()
        },
        f.clone(),
    ] {
        let one_by_one: Vec<usize> = (0..list.rows.len())
            .filter(|i| f.matches(&list.rows[*i]))
            .collect();
        assert_eq!(f.matching(&list.rows), one_by_one, "{f:?}");
    }
    assert_eq!(
        Filter::default().matching(&list.rows).len(),
        list.rows.len()
    );
}

#[test]
fn a_home_without_a_scheme_is_reported_not_dropped_silently() {
    let mut r = register();
    r.homes[1].scheme.clear();
    let list = due_list(&r, d(2026, 11, 22), &Calendar::england_and_wales());
    assert_eq!(list.problems.len(), 1);
    assert!(list.problems[0].contains("Elm Lodge has no scheme chosen"));
}

#[test]
fn the_next_round_day() {
    // 22 November 2026 is a Sunday.
    assert_eq!(
        next_round("Tuesday", d(2026, 11, 22)),
        Some(d(2026, 11, 24))
    );
    assert_eq!(next_round("Sunday", d(2026, 11, 22)), Some(d(2026, 11, 22)));
    assert_eq!(next_round("monday", d(2026, 11, 24)), Some(d(2026, 11, 30)));
    assert_eq!(next_round("", d(2026, 11, 22)), None);
}

#[test]
fn the_worklist_has_whats_due_before_the_next_round_and_flagged_residents() {
    let mut reg = register();
    let cal = Calendar::england_and_wales();
    let list = worklist(&reg, "h1", d(2026, 11, 24), &cal);
    // Ann: PCSP overdue. Bob: nothing before 1 December.
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].resident.name, "Ann Smith");
    assert!(list[0]
        .items
        .iter()
        .any(|i| i.obligation.id == ObligationId::Pcsp));
    reg.residents[1].concern = "New cough since Friday".into();
    let list = worklist(&reg, "h1", d(2026, 11, 24), &cal);
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].concern.as_deref(), Some("New cough since Friday"));
}

#[test]
fn calendar_export_has_stable_uids_and_initials_by_default() {
    let list = due_list(&register(), d(2026, 11, 22), &Calendar::england_and_wales());
    let text = ics(&list.rows, NameDetail::Initials, "20261122T100000Z");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.contains("UID:r1.pcsp@care-home-toolkit\r\n"));
    assert!(text.contains("DTSTART;VALUE=DATE:20261111\r\n"));
    assert!(text
        .contains("SUMMARY:A. S.: Personalised care and support plan (PCSP) after admission (O"));
    assert!(!text.contains("Ann Smith"));
    assert!(text.lines().all(|l| l.len() <= 76));
    let again = ics(&list.rows, NameDetail::Initials, "20261123T100000Z");
    let uids = |t: &str| {
        t.lines()
            .filter(|l| l.starts_with("UID:"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(uids(&text), uids(&again));
    let full = ics(&list.rows, NameDetail::FullName, "20261122T100000Z");
    assert!(full.contains("Ann Smith"));
}

#[test]
fn csv_export_is_excel_friendly() {
    let mut reg = register();
    reg.residents[0].name = "=HYPERLINK(\"x\"), Ann".into();
    let list = due_list(&reg, d(2026, 11, 22), &Calendar::england_and_wales());
    let text = csv(&list.rows);
    assert!(text.starts_with(
        "\u{feff}Home,Resident,NHS number,Obligation,Scheme,Due date,Status,Days left,Rule,Source\r\n"
    ));
    assert!(text.contains(",National DES,11/11/2026,Overdue,-11,"));
    // A home's duty names the home, not a resident.
    assert!(text.contains("Oakwood House,(the home),,Weekly home round,National DES,"));
    assert!(text.contains("\"'=HYPERLINK(\"\"x\"\"), Ann\""));
    assert!(text.contains("943 476 5919"));
}

fn workspace() -> Workspace {
    let mut r = register();
    // As read back: every entry has its id.
    care_home_toolkit::domain::merge::legacy::fill_legacy_ids(&mut r);
    Workspace {
        register: r,
        from: None,
        collected: vec![],
        agreements: vec![],
        settings: Settings {
            default_scheme: Some("lsc-2026".into()),
            ..Settings::default()
        },
        local_holidays: vec![LocalHoliday {
            date: d(2030, 6, 3),
            name: "Proclaimed".into(),
            instead_of: None,
        }],
    }
}

#[test]
fn backups_round_trip() {
    let w = workspace();
    let text = write_backup(&w, "2026-11-22T10:00:00Z");
    assert!(text.starts_with("{\"format\":\"care-home-toolkit/backup\",\"version\":3,"));
    assert_eq!(read_backup(&text), Ok(w));
}

#[test]
fn a_version_1_backup_migrates_forward() {
    let v1 = r#"{"format":"care-home-toolkit/backup","version":1,
        "homes":[{"id":"h1","name":"Oakwood House","scheme":"lsc-2026","round_day":"Tuesday"}],
        "residents":[{"id":"r1","home_id":"h1","name":"Ann Smith","date_of_birth":null,
                      "nhs_number":"9434765919","admitted":"2026-11-02"}],
        "holidays":[{"date":"2030-06-03","name":"Proclaimed"}]}"#;
    let w = read_backup(v1).unwrap();
    assert_eq!(w.local_holidays.len(), 1);
    assert_eq!(w.settings, Settings::default());
    assert_eq!(w.register.residents[0].admitted, d(2026, 11, 2));
}

#[test]
fn bad_backups_are_refused() {
    let text = write_backup(&workspace(), "x");
    assert!(matches!(
        read_backup(&text[..100]),
        Err(ReadError::NotJson(_))
    ));
    let newer = text.replacen("\"version\":3", "\"version\":4", 1);
    assert_eq!(
        read_backup(&newer),
        Err(ReadError::NewerVersion {
            found: 4,
            supported: 3
        })
    );
    assert!(matches!(
        read_backup(r#"{"format":"care-home-toolkit/agreements","version":1}"#),
        Err(ReadError::WrongFormat { .. })
    ));
    let orphan = text.replacen("\"home_id\":\"h2\"", "\"home_id\":\"h9\"", 1);
    assert!(
        matches!(read_backup(&orphan), Err(ReadError::Invalid(m)) if m.contains("not in the file"))
    );
    let twice = text.replacen("\"id\":\"r2\"", "\"id\":\"r1\"", 1);
    assert!(
        matches!(read_backup(&twice), Err(ReadError::Invalid(m)) if m.contains("appears twice"))
    );
}

#[test]
fn restoring_previews_then_merges_and_replaces_nothing() {
    let mut current = workspace();
    current.register.residents.truncate(2);
    let incoming = workspace();
    let merged = restore(&current, &incoming);
    let p = preview(&current, &merged);
    assert_eq!(p.register.residents, 2);
    assert_eq!(p.register.removed, 0);
    assert_eq!(p.holidays_added, 0);
    assert!(!p.settings_filled);
    assert!(
        p.lines()[0].starts_with("Adds 2 residents"),
        "{:?}",
        p.lines()
    );
    assert!(
        p.lines()[0].ends_with("removes nothing."),
        "{:?}",
        p.lines()
    );
    assert!(!p.lines().join(" ").contains("replace"));
    let empty = restore(&Workspace::default(), &incoming);
    let p = preview(&Workspace::default(), &empty);
    assert_eq!(p.register.residents, 4);
    assert!(p.settings_filled);
    assert_eq!(merged.register.residents.len(), 4);
    // Bringing the same file in again changes nothing.
    let again = restore(&merged, &incoming);
    assert_eq!(again, merged);
    assert!(preview(&merged, &again).register.is_nothing());
}

#[test]
fn history_events_have_a_flat_documented_form() {
    let e = Event {
        id: "1796601600000-0-k3f9.0".into(),
        date: d(2026, 11, 20),
        kind: EventKind::Done(ObligationId::MedicationReview),
        by: "Pharmacist".into(),
    };
    let json = serde_json::to_string(&e).unwrap();
    assert_eq!(
        json,
        r#"{"id":"1796601600000-0-k3f9.0","date":"2026-11-20","kind":"done","obligation":"medication-review","by":"Pharmacist"}"#
    );
    assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), e);
    let back: Event =
        serde_json::from_str(r#"{"date":"2026-12-01","kind":"return-from-hospital"}"#).unwrap();
    assert_eq!(back.kind, EventKind::ReturnFromHospital);
    assert!(serde_json::from_str::<Event>(r#"{"date":"2026-12-01","kind":"done"}"#).is_err());
    assert!(serde_json::from_str::<Event>(r#"{"date":"2026-12-01","kind":"teleported"}"#).is_err());
}

/// The saved form of every kind of event and of a home's duties, byte for
/// byte: written from the records where they are (not copied first), it
/// must stay the form earlier versions wrote and read.
#[test]
fn every_event_and_duty_keeps_its_saved_form() {
    use care_home_toolkit::domain::records::returns::monitoring::Metric;
    let event = |kind: EventKind, by: &str| Event {
        id: String::new(),
        date: d(2026, 11, 20),
        kind,
        by: by.into(),
    };
    let cases = [
        (
            event(EventKind::HospitalAdmission, ""),
            r#"{"date":"2026-11-20","kind":"hospital-admission","by":""}"#,
        ),
        (
            event(EventKind::ReturnFromHospital, "Nurse \"K\""),
            r#"{"date":"2026-11-20","kind":"return-from-hospital","by":"Nurse \"K\""}"#,
        ),
        (
            event(EventKind::DetailsChanged("Room: 3 \u{2192} 4\n".into()), "GP"),
            "{\"date\":\"2026-11-20\",\"kind\":\"details-changed\",\"by\":\"GP\",\"changes\":\"Room: 3 \u{2192} 4\\n\"}",
        ),
        (
            event(EventKind::Recorded(Metric::ALL[0]), "GP"),
            &format!(
                r#"{{"date":"2026-11-20","kind":"metric","by":"GP","metric":{}}}"#,
                serde_json::to_string(&Metric::ALL[0]).unwrap()
            ),
        ),
    ];
    for (e, json) in cases {
        assert_eq!(serde_json::to_string(&e).unwrap(), json);
        assert_eq!(serde_json::from_str::<Event>(json).unwrap(), e);
    }
    let duty = |attended: &str| DutyRecord {
        id: String::new(),
        date: d(2026, 11, 17),
        duty: ObligationId::HomeRound,
        by: "Dr A".into(),
        attended: attended.into(),
    };
    for (r, json) in [
        (
            duty(""),
            r#"{"date":"2026-11-17","duty":"home-round","by":"Dr A"}"#,
        ),
        (
            duty("Manager"),
            r#"{"date":"2026-11-17","duty":"home-round","by":"Dr A","attended":"Manager"}"#,
        ),
    ] {
        assert_eq!(serde_json::to_string(&r).unwrap(), json);
        assert_eq!(serde_json::from_str::<DutyRecord>(json).unwrap(), r);
    }
}

#[test]
fn recording_a_home_round_moves_the_homes_next_round() {
    // 002 Appendix 1: weekly home round; docs/rules.md §3.
    let mut reg = register();
    let cal = Calendar::england_and_wales();
    let round = |reg: &Register| {
        due_list(reg, d(2026, 11, 22), &cal)
            .rows
            .into_iter()
            .find(|r| &*r.home_id == "h1" && r.obligation.id == ObligationId::HomeRound)
            .map(|r| (r.due, r.resident.is_none(), r.key))
    };
    // None recorded: due now.
    assert_eq!(
        round(&reg),
        Some((d(2026, 11, 22), true, "home-round".into()))
    );
    reg.homes[0]
        .record_duty(DutyRecord {
            id: String::new(),
            date: d(2026, 11, 17),
            duty: ObligationId::HomeRound,
            by: "Dr Lead".into(),
            attended: String::new(),
        })
        .unwrap();
    assert_eq!(round(&reg).unwrap().0, d(2026, 11, 24));
    // An older record goes into its place in the history and changes nothing.
    reg.homes[0]
        .record_duty(DutyRecord {
            id: String::new(),
            date: d(2026, 11, 10),
            duty: ObligationId::HomeRound,
            by: String::new(),
            attended: String::new(),
        })
        .unwrap();
    assert_eq!(reg.homes[0].duties[0].date, d(2026, 11, 10));
    assert_eq!(round(&reg).unwrap().0, d(2026, 11, 24));
    // A resident's review is not a duty of a home.
    assert!(reg.homes[0]
        .record_duty(DutyRecord {
            id: String::new(),
            date: d(2026, 11, 10),
            duty: ObligationId::Pcsp,
            by: String::new(),
            attended: String::new(),
        })
        .is_err());
    reg.homes[0].remove_duty(1);
    assert_eq!(round(&reg).unwrap().0, d(2026, 11, 17));
    // Filter: only the homes' duties, or only residents.
    let list = due_list(&reg, d(2026, 11, 22), &cal);
    let homes_only = Filter {
        home_duties: Some(true),
        ..Filter::default()
    };
    assert!(list
        .rows
        .iter()
        .filter(|r| homes_only.matches(r))
        .all(|r| r.resident.is_none() && r.obligation.id.is_per_home()));
    assert!(list.rows.iter().any(|r| homes_only.matches(r)));
}

#[test]
fn home_duties_and_events_refuse_each_others_ids_in_files() {
    let duty: Result<DutyRecord, _> = serde_json::from_str(
        r#"{"date":"2026-11-17","duty":"home-round","by":"Dr A","attended":"Manager"}"#,
    );
    assert_eq!(duty.unwrap().attended, "Manager");
    let wrong: Result<DutyRecord, _> =
        serde_json::from_str(r#"{"date":"2026-11-17","duty":"pcsp"}"#);
    assert!(wrong.is_err());
    let wrong: Result<Event, _> =
        serde_json::from_str(r#"{"date":"2026-11-17","kind":"done","obligation":"home-round"}"#);
    assert!(wrong.is_err());
    // Homes written before home duties existed still read.
    let old: Home =
        serde_json::from_str(r#"{"id":"h1","name":"Oak","scheme":"lsc-2026"}"#).unwrap();
    assert!(old.duties.is_empty());
}

/// Issue 23: ids that differ only in a character a UID cannot hold gave
/// one UID, and a calendar merged three residents' events into one.
#[test]
fn calendar_uids_differ_for_ids_that_differ() {
    let mut reg = register();
    let first = reg.residents[0].clone();
    reg.residents.clear();
    for id in ["r.1", "r:1", "r_1"] {
        let mut r = first.clone();
        r.id = id.into();
        reg.residents.push(r);
    }
    let list = due_list(&reg, d(2026, 11, 22), &Calendar::england_and_wales());
    let text = ics(&list.rows, NameDetail::Initials, "20261122T100000Z");
    let uids: Vec<&str> = text.lines().filter(|l| l.starts_with("UID:")).collect();
    let distinct: std::collections::HashSet<&&str> = uids.iter().collect();
    assert_eq!(uids.len(), distinct.len(), "{uids:?}");
    for part in ["UID:r_2E1.", "UID:r_3A1.", "UID:r_5F1."] {
        assert!(text.contains(part), "{part} in {uids:?}");
    }
}

#[test]
fn calendar_export_is_inert_against_hostile_ids_and_names() {
    let mut reg = register();
    reg.residents[0].id = "r1\r\nATTACH:http://x".into();
    reg.residents[0].name = "Ann\rSmith".into();
    let list = due_list(&reg, d(2026, 11, 22), &Calendar::england_and_wales());
    let text = ics(&list.rows, NameDetail::FullName, "20261122T100000Z");
    assert!(!text.lines().any(|l| l.starts_with("ATTACH")));
    assert!(text.contains("UID:r1_0D_0AATTACH_3Ahttp_3A_2F_2Fx.pcsp@care-home-toolkit\r\n"));
    assert!(text.contains("Ann\\nSmith"));
    // One event per row, and every line ends CRLF.
    assert_eq!(text.matches("BEGIN:VEVENT").count(), list.rows.len());
    assert!(!text.replace("\r\n", "").contains(['\r', '\n']));
    assert!(text.contains("UID:home-h1.home-round@care-home-toolkit\r\n"));
}

#[test]
fn marking_done_from_a_list_moves_the_date_and_undo_restores_it() {
    use care_home_toolkit::domain::records::register::marking::DoneTarget;
    let mut reg = register();
    let cal = Calendar::england_and_wales();
    let bob_med = |reg: &Register| {
        due_list(reg, d(2026, 11, 22), &cal)
            .rows
            .into_iter()
            .find(|r| rid(r) == "r2" && r.obligation.id == ObligationId::MedicationReview)
            .map(|r| r.due)
    };
    assert_eq!(bob_med(&reg), Some(d(2027, 4, 1)));
    let target = DoneTarget {
        home_id: "h1".into(),
        resident_id: Some("r2".into()),
        obligation: ObligationId::MedicationReview,
    };
    let marked = reg
        .mark_done(&target, d(2026, 11, 20), " Pharmacist ")
        .unwrap();
    assert_eq!(bob_med(&reg), Some(d(2027, 5, 20)));
    let bob = reg.residents.iter().find(|r| r.id == "r2").unwrap();
    assert!(bob
        .events
        .iter()
        .any(|e| e.by == "Pharmacist" && e.date == d(2026, 11, 20)));
    assert!(reg.undo(&marked));
    assert_eq!(bob_med(&reg), Some(d(2027, 4, 1)));
    assert!(!reg.undo(&marked), "undo twice finds nothing");

    // A one-off leaves the list; undo brings it back.
    let ann_pcsp = DoneTarget {
        home_id: "h1".into(),
        resident_id: Some("r1".into()),
        obligation: ObligationId::Pcsp,
    };
    let open = |reg: &Register| {
        due_list(reg, d(2026, 11, 22), &cal)
            .rows
            .iter()
            .any(|r| rid(r) == "r1" && r.obligation.id == ObligationId::Pcsp)
    };
    let marked = reg.mark_done(&ann_pcsp, d(2026, 11, 22), "").unwrap();
    assert!(!open(&reg));
    reg.undo(&marked);
    assert!(open(&reg));

    // A home's duty.
    let round = DoneTarget {
        home_id: "h1".into(),
        resident_id: None,
        obligation: ObligationId::HomeRound,
    };
    let marked = reg.mark_done(&round, d(2026, 11, 17), "Dr Lead").unwrap();
    assert_eq!(reg.homes[0].duties.len(), 1);
    assert!(reg.undo(&marked));
    assert!(reg.homes[0].duties.is_empty());

    // Refused: an unknown resident, and a duty of a home for a resident.
    let gone = DoneTarget {
        resident_id: Some("nobody".into()),
        ..ann_pcsp.clone()
    };
    assert!(reg.mark_done(&gone, d(2026, 11, 22), "").is_err());
    let mixed = DoneTarget {
        obligation: ObligationId::HomeRound,
        ..ann_pcsp
    };
    assert!(reg.mark_done(&mixed, d(2026, 11, 22), "").is_err());
}

/// Issue 22: a resident's details form open while another tab corrected
/// the NHS number. Saving a new room from the form used to save the NHS
/// number it showed, stamped as a change made now, so the wrong number
/// won on every device. Now a field left as shown keeps the record's.
#[test]
fn an_edit_form_saves_only_the_fields_changed_on_it() {
    use care_home_toolkit::domain::helpers::date_text::DateParts;
    use care_home_toolkit::domain::records::register::details::ResidentDraft;
    let reg = register();
    let ann = reg.residents.iter().find(|r| r.id == "r1").unwrap().clone();
    let shown = ResidentDraft::from_resident(&ann);
    // Another tab: the NHS number and the admission date corrected.
    let mut corrected = ann.clone();
    corrected.nhs_number = "4010232137".into();
    corrected.admitted = d(2026, 10, 30);
    let now = ResidentDraft::from_resident(&corrected);
    // This form: the room changed, the rest left as shown.
    let typed = ResidentDraft {
        room: "12B".into(),
        ..shown.clone()
    };
    let saved = typed.changed_over(&shown, &now);
    assert_eq!(saved.nhs_number, "401 023 2137");
    assert_eq!(saved.admitted, DateParts::from_date(d(2026, 10, 30)));
    assert_eq!(saved.room, "12B");
    assert_eq!(saved.name, ann.name);
    // A field changed on the form is the form's, even where the record
    // changed too (the later change wins, as between any two tabs).
    let typed = ResidentDraft {
        nhs_number: "943 476 5870".into(),
        ..shown.clone()
    };
    assert_eq!(typed.changed_over(&shown, &now).nhs_number, "943 476 5870");
    // Nothing changed on the form: the record as it is now.
    assert_eq!(shown.changed_over(&shown, &now), now);
}

#[test]
fn editing_a_residents_details_checks_them_like_adding_and_keeps_the_change() {
    use care_home_toolkit::domain::helpers::date_text::DateParts;
    use care_home_toolkit::domain::records::register::details::ResidentDraft;
    let mut reg = register();
    let ann = reg.residents.iter().find(|r| r.id == "r1").unwrap().clone();
    let mut draft = ResidentDraft::from_resident(&ann);
    assert_eq!(draft.nhs_number, "943 476 5919");
    assert!(draft.validate().is_ok());

    // The same checks as adding: each problem names its field.
    let bad = ResidentDraft {
        name: "  ".into(),
        nhs_number: "943 476 5918".into(),
        admitted: DateParts::from_date(d(1989, 1, 1)),
        ..draft.clone()
    };
    let fields: Vec<&str> = bad
        .validate()
        .unwrap_err()
        .iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        fields,
        ["resident-name", "resident-nhs", "resident-admitted-day"]
    );

    // Moving the admission moves the deadlines, and the history says so.
    let cal = Calendar::england_and_wales();
    let pcsp = |reg: &Register| {
        due_list(reg, d(2026, 11, 22), &cal)
            .rows
            .into_iter()
            .find(|r| rid(r) == "r1" && r.obligation.id == ObligationId::Pcsp)
            .map(|r| r.due)
    };
    assert_eq!(pcsp(&reg), Some(d(2026, 11, 11)));
    draft.admitted = DateParts::from_date(d(2026, 11, 3));
    draft.room = "14".into();
    let changes = reg
        .edit_resident(
            "r1",
            draft.validate().unwrap(),
            d(2026, 11, 22),
            "Practice manager",
        )
        .unwrap();
    assert_eq!(
        changes,
        ["room 1 to 14", "admission Mon 2 Nov 2026 to Tue 3 Nov 2026"]
    );
    assert_eq!(pcsp(&reg), Some(d(2026, 11, 12)));
    let ann = reg.residents.iter().find(|r| r.id == "r1").unwrap();
    let last = ann.events.last().unwrap();
    assert_eq!(
        last.kind.label(),
        "Details changed: room 1 to 14; admission Mon 2 Nov 2026 to Tue 3 Nov 2026"
    );
    assert_eq!(last.by, "Practice manager");
    // The history entry survives a file round trip.
    let json = serde_json::to_string(last).unwrap();
    assert!(json.contains("\"kind\":\"details-changed\""), "{json}");
    let back: Event = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, last);
    // Saving the same details again changes nothing and writes nothing.
    let events = ann.events.len();
    let again = ResidentDraft::from_resident(ann).validate().unwrap();
    assert!(reg
        .edit_resident("r1", again, d(2026, 11, 22), "")
        .unwrap()
        .is_empty());
    assert_eq!(reg.residents[0].events.len(), events);
}

#[test]
fn restoring_a_large_backup_over_a_large_register_merges_by_id() {
    // 3,000 residents here, 3,000 in the backup, 1,000 of them the same:
    // their names were changed later in the backup, so the backup's apply;
    // the rest are added. Everything is in id order.
    use care_home_toolkit::domain::merge::Stamp;
    let later = Stamp {
        ms: 1_796_601_600_000,
        n: 0,
        device: "b".into(),
    };
    let homes = vec![home("h1", "Oakwood House", "lsc-2026", "Tuesday")];
    let people = |from: usize, to: usize, name: &str| -> Vec<Resident> {
        (from..to)
            .map(|i| resident(&format!("r{i:04}"), "h1", name, (2026, 5, 1)))
            .collect()
    };
    let current = Workspace {
        register: Register {
            homes: homes.clone(),
            residents: people(0, 3000, "Here Before"),
            ..Register::default()
        },
        ..Workspace::default()
    };
    let mut from_backup = people(2000, 5000, "From Backup");
    for r in &mut from_backup {
        r.stamps.set("name", later.clone());
    }
    let incoming = Workspace {
        register: Register {
            homes,
            residents: from_backup,
            ..Register::default()
        },
        ..Workspace::default()
    };
    let merged = restore(&current, &incoming);
    let p = preview(&current, &merged);
    assert_eq!(
        (p.register.residents, p.register.details, p.register.homes),
        (2000, 1000, 0)
    );
    assert_eq!(p.register.removed, 0);
    let r = &merged.register.residents;
    assert_eq!(r.len(), 5000);
    let ids: Vec<String> = (0..5000).map(|i| format!("r{i:04}")).collect();
    assert!(r.iter().map(|r| &r.id).eq(ids.iter()));
    assert_eq!(r[1999].name, "Here Before");
    assert_eq!(r[2000].name, "From Backup");
    assert_eq!(r[4999].name, "From Backup");
    assert_eq!(merged.register.homes.len(), 1);
}

#[test]
fn restoring_keeps_the_later_return_and_outcome_notes_by_quarter_and_half() {
    use care_home_toolkit::domain::merge::Stamp;
    use care_home_toolkit::domain::records::returns::outcomes::OutcomeNotes;
    use care_home_toolkit::domain::records::returns::record::QuarterReturn;
    let at = |ms: u64| Stamp {
        ms,
        n: 0,
        device: "a".into(),
    };
    let ret = |q: u8, other_home: u32, ms: u64| QuarterReturn {
        home_id: "h1".into(),
        year: 2026,
        q,
        other_home,
        at: at(ms),
        ..QuarterReturn::default()
    };
    let notes = |half: u8, actions: &str, ms: u64| OutcomeNotes {
        home_id: "h1".into(),
        year: 2026,
        half,
        actions: actions.into(),
        at: at(ms),
        ..OutcomeNotes::default()
    };
    let current = Workspace {
        register: Register {
            returns: vec![ret(1, 1, 5), ret(2, 2, 5), ret(4, 4, 9)],
            outcome_notes: vec![notes(1, "kept", 5)],
            ..Register::default()
        },
        ..Workspace::default()
    };
    let incoming = Workspace {
        register: Register {
            returns: vec![ret(2, 20, 7), ret(3, 30, 7), ret(4, 40, 7)],
            outcome_notes: vec![notes(1, "from backup", 7), notes(2, "new", 7)],
            ..Register::default()
        },
        ..Workspace::default()
    };
    let merged = restore(&current, &incoming).register;
    let returns: Vec<(u8, u32)> = merged.returns.iter().map(|r| (r.q, r.other_home)).collect();
    // Q4 was changed here after the backup was made: this device's stays.
    assert_eq!(returns, [(1, 1), (2, 20), (3, 30), (4, 4)]);
    let actions: Vec<&str> = merged
        .outcome_notes
        .iter()
        .map(|n| n.actions.as_str())
        .collect();
    assert_eq!(actions, ["from backup", "new"]);
}

#[test]
fn due_list_rows_on_the_same_day_are_by_name_then_in_the_order_made() {
    // Three residents admitted the same day: their rows fall due together,
    // and are listed by name; one resident's rows keep the scheme's order.
    let mut r = register();
    r.residents = vec![
        resident("z", "h1", "Zoe Last", (2026, 11, 16)),
        resident("a", "h1", "Amy First", (2026, 11, 16)),
        resident("m", "h1", "Mo Middle", (2026, 11, 16)),
    ];
    let list = due_list(&r, d(2026, 11, 17), &Calendar::england_and_wales());
    let first = list.rows.iter().find(|x| rid(x) == "a").unwrap().due;
    let same_day: Vec<&due_list::DueRow> = list
        .rows
        .iter()
        .filter(|x| x.resident.is_some() && x.due == first)
        .collect();
    let names: Vec<&str> = same_day.iter().map(|x| x.who()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names.contains(&"Amy First") && names.contains(&"Zoe Last"));
    // Sorted overall by date, then name.
    assert!(list
        .rows
        .windows(2)
        .all(|w| (w[0].due, w[0].who()) <= (w[1].due, w[1].who())));
    // Ties (one resident, one day) keep the order the engine made them in:
    // the engine's open rows for Amy, stably sorted by date.
    let amy: Vec<_> = list
        .rows
        .iter()
        .filter(|x| rid(x) == "a")
        .map(|x| (x.due, x.obligation.id))
        .collect();
    let engine: Vec<_> = {
        use care_home_toolkit::domain::records::register::facts::facts;
        use care_home_toolkit::domain::rules::deadlines::deadline_rows;
        use care_home_toolkit::domain::rules::schemes::Scheme;
        let home = &r.homes[0];
        let report = deadline_rows(
            Scheme::by_id(&home.scheme).unwrap(),
            &facts(&r.residents[1], Some(home)),
            d(2026, 11, 17),
            &Calendar::england_and_wales(),
        );
        let mut v: Vec<_> = report
            .deadlines
            .iter()
            .filter(|x| !matches!(x.status, Status::Done { .. }))
            .map(|x| (x.due, x.obligation.id))
            .collect();
        v.sort_by_key(|x| x.0);
        v
    };
    assert_eq!(amy, engine);
    // Amy has rows due on the same day, so the tie order is really tested.
    assert!(amy.windows(2).any(|w| w[0].0 == w[1].0), "{amy:?}");
}

#[test]
fn initials_take_each_words_first_letter_capitalised() {
    use care_home_toolkit::domain::records::register::model::initials;
    assert_eq!(initials("Ann Smith"), "A. S.");
    assert_eq!(initials("  \u{e9}va   o'neill smith "), "\u{c9}. O. S.");
    assert_eq!(initials(""), "");
    let r = resident("r9", "h1", "mary-jane watson", (2026, 5, 1));
    assert_eq!(r.initials(), "M. W.");
}

#[test]
fn due_list_rows_of_two_residents_with_one_name_keep_the_register_order() {
    // Two people called Amy First, and a Bea between them by name order:
    // on each day the two Amys' rows come first, the earlier one's first.
    let mut r = register();
    r.residents = vec![
        resident("b", "h1", "Bea Second", (2026, 11, 16)),
        resident("a1", "h1", "Amy First", (2026, 11, 16)),
        resident("a2", "h1", "Amy First", (2026, 11, 16)),
    ];
    let list = due_list(&r, d(2026, 11, 17), &Calendar::england_and_wales());
    let first = list.rows.iter().find(|x| rid(x) == "a1").unwrap().due;
    let ids: Vec<&str> = list
        .rows
        .iter()
        .filter(|x| x.resident.is_some() && x.due == first)
        .map(rid)
        .collect();
    let (amys, beas) = ids.split_at(ids.iter().position(|i| *i == "b").unwrap());
    assert!(beas.iter().all(|i| *i == "b"), "{ids:?}");
    let last_a1 = amys.iter().rposition(|i| *i == "a1").unwrap();
    let first_a2 = amys.iter().position(|i| *i == "a2").unwrap();
    assert!(last_a1 < first_a2, "{ids:?}");
}

/// Issue 23: residents already living in a home when it is set up showed
/// every review overdue by months, each to be marked done one at a time.
/// "Add a resident" asks for the reviews already done, as the calculator
/// does, and they go into the resident's history.
#[test]
fn a_resident_added_with_reviews_already_done_is_not_shown_overdue() {
    use care_home_toolkit::domain::helpers::date_text::DateParts;
    use care_home_toolkit::domain::records::register::done_before::{asked_for, check_done_before};
    use care_home_toolkit::domain::rules::schemes::Scheme;
    let lsc = Scheme::by_id("lsc-2026");
    let asked = asked_for(lsc);
    assert!(asked.iter().any(
        |(o, key, _)| *o == ObligationId::MedicationReview && *key == "last-medication-review"
    ));
    assert!(
        !asked
            .iter()
            .any(|(o, ..)| *o == ObligationId::PostHospitalReview),
        "nothing that follows a hospital stay: none is recorded yet"
    );
    let today = d(2026, 12, 7);
    let admitted = d(2024, 1, 8);
    let typed = vec![
        (
            ObligationId::MedicationReview,
            DateParts::from_date(d(2026, 10, 1)),
        ),
        (ObligationId::InitialReview, DateParts::default()),
    ];
    let done = check_done_before(&typed, admitted, today).unwrap();
    assert_eq!(done, vec![(ObligationId::MedicationReview, d(2026, 10, 1))]);
    let future = check_done_before(
        &[(
            ObligationId::MedicationReview,
            DateParts::from_date(d(2026, 12, 8)),
        )],
        admitted,
        today,
    )
    .unwrap_err();
    assert!(
        future[0].1.contains("today or in the past"),
        "{}",
        future[0].1
    );
    let before = check_done_before(
        &[(
            ObligationId::InitialReview,
            DateParts::from_date(d(2023, 12, 1)),
        )],
        admitted,
        today,
    )
    .unwrap_err();
    assert!(
        before[0].1.contains("after the date of admission"),
        "{}",
        before[0].1
    );

    let mut reg = Register::default();
    reg.add_home(home("h1", "Oakwood House", "lsc-2026", "Tuesday"));
    assert_eq!(reg.scheme_of_home("h1").map(|s| s.id), Some("lsc-2026"));
    reg.add_resident_with_done(resident("r1", "h1", "Ann Smith", (2024, 1, 8)), &done);
    reg.add_resident(resident("r2", "h1", "Bob Jones", (2024, 1, 8)));
    let list = due_list(&reg, today, &Calendar::england_and_wales());
    let review = |who: &str| {
        list.rows
            .iter()
            .find(|r| rid(r) == who && r.obligation.id == ObligationId::MedicationReview)
            .map(|r| (r.due, r.status))
            .unwrap()
    };
    assert_eq!(
        review("r1").0,
        d(2027, 4, 1),
        "six months from the review already done"
    );
    assert_ne!(review("r1").1, Status::Overdue);
    assert_eq!(
        review("r2").1,
        Status::Overdue,
        "without it, overdue since 2024"
    );
}

/// The register page's search and its homes' lists give where each
/// resident is in the register, by name, so the page copies only the rows
/// it draws (issue 23: typing "a" among 5,000 residents copied most of
/// them).
#[test]
fn the_register_page_finds_residents_by_name_as_places_in_the_register() {
    let mut r = register();
    r.residents
        .push(resident("r5", "h1", "aaron Brook", (2026, 11, 20)));
    let names = |at: Vec<usize>| -> Vec<String> {
        at.into_iter()
            .map(|i| r.residents[i].name.clone())
            .collect()
    };
    // Current residents only (not Cath, who died), any case, by name.
    assert_eq!(names(r.find_residents("A")), ["aaron Brook", "Ann Smith"]);
    assert_eq!(names(r.find_residents("  ")), Vec::<String>::new());
    // Three digits or more of an NHS number (every test resident's).
    assert_eq!(r.find_residents("943 476").len(), 4);
    assert!(r.find_residents("94").is_empty());
    assert_eq!(
        names(r.current_residents_of("h1")),
        ["aaron Brook", "Ann Smith", "Bob Jones"]
    );
    assert_eq!(names(r.former_residents_of("h1")), ["Cath Gone"]);
    assert!(r.current_residents_of("nowhere").is_empty());
}

/// Dates, times and numbers in a sentence on a screen never break across
/// two lines (a screenshot at 768 px showed "(Mon 2" and "Nov 2026)."
/// apart); the other spaces still let the sentence wrap.
#[test]
fn dates_and_numbers_in_a_sentence_keep_together() {
    use care_home_toolkit::domain::helpers::date_text::unbroken;
    let nb = |s: &str| s.replace('_', "\u{a0}");
    assert_eq!(
        unbroken("6 months after admission (Mon 2 Nov 2026)."),
        nb("6 months after admission (Mon_2_Nov_2026).")
    );
    assert_eq!(
        unbroken("Details changed: NHS number 943 476 5918 to 401 023 2137"),
        nb("Details changed: NHS number 943_476_5918 to 401_023_2137")
    );
    assert_eq!(unbroken("Tue 8 Dec 2026 01:47"), nb("Tue_8_Dec_2026_01:47"));
    assert_eq!(
        unbroken("Friday 25 December 2026, 3 days left"),
        nb("Friday_25_December_2026, 3 days left")
    );
    // Words that only look like a date's are left alone.
    assert_eq!(unbroken("May 12 reviews"), nb("May_12 reviews"));
    assert_eq!(unbroken("Mark done on Monday"), "Mark done on Monday");
    assert_eq!(unbroken("Adds 3 residents"), "Adds 3 residents");
}
