//! Issue 12, "one way in": every decoder refuses what the forms refuse,
//! naming the record and the field. One test per defect found.

use care_home_toolkit::domain::formats::stored::ReadError;
use care_home_toolkit::domain::records::register::backup::read_backup;
use care_home_toolkit::domain::records::register::nhs_number;
use care_home_toolkit::domain::records::register::store_file::read_register;
use care_home_toolkit::domain::records::register::validate::{check_id, HomeDraft};

/// A valid backup with one home and one resident; `{nhs}`, `{id}` and
/// `{admitted}` are filled in by each test.
fn backup(nhs: &str, id: &str, admitted: &str) -> String {
    format!(
        r#"{{"format":"care-home-toolkit/backup","version":2,"made_at":"x",
        "homes":[{{"id":"h1","name":"Oakwood House","scheme":"lsc-2026","round_day":"Tuesday"}}],
        "residents":[{{"id":{id},"home_id":"h1","name":"Ann Smith","date_of_birth":null,
                      "nhs_number":{nhs},"admitted":"{admitted}"}}]}}"#,
        nhs = serde_json::to_string(nhs).unwrap(),
        id = serde_json::to_string(id).unwrap(),
    )
}

#[test]
fn the_valid_backup_is_read() {
    assert!(read_backup(&backup("9434765919", "r1", "2026-11-02")).is_ok());
}

#[test]
fn a_backup_whose_nhs_number_is_not_ten_digits_is_refused_with_the_field_named() {
    // The probe's backup: "ab\u{e9}123456" was accepted, then
    // nhs_number::format sliced inside "é" and the register died.
    let err = read_backup(&backup("ab\u{e9}123456", "r1", "2026-11-02")).unwrap_err();
    let ReadError::Invalid(message) = &err else {
        panic!("refused as invalid, not {err:?}");
    };
    assert_eq!(
        message,
        "The resident \u{201c}Ann Smith\u{201d} (number 1 in the file), NHS number: NHS number must be 10 digits, like 943 476 5919"
    );
    // And formatting such a number never panics.
    assert_eq!(nhs_number::format("ab\u{e9}123456"), "ab\u{e9}123456");
}

#[test]
fn a_backup_with_a_wrong_check_digit_is_refused() {
    let err = read_backup(&backup("9434765918", "r1", "2026-11-02")).unwrap_err();
    assert!(err
        .to_string()
        .contains("NHS number: This is not a valid NHS number"));
}

#[test]
fn an_id_with_a_line_break_is_refused() {
    // The probe's id wrote raw lines ("ATTACH:…") into the calendar's UID.
    let err = read_backup(&backup("9434765919", "r1\r\nATTACH:x", "2026-11-02")).unwrap_err();
    assert!(
        err.to_string().contains("id: the id may hold only letters"),
        "{err}"
    );
}

#[test]
fn an_admission_outside_the_plausible_years_is_refused_as_the_form_would() {
    let err = read_backup(&backup("9434765919", "r1", "1066-10-14")).unwrap_err();
    assert!(err.to_string().contains("date of admission"), "{err}");
}

#[test]
fn a_stored_register_is_checked_the_same_way() {
    let text = r#"{"format":"care-home-toolkit/register","version":1,"revision":3,
        "homes":[{"id":"h1","name":"Oakwood House","scheme":"lsc-2026","round_day":"Tuesday"}],
        "residents":[{"id":"r1","home_id":"h1","name":"  ","date_of_birth":null,
                      "nhs_number":"9434765919","admitted":"2026-11-02"}]}"#;
    let err = read_register(text).unwrap_err();
    assert_eq!(
        err.to_string(),
        "The resident number 1 in the file, name: Enter the resident\u{2019}s name"
    );
}

#[test]
fn a_home_with_an_unknown_scheme_or_no_round_day_is_refused() {
    let text = r#"{"format":"care-home-toolkit/register","version":1,
        "homes":[{"id":"h1","name":"Oakwood House","scheme":"made-up","round_day":"Tuesday"}]}"#;
    assert!(read_register(text)
        .unwrap_err()
        .to_string()
        .contains("scheme: Choose the scheme in force"));
    let draft = HomeDraft {
        name: "Oakwood House".into(),
        scheme: "lsc-2026".into(),
        round_day: "Caturday".into(),
    };
    assert_eq!(draft.problems()[0].field, "home-round-day");
}

#[test]
fn ids_are_short_plain_text() {
    assert!(check_id("0f3a9c1b2d4e5f60").is_ok());
    assert!(check_id("res-12:a_b.c").is_ok());
    assert!(check_id("").is_err());
    assert!(check_id(&"a".repeat(65)).is_err());
    for bad in ["a b", "a\u{e9}", "a\"b", "a,b", "a\u{0}b"] {
        assert!(check_id(bad).is_err(), "{bad:?}");
    }
}

/// Every kind of record is named in words when a check fails: by name and
/// place for homes and residents, by place for the rest.
#[test]
fn each_kind_of_record_is_named_when_it_is_refused() {
    use care_home_toolkit::domain::records::assessment::Assessment;
    use care_home_toolkit::domain::records::register::{Home, Register};
    use care_home_toolkit::domain::records::returns::QuarterReturn;
    let home = |id: &str| Home {
        id: id.into(),
        name: "Oakwood House".into(),
        scheme: "lsc-2026".into(),
        round_day: "Tuesday".into(),
        ..Home::default()
    };
    let first_problem = |register: Register| register.validate().unwrap_err().to_string();

    let twice = Register {
        removed: Vec::new(),
        homes: vec![home("h1"), home("h1")],
        ..Register::default()
    };
    assert_eq!(
        first_problem(twice),
        "The care home \u{201c}Oakwood House\u{201d} (number 2 in the file), id: the id h1 appears twice"
    );
    let orphan_assessment = Register {
        removed: Vec::new(),
        homes: vec![home("h1")],
        assessments: vec![Assessment {
            at: Default::default(),
            resident_id: "r9".into(),
            ..Assessment::default()
        }],
        ..Register::default()
    };
    assert_eq!(
        first_problem(orphan_assessment),
        "The assessment number 1 in the file, resident: the assessment is of a resident who is not in the file"
    );
    let orphan_return = Register {
        removed: Vec::new(),
        homes: vec![home("h1")],
        returns: vec![QuarterReturn {
            home_id: "h2".into(),
            year: 2026,
            q: 1,
            ..QuarterReturn::default()
        }],
        ..Register::default()
    };
    assert_eq!(
        first_problem(orphan_return),
        "The quarterly return number 1 in the file, care home: the return is of a care home that is not in the file"
    );
}

#[test]
fn an_nhs_number_saved_with_spaces_is_still_taken_as_the_form_would() {
    // The quick check says no to it; the form, which decides, says yes.
    assert!(read_backup(&backup("943 476 5919", "r1", "2026-11-02")).is_ok());
}
