//! Issue 26: the care home prepares the round and the practice closes it.
//! Known answers for the send-by time, matching a request to the register,
//! bringing a request in twice, the outcomes, the files and the home's own
//! store.

use care_home_toolkit::domain::formats::stored::ReadError;
use care_home_toolkit::domain::helpers::date_text::DateParts;
use care_home_toolkit::domain::merge::merge;
use care_home_toolkit::domain::records::register::store_file::{read_register, write_register};
use care_home_toolkit::domain::records::register::{Home, Register, Resident};
use care_home_toolkit::domain::records::round::file::*;
use care_home_toolkit::domain::records::round::home_side::*;
use care_home_toolkit::domain::records::round::practice::for_another_practice;
use care_home_toolkit::domain::records::round::send_by::parse_time;
use care_home_toolkit::domain::records::round::*;
use care_home_toolkit::domain::rules::calendar::Calendar;
use chrono::NaiveTime;

use crate::d;

fn at(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

/// 004: information sent "24 or 48 hours in advance", counted in working
/// days (docs/rules.md §7).
#[test]
fn the_send_by_time_counts_back_working_days() {
    let cal = Calendar::england_and_wales();
    let by = |round, time, notice| send_by(round, time, notice, &cal).unwrap();
    // Tuesday 8 December 2026 at 10:30, 24 hours: Monday at 10:30.
    let tue = by(d(2026, 12, 8), "10:30", Notice::Hours24);
    assert_eq!((tue.date, tue.time), (d(2026, 12, 7), at(10, 30)));
    assert_eq!(tue.words(), "by 10:30 on Monday 7 December 2026");
    // Over a weekend: Monday 7 December's round, 24 hours: Friday 4th.
    let mon = by(d(2026, 12, 7), "2pm", Notice::Hours24);
    assert_eq!((mon.date, mon.time), (d(2026, 12, 4), at(14, 0)));
    // 48 hours: Thursday 3rd.
    assert_eq!(
        by(d(2026, 12, 7), "2pm", Notice::Hours48).date,
        d(2026, 12, 3)
    );
    // Over Easter 2027: Tuesday 30 March's round, 24 hours: not Easter
    // Monday, the weekend or Good Friday, but Thursday 25 March.
    assert_eq!(
        by(d(2027, 3, 30), "10:00", Notice::Hours24).date,
        d(2027, 3, 25)
    );
    assert_eq!(
        by(d(2027, 3, 30), "10:00", Notice::Hours48).date,
        d(2027, 3, 24)
    );
    // Over Christmas 2026: Tuesday 29 December, 48 hours: Wednesday 23rd
    // (the 24th is a working day: 24th, then 23rd).
    assert_eq!(
        by(d(2026, 12, 29), "10:00", Notice::Hours48).date,
        d(2026, 12, 23)
    );
    // A time that cannot be read: the day only.
    let vague = by(d(2026, 12, 8), "after lunch", Notice::Hours24);
    assert_eq!(vague.time, None);
    assert_eq!(vague.words(), "by the start of Monday 7 December 2026");
}

#[test]
fn round_times_are_read_as_people_type_them() {
    for (text, want) in [
        ("10:30", at(10, 30)),
        ("10.30", at(10, 30)),
        ("1030", at(10, 30)),
        ("2pm", at(14, 0)),
        ("2:15 PM", at(14, 15)),
        ("12pm", at(12, 0)),
        ("12am", at(0, 0)),
        ("14:00", at(14, 0)),
        ("9", at(9, 0)),
        ("13pm", None),
        ("25:00", None),
        ("10:3", None),
        ("", None),
        ("noon", None),
    ] {
        assert_eq!(parse_time(text), want, "{text}");
    }
}

fn resident(id: &str, name: &str, nhs: &str, dob: (i32, u32, u32)) -> Resident {
    Resident {
        id: id.into(),
        home_id: "h1".into(),
        name: name.into(),
        date_of_birth: Some(d(dob.0, dob.1, dob.2)),
        nhs_number: nhs.into(),
        room: "4".into(),
        temporary: false,
        admitted: d(2026, 1, 5),
        informed: None,
        events: vec![],
        discharged: None,
        concern: String::new(),
        made: Default::default(),
        stamps: Default::default(),
        versions: vec![],
    }
}

fn register() -> Register {
    Register {
        homes: vec![Home {
            id: "h1".into(),
            name: "Elm Lodge".into(),
            scheme: "ehch-des".into(),
            round_day: "Tuesday".into(),
            ..Home::default()
        }],
        residents: vec![
            resident("r1", "Ann Smith", "9434765919", (1936, 5, 1)),
            resident("r2", "Bob Jones", "4010232137", (1940, 2, 29)),
        ],
        ..Register::default()
    }
}

fn entry(id: &str, name: &str, nhs: &str, dob: Option<(i32, u32, u32)>) -> RequestEntry {
    RequestEntry {
        id: id.into(),
        name: name.into(),
        date_of_birth: dob.map(|(y, m, dd)| d(y, m, dd)),
        nhs_number: nhs.into(),
        room: String::new(),
        practice_ref: String::new(),
        reason: Reason::MedicationChange,
        other: String::new(),
        background: "Refusing evening doses since Friday".into(),
        prepared_by: "Sam Carer, deputy manager".into(),
    }
}

fn request() -> RoundRequest {
    RoundRequest {
        id: "req1".into(),
        home: "Elm Lodge".into(),
        practice: "Oak Surgery".into(),
        round: d(2026, 12, 8),
        time: "10:30".into(),
        made_at: "2026-12-06T09:00:00Z".into(),
        residents: vec![
            entry("e1", "Ann Smith", "9434765919", None),
            entry("e2", "  bob   JONES ", "", Some((1940, 2, 29))),
            entry("e3", "Cath Brown", "", Some((1931, 7, 9))),
        ],
    }
}

/// Matched by NHS number, else by name and date of birth; else none.
#[test]
fn a_requested_resident_is_matched_by_nhs_number_then_name_and_birth() {
    let r = register();
    let mut by_nhs = entry("e1", "A. Smith", "9434765919", None);
    assert_eq!(
        match_entry(&r, "h1", &by_nhs),
        Match::ByNhsNumber("r1".into())
    );
    by_nhs.practice_ref = "r2".into();
    assert_eq!(
        match_entry(&r, "h1", &by_nhs),
        Match::ByReference("r2".into())
    );
    let by_name = entry("e2", "  bob   JONES ", "", Some((1940, 2, 29)));
    assert_eq!(
        match_entry(&r, "h1", &by_name),
        Match::ByNameAndBirth("r2".into())
    );
    // The same name with another birth date is somebody else.
    let other = entry("e2", "Bob Jones", "", Some((1940, 3, 1)));
    assert_eq!(match_entry(&r, "h1", &other), Match::None);
    // An NHS number the register does not hold, no birth date: none.
    assert_eq!(
        match_entry(&r, "h1", &entry("e3", "Ann Smith", "4010232137", None)),
        Match::ByNhsNumber("r2".into())
    );
    assert_eq!(
        match_entry(&r, "h1", &entry("e3", "Cath Brown", "", None)),
        Match::None
    );
}

/// The same request twice changes nothing; a later version changes what
/// it changed; an earlier one nothing; a past round is said.
#[test]
fn a_request_brought_in_twice_changes_nothing_the_second_time() {
    let mut r = register();
    let req = request();
    let first = r.bring_in_request(&req, "h1", d(2026, 12, 7));
    assert_eq!((first.added, first.changed, first.past), (3, 0, false));
    assert_eq!(
        first.words(),
        "Brought in: 3 residents added, 0 residents changed."
    );
    let once = r.clone();
    let again = r.bring_in_request(&req, "h1", d(2026, 12, 7));
    assert_eq!((again.added, again.changed, again.unchanged), (0, 0, 3));
    assert_eq!(
        again.words(),
        "Nothing new: this request was already brought in."
    );
    assert_eq!(r, once);
    // The home changed Cath's background and sent it again.
    let mut later = req.clone();
    later.made_at = "2026-12-06T15:00:00Z".into();
    later.residents[2].background = "Fell on Saturday night, bruised hip".into();
    let changed = r.bring_in_request(&later, "h1", d(2026, 12, 7));
    assert_eq!((changed.added, changed.changed), (0, 3));
    let requested = r.requested("h1", d(2026, 12, 8));
    assert_eq!(requested.len(), 3);
    assert_eq!(
        requested[2].request.entry.background,
        "Fell on Saturday night, bruised hip"
    );
    // The first version again: nothing goes back.
    let stale = r.bring_in_request(&req, "h1", d(2026, 12, 7));
    assert_eq!(stale.unchanged, 3);
    assert_eq!(
        r.requested("h1", d(2026, 12, 8))[2]
            .request
            .entry
            .background,
        "Fell on Saturday night, bruised hip"
    );
    // Two matched, one to add.
    let found: Vec<Option<&str>> = requested.iter().map(|x| x.found.resident_id()).collect();
    assert_eq!(found, [Some("r1"), Some("r2"), None]);
    // After the round: marked as past.
    let mut r2 = register();
    let past = r2.bring_in_request(&req, "h1", d(2026, 12, 9));
    assert!(past.past);
    assert!(past
        .words()
        .ends_with("This request is for a round that has passed."));
}

#[test]
fn another_practices_request_is_refused() {
    let req = request();
    assert_eq!(for_another_practice(&req, &["  oak   surgery"]), None);
    assert_eq!(for_another_practice(&req, &["", " "]), None);
    // Either name the practice goes by: Settings', or the agreement's.
    assert_eq!(
        for_another_practice(&req, &["The Oak", "Oak Surgery"]),
        None
    );
    assert_eq!(
        for_another_practice(&req, &["Birch Practice"]).as_deref(),
        Some("This request is for Oak Surgery, not Birch Practice. Nothing has been brought in.")
    );
}

/// Outcomes are kept in the register: they survive saving, and merge like
/// any record (the later change wins), in either order.
#[test]
fn outcomes_are_kept_saved_and_merged() {
    let mut r = register();
    r.bring_in_request(&request(), "h1", d(2026, 12, 7));
    let draft = OutcomeDraft {
        seen_by: " Pharmacist Amberley ".into(),
        care_plan: "Offer evening doses with supper".into(),
        medicines: "Stop amitriptyline".into(),
        follow_up: "Review in 4 weeks".into(),
    };
    assert!(OutcomeDraft {
        seen_by: " ".into(),
        ..draft.clone()
    }
    .validate()
    .is_err());
    r.record_outcome("h1", d(2026, 12, 8), "r1", draft.validate().unwrap())
        .unwrap();
    assert!(r
        .record_outcome("h1", d(2026, 12, 8), "nobody", draft.clone())
        .is_err());
    let o = r.round_outcome("h1", d(2026, 12, 8), "r1").unwrap();
    assert_eq!(o.seen_by, "Pharmacist Amberley");
    // It answers the home's request for Ann.
    assert_eq!(o.request_entry, "e1");
    let (back, _) = read_register(&write_register(&r, 1)).unwrap();
    assert_eq!(
        (&back.round_requests, &back.round_outcomes),
        (&r.round_requests, &r.round_outcomes)
    );

    // Two devices: one records Bob's outcome, the other changes Ann's.
    let mut a = r.clone();
    let mut b = r.clone();
    a.record_outcome(
        "h1",
        d(2026, 12, 8),
        "r2",
        OutcomeDraft {
            seen_by: "Dr Lead".into(),
            ..Default::default()
        },
    )
    .unwrap();
    a.stamp_changes(&r, &stamp(10, "a"));
    b.record_outcome(
        "h1",
        d(2026, 12, 8),
        "r1",
        OutcomeDraft {
            seen_by: "Dr Lead".into(),
            ..Default::default()
        },
    )
    .unwrap();
    b.stamp_changes(&r, &stamp(20, "b"));
    let ab = merge(&a, &b);
    assert_eq!(ab, merge(&b, &a));
    assert_eq!(ab, merge(&ab, &a));
    assert_eq!(ab.outcomes_of("h1", d(2026, 12, 8)).len(), 2);
    assert_eq!(
        ab.round_outcome("h1", d(2026, 12, 8), "r1")
            .unwrap()
            .seen_by,
        "Dr Lead"
    );
    assert_eq!(ab.round_requests.len(), 3);
}

fn stamp(ms: u64, device: &str) -> care_home_toolkit::domain::merge::Stamp {
    care_home_toolkit::domain::merge::Stamp {
        ms,
        n: 0,
        device: device.into(),
    }
}

/// The home's form: either the date of birth or the NHS number; a reason,
/// what the other concern is; the background; who prepared it.
#[test]
fn the_homes_form_asks_for_what_the_practice_needs() {
    let today = d(2026, 12, 7);
    let fields = |draft: &EntryDraft| -> Vec<&'static str> {
        draft
            .validate("x".into(), today)
            .unwrap_err()
            .into_iter()
            .map(|p| p.field)
            .collect()
    };
    let empty = EntryDraft::default();
    assert_eq!(
        fields(&empty),
        [
            "request-name",
            "request-dob-day",
            "request-reason",
            "request-background",
            "request-prepared-by"
        ]
    );
    let good = EntryDraft {
        name: " Ann Smith ".into(),
        nhs_number: "943 476 5919".into(),
        reason: Some(Reason::Other),
        other: "Falls".into(),
        background: "Two falls this week".into(),
        prepared_by: "Sam Carer".into(),
        ..EntryDraft::default()
    };
    let e = good.validate("e1".into(), today).unwrap();
    assert_eq!(
        (e.name.as_str(), e.nhs_number.as_str()),
        ("Ann Smith", "9434765919")
    );
    assert_eq!(e.reason_words(), "Another health concern: Falls");
    assert_eq!(
        EntryDraft::from_entry(&e).validate("e1".into(), today),
        Ok(e)
    );
    let bad_nhs = EntryDraft {
        nhs_number: "943 476 5918".into(),
        ..good.clone()
    };
    assert_eq!(fields(&bad_nhs), ["request-nhs"]);
    let no_other = EntryDraft {
        other: " ".into(),
        ..good.clone()
    };
    assert_eq!(fields(&no_other), ["request-other"]);
    let by_birth = EntryDraft {
        nhs_number: String::new(),
        date_of_birth: DateParts::from_date(d(1936, 5, 1)),
        ..good.clone()
    };
    assert!(by_birth.validate("e1".into(), today).is_ok());
    let future = EntryDraft {
        date_of_birth: DateParts::from_date(d(2027, 1, 1)),
        ..by_birth.clone()
    };
    assert_eq!(fields(&future), ["request-dob-day"]);
    // Picked from the practice's list: the practice knows who it is.
    let picked = EntryDraft {
        nhs_number: String::new(),
        practice_ref: "r1".into(),
        ..good
    };
    assert!(picked.validate("e1".into(), today).is_ok());
}

