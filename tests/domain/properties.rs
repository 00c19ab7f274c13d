//! Property tests of every decoder (issue 12), with proptest: arbitrary
//! bytes and mutated valid inputs never panic, and a valid value survives
//! encode -> decode unchanged. The decoders: backup, agreements file, share
//! link, calculator (due) link, commissioner's scheme link, small JSON
//! reader, and the stored values (register, settings, local holidays).
//!
//! `make test` runs `PROPTEST_CASES` cases per property (tools/test.sh sets
//! a bounded number); `make fuzz` runs many more.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

use care_home_toolkit::domain::formats::due_link::DueForm;
use care_home_toolkit::domain::formats::scheme_link;
use care_home_toolkit::domain::formats::small_json::{quote, Json};
use care_home_toolkit::domain::formats::stored::{read_local_holidays, write_local_holidays};
use care_home_toolkit::domain::helpers::date_text::{iso, parse_iso, WEEKDAYS};
use care_home_toolkit::domain::merge::fields_of::{IDENTIFYING, RESIDENT_FIELDS};
use care_home_toolkit::domain::merge::{FieldStamps, FieldVersion, Stamp};
use care_home_toolkit::domain::records::agreement::{
    decode_link, encode_link, read_agreements, split_sealed, write_agreements, Agreement,
};
use care_home_toolkit::domain::records::register::backup::{read_backup, write_backup, Workspace};
use care_home_toolkit::domain::records::register::resident_json::write_residents;
use care_home_toolkit::domain::records::register::store_file::{read_register, write_register};
use care_home_toolkit::domain::records::register::{
    Discharge, DutyRecord, Event, EventKind, Home, LeftBecause, Register, Resident,
};
use care_home_toolkit::domain::records::returns::file::read_return;
use care_home_toolkit::domain::records::settings::{read_settings, write_settings, Settings};
use care_home_toolkit::domain::rules::calendar::LocalHoliday;
use care_home_toolkit::domain::rules::obligation::ObligationId;
use care_home_toolkit::domain::rules::schemes::ALL;

/// Any text at all: control characters, quotes, backslashes, any Unicode.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,12}",
        "[\\x00-\\x1f\"\\\\\\x7f a-zé\u{2028}\u{1F600}]{0,12}",
        any::<String>(),
    ]
}

/// A resident as no form would make one: hostile text in every field, any
/// date, every kind of event, either way of leaving. For the writers, not
/// the readers (which refuse much of it).
fn hostile_resident() -> impl Strategy<Value = Resident> {
    use care_home_toolkit::domain::records::returns::monitoring::Metric;
    let kind = prop_oneof![
        Just(EventKind::HospitalAdmission),
        Just(EventKind::ElectiveAdmission),
        Just(EventKind::ReturnFromHospital),
        (0..ObligationId::PER_RESIDENT.len())
            .prop_map(|o| EventKind::Done(ObligationId::PER_RESIDENT[o])),
        any_text().prop_map(EventKind::DetailsChanged),
        (0..Metric::ALL.len()).prop_map(|m| EventKind::Recorded(Metric::ALL[m])),
    ];
    let event = (any_date(), kind, any_text(), any_text()).prop_map(|(date, kind, by, id)| Event {
        id,
        date,
        kind,
        by,
    });
    let stamp = (any::<u64>(), any::<u32>(), "[a-z0-9]{1,8}").prop_map(|(ms, n, device)| Stamp {
        ms,
        n,
        device,
    });
    let version = (
        0..IDENTIFYING.len(),
        any_text(),
        stamp.clone(),
        stamp.clone(),
    )
        .prop_map(|(f, value, at, prev)| FieldVersion {
            field: IDENTIFYING[f].to_string(),
            value,
            at,
            prev,
        });
    let stamps = proptest::collection::vec((0..RESIDENT_FIELDS.len(), stamp), 0..3).prop_map(|v| {
        let mut s = FieldStamps::default();
        for (f, at) in v {
            s.set(RESIDENT_FIELDS[f], at);
        }
        s
    });
    (
        (
            any_text(),
            any_text(),
            any_text(),
            any_text(),
            any_text(),
            any_text(),
        ),
        (
            proptest::option::of(any_date()),
            any_date(),
            proptest::option::of(any_date()),
        ),
        any::<bool>(),
        proptest::collection::vec(event, 0..5),
        proptest::option::of((any_date(), any::<bool>())),
        (stamps, proptest::collection::vec(version, 0..3)),
    )
        .prop_map(
            |(
                (id, home_id, name, nhs_number, room, concern),
                (born, admitted, informed),
                temporary,
                events,
                left,
                (stamps, versions),
            )| {
                Resident {
                    made: versions.first().map(|v| v.at.clone()).unwrap_or(
                        care_home_toolkit::domain::merge::Stamp {
                            ms: 1,
                            n: 0,
                            device: "test".into(),
                        },
                    ),
                    stamps,
                    versions,
                    id,
                    home_id,
                    name,
                    date_of_birth: born,
                    nhs_number,
                    room,
                    temporary,
                    admitted,
                    informed,
                    events,
                    discharged: left.map(|(date, died)| Discharge {
                        date,
                        reason: if died {
                            LeftBecause::Died
                        } else {
                            LeftBecause::MovedOut
                        },
                    }),
                    concern,
                }
            },
        )
}

