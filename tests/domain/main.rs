//! Native known-answer tests for the pure domain (`cargo test --test domain`).
#![cfg(not(target_arch = "wasm32"))]

mod agreements;
mod assessment;
mod bank_holidays;
mod changes;
mod conventions;
mod deadlines_des;
mod deadlines_lsc;
mod deadlines_rotherham;
mod due_link;
mod large_register;
mod merge;
mod mutations;
mod one_way_in;
mod properties;
mod register;
mod returns;
mod round;
mod routes;
mod small_json;
mod storage;
mod working_days;

use chrono::NaiveDate;

/// `d(2026, 12, 25)`: a date from a known-answer table.
pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("test tables hold real dates")
}

/// Settings with every field set, a due rule with a quarter's own date and
/// one field's stamp: for the settings' round-trip tests.
pub fn settings_with_every_field() -> care_home_toolkit::domain::records::settings::Settings {
    use care_home_toolkit::domain::merge::Stamp;
    use care_home_toolkit::domain::records::returns::{Quarter, ReturnDueRule};
    use care_home_toolkit::domain::records::settings::{Settings, SettingsStamps};
    let mut rule = ReturnDueRule {
        day: Some(20),
        dates: Vec::new(),
    };
    rule.set_date(Quarter { year: 2026, q: 4 }, Some(d(2027, 4, 15)));
    Settings {
        default_scheme: Some("lsc-2026".into()),
        scheme_from_link: true,
        last_backup: None,
        return_due: rule,
        practice_name: Some("Oak Surgery, Rotherham".into()),
        practice_ods: Some("C87001".into()),
        stamps: SettingsStamps {
            practice_name: Stamp {
                ms: 1_796_601_600_000,
                n: 2,
                device: "tablet".into(),
            },
            ..Default::default()
        },
    }
}
