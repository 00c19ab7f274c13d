//! The public `#/due?…` link and the calculator form's validation.

use care_home_toolkit::domain::formats::due_link::{DueField, DueForm};
use care_home_toolkit::domain::helpers::date_text::{DatePart, DateParts};
use care_home_toolkit::domain::rules::obligation::ObligationId;

use super::d;

const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn today() -> chrono::NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

#[test]
fn a_full_link_reads_into_a_question() {
    // The documented order: last-… keys follow the obligations' order.
    let q =
        "scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&readmitted=2026-11-20&temporary=1\
             &last-smr=2026-09-01&last-medication-review=2026-10-01&last-seen=2026-11-01\
             &last-lead-gp-review=2026-08-01&asof=2026-11-21";
    let form = DueForm::from_query(q, today(), None);
    let question = form.validate().unwrap();
    assert_eq!(question.scheme.id, "lsc-2026");
    assert_eq!(question.as_of, d(2026, 11, 21));
    assert_eq!(question.facts.admitted, d(2026, 11, 2));
    assert_eq!(question.facts.informed, Some(d(2026, 11, 4)));
    assert_eq!(question.facts.readmitted, Some(d(2026, 11, 20)));
    assert!(question.facts.temporary);
    assert!(question
        .facts
        .records
        .contains(&(ObligationId::Seen, d(2026, 11, 1))));
    assert_eq!(question.facts.records.len(), 4);
    // Writing it back gives the same link.
    assert_eq!(form.to_query(), q);
}

#[test]
fn as_of_defaults_to_today_and_enters_the_link_only_when_set() {
    let mut form = DueForm::from_query("scheme=ehch-des&admitted=2026-11-02", today(), None);
    assert_eq!(form.validate().unwrap().as_of, today());
    // Opened next week, the same link is "as of" that day.
    assert_eq!(form.to_query(), "scheme=ehch-des&admitted=2026-11-02");
    form.set_date(DueField::AsOf, DateParts::from_date(d(2026, 12, 1)));
    assert_eq!(
        form.to_query(),
        "scheme=ehch-des&admitted=2026-11-02&asof=2026-12-01"
    );
}

#[test]
fn every_obligation_has_a_last_key_that_survives_the_link() {
    // Issue 9: `last-<obligation-id>` for every per-resident id.
    let mut q = String::from("scheme=lsc-2026&admitted=2026-01-05&readmitted=2026-06-01");
    q.push_str("&hospital=2026-05-20&meeting=2026-07-01");
    for id in ObligationId::PER_RESIDENT {
        q.push_str(&format!("&last-{}=2026-06-10", id.as_str()));
    }
    q.push_str("&asof=2026-11-21");
    let form = DueForm::from_query(&q, today(), None);
    assert_eq!(form.to_query(), q);
    let question = form.validate().unwrap();
    assert_eq!(
        question.facts.records.len(),
        ObligationId::PER_RESIDENT.len()
    );
    for id in ObligationId::PER_RESIDENT {
        assert!(
            question.facts.records.contains(&(id, d(2026, 6, 10))),
            "{id:?}"
        );
        assert_eq!(DueField::Done(id).key(), format!("last-{}", id.as_str()));
    }
    assert_eq!(question.facts.hospital_admissions, [d(2026, 5, 20)]);
    assert_eq!(question.facts.meetings, [d(2026, 7, 1)]);
}

#[test]
fn implausible_years_are_refused_at_the_field() {
    // docs/rules.md §2: before 1990 or after 2100 is refused as implausible.
    let form = DueForm::from_query(
        "scheme=lsc-2026&admitted=1989-12-31&last-seen=2101-01-01",
        today(),
        None,
    );
    let errors = form.validate().unwrap_err();
    let got: Vec<(DueField, &str, DatePart)> = errors
        .iter()
        .map(|e| (e.field, e.message.as_str(), e.part))
        .collect();
    assert_eq!(
        got,
        [
            (
                DueField::Admitted,
                "Date of admission must be between 1990 and 2100: check the year",
                DatePart::Year
            ),
            (
                DueField::Done(ObligationId::Seen),
                "Last reviewed with the carer (\u{2018}seen\u{2019}) must be between 1990 and 2100: check the year",
                DatePart::Year
            ),
        ]
    );
    let ok = DueForm::from_query("scheme=lsc-2026&admitted=1990-01-01", today(), None);
    assert!(ok.validate().is_ok());
    let ok = DueForm::from_query(
        "scheme=lsc-2026&admitted=2026-01-01&asof=2100-12-31",
        today(),
        None,
    );
    assert!(ok.validate().is_ok());
}

#[test]
fn a_one_off_done_before_the_admission_is_refused() {
    let form = DueForm::from_query(
        "scheme=lsc-2026&admitted=2026-11-02&last-pcsp=2026-10-30&hospital=2026-10-01",
        today(),
        None,
    );
    let errors = form.validate().unwrap_err();
    let fields: Vec<DueField> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [
            DueField::HospitalAdmission,
            DueField::Done(ObligationId::Pcsp)
        ]
    );
    // A recurring review done before admission still counts (it is the last one).
    let form = DueForm::from_query(
        "scheme=lsc-2026&admitted=2026-11-02&last-medication-review=2026-10-30",
        today(),
        None,
    );
    assert!(form.validate().is_ok());
}