/// Each file reads back what was written; foreign, newer and damaged files
/// are refused with a message.
#[test]
fn the_round_files_round_trip_and_refuse_what_they_are_not() {
    let mut req = request();
    for e in &mut req.residents {
        e.nhs_number = e.nhs_number.replace(' ', "");
    }
    let text = write_request(&req);
    assert!(
        text.starts_with("{\"format\":\"care-home-toolkit/round-request\",\"version\":1,\"id\":")
    );
    assert_eq!(read_request(&text), Ok(req.clone()));
    assert_eq!(
        kind_words(&text),
        Some("a care home\u{2019}s request for a round")
    );
    assert!(matches!(
        read_outcomes(&text),
        Err(ReadError::WrongFormat { .. })
    ));
    let newer = text.replace("\"version\":1", "\"version\":2");
    assert!(matches!(
        read_request(&newer),
        Err(ReadError::NewerVersion { found: 2, .. })
    ));
    assert!(matches!(
        read_request(&text[..text.len() / 2]),
        Err(ReadError::NotJson(_))
    ));
    let bad = text.replace("9434765919", "9434765918");
    assert_eq!(
        read_request(&bad).unwrap_err().to_string(),
        "The file is damaged: the NHS number of Ann Smith is not a valid NHS number"
    );
    let twice = write_request(&RoundRequest {
        residents: vec![req.residents[0].clone(), req.residents[0].clone()],
        ..req.clone()
    });
    assert!(read_request(&twice).is_err());
    let many = RoundRequest {
        residents: (0..=MAX_ENTRIES)
            .map(|i| entry(&format!("e{i}"), "A", "", None))
            .collect(),
        ..req.clone()
    };
    assert!(matches!(
        read_request(&write_request(&many)),
        Err(ReadError::TooLarge(_))
    ));

    let outcomes = RoundOutcomes {
        home: "Elm Lodge".into(),
        practice: "Oak Surgery".into(),
        round: d(2026, 12, 8),
        made_at: "2026-12-08T16:00:00Z".into(),
        residents: vec![OutcomeLine {
            request_entry: "e1".into(),
            name: "Ann Smith".into(),
            room: "4".into(),
            seen_by: "Pharmacist Amberley".into(),
            care_plan: "Offer evening doses with supper".into(),
            medicines: "Stop amitriptyline".into(),
            follow_up: String::new(),
        }],
    };
    assert_eq!(read_outcomes(&write_outcomes(&outcomes)), Ok(outcomes));
    let list = ResidentsList {
        home: "Elm Lodge".into(),
        practice: "Oak Surgery".into(),
        round: d(2026, 12, 8),
        made_at: "2026-12-07T16:00:00Z".into(),
        residents: vec![ListedResident {
            practice_ref: "r1".into(),
            name: "Ann Smith".into(),
            room: "4".into(),
            due: vec!["Medication review, overdue".into()],
        }],
    };
    let text = write_residents_list(&list);
    assert!(
        !text.contains("9434765919") && !text.contains("1936"),
        "names, rooms and what is due only"
    );
    assert_eq!(read_residents_list(&text), Ok(list));
}

