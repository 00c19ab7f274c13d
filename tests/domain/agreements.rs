//! The practice–care home agreement (seed 004; docs/rules.md §5):
//! checks, completeness, the JSON file and the share link.

use care_home_toolkit::domain::formats::stored::ReadError;
use care_home_toolkit::domain::helpers::date_text::DateParts;
use care_home_toolkit::domain::records::agreement::*;

/// An agreement with every section filled in.
pub fn full() -> Agreement {
    let mut a = Agreement::new("a1".into(), "2026-11-22T10:00:00Z".into(), "lsc-2026");
    a.care_home = CareHomeDetails {
        name: "Oakwood House".into(),
        service_type: Some(ServiceType::Nursing),
        manager: "Pat Manager".into(),
        telephone: "01632 960 001".into(),
        email: "oakwood.manager@nhs.net".into(),
    };
    a.practice = PracticeDetails {
        name: "Riverside Surgery".into(),
        contact: "Sam Contact".into(),
        telephone: "+44 1632 960 002".into(),
        email: "riverside.surgery@nhs.net".into(),
    };
    a.clinical_lead = ClinicalLead {
        name: "Dr Alex Lead".into(),
        telephone: "07700 900123".into(),
        email: "alex.lead@nhs.net".into(),
        role: "GP".into(),
    };
    a.information_sharing = Some(true);
    a.round = WeeklyRound {
        day: "Tuesday".into(),
        time: "10:30".into(),
        mode: Some(RoundMode::FaceToFace),
        other: String::new(),
        notice_hours: Some(24),
    };
    a.seamless = Seamless {
        secure_communication: true,
        care_plan_changes: true,
        designated_people: true,
        residents_identified: true,
    };
    a.pcn = "Lakeside PCN".into();
    let signed = |name: &str, role: &str| SignOff {
        name: name.into(),
        role: role.into(),
        date: DateParts {
            day: "20".into(),
            month: "11".into(),
            year: "2026".into(),
        },
    };
    a.care_home_sign_off = signed("Pat Manager", "Registered manager");
    a.practice_sign_off = signed("Dr Alex Lead", "GP partner");
    a
}

#[test]
fn uk_telephone_numbers() {
    for ok in [
        "01632 960 001",
        "020 7946 0958",
        "07700 900123",
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "(01632) 960001",
        "0161-496-0000",
        "0800 123 456",
    ] {
        assert!(is_uk_telephone(ok), "{ok} should be accepted");
    }
    for bad in [
        "12345",
        "0800 12",
        "01632 96O 001",
        "+1 202 555 0100",
        "00 44 20 7946 0958",
        "+44 020 7946 0958",
        "",
        "016329600011234",
    ] {
        assert!(!is_uk_telephone(bad), "{bad} should be refused");
    }
}

#[test]
fn a_full_agreement_is_complete_and_clean() {
    let a = full();
    assert_eq!(check(&a, true), vec![]);
    let c = completeness(&a);
    assert_eq!(c.summary(), "19 of 19 fields complete");
    assert!(c.missing.is_empty());
}

#[test]
fn a_blank_agreement_counts_nothing_and_lists_every_required_field_when_asked() {
    let a = Agreement::new("b".into(), String::new(), "");
    assert_eq!(completeness(&a).summary(), "0 of 19 fields complete");
    // While drafting, nothing is reported...
    assert_eq!(check(&a, false), vec![]);
    // ...and a check lists every missing field, in the order of the form.
    let findings = check(&a, true);
    assert_eq!(findings.len(), 26);
    assert_eq!(findings[0].message, "Enter the care home name");
    assert!(findings.iter().all(|f| f.severity == Severity::Error));
}

