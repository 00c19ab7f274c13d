//! The small JSON reader and writer used for settings and local holidays,
//! checked against serde_json: the same texts accepted and refused, the same
//! values read, the same strings written.

use care_home_toolkit::domain::formats::small_json::{quote, Json};
use care_home_toolkit::domain::formats::stored::{read_local_holidays, write_local_holidays};
use care_home_toolkit::domain::records::settings::{read_settings, write_settings, Settings};
use care_home_toolkit::domain::rules::calendar::LocalHoliday;
use serde_json::Value;

use super::d;

/// Our tree as serde_json's, numbers compared as serde_json reads them.
fn as_serde(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => serde_json::from_str(n).unwrap(),
        Json::String(s) => Value::String(s.clone()),
        Json::Array(items) => Value::Array(items.iter().map(as_serde).collect()),
        Json::Object(members) => {
            let mut map = serde_json::Map::new();
            for (k, v) in members {
                map.insert(k.clone(), as_serde(v));
            }
            Value::Object(map)
        }
    }
}

const VALID: &[&str] = &[
    "null",
    " true ",
    "false",
    "0",
    "-0",
    "12",
    "-3.25e+10",
    "1E-2",
    r#""""#,
    r#""plain text""#,
    r#""quote \" backslash \\ slash \/ controls \b\f\n\r\t""#,
    r#""\u00e9t\u00E9 \u2019 \ud83d\ude00""#,
    "\"caf\u{e9} \u{1f600}\"",
    "[]",
    "[1, [2, [3]], {}]",
    "{}",
    r#"{"format":"care-home-toolkit/settings","version":1,"default_scheme":null}"#,
    "{\n  \"a\" : [ true , false , null ] ,\n  \"b\" : { \"c\" : \"d\" }\n}",
];

const INVALID: &[&str] = &[
    "",
    "   ",
    "nul",
    "True",
    "01",
    "1.",
    ".5",
    "-",
    "1e",
    "+1",
    "\"unterminated",
    "\"bad escape \\x\"",
    "\"lone surrogate \\ud83d\"",
    "\"short \\u12\"",
    "\"control \u{1} character\"",
    "[1, 2",
    "[1 2]",
    "[1,]",
    "{\"a\" 1}",
    "{\"a\": 1,}",
    "{a: 1}",
    "{\"a\": 1} trailing",
    "'single'",
];

#[test]
fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
    for text in VALID {
        let ours = Json::parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let theirs: Value = serde_json::from_str(text).unwrap();
        assert_eq!(as_serde(&ours), theirs, "{text:?}");
    }
    for text in INVALID {
        assert!(serde_json::from_str::<Value>(text).is_err(), "{text:?}");
        assert!(Json::parse(text).is_err(), "{text:?} was accepted");
    }
}

#[test]
fn errors_say_where() {
    let e = Json::parse("{\n  \"a\": tru\n}").unwrap_err();
    assert_eq!(e, "expected a value at line 2 column 8");
    let deep = "[".repeat(200) + &"]".repeat(200);
    assert!(Json::parse(&deep)
        .unwrap_err()
        .contains("nested too deeply"));
}

#[test]
fn writes_strings_as_serde_json_does() {
    for s in [
        "",
        "plain",
        "quote \" and backslash \\",
        "new\nline, tab\t, return\r, bell\u{7}, escape\u{1b}, unit\u{1f}",
        "\u{8}\u{c}",
        "caf\u{e9} \u{2019} \u{1f600} \u{7f}",
        "</script>",
    ] {
        assert_eq!(quote(s), serde_json::to_string(s).unwrap(), "{s:?}");
    }
}