/// The saved register as serde_json wrote it whole, before the residents
/// were written by hand: the reference the writer is checked against.
#[derive(serde::Serialize)]
struct RegisterDoc<'a> {
    format: &'static str,
    version: u32,
    revision: u64,
    homes: &'a [Home],
    residents: &'a [Resident],
    assessments: &'a [care_home_toolkit::domain::records::assessment::Assessment],
    returns: &'a [care_home_toolkit::domain::records::returns::QuarterReturn],
    outcome_notes: &'a [care_home_toolkit::domain::records::returns::outcomes::OutcomeNotes],
    removed: &'a [care_home_toolkit::domain::merge::Removed],
}

/// The backup file as serde_json wrote it whole: the reference.
#[derive(serde::Serialize)]
struct BackupDoc<'a> {
    format: &'static str,
    version: u32,
    made_at: &'a str,
    homes: &'a [Home],
    residents: &'a [Resident],
    assessments: &'a [care_home_toolkit::domain::records::assessment::Assessment],
    agreements: &'a [Agreement],
    settings: &'a Settings,
    local_holidays: &'a [LocalHoliday],
    returns: &'a [care_home_toolkit::domain::records::returns::QuarterReturn],
    collected: &'a [care_home_toolkit::domain::records::returns::file::ReturnFile],
    outcome_notes: &'a [care_home_toolkit::domain::records::returns::outcomes::OutcomeNotes],
    removed: &'a [care_home_toolkit::domain::merge::Removed],
}

/// Feed `text` to every decoder; each must answer, never panic.
fn every_decoder(text: &str) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let _ = read_backup(text);
    let _ = read_agreements(text);
    let _ = read_register(text);
    let _ = read_settings(text);
    let _ = read_local_holidays(text);
    let _ = Json::parse(text);
    let _ = decode_link(text, None);
    let _ = decode_link(text, Some("a passphrase"));
    let _ = split_sealed(text);
    let _ = scheme_link::read(text);
    let _ = read_return(text);
    let _ = care_home_toolkit::domain::records::returns::collect::read_collected(text);
    let _ = care_home_toolkit::domain::records::returns::link::decode_open(text);
    let form = DueForm::from_query(text, today, Some("lsc-2026"));
    let _ = form.validate();
    let _ = form.to_query();
    // Issue 22's readers: stamps, the device record, a sealed copy's
    // envelope and opening, the register read record by record.
    let _ = care_home_toolkit::domain::merge::Stamp::parse(text);
    let _ = care_home_toolkit::domain::merge::device::read_device(text);
    let _ = care_home_toolkit::domain::records::register::sent_copy::sealed_data(text);
    let _ = care_home_toolkit::domain::records::register::sent_copy::unpack(text.as_bytes());
    let _ =
        care_home_toolkit::domain::records::register::store_file::read_register_keeping_good(text);
    // Issue 26's: the round's three files, the home's own store, the
    // link that sets a home up.
    use care_home_toolkit::domain::records::round::{file, home_side};
    let _ = file::read_request(text);
    let _ = file::read_outcomes(text);
    let _ = file::read_residents_list(text);
    let _ = file::kind_words(text);
    let _ = file::sealed_in_link(text);
    let _ = home_side::read_home_rounds(text);
    let _ = home_side::RoundSetup::from_query(text);
    let _ = care_home_toolkit::domain::records::round::send_by::parse_time(text);
}

// ---- generators of valid values ----