#[test]
fn format_problems_are_reported_even_in_a_draft() {
    let mut a = full();
    a.care_home.telephone = "12345".into();
    a.practice.email = "not an email".into();
    a.round.time = "25:00".into();
    a.round.mode = Some(RoundMode::Other);
    a.practice_sign_off.date = DateParts {
        day: "31".into(),
        month: "2".into(),
        year: "2026".into(),
    };
    let findings = check(&a, false);
    let got: Vec<(AgreementField, &str)> = findings
        .iter()
        .map(|f| (f.field, f.message.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            (AgreementField::CareHomeTelephone, "Enter the care home telephone number as a UK number, like 01632 960 001 or +44 1632 960 001"),
            (AgreementField::PracticeEmail, "Enter the practice email address in the correct format, like name@nhs.net"),
            (AgreementField::RoundTime, "Enter the time of the round like 10:30 or 2pm"),
            (AgreementField::RoundOther, "Say how the round is held (other, please specify)"),
            (AgreementField::PracticeSignDate, "Date signed for the practice must be a real date"),
        ]
    );
    let c = completeness(&a);
    assert_eq!(c.done, 15);
    assert_eq!(
        c.missing,
        vec![
            "Care home telephone",
            "Practice email",
            "Weekly care home round",
            "Practice sign-off"
        ]
    );
}

#[test]
fn a_non_nhs_net_email_is_a_warning_not_a_block() {
    let mut a = full();
    a.care_home.email = "manager@oakwood.example.co.uk".into();
    let findings = check(&a, true);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].severity, Severity::Warning);
    assert!(findings[0].message.contains("not an NHS.net address"));
    // It still counts as filled in.
    assert_eq!(completeness(&a).done, 19);
}

#[test]
fn round_times_as_people_write_them() {
    let mut a = full();
    for ok in ["10:30", "9.15", "2pm", "2:30 pm", "12am", "0:00"] {
        a.round.time = ok.into();
        assert!(check(&a, false).is_empty(), "{ok}");
    }
    for bad in ["24:00", "10:5", "13pm", "noon", "10", "1030"] {
        a.round.time = bad.into();
        assert_eq!(check(&a, false).len(), 1, "{bad}");
    }
}

#[test]
fn the_file_round_trips() {
    let list = vec![
        full(),
        Agreement::new("b2".into(), "2026-11-21T09:00:00Z".into(), ""),
    ];
    let text = write_agreements(&list, 7);
    assert!(
        text.starts_with("{\n  \"format\": \"care-home-toolkit/agreements\",\n  \"version\": 1,")
    );
    let back = read_agreements(&text).unwrap();
    assert_eq!(back.agreements, list);
    assert_eq!(back.revision, 7);
}

