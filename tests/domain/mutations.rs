//! Every reader this work added or extended, fed mutated and arbitrary
//! input: it must answer (Ok or a message), never panic; and a valid value
//! must survive writing and reading back. A seeded generator keeps the runs
//! the same every time; `CASES` bounds them for `make test`.

use care_home_toolkit::domain::formats::due_link::DueForm;
use care_home_toolkit::domain::formats::scheme_link;
use care_home_toolkit::domain::records::agreement::{decode_link, split_sealed};
use care_home_toolkit::domain::records::register::{DutyRecord, Event, Home, Register};
use care_home_toolkit::domain::records::settings::{read_settings, write_settings, Settings};
use care_home_toolkit::domain::rules::sources;

use super::d;

const CASES: usize = 3000;

/// A small deterministic generator (xorshift).
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    /// `text` with a few bytes flipped, cut, repeated or inserted; kept as
    /// (possibly invalid) UTF-8 read lossily, as a browser hands text over.
    fn mutate(&mut self, text: &str) -> String {
        const NASTY: [&str; 10] = [
            "é", "\u{0}", "\r\n", "\"", "\\", "-", "9999", "%", "&q1=", "\u{202e}",
        ];
        let mut bytes = text.as_bytes().to_vec();
        for _ in 0..1 + self.below(4) {
            let at = self.below(bytes.len() + 1);
            match self.below(5) {
                0 if !bytes.is_empty() => {
                    let i = at.min(bytes.len() - 1);
                    bytes[i] = self.next() as u8;
                }
                1 => bytes.truncate(at),
                2 => {
                    let piece = NASTY[self.below(NASTY.len())].as_bytes();
                    bytes.splice(at..at, piece.iter().copied());
                }
                3 if at < bytes.len() => {
                    let tail = bytes[at..].to_vec();
                    bytes.extend(tail);
                }
                _ => bytes.insert(at, self.next() as u8),
            }
        }
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

#[test]
fn settings_with_return_dates_survive_a_round_trip_and_mutations() {
    let valid = Settings {
        default_scheme: Some("rotherham-2020".into()),
        scheme_from_link: true,
        last_backup: Some("2026-11-20".into()),
        ..super::settings_with_every_field()
    };
    let text = write_settings(&valid);
    assert_eq!(read_settings(&text), Ok(valid));
    let mut g = Gen(0x5eed_0001);
    for _ in 0..CASES {
        if let Ok(s) = read_settings(&g.mutate(&text)) {
            // Whatever reads is a rule this app could have saved.
            assert!(s.return_due.is_well_formed());
            assert_eq!(read_settings(&write_settings(&s)), Ok(s));
        }
    }
}

#[test]
fn commissioner_and_calculator_links_never_panic() {
    let scheme = "scheme=rotherham-2020&due-day=20&q3-2026-27=2027-01-27&q4-2026-27=2027-04-22";
    let older = "scheme=rotherham-2020&q1=2026-07-15&q2=2026-10-15&q3=2027-01-15&q4=2027-04-15";
    let due = "scheme=rotherham-2020&admitted=2020-06-01&informed=2020-06-03&readmitted=2020-11-20\
               &temporary=1&hospital=2020-11-02&meeting=2020-12-10&last-pcsp=2020-06-05\
               &last-emergency-admission-review=2020-12-01&asof=2020-12-02";
    let link = scheme_link::read(scheme).unwrap().unwrap();
    assert_eq!(scheme_link::write(link.scheme.id, &link.return_due), scheme);
    let link = scheme_link::read(older).unwrap().unwrap();
    assert_eq!(
        scheme_link::write(link.scheme.id, &link.return_due),
        "scheme=rotherham-2020&q1-2026-27=2026-07-15&q2-2026-27=2026-10-15&q3-2026-27=2027-01-15&q4-2026-27=2027-04-15"
    );
    let mut g = Gen(0x5eed_0002);
    for _ in 0..CASES {
        for text in [scheme, older] {
            if let Ok(Some(l)) = scheme_link::read(&g.mutate(text)) {
                // Whatever reads holds together, and writes back as read.
                assert_eq!(l.return_due.check(), Ok(()));
                let again = scheme_link::write(l.scheme.id, &l.return_due);
                assert_eq!(scheme_link::read(&again).unwrap().unwrap(), l);
            }
        }
        let input = g.mutate(due);
        let form = DueForm::from_query(&input, d(2026, 11, 22), None);
        let _ = form.validate();
        // Writing the link is stable: read back, it writes the same link.
        // (A value that is not a date in three parts is reported at its
        // field and not written back.)
        let written = form.to_query();
        let again = DueForm::from_query(&written, d(2026, 11, 22), None);
        assert_eq!(again.to_query(), written, "{input:?}");
        let _ = sources::plain(&g.mutate("LSC 2026/27 (000) §2.6 and 003 §8"));
    }
}

#[test]
fn register_files_with_home_duties_and_edits_never_panic() {
    let home = r#"{"id":"h1","name":"Oak","scheme":"rotherham-2020","round_day":"Tuesday","duties":[{"date":"2026-11-17","duty":"home-round","by":"Dr A"},{"date":"2026-11-10","duty":"lead-gp-manager-meeting","by":"Dr A","attended":"Dr A, manager"}]}"#;
    let event =
        r#"{"date":"2026-12-02","kind":"details-changed","by":"PM","changes":"room 1 to 14"}"#;
    let parsed: Home = serde_json::from_str(home).unwrap();
    assert_eq!(
        serde_json::from_str::<Home>(&serde_json::to_string(&parsed).unwrap()).unwrap(),
        parsed
    );
    let e: Event = serde_json::from_str(event).unwrap();
    assert_eq!(
        serde_json::from_str::<Event>(&serde_json::to_string(&e).unwrap()).unwrap(),
        e
    );
    let mut g = Gen(0x5eed_0003);
    for _ in 0..CASES {
        if let Ok(h) = serde_json::from_str::<Home>(&g.mutate(home)) {
            // Only a home's own duties get in.
            assert!(h.duties.iter().all(|x| x.duty.is_per_home()));
            let reg = Register {
                removed: Vec::new(),
                homes: vec![h],
                ..Register::default()
            };
            let _ = care_home_toolkit::domain::records::register::due_list::due_list(
                &reg,
                d(2026, 11, 22),
                &care_home_toolkit::domain::rules::calendar::Calendar::england_and_wales(),
            );
        }
        let _ = serde_json::from_str::<Event>(&g.mutate(event));
        let _ = serde_json::from_str::<DutyRecord>(
            &g.mutate(r#"{"date":"2026-11-17","duty":"planned-clinic"}"#),
        );
    }
}

#[test]
fn protected_links_cut_or_altered_never_panic() {
    let mut g = Gen(0x5eed_0004);
    let sealed = "2e.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    for _ in 0..200 {
        let text = g.mutate(sealed);
        let _ = split_sealed(&text);
        // No passphrase: answered at once, without deriving a key.
        let _ = decode_link(&text, None);
    }
}