fn date() -> impl Strategy<Value = NaiveDate> {
    // Within the plausible years the forms accept (1990 to 2100).
    (0i64..40_000)
        .prop_map(|n| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + chrono::Days::new(n as u64))
}

/// Any date, weighted to the edges that matter: the plausible years
/// (1990 to 2100), the four-digit years (1000 to 9999) and beyond.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let around = |year: i32| {
        (-800i64..800).prop_map(move |n| {
            NaiveDate::from_ymd_opt(year, 1, 1).unwrap() + chrono::TimeDelta::days(n)
        })
    };
    prop_oneof![
        date(),
        around(1990),
        around(2101),
        around(1000),
        around(10_000),
        (-1_000_000i32..4_000_000)
            .prop_filter_map("a date chrono holds", NaiveDate::from_num_days_from_ce_opt),
    ]
}

fn words() -> impl Strategy<Value = String> {
    // Names as typed: letters, accents, apostrophes, quotes, even line breaks.
    "[A-Za-zé'\" ]{0,8}[A-Za-zé]{1,8}[\r\n\t,=+@]{0,2}[A-Za-z]{0,6}"
}

fn nhs_number() -> impl Strategy<Value = String> {
    proptest::collection::vec(0u32..10, 9).prop_filter_map("check digit 10 is not valid", |d| {
        let sum: u32 = d.iter().zip((2..=10).rev()).map(|(x, w)| x * w).sum();
        let check = match 11 - sum % 11 {
            11 => 0,
            10 => return None,
            c => c,
        };
        Some(
            d.iter()
                .chain([check].iter())
                .map(|x| char::from(b'0' + *x as u8))
                .collect(),
        )
    })
}

fn home(i: usize) -> impl Strategy<Value = Home> {
    (
        words(),
        0..ALL.len(),
        0..7usize,
        proptest::collection::vec((date(), 0..4usize, words()), 0..3),
    )
        .prop_map(move |(name, scheme, day, duties)| {
            let mut h = Home {
                id: format!("home-{i}"),
                name,
                scheme: ALL[scheme].id.to_string(),
                round_day: WEEKDAYS[day].to_string(),
                ..Home::default()
            };
            for (date, duty, by) in duties {
                h.record_duty(DutyRecord {
                    id: String::new(),
                    date,
                    duty: ObligationId::PER_HOME[duty],
                    by,
                    attended: String::new(),
                })
                .unwrap();
            }
            h
        })
}

fn resident(i: usize, homes: usize) -> impl Strategy<Value = Resident> {
    (
        words(),
        nhs_number(),
        date(),
        proptest::option::of(0i64..3_000),
        any::<bool>(),
        proptest::collection::vec(
            (0i64..3_000, 0..ObligationId::PER_RESIDENT.len(), words()),
            0..4,
        ),
        proptest::option::of((0i64..3_000, any::<bool>())),
        0..homes.max(1),
    )
        .prop_map(
            move |(name, nhs, admitted, informed, temporary, events, left, home)| {
                let later = |n: i64| {
                    let d = admitted + chrono::Days::new(n as u64);
                    if d.format("%Y").to_string().parse::<i32>().unwrap() > 2100 {
                        admitted
                    } else {
                        d
                    }
                };
                Resident {
                    made: care_home_toolkit::domain::merge::Stamp {
                        ms: 1,
                        n: 0,
                        device: "test".into(),
                    },
                    stamps: Default::default(),
                    versions: Vec::new(),
                    id: format!("res-{i}"),
                    home_id: format!("home-{home}"),
                    name,
                    date_of_birth: None,
                    nhs_number: nhs,
                    room: String::new(),
                    temporary,
                    admitted,
                    informed: informed.map(later),
                    events: events
                        .into_iter()
                        .map(|(n, o, by)| Event {
                            id: String::new(),
                            date: later(n),
                            kind: EventKind::Done(ObligationId::PER_RESIDENT[o]),
                            by,
                        })
                        .collect(),
                    discharged: left.map(|(n, died)| Discharge {
                        date: later(n),
                        reason: if died {
                            LeftBecause::Died
                        } else {
                            LeftBecause::MovedOut
                        },
                    }),
                    concern: String::new(),
                }
            },
        )
}