#[test]
fn malformed_truncated_foreign_and_newer_files_are_refused() {
    let text = write_agreements(&[full()], 1);
    let truncated = &text[..text.len() / 2];
    assert!(matches!(
        read_agreements(truncated),
        Err(ReadError::NotJson(_))
    ));
    assert!(matches!(
        read_agreements("not json at all"),
        Err(ReadError::NotJson(_))
    ));
    assert!(matches!(
        read_agreements("[1, 2, 3]"),
        Err(ReadError::WrongFormat { .. })
    ));
    assert!(matches!(
        read_agreements(r#"{"format":"excalidraw","version":2,"elements":[]}"#),
        Err(ReadError::WrongFormat { .. })
    ));
    let newer = text.replacen("\"version\": 1", "\"version\": 2", 1);
    let err = read_agreements(&newer).unwrap_err();
    assert_eq!(
        err,
        ReadError::NewerVersion {
            found: 2,
            supported: 1
        }
    );
    assert!(err.to_string().contains("newer version of the toolkit"));
    let no_id = r#"{"format":"care-home-toolkit/agreements","version":1,"agreements":[{"id":""}]}"#;
    assert!(matches!(
        read_agreements(no_id),
        Err(ReadError::Invalid(m)) if m.contains("id: the id is missing")
    ));
    let twice = r#"{"format":"care-home-toolkit/agreements","version":1,"agreements":[{"id":"x"},{"id":"x"}]}"#;
    assert!(matches!(
        read_agreements(twice),
        Err(ReadError::Invalid(m)) if m.contains("appears twice")
    ));
    let wrong_type = r#"{"format":"care-home-toolkit/agreements","version":1,"agreements":[{"id":"x","care_home":{"name":7}}]}"#;
    assert!(matches!(
        read_agreements(wrong_type),
        Err(ReadError::BadShape(_))
    ));
}

#[test]
fn share_links_round_trip_compressed() {
    let a = full();
    let d = encode_link(&a, None);
    assert!(d.starts_with("2."));
    assert!(d
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
    assert!(!is_protected(&d));
    assert_eq!(decode_link(&d, None), Ok(a.clone()));
    // Compression keeps links short enough to send.
    assert!(d.len() < serde_json::to_string(&a).unwrap().len());
}

#[test]
fn version_1_links_still_open() {
    // Version 1 links carried the envelope uncompressed.
    let envelope = format!(
        r#"{{"format":"care-home-toolkit/agreement","version":1,"agreement":{}}}"#,
        serde_json::to_string(&full()).unwrap()
    );
    let d = format!(
        "1.{}",
        care_home_toolkit::domain::formats::base64url::encode(envelope.as_bytes())
    );
    assert_eq!(decode_link(&d, None), Ok(full()));
}

#[test]
fn protected_links_need_the_right_passphrase() {
    let a = full();
    let d = encode_link(
        &a,
        Some(Secret {
            passphrase: "correct horse",
            salt: [7; 16],
            nonce: [9; 12],
        }),
    );
    assert!(d.starts_with("2e."));
    assert!(is_protected(&d));
    assert_eq!(decode_link(&d, None), Err(LinkError::NeedsPassphrase));
    assert_eq!(
        decode_link(&d, Some("wrong horse")),
        Err(LinkError::WrongPassphrase)
    );
    assert_eq!(decode_link(&d, Some("correct horse")), Ok(a));
    // Nothing readable is left in the link.
    let bytes = care_home_toolkit::domain::formats::base64url::decode(&d[3..]).unwrap();
    assert!(!String::from_utf8_lossy(&bytes).contains("Oakwood"));
}

#[test]
fn tampered_truncated_and_unknown_links_say_what_is_wrong() {
    let d = encode_link(&full(), None);
    assert_eq!(
        decode_link(&d[..d.len() / 2], None),
        Err(LinkError::Damaged)
    );
    let mut tampered: Vec<char> = d.chars().collect();
    let mid = tampered.len() / 2;
    tampered[mid] = if tampered[mid] == 'A' { 'B' } else { 'A' };
    let tampered: String = tampered.into_iter().collect();
    assert!(matches!(
        decode_link(&tampered, None),
        Err(LinkError::Damaged | LinkError::NotAnAgreement(_))
    ));
    assert_eq!(decode_link("", None), Err(LinkError::Empty));
    assert_eq!(decode_link("nonsense", None), Err(LinkError::Damaged));
    assert_eq!(
        decode_link("9.AAAA", None),
        Err(LinkError::UnknownVersion("9".into()))
    );
    assert!(LinkError::UnknownVersion("9".into())
        .to_string()
        .contains("newer or different tool"));

    let p = encode_link(
        &full(),
        Some(Secret {
            passphrase: "pw",
            salt: [1; 16],
            nonce: [2; 12],
        }),
    );
    let mut t: Vec<char> = p.chars().collect();
    let last = t.len() - 5;
    t[last] = if t[last] == 'A' { 'B' } else { 'A' };
    let t: String = t.into_iter().collect();
    assert_eq!(decode_link(&t, Some("pw")), Err(LinkError::WrongPassphrase));
    assert_eq!(decode_link(&p[..20], Some("pw")), Err(LinkError::Damaged));
    // A link to something that is not an agreement.
    let foreign = format!(
        "1.{}",
        care_home_toolkit::domain::formats::base64url::encode(br#"{"format":"other","version":1}"#)
    );
    assert!(matches!(
        decode_link(&foreign, None),
        Err(LinkError::NotAnAgreement(_))
    ));
}

#[test]
fn a_version_0_or_negative_file_is_not_a_valid_version_not_newer() {
    use care_home_toolkit::domain::formats::stored::ReadError;
    use care_home_toolkit::domain::records::agreement::read_agreements;
    for (version, shown) in [("0", "0"), ("-1", "-1"), ("1.5", "1.5"), ("\"1\"", "\"1\"")] {
        let text = format!(
            r#"{{"format":"care-home-toolkit/agreements","version":{version},"agreements":[]}}"#
        );
        let err = read_agreements(&text).unwrap_err();
        assert_eq!(
            err,
            ReadError::InvalidVersion(shown.to_string()),
            "{version}"
        );
        assert!(err.to_string().contains("not a valid version"), "{err}");
    }
    let newer = read_agreements(
        r#"{"format":"care-home-toolkit/agreements","version":99,"agreements":[]}"#,
    )
    .unwrap_err();
    assert!(newer.to_string().contains("newer version"), "{newer}");
    // The small reader (settings) says the same.
    let err = care_home_toolkit::domain::records::settings::read_settings(
        r#"{"format":"care-home-toolkit/settings","version":0}"#,
    )
    .unwrap_err();
    assert_eq!(err, ReadError::InvalidVersion("0".into()));
}

/// The agreement's fields are described once (`fields.rs`): each field
/// once, with its own input id, and the count of lines ("19 of 19") is the
/// table's lines.
#[test]
fn the_table_of_fields_describes_each_field_once() {
    use care_home_toolkit::domain::records::agreement::fields::{lines, spec, FIELDS};
    let mut ids: Vec<&str> = FIELDS.iter().map(|f| f.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), FIELDS.len(), "two fields share an input id");
    assert_eq!(lines().len(), 19);
    assert_eq!(
        spec(AgreementField::RoundTime).line,
        "Weekly care home round"
    );
}

/// Issue 25: the form is drawn from the table of fields, part by part,
/// and every text field is read and written through `text_of` and
/// `set_text`: the two agree for every field of the table, and a choice,
/// a tick or a date is left to its own control.
#[test]
fn the_table_draws_the_form_and_every_text_field_reads_back() {
    use care_home_toolkit::domain::records::agreement::fields::{sections, Kind, Section, FIELDS};
    use care_home_toolkit::domain::records::agreement::{set_text, text_of, Agreement};
    let parts: Vec<Section> = sections().into_iter().map(|(s, _)| s).collect();
    assert_eq!(
        parts,
        [
            Section::CareHome,
            Section::Practice,
            Section::ClinicalLead,
            Section::InformationSharing,
            Section::Round,
            Section::Seamless,
            Section::PcnAndScheme,
            Section::HomeSignOff,
            Section::PracticeSignOff
        ]
    );
    assert_eq!(
        sections().iter().map(|(_, f)| f.len()).sum::<usize>(),
        FIELDS.len()
    );
    for f in &FIELDS {
        let mut a = Agreement::default();
        set_text(&mut a, f.field, "Written here".into());
        let text_kind = matches!(
            f.kind,
            Kind::Text { .. }
                | Kind::Telephone { .. }
                | Kind::Email { .. }
                | Kind::Time
                | Kind::Day { .. }
                | Kind::OtherMode
                | Kind::Scheme
        );
        let expected = if text_kind { "Written here" } else { "" };
        assert_eq!(text_of(&a, f.field), expected, "{:?}", f.field);
        if !text_kind {
            assert_eq!(a, Agreement::default(), "{:?}", f.field);
        }
    }
}

/// Issue 25: the printed agreement's lines come from the table too, in the
/// template's words: a contact's telephone and e-mail share one line, a
/// choice is printed in words, and an optional answer not given has no
/// line.
#[test]
fn the_printed_lines_read_as_the_template() {
    use care_home_toolkit::domain::records::agreement::fields::{printed_lines, Section};
    let mut a = Agreement::default();
    a.care_home.name = "Oakwood House".into();
    a.care_home.service_type = Some(ServiceType::ALL[0]);
    a.care_home.telephone = "01632 960 001".into();
    a.care_home.email = " oakwood@nhs.net ".into();
    let lines = printed_lines(&a, Section::CareHome);
    assert_eq!(
        lines,
        [
            ("Care Home Name", "Oakwood House".to_string()),
            (
                "Type of Service (Residential / Nursing / LD)",
                ServiceType::ALL[0].label().to_string()
            ),
            (
                "Care Home Manager / Designated Person within the Care Home",
                String::new()
            ),
            (
                "Contact Details (Tel. / NHS.net email)",
                "01632 960 001 / oakwood@nhs.net".to_string()
            ),
        ]
    );
    a.round.mode = Some(RoundMode::Other);
    a.round.other = "Telephone".into();
    let round = printed_lines(&a, Section::Round);
    assert_eq!(
        round.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        [
            "Day",
            "Time",
            "Virtual / Face-to-Face / Other (please specify)"
        ]
    );
    assert_eq!(round[2].1, "Other: Telephone");
    a.round.notice_hours = Some(24);
    let round = printed_lines(&a, Section::Round);
    assert_eq!(
        round[3],
        (
            "Residents\u{2019} information sent to the practice",
            "24 hours before the round".to_string()
        )
    );
    assert!(printed_lines(&a, Section::Seamless).is_empty());
}