#[test]
fn settings_and_holidays_written_here_read_anywhere_and_back() {
    let settings = Settings {
        default_scheme: Some("lsc-2026".into()),
        scheme_from_link: true,
        last_backup: None,
        ..super::settings_with_every_field()
    };
    let text = write_settings(&settings);
    let theirs: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(theirs["default_scheme"], "lsc-2026");
    assert_eq!(theirs["scheme_from_link"], true);
    assert_eq!(theirs["last_backup"], Value::Null);
    assert_eq!(theirs["return_due"]["day"], 20);
    assert_eq!(theirs["stamps"]["practice_name"], "1796601600000-2-tablet");
    assert_eq!(theirs["stamps"].as_object().unwrap().len(), 1);
    assert_eq!(theirs["return_due"]["dates"][0]["due"], "2027-04-15");
    assert_eq!(read_settings(&text), Ok(settings.clone()));
    // The backup reads settings with serde: the same answer.
    assert_eq!(serde_json::from_str::<Settings>(&text).unwrap(), settings);
    // An older build's four dates read the same both ways.
    let older = r#"{"format":"care-home-toolkit/settings","version":1,"return_dates":["2026-07-15","2026-10-15","2027-01-15","2027-04-15"]}"#;
    let mine = read_settings(older).unwrap();
    assert_eq!(mine.return_due.dates.len(), 4);
    assert_eq!(serde_json::from_str::<Settings>(older).unwrap(), mine);

    let holidays = vec![LocalHoliday {
        date: d(2030, 6, 3),
        name: "A \"proclaimed\" holiday \u{2014} one day".into(),
        instead_of: Some(d(2030, 5, 27)),
    }];
    let text = write_local_holidays(&holidays);
    let theirs: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(theirs["holidays"][0]["date"], "2030-06-03");
    assert_eq!(theirs["holidays"][0]["instead_of"], "2030-05-27");
    assert_eq!(read_local_holidays(&text), Ok(holidays));
}

/// Files saved by earlier builds (written with serde_json) still read.
#[test]
fn files_from_earlier_builds_still_read() {
    let old = r#"{"format":"care-home-toolkit/settings","version":1,"default_scheme":"ehch-des","scheme_from_link":false,"last_backup":"2026-11-20"}"#;
    let s = read_settings(old).unwrap();
    assert_eq!(s.default_scheme.as_deref(), Some("ehch-des"));
    assert_eq!(s.last_backup.as_deref(), Some("2026-11-20"));
    let sparse = r#"{"format":"care-home-toolkit/settings","version":1}"#;
    assert_eq!(read_settings(sparse), Ok(Settings::default()));
    let wrong = r#"{"format":"care-home-toolkit/settings","version":1,"scheme_from_link":"yes"}"#;
    assert!(read_settings(wrong).is_err());

    let old = r#"{"format":"care-home-toolkit/local-holidays","version":1,"holidays":[{"date":"2031-01-02","name":"B"},{"date":"2030-06-03","name":"A"},{"date":"2030-06-03","name":"A again"}]}"#;
    let list = read_local_holidays(old).unwrap();
    let dates: Vec<_> = list.iter().map(|h| (h.date, h.name.as_str())).collect();
    assert_eq!(dates, [(d(2030, 6, 3), "A"), (d(2031, 1, 2), "B")]);
}

/// A panic found by a review: an older build's four return dates in a
/// backup's settings with a year past the calendar's end (chrono reads
/// years to 262,143) worked out a quarter beyond it and killed the app.
/// Dates outside any scheme's years are now left out, so the settings
/// read, save and read back; the same with a year like 1027, which gave a
/// rule that could not be read once saved.
#[test]
fn older_return_dates_far_outside_any_year_are_left_out() {
    use care_home_toolkit::domain::records::register::backup::read_backup;
    for far in [
        "+262142-12-31",
        "-262143-01-01",
        "+262141-06-30",
        "1027-07-15",
    ] {
        for place in 0..4 {
            let mut four = ["2026-07-15", "2026-10-15", "2027-01-15", "2027-04-15"];
            four[place] = far;
            let dates = four.map(|x| format!("\"{x}\"")).join(",");
            let backup = format!(
                r#"{{"format":"care-home-toolkit/backup","version":3,"settings":{{"return_dates":[{dates}]}}}}"#
            );
            let settings = read_backup(&backup).unwrap().settings;
            assert_eq!(settings.return_due.dates.len(), 3, "{far} at {place}");
            assert_eq!(read_settings(&write_settings(&settings)), Ok(settings));
        }
    }
}