#[test]
fn the_default_scheme_applies_only_when_the_link_names_none() {
    let form = DueForm::from_query("admitted=2026-11-02", today(), Some("rotherham-2020"));
    assert_eq!(form.scheme, "rotherham-2020");
    let form = DueForm::from_query(
        "scheme=lsc-2026&admitted=2026-11-02",
        today(),
        Some("rotherham-2020"),
    );
    assert_eq!(form.scheme, "lsc-2026");
}

#[test]
fn bad_input_gets_a_message_at_each_field_and_no_question() {
    let form = DueForm::from_query(
        "scheme=nowhere&admitted=2026-02-30&readmitted=banana&last-smr=2027-01-01",
        today(),
        None,
    );
    let errors = form.validate().unwrap_err();
    let got: Vec<(DueField, &str)> = errors
        .iter()
        .map(|e| (e.field, e.message.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (
                DueField::Scheme,
                "The link names a scheme, \u{201c}nowhere\u{201d}, that this tool does not know. Choose a scheme."
            ),
            (DueField::Admitted, "Date of admission must be a real date"),
            (
                DueField::Readmitted,
                "Date of the latest return from hospital: The link gave \"banana\", which is not a date: links use YYYY-MM-DD"
            ),
            (
                DueField::Done(ObligationId::Smr),
                "Last structured medication review (SMR) must be the same as or before the \u{201c}as of\u{201d} date"
            ),
        ]
    );
    assert_eq!(errors[1].part, DatePart::Day);
    assert_eq!(DueField::Admitted.html_id(errors[1].part), "admitted-day");
    // The impossible date stays in the link as typed, so the link reproduces the error.
    assert!(form.to_query().contains("admitted=2026-02-30"));
}

#[test]
fn readmission_before_admission_is_refused() {
    let form = DueForm::from_query(
        "scheme=lsc-2026&admitted=2026-11-02&readmitted=2026-10-01",
        today(),
        None,
    );
    let errors = form.validate().unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, DueField::Readmitted);
    assert_eq!(
        errors[0].message,
        "Date of the latest return from hospital must be the same as or after the date of admission"
    );
}

#[test]
fn a_blank_form_asks_for_scheme_and_admission() {
    let errors = DueForm::new(today()).validate().unwrap_err();
    let msgs: Vec<_> = errors.iter().map(|e| e.message.as_str()).collect();
    assert_eq!(msgs, ["Choose a scheme", "Enter the date of admission"]);
}

#[test]
fn editing_a_field_clears_the_link_problem_there() {
    let mut form = DueForm::from_query("scheme=lsc-2026&admitted=banana", today(), None);
    assert!(form.validate().is_err());
    form.set_date(DueField::Admitted, DateParts::from_date(d(2026, 11, 2)));
    assert!(form.validate().is_ok());
    form.set_scheme("rotherham-2019");
    assert_eq!(form.validate().unwrap().scheme.id, "rotherham-2019");
}

#[test]
fn a_date_something_happened_is_real_plausible_and_not_in_the_future() {
    let parts = |d: &str, m: &str, y: &str| DateParts {
        day: d.into(),
        month: m.into(),
        year: y.into(),
    };
    assert_eq!(
        parts("17", "11", "2026").past_event("Date", today()),
        Ok(d(2026, 11, 17))
    );
    assert_eq!(
        parts("22", "11", "2026").past_event("Date", today()),
        Ok(today())
    );
    assert_eq!(
        parts("23", "11", "2026").past_event("Date", today()),
        Err(("Date must be today or in the past".into(), DatePart::All))
    );
    assert_eq!(
        parts("", "", "").past_event("Date", today()),
        Err(("Enter the date".into(), DatePart::All))
    );
    assert_eq!(
        parts("1", "1", "1989").past_event("Date", today()),
        Err((
            "Date must be between 1990 and 2100: check the year".into(),
            DatePart::Year
        ))
    );
}

/// Issue 23: a link giving a date twice was settled by taking the last one
/// (and the commissioner's link the first). Every link now refuses it: the
/// calculator uses neither and says so at the field.
#[test]
fn a_date_or_scheme_given_twice_is_refused_at_its_field() {
    let form = DueForm::from_query(
        "scheme=lsc-2026&admitted=2026-11-02&admitted=2026-11-09",
        today(),
        None,
    );
    assert_eq!(form.date(DueField::Admitted), DateParts::default());
    let errors = form.validate().unwrap_err();
    let at_admitted = errors
        .iter()
        .find(|e| e.field == DueField::Admitted)
        .expect("an error at the admission date");
    assert!(
        at_admitted.message.contains("twice"),
        "{}",
        at_admitted.message
    );
    let form = DueForm::from_query(
        "scheme=lsc-2026&scheme=rotherham&admitted=2026-11-02",
        today(),
        Some("ehch-des"),
    );
    assert_eq!(form.scheme, "ehch-des", "neither scheme of the link");
    let at_scheme = form
        .link_errors
        .get(&DueField::Scheme)
        .expect("an error at the scheme");
    assert!(at_scheme.contains("twice"), "{at_scheme}");
}

#[test]
fn a_commissioners_link_with_a_repeated_key_changes_nothing() {
    use care_home_toolkit::domain::formats::scheme_link::read;
    let err = read("scheme=lsc-2026&scheme=rotherham").unwrap_err();
    assert!(err.contains("\u{201c}scheme\u{201d} twice"), "{err}");
    let err = read(
        "scheme=lsc-2026&q1=2026-07-15&q2=2026-10-15&q3=2027-01-15&q4=2027-04-15&q4=2027-04-20",
    )
    .unwrap_err();
    assert!(err.contains("q4"), "{err}");
    assert!(read("scheme=lsc-2026").unwrap().is_some());
}
