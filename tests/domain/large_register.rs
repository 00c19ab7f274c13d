//! A practice's register at its largest, for the stored-size test
//! (`merge.rs`) and `make bench`: shared by path, so both measure the same.

use care_home_toolkit::domain::merge::{Clock, Stamp};
use care_home_toolkit::domain::records::register::details::ResidentDetails;
use care_home_toolkit::domain::records::register::{EventKind, Home, Register, Resident};
use care_home_toolkit::domain::rules::obligation::ObligationId;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("a real date")
}

/// A practice's register at its largest: 5,000 residents in 50 homes with
/// two years of history (about 11 entries each, every one with its id), a
/// weekly round and the meetings at each home for two years, and some
/// details changed on other devices (stamps and kept values). Built as a
/// device builds it, stamped on saving.
pub fn two_years_of_a_large_register(residents: usize) -> Register {
    let mut r = Register::default();
    for h in 0..50 {
        r.add_home(Home {
            id: format!("home-{h:02}-{:08x}", h * 7919),
            name: format!("Care Home Number {h:02}"),
            scheme: ["lsc-2026", "ehch-des", "rotherham-2020"][h % 3].into(),
            round_day: "Tuesday".into(),
            ..Home::default()
        });
    }
    let start = d(2024, 12, 2);
    for i in 0..residents {
        let admitted = start + chrono::Days::new((i % 700) as u64);
        let home = r.homes[i % 50].id.clone();
        let mut x = Resident::new(
            format!(
                "{:016x}",
                (i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15)
            ),
            home,
            ResidentDetails {
                name: format!("Resident Number{i} Surname"),
                date_of_birth: Some(d(
                    1935 + (i % 20) as i32,
                    1 + (i % 12) as u32,
                    1 + (i % 28) as u32,
                )),
                nhs_number: "9434765919".into(),
                room: format!("{}", i % 60),
                temporary: i % 10 == 0,
                admitted,
                informed: Some(admitted + chrono::Days::new(1)),
            },
        );
        // Made on a device, as every resident saved since makings were
        // kept is.
        x.made = care_home_toolkit::domain::merge::Stamp {
            ms: 1_736_294_000_000 + i as u64,
            n: 0,
            device: "k3f9a2qd".into(),
        };
        let kinds = [
            EventKind::Done(ObligationId::InitialReview),
            EventKind::Done(ObligationId::Pcsp),
            EventKind::Done(ObligationId::Smr),
            EventKind::Done(ObligationId::MedicationReview),
            EventKind::Done(ObligationId::MedicationReview),
            EventKind::HospitalAdmission,
            EventKind::ReturnFromHospital,
            EventKind::Done(ObligationId::PostHospitalReview),
            EventKind::Done(ObligationId::Smr),
            EventKind::Done(ObligationId::MedicationReview),
            EventKind::Done(ObligationId::MedicationReview),
        ];
        for (k, kind) in kinds.into_iter().enumerate() {
            x.events
                .push(care_home_toolkit::domain::records::register::Event {
                    id: String::new(),
                    date: admitted + chrono::Days::new(5 + 60 * k as u64),
                    kind,
                    by: ["GP", "Pharmacist", "Nurse Practitioner"][k % 3].into(),
                });
        }
        r.add_resident(x);
    }
    for h in 0..50 {
        for w in 0..104u64 {
            r.homes[h]
                .duties
                .push(care_home_toolkit::domain::records::register::DutyRecord {
                    id: String::new(),
                    date: start + chrono::Days::new(7 * w),
                    duty: ObligationId::HomeRound,
                    by: "Dr Patel".into(),
                    attended: String::new(),
                });
        }
    }
    // Saved entry by entry on the tablet: each entry's id is its own stamp.
    let mut clock = Clock::new("k3f9a2qd");
    let mut ms = 1_733_000_000_000;
    for x in &mut r.residents {
        for e in &mut x.events {
            ms += 60_000;
            e.id = format!("{}.0", clock.tick(ms).text());
        }
    }
    for h in &mut r.homes {
        for duty in &mut h.duties {
            ms += 60_000;
            duty.id = format!("{}.0", clock.tick(ms).text());
        }
    }
    // One resident in ten had a detail changed on another device.
    let before = r.clone();
    for x in r.residents.iter_mut().step_by(10) {
        x.room = format!("{}a", x.room);
        x.name.push_str(" Jr");
    }
    r.stamp_changes(
        &before,
        &Stamp {
            ms: ms + 1,
            n: 0,
            device: "desktop7".into(),
        },
    );
    r
}