fn register() -> impl Strategy<Value = Register> {
    (1..4usize, 0..6usize).prop_flat_map(|(homes, residents)| {
        (
            (0..homes).map(home).collect::<Vec<_>>(),
            (0..residents)
                .map(move |i| resident(i, homes))
                .collect::<Vec<_>>(),
        )
            .prop_map(|(homes, residents)| {
                let mut r = Register {
                    removed: Vec::new(),
                    homes,
                    residents,
                    assessments: Vec::new(),
                    returns: Vec::new(),
                    outcome_notes: Vec::new(),
                    ..Register::default()
                };
                // As read back: every entry has its id.
                care_home_toolkit::domain::merge::legacy::fill_legacy_ids(&mut r);
                r
            })
    })
}

fn agreement() -> impl Strategy<Value = Agreement> {
    ("[a-f0-9]{16}", words(), words(), 0..ALL.len()).prop_map(|(id, home, practice, scheme)| {
        let mut a = Agreement::new(id, "2026-11-22T10:30:00Z".into(), ALL[scheme].id);
        a.care_home.name = home;
        a.practice.name = practice;
        a
    })
}

fn holidays() -> impl Strategy<Value = Vec<LocalHoliday>> {
    proptest::collection::btree_map(date(), words(), 0..5).prop_map(|m| {
        m.into_iter()
            .map(|(date, name)| LocalHoliday {
                date,
                name,
                instead_of: None,
            })
            .collect()
    })
}