/// Sealed as a copy for a colleague is: the right passphrase opens it, a
/// wrong one or a cut-off file does not.
#[test]
fn a_sealed_request_opens_only_with_its_passphrase() {
    use care_home_toolkit::domain::records::agreement::share_link::LinkError;
    use care_home_toolkit::domain::records::register::sent_copy::{open, seal};
    let text = write_request(&request());
    let sealed = seal(&text, "correct horse battery", [7; 16], [9; 12]);
    assert!(!sealed.contains("Ann Smith"));
    assert_eq!(
        open(&sealed, "correct horse battery").as_deref(),
        Ok(text.as_str())
    );
    assert_eq!(open(&sealed, "wrong"), Err(LinkError::WrongPassphrase));
    assert!(open(&sealed[..sealed.len() - 30], "correct horse battery").is_err());
}

/// The home's own store: outcomes brought in twice change nothing, the
/// ticks stay when a later version comes, another tab's copy merges.
#[test]
fn the_homes_store_keeps_requests_outcomes_and_ticks() {
    let setup = RoundSetup::from_query(
        "home=Elm%20Lodge&practice=Oak%20Surgery&day=Tuesday&time=10%3A30&mode=Virtual&notice=24",
    )
    .unwrap();
    assert_eq!(setup.notice(), Notice::Hours24);
    assert_eq!(setup.next_round(d(2026, 12, 7)), Some(d(2026, 12, 8)));
    assert_eq!(
        RoundSetup::from_query(&setup.to_query()),
        Some(setup.clone())
    );
    assert_eq!(RoundSetup::from_query("home=Elm&day=Someday"), None);
    assert_eq!(RoundSetup::from_query("day=Tuesday"), None);
    assert_eq!(
        RoundSetup::from_query("home=Elm&day=Friday&notice=12")
            .unwrap()
            .notice_hours,
        48
    );

    let mut h = HomeRounds {
        setup: Some(setup),
        ..HomeRounds::default()
    };
    let kept = h.request_mut(d(2026, 12, 8), || "req1".into());
    assert_eq!(
        (kept.request.home.as_str(), kept.request.time.as_str()),
        ("Elm Lodge", "10:30")
    );
    kept.request.put(
        entry("e1", "Ann Smith", "9434765919", None),
        "2026-12-07T09:00:00Z",
    );
    assert!(!kept.is_sent());
    kept.sent_at = Some("2026-12-07T09:05:00Z".into());
    kept.sent_version = "2026-12-07T09:00:00Z".into();
    assert!(kept.is_sent());
    kept.request.put(
        entry("e2", "Bob Jones", "", Some((1940, 2, 29))),
        "2026-12-07T09:10:00Z",
    );
    assert!(!kept.is_sent(), "changed since it was sent");

    let o = RoundOutcomes {
        home: "Elm Lodge".into(),
        practice: "Oak Surgery".into(),
        round: d(2026, 12, 8),
        made_at: "2026-12-08T16:00:00Z".into(),
        residents: vec![OutcomeLine {
            request_entry: "e1".into(),
            name: "Ann Smith".into(),
            ..Default::default()
        }],
    };
    assert!(h.bring_in_outcomes(o.clone()));
    assert!(!h.bring_in_outcomes(o.clone()));
    h.set_made(d(2026, 12, 8), "e1", true);
    let mut later = o.clone();
    later.made_at = "2026-12-08T17:00:00Z".into();
    assert!(h.bring_in_outcomes(later.clone()));
    assert_eq!(h.outcomes[0].made, ["e1"], "the line is unchanged");
    // The practice corrected Ann's medicines and sent them again: to make
    // again, so no longer ticked.
    let mut corrected = later.clone();
    corrected.made_at = "2026-12-08T18:00:00Z".into();
    corrected.residents[0].medicines = "Stop amitriptyline, start sertraline 50 mg".into();
    let mut h2 = h.clone();
    assert!(h2.bring_in_outcomes(corrected));
    assert!(h2.outcomes[0].made.is_empty());
    assert_eq!(
        read_home_rounds(&write_home_rounds(&h, 7)),
        Ok((h.clone(), 7))
    );

    // Two tabs from the same copy: one unticks Ann and changes the round
    // day, the other starts next week's request. Each keeps the other's
    // change, and the untick is not undone.
    let saved = h.clone();
    let mut one = h.clone();
    one.set_made(d(2026, 12, 8), "e1", false);
    one.setup.as_mut().unwrap().day = "Wednesday".into();
    let mut two = h.clone();
    two.request_mut(d(2026, 12, 15), || "req2".into());
    for both in [one.merge_since(&two, &saved), two.merge_since(&one, &saved)] {
        assert_eq!(both.requests.len(), 2);
        assert!(both.outcomes[0].made.is_empty(), "the untick stays");
        assert_eq!(both.setup.as_ref().unwrap().day, "Wednesday");
    }
    let both = one.merge_since(&two, &saved);
    assert_eq!(both.merge_since(&two, &two), both);
}

/// The worklist has the residents the home asked about, with the request;
/// the unknown one is listed apart; the outcomes file and the residents
/// list carry what the home needs and no more.
#[test]
fn the_worklist_shows_requests_and_the_files_are_made_from_the_register() {
    use care_home_toolkit::domain::records::register::worklist::worklist;
    let cal = Calendar::england_and_wales();
    let mut r = register();
    let round = d(2026, 12, 8);
    // Nothing due for these two before the round.
    for x in &mut r.residents {
        x.admitted = d(2026, 12, 1);
        x.events.clear();
    }
    let before: Vec<String> = worklist(&r, "h1", round, &cal)
        .iter()
        .map(|e| e.resident.id.clone())
        .collect();
    r.bring_in_request(&request(), "h1", d(2026, 12, 7));
    let after = worklist(&r, "h1", round, &cal);
    let ann = after.iter().find(|e| e.resident.id == "r1").unwrap();
    assert_eq!(ann.requested.len(), 1);
    assert_eq!(ann.requested[0].reason_words(), "Medication change");
    assert!(after.iter().any(|e| e.resident.id == "r2"));
    assert!(after.len() >= before.len());
    let unknown = r.requested_unknown("h1", round);
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].name, "Cath Brown");

    r.record_outcome(
        "h1",
        round,
        "r1",
        OutcomeDraft {
            seen_by: "Pharmacist Amberley".into(),
            medicines: "Stop amitriptyline".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let file = r.outcomes_file("h1", round, "Oak Surgery", "2026-12-08T16:00:00Z");
    assert_eq!(file.home, "Elm Lodge");
    assert_eq!(file.residents.len(), 1);
    assert_eq!(file.residents[0].request_entry, "e1");
    assert_eq!(file.residents[0].room, "4");
    assert_eq!(read_outcomes(&write_outcomes(&file)), Ok(file.clone()));

    let list = r.residents_list("h1", round, &cal, "Oak Surgery", "2026-12-07T16:00:00Z");
    let names: Vec<&str> = list.residents.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(names, ["Ann Smith", "Bob Jones"]);
    let text = write_residents_list(&list);
    assert!(!text.contains("9434765919") && !text.contains("1936-05-01"));
}

/// The agreement's weekly round sets the home up: its name, the practice,
/// the day, time and how it is held, and the notice when agreed (48 hours
/// when not).
#[test]
fn an_agreement_sets_the_home_up_for_its_rounds() {
    use care_home_toolkit::domain::records::agreement::{Agreement, RoundMode};
    let mut a = Agreement::new("a1".into(), "2026-11-22T10:30:00Z".into(), "lsc-2026");
    assert_eq!(RoundSetup::from_agreement(&a), None);
    a.care_home.name = " Oakwood House ".into();
    a.practice.name = "Riverside Surgery".into();
    assert_eq!(RoundSetup::from_agreement(&a), None, "no day yet");
    a.round.day = "Tuesday".into();
    a.round.time = "10:30".into();
    a.round.mode = Some(RoundMode::Other);
    a.round.other = "Alternate weeks on site".into();
    let s = RoundSetup::from_agreement(&a).unwrap();
    assert_eq!(
        (
            s.home.as_str(),
            s.practice.as_str(),
            s.day.as_str(),
            s.time.as_str(),
            s.mode.as_str(),
            s.notice_hours
        ),
        (
            "Oakwood House",
            "Riverside Surgery",
            "Tuesday",
            "10:30",
            "Alternate weeks on site",
            48
        )
    );
    // When the agreement says 24 hours, so does the home's round page.
    a.round.notice_hours = Some(24);
    assert_eq!(
        RoundSetup::from_agreement(&a).unwrap().notice(),
        Notice::Hours24
    );
}

/// A later version of a request wins when devices' copies meet, whichever
/// device brought it in later.
#[test]
fn the_homes_later_request_wins_across_devices() {
    let start = register();
    let mut a = start.clone();
    let mut b = start.clone();
    let mut newer = request();
    newer.made_at = "2026-12-06T15:00:00Z".into();
    newer.residents[0].background = "Now refusing morning doses too".into();
    a.bring_in_request(&newer, "h1", d(2026, 12, 7));
    a.stamp_changes(&start, &stamp(10, "a"));
    // B brings in the first version, later by its clock.
    b.bring_in_request(&request(), "h1", d(2026, 12, 7));
    b.stamp_changes(&start, &stamp(20, "b"));
    for m in [merge(&a, &b), merge(&b, &a)] {
        let ann = m
            .requested("h1", d(2026, 12, 8))
            .into_iter()
            .find(|x| x.request.entry.id == "e1")
            .unwrap();
        assert_eq!(
            ann.request.entry.background,
            "Now refusing morning doses too"
        );
    }
}

#[test]
fn round_files_are_named_with_the_home_and_the_date() {
    assert_eq!(
        file_name("round-request", "Oakwood House (Nursing)", d(2026, 12, 8)),
        "round-request-oakwood-house-nursing-2026-12-08.json"
    );
    assert_eq!(
        file_name("round-outcomes", "  ", d(2026, 12, 8)),
        "round-outcomes-2026-12-08.json"
    );
}

/// A sealed link pasted whole, as its query, or as the value alone, gives
/// the sealed data; anything else, nothing. It opens like the sealed file.
#[test]
fn a_sealed_link_is_read_however_it_is_pasted() {
    use care_home_toolkit::domain::records::register::sent_copy::{
        open, seal, sealed_data, sealed_file,
    };
    let file = seal(&write_request(&request()), PASS, [3; 16], [4; 12]);
    let d = sealed_data(&file).unwrap();
    for pasted in [
        format!("https://toolkit.example.nhs.uk/app/#/round?d={d}"),
        format!("  #/home-round?home=Elm&d={d}\n"),
        d.clone(),
    ] {
        assert_eq!(
            sealed_in_link(&pasted).as_deref(),
            Some(d.as_str()),
            "{pasted}"
        );
    }
    for wrong in [
        "",
        "https://example.org/#/round",
        "#/round?d=2e.",
        "#/round?d=2x.abc",
        "2e.a b",
    ] {
        assert_eq!(sealed_in_link(wrong), None, "{wrong}");
    }
    assert!(open(&sealed_file(&d), PASS).is_ok());
    assert!(
        d.len() < LINK_MAX,
        "a three-resident request fits a link: {} characters",
        d.len()
    );
}

const PASS: &str = "correct horse battery";

/// A resident the home takes off the request and sends it again leaves
/// the practice's worklist (kept as taken off, so no copy brings them
/// back); an emptied request takes everyone off.
#[test]
fn a_resident_taken_off_the_request_leaves_the_worklist() {
    let mut r = register();
    r.bring_in_request(&request(), "h1", d(2026, 12, 7));
    let mut later = request();
    later.made_at = "2026-12-06T15:00:00Z".into();
    later.residents.retain(|e| e.id != "e2");
    let out = r.bring_in_request(&later, "h1", d(2026, 12, 7));
    assert_eq!(out.withdrawn, 1);
    assert!(
        out.words()
            .contains("1 resident taken off the request by the home."),
        "{}",
        out.words()
    );
    let ids: Vec<String> = r
        .requested("h1", d(2026, 12, 8))
        .into_iter()
        .map(|x| x.request.entry.id)
        .collect();
    assert_eq!(ids, ["e1", "e3"]);
    // A copy from before does not bring Bob back.
    let mut before = register();
    before.bring_in_request(&request(), "h1", d(2026, 12, 7));
    for m in [merge(&r, &before), merge(&before, &r)] {
        assert_eq!(m.requested("h1", d(2026, 12, 8)).len(), 2);
    }
    let mut none = later.clone();
    none.made_at = "2026-12-07T08:00:00Z".into();
    none.residents.clear();
    assert_eq!(r.bring_in_request(&none, "h1", d(2026, 12, 7)).withdrawn, 2);
    assert!(r.requested("h1", d(2026, 12, 8)).is_empty());
}

/// A resident matched to a record that is not a current resident of this
/// home (discharged, or at another home) is listed to see to, not lost.
#[test]
fn a_request_for_someone_discharged_or_elsewhere_is_listed() {
    use care_home_toolkit::domain::records::register::{Discharge, LeftBecause};
    let mut r = register();
    r.residents[0].discharged = Some(Discharge {
        date: d(2026, 11, 1),
        reason: LeftBecause::MovedOut,
    });
    r.bring_in_request(&request(), "h1", d(2026, 12, 7));
    let names: Vec<String> = r
        .requested_unknown("h1", d(2026, 12, 8))
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["Ann Smith", "Cath Brown"]);
}