/// Apply `edits` (position, byte, kind) to `text`, as a damaged or
/// hand-edited file would be; read lossily, as the browser hands text over.
fn mutate(text: &str, edits: &[(usize, u8, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, byte, kind) in edits {
        let at = at % (bytes.len() + 1);
        match kind % 4 {
            0 if at < bytes.len() => bytes[at] = byte,
            1 => bytes.truncate(at),
            2 => bytes.insert(at, byte),
            _ if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => bytes.push(byte),
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

fn edits() -> impl Strategy<Value = Vec<(usize, u8, u8)>> {
    proptest::collection::vec((any::<usize>(), any::<u8>(), any::<u8>()), 1..6)
}

proptest! {

    /// Keeping dates and numbers together changes only spaces.
    #[test]
    fn unbroken_changes_only_spaces(text in "[ a-zA-Z0-9:(),.]{0,60}") {
        let kept = care_home_toolkit::domain::helpers::date_text::unbroken(&text);
        prop_assert_eq!(kept.replace('\u{a0}', " "), text);
    }
    #[test]
    fn arbitrary_text_never_panics_a_decoder(text in ".{0,300}") {
        every_decoder(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic_a_decoder(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        every_decoder(&String::from_utf8_lossy(&bytes));
    }

    /// Issue 26's files: a request, its outcomes and the home's own store
    /// read back what was written, and mutated never panic a decoder.
    #[test]
    fn round_files_survive_and_mutations_never_panic(names in proptest::collection::vec(words(), 1..4), background in words(), round in date(), e in edits()) {
        use care_home_toolkit::domain::records::round::file::*;
        use care_home_toolkit::domain::records::round::home_side::*;
        use care_home_toolkit::domain::records::round::{Reason, RequestEntry, RoundRequest};
        let entry = |i: usize, name: &String| RequestEntry {
            id: format!("e{i}"),
            name: name.clone(),
            date_of_birth: None,
            nhs_number: String::new(),
            room: format!("{i}"),
            practice_ref: String::new(),
            reason: Reason::ALL[i % Reason::ALL.len()],
            other: String::new(),
            background: background.clone(),
            prepared_by: name.clone(),
        };
        let request = RoundRequest {
            id: "req".into(),
            home: names[0].clone(),
            practice: background.clone(),
            round,
            time: "10:30".into(),
            made_at: "2026-12-07T09:00:00Z".into(),
            residents: names.iter().enumerate().map(|(i, n)| entry(i, n)).collect(),
        };
        let text = write_request(&request);
        prop_assert_eq!(read_request(&text), Ok(request.clone()));
        let outcomes = RoundOutcomes {
            home: names[0].clone(),
            practice: background.clone(),
            round,
            made_at: "2026-12-08T16:00:00Z".into(),
            residents: names.iter().map(|n| OutcomeLine { name: n.clone(), care_plan: background.clone(), ..Default::default() }).collect(),
        };
        let written = write_outcomes(&outcomes);
        prop_assert_eq!(read_outcomes(&written), Ok(outcomes.clone()));
        let mut home = HomeRounds::default();
        home.requests.push(KeptRequest { request, sent_at: None, sent_version: String::new() });
        home.bring_in_outcomes(outcomes);
        let stored = write_home_rounds(&home, 4);
        prop_assert_eq!(read_home_rounds(&stored), Ok((home, 4)));
        for t in [&text, &written, &stored] {
            every_decoder(&mutate(t, &e));
        }
    }

    #[test]
    fn a_register_survives_saving_and_reading(r in register(), revision in 0u64..1000) {
        prop_assert_eq!(read_register(&write_register(&r, revision)), Ok((r, revision)));
    }

    #[test]
    fn a_mutated_register_never_panics(r in register(), e in edits()) {
        every_decoder(&mutate(&write_register(&r, 3), &e));
    }

    #[test]
    fn a_backup_survives_writing_and_reading(r in register(), agreements in proptest::collection::vec(agreement(), 0..3), local in holidays()) {
        let mut agreements = agreements;
        agreements.dedup_by(|a, b| a.id == b.id);
        let w = Workspace {
            register: Register { returns: Vec::new(), outcome_notes: Vec::new(), ..r },
            agreements,
            settings: Settings { default_scheme: Some("lsc-2026".into()), ..Settings::default() },
            local_holidays: local,
            collected: Vec::new(),
            from: None,
        };
        prop_assert_eq!(read_backup(&write_backup(&w, "2026-11-23T10:00:00Z")), Ok(w));
    }

    #[test]
    fn a_mutated_stored_register_never_panics(r in register(), e in edits()) {
        use care_home_toolkit::domain::records::register::store_file::{read_register_keeping_good, write_register_stored};
        let text = mutate(&write_register_stored(&r, 3), &e);
        let _ = read_register(&text);
        let _ = read_register_keeping_good(&text);
        let _ = read_register_keeping_good(&mutate(&write_register(&r, 3), &e));
    }

    #[test]
    fn a_mutated_backup_never_panics(r in register(), e in edits()) {
        let mut w = Workspace { register: r, ..Workspace::default() };
        // Stamps, kept values, removals and the sending device, as version 3
        // writes them, to be mutated too.
        let at = Stamp { ms: 1_796_601_600_000, n: 2, device: "k3f9a2qd".into() };
        if let Some(x) = w.register.residents.first_mut() {
            x.stamps.set("name", at.clone());
            x.versions.push(FieldVersion { field: "name".into(), value: x.name.clone(), at: at.clone(), prev: Stamp::default() });
        }
        w.register.removed.push(care_home_toolkit::domain::merge::Removed { id: "gone".into(), at });
        w.from = Some(care_home_toolkit::domain::merge::device::Device { id: "k3f9a2qd".into(), name: "GP tablet".into(), ..Default::default() });
        let text = write_backup(&w, "x");
        every_decoder(&mutate(&text, &e));
        every_decoder(&mutate(&care_home_toolkit::domain::records::register::sent_copy::sealed_file(&text), &e));
        every_decoder(&mutate(&care_home_toolkit::domain::merge::device::write_device(w.from.as_ref().unwrap()), &e));
    }

    #[test]
    fn an_agreements_file_survives_writing_and_reading(list in proptest::collection::vec(agreement(), 0..4), e in edits()) {
        let mut list = list;
        list.dedup_by(|a, b| a.id == b.id);
        // Field stamps (issue 22), as a save writes them.
        if let Some(a) = list.first_mut() {
            a.at = Stamp { ms: 1_796_601_600_000, n: 1, device: "k3f9a2qd".into() };
            a.stamps.set("care_home.name", a.at.clone());
        }
        let read = read_agreements(&write_agreements(&list, 2)).map(|f| f.agreements);
        prop_assert_eq!(read, Ok(list.clone()));
        // As the browser keeps them (deflated, issue 23): read back, and
        // mutated never panics.
        let stored = care_home_toolkit::domain::records::agreement::write_agreements_stored(&list, 2);
        let read = read_agreements(&stored).map(|f| (f.agreements, f.revision));
        prop_assert_eq!(read, Ok((list, 2)));
        every_decoder(&mutate(&stored, &e));
    }

    #[test]
    fn a_share_link_survives_encoding_and_decoding(a in agreement(), e in edits()) {
        let link = encode_link(&a, None);
        prop_assert_eq!(decode_link(&link, None), Ok(a));
        every_decoder(&mutate(&link, &e));
    }

    #[test]
    fn settings_and_local_holidays_survive_and_mutations_never_panic(
        scheme in 0..ALL.len(),
        day in proptest::option::of(1u8..=30),
        dates in proptest::collection::vec((2020i32..2031, 1u8..=4, 1i64..=366), 0..5),
        stamped in proptest::collection::vec(proptest::option::of(1u64..2_000_000_000_000), 4),
        local in holidays(),
        e in edits(),
    ) {
        use care_home_toolkit::domain::merge::Stamp;
        use care_home_toolkit::domain::records::returns::{Quarter, ReturnDueRule};
        use care_home_toolkit::domain::records::settings::SettingsStamps;
        // Any due rule this app could save, and any of the four stamps.
        let mut return_due = ReturnDueRule { day, dates: Vec::new() };
        for (year, q, after) in dates {
            let q = Quarter::new(year, q).unwrap();
            return_due.set_date(q, Some(q.last_day() + chrono::Duration::days(after)));
        }
        let stamp = |i: usize| stamped[i].map_or_else(Stamp::default, |ms| Stamp { ms, n: 1, device: "tablet".into() });
        let s = Settings {
            default_scheme: Some(ALL[scheme].id.into()),
            return_due,
            stamps: SettingsStamps {
                default_scheme: stamp(0),
                return_due: stamp(1),
                practice_name: stamp(2),
                practice_ods: stamp(3),
            },
            ..Settings::default()
        };
        prop_assert_eq!(read_settings(&write_settings(&s)), Ok(s.clone()));
        // A backup reads settings with serde: the same answer.
        prop_assert_eq!(serde_json::from_str::<Settings>(&write_settings(&s)).unwrap(), s.clone());
        prop_assert_eq!(read_local_holidays(&write_local_holidays(&local)), Ok(local.clone()));
        every_decoder(&mutate(&write_settings(&s), &e));
        every_decoder(&mutate(&write_local_holidays(&local), &e));
    }

    #[test]
    fn a_calculator_link_survives_and_mutations_never_panic(admitted in date(), scheme in 0..ALL.len(), e in edits()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let query = format!("scheme={}&admitted={}", ALL[scheme].id, admitted.format("%Y-%m-%d"));
        let form = DueForm::from_query(&query, today, None);
        prop_assert_eq!(DueForm::from_query(&form.to_query(), today, None), form);
        every_decoder(&mutate(&query, &e));
    }

    #[test]
    fn a_commissioner_link_survives_and_mutations_never_panic(scheme in 0..ALL.len(), day in proptest::option::of(1u8..=30), dates in proptest::collection::vec((1990i32..2099, 1u8..=4, 1i64..=366), 0..6), e in edits()) {
        use care_home_toolkit::domain::records::returns::{Quarter, ReturnDueRule};
        let mut rule = ReturnDueRule { day, dates: Vec::new() };
        for (year, q, after) in dates {
            let q = Quarter::new(year, q).unwrap();
            rule.set_date(q, Some(q.last_day() + chrono::Duration::days(after)));
        }
        let text = scheme_link::write(ALL[scheme].id, &rule);
        match rule.check() {
            // A rule that holds together reads back as written.
            Ok(()) => {
                let read = scheme_link::read(&text).unwrap().unwrap();
                prop_assert_eq!(read.scheme.id, ALL[scheme].id);
                prop_assert_eq!(read.return_due, rule);
            }
            // One that does not is refused whole, saying why.
            Err(why) => {
                let refused = scheme_link::read(&text).unwrap_err();
                prop_assert!(refused.contains(why.trim_end_matches('.')), "{} / {}", refused, why);
            }
        }
        every_decoder(&mutate(&text, &e));
    }

    /// Whatever the rule, each quarter's return is due after the quarter
    /// ends, and a rule that checks keeps returns in quarter order.
    #[test]
    fn returns_fall_due_after_their_quarter_and_in_order(day in proptest::option::of(1u8..=30), dates in proptest::collection::vec((2020i32..2030, 1u8..=4, 1i64..=366), 0..6), year in 2019i32..2031, q in 1u8..=4) {
        use care_home_toolkit::domain::records::returns::{Quarter, ReturnDueRule};
        let mut rule = ReturnDueRule { day, dates: Vec::new() };
        for (y, n, after) in dates {
            let quarter = Quarter::new(y, n).unwrap();
            rule.set_date(quarter, Some(quarter.last_day() + chrono::Duration::days(after)));
        }
        let quarter = Quarter::new(year, q).unwrap();
        prop_assert!(rule.due(quarter).0 > quarter.last_day());
        if rule.check().is_ok() {
            prop_assert!(rule.due(quarter).0 <= rule.due(quarter.next()).0);
        }
    }

    #[test]
    fn a_return_file_survives_and_mutations_never_panic(r in register(), e in edits(), year in 1990i32..2100, q in 1u8..5) {
        use care_home_toolkit::domain::records::returns::{figures, file::*, Quarter, QuarterReturn, ReturnDueRule};
        let quarter = Quarter::new(year, q).unwrap();
        let kept = QuarterReturn::new("home-0", quarter);
        let f = figures(&r, "home-0", quarter, &kept);
        let file = ReturnFile::new(
            Practice { name: "Oak Surgery".into(), ods: "C87001".into() },
            HomeRef { id: "home-0".into(), name: r.homes[0].name.clone() },
            &r.homes[0].scheme,
            quarter,
            ReturnDueRule::default().due(quarter).0,
            None,
            &f,
            &[],
        );
        let text = write_return(&file);
        prop_assert_eq!(read_return(&text), Ok(file));
        every_decoder(&mutate(&text, &e));
    }

    /// The Undo marker (another tab's, or damaged): any text is read
    /// without a panic; the marker Undo writes, and one for any revision,
    /// are read back for every revision at or after the one written.
    #[test]
    fn the_undo_marker_never_panics_and_reads_back(text in ".{0,120}", from in 0u64..u64::MAX - 8, later in 0u64..5) {
        use care_home_toolkit::storage::revisioned::{mark_undoing, stored_revisions, undoes};
        use care_home_toolkit::storage::{KeyValueStore, MemoryStore, StorageKey};
        let store = MemoryStore::default();
        store.set(StorageKey::Undone, &text).unwrap();
        let _ = undoes::<Register>(&store, from);
        let store = MemoryStore::default();
        mark_undoing(&store, &stored_revisions(&store)).unwrap();
        prop_assert_eq!(undoes::<Register>(&store, 1 + later), Some(0));
        prop_assert_eq!(undoes::<Register>(&store, 0), None);
        store.set(StorageKey::Undone, &format!("register {from} {}\n", from + 1)).unwrap();
        prop_assert_eq!(undoes::<Register>(&store, from + 1 + later), Some(from));
        prop_assert_eq!(undoes::<Register>(&store, from), None);
    }

    #[test]
    fn small_json_reads_what_it_quotes(text in ".{0,80}") {
        prop_assert_eq!(Json::parse(&quote(&text)), Ok(Json::String(text.clone())));
        let doc = format!("{{\"a\":[{},null,true,-1.5e3]}}", quote(&text));
        prop_assert!(Json::parse(&doc).is_ok());
    }

    /// The register's fast date reader accepts exactly what chrono's does,
    /// with the same date: "YYYY-MM-DD" quickly, anything else by chrono.
    #[test]
    fn the_fast_date_reader_agrees_with_chrono(text in "[-+0-9 ]{0,14}", y in 0i32..10000, m in 0u32..14, dd in 0u32..33) {
        let ours = |t: &str| serde_json::from_str::<Discharge>(&format!("{{\"date\":{},\"reason\":\"died\"}}", quote(t))).ok().map(|x| x.date);
        let theirs = |t: &str| t.parse::<NaiveDate>().ok();
        prop_assert_eq!(ours(&text), theirs(&text));
        let iso = format!("{y:04}-{m:02}-{dd:02}");
        prop_assert_eq!(ours(&iso), theirs(&iso));
        let loose = format!("{y}-{m}-{dd}");
        prop_assert_eq!(ours(&loose), theirs(&loose));
    }

    /// The quick check of a resident read from a file never says yes when
    /// the "Add a resident" form, filled with the same details, would
    /// refuse them; and it says yes whenever the form would take them as
    /// the app saves them (the NHS number as its 10 digits). Where it says
    /// no, the form itself decides.
    #[test]
    fn the_quick_resident_check_never_lets_in_what_the_form_refuses(
        name in prop_oneof!["", " \t", words()],
        dob in proptest::option::of(any_date()),
        nhs in prop_oneof![nhs_number(), "[0-9]{10}", "[0-9 -]{0,13}", ".{0,12}"],
        admitted in any_date(),
        informed in proptest::option::of(any_date()),
    ) {
        use care_home_toolkit::domain::records::register::details::ResidentDraft;
        use care_home_toolkit::domain::records::register::validate::form_would_accept;
        let r = Resident { made: Default::default(), stamps: Default::default(), versions: Vec::new(),
            id: "r1".into(),
            home_id: "h1".into(),
            name,
            date_of_birth: dob,
            nhs_number: nhs,
            room: String::new(),
            temporary: false,
            admitted,
            informed,
            events: Vec::new(),
            discharged: None,
            concern: String::new(),
        };
        let form = ResidentDraft::from_resident(&r).validate();
        if form_would_accept(&r) {
            prop_assert!(form.is_ok(), "quick yes, form no: {:?}", r);
        }
        if let Ok(details) = form {
            let as_saved = Resident { made: Default::default(), stamps: Default::default(), versions: Vec::new(),  nhs_number: details.nhs_number, ..r.clone() };
            prop_assert!(form_would_accept(&as_saved), "form yes, quick no: {:?}", as_saved);
        }
    }

    /// The register's fast date writer writes exactly what chrono's does,
    /// for every date chrono can hold (years beyond 9999 and before 0
    /// included), and the reader reads it back.
    #[test]
    fn the_fast_date_writer_agrees_with_chrono(days in -4_000_000i32..4_000_000) {
        let Some(date) = NaiveDate::from_num_days_from_ce_opt(days) else {
            return Ok(());
        };
        let ours = serde_json::to_string(&Discharge { date, reason: LeftBecause::Died }).unwrap();
        let theirs = format!("{{\"date\":{},\"reason\":\"died\"}}", serde_json::to_string(&date).unwrap());
        prop_assert_eq!(&ours, &theirs);
        let back: Discharge = serde_json::from_str(&ours).unwrap();
        prop_assert_eq!(back.date, date);
        if (0..=9999).contains(&date.year()) {
            prop_assert_eq!(iso(date), date.to_string());
            prop_assert_eq!(parse_iso(&iso(date)), Some(date));
        }
    }

    /// The residents' hand-written JSON is, byte for byte, what serde_json
    /// writes for them: hostile text in every field, every kind of event,
    /// dates of any year.
    #[test]
    fn the_residents_writer_writes_what_serde_json_writes(
        residents in proptest::collection::vec(hostile_resident(), 0..4)
    ) {
        let mut ours = String::new();
        write_residents(&mut ours, &residents);
        prop_assert_eq!(ours, serde_json::to_string(&residents).unwrap());
    }

    /// The saved register and the backup file, residents written by hand
    /// and the rest by serde_json, are byte for byte what serde_json writes
    /// for the whole document.
    #[test]
    fn the_register_and_backup_writers_write_what_serde_json_writes(
        r in register(),
        hostile in proptest::collection::vec(hostile_resident(), 0..3),
        agreements in proptest::collection::vec(agreement(), 0..2),
        local in holidays(),
        revision in any::<u64>(),
        made_at in any_text(),
    ) {
        use care_home_toolkit::domain::records::register::backup::{BACKUP_FORMAT, BACKUP_VERSION};
        use care_home_toolkit::domain::records::register::store_file::{REGISTER_FORMAT, REGISTER_VERSION};
        let mut r = r;
        r.residents.extend(hostile);
        let reference = serde_json::to_string(&RegisterDoc {
            format: REGISTER_FORMAT,
            version: REGISTER_VERSION,
            revision,
            homes: &r.homes,
            residents: &r.residents,
            assessments: &r.assessments,
            returns: &r.returns,
            outcome_notes: &r.outcome_notes,
            removed: &r.removed,
        }).unwrap();
        prop_assert_eq!(write_register(&r, revision), reference);
        let w = Workspace {
            register: r,
            agreements,
            settings: Settings { default_scheme: Some("lsc-2026".into()), ..Settings::default() },
            local_holidays: local,
            ..Workspace::default()
        };
        let reference = serde_json::to_string(&BackupDoc {
            format: BACKUP_FORMAT,
            version: BACKUP_VERSION,
            made_at: &made_at,
            homes: &w.register.homes,
            residents: &w.register.residents,
            assessments: &w.register.assessments,
            agreements: &w.agreements,
            settings: &w.settings,
            local_holidays: &w.local_holidays,
            returns: &w.register.returns,
            collected: &w.collected,
            outcome_notes: &w.register.outcome_notes,
            removed: &w.register.removed,
        }).unwrap();
        prop_assert_eq!(write_backup(&w, &made_at), reference);
    }
}