/// The home can prepare the next four rounds, and any later round it
/// already has a request for, even after the round's day changed.
#[test]
fn the_rounds_the_home_can_prepare() {
    let mut h = HomeRounds::default();
    assert!(h.round_dates(d(2026, 12, 7), 4).is_empty(), "not set up");
    h.setup = RoundSetup::from_query("home=Elm&day=Tuesday");
    h.request_mut(d(2026, 12, 15), || "req1".into());
    h.setup = RoundSetup::from_query("home=Elm&day=Thursday");
    assert_eq!(
        h.round_dates(d(2026, 12, 7), 4),
        [
            d(2026, 12, 10),
            d(2026, 12, 15),
            d(2026, 12, 17),
            d(2026, 12, 24),
            d(2026, 12, 31)
        ]
    );
    // Once that round has passed, it is not offered.
    assert_eq!(h.round_dates(d(2026, 12, 16), 4).len(), 4);
}

#[test]
fn times_of_day_are_written_on_the_24_hour_clock_with_two_digits() {
    use care_home_toolkit::domain::helpers::date_text::clock;
    use chrono::NaiveTime;
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(clock(t(9, 5)), "09:05");
    assert_eq!(clock(t(0, 0)), "00:00");
    assert_eq!(clock(t(23, 59)), "23:59");
    assert_eq!(clock(t(14, 30)), "14:30");
}
