//! The public `#/due?…` link and the calculator form's validation.

use care_home_toolkit::domain::date_text::{DatePart, DateParts};
use care_home_toolkit::domain::due_link::{DueField, DueForm};
use care_home_toolkit::domain::obligation::ObligationId;

use super::d;

const TODAY: (i32, u32, u32) = (2026, 11, 22);

fn today() -> chrono::NaiveDate {
    d(TODAY.0, TODAY.1, TODAY.2)
}

#[test]
fn a_full_link_reads_into_a_question() {
    let q =
        "scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&readmitted=2026-11-20&temporary=1\
             &last-medication-review=2026-10-01&last-smr=2026-09-01&last-lead-gp-review=2026-08-01\
             &last-seen=2026-11-01&asof=2026-11-21";
    let form = DueForm::from_query(q, today(), None);
    let question = form.validate().unwrap();
    assert_eq!(question.scheme.id, "lsc-2026");
    assert_eq!(question.as_of, d(2026, 11, 21));
    assert_eq!(question.facts.admitted, d(2026, 11, 2));
    assert_eq!(question.facts.informed, Some(d(2026, 11, 4)));
    assert_eq!(question.facts.readmitted, Some(d(2026, 11, 20)));
    assert!(question.facts.temporary);
    assert_eq!(
        question.facts.done.get(&ObligationId::Seen),
        Some(&d(2026, 11, 1))
    );
    assert_eq!(question.facts.done.len(), 4);
    // Writing it back gives the same link.
    assert_eq!(form.to_query(), q);
}

#[test]
fn as_of_defaults_to_today_and_is_written_into_the_link() {
    let form = DueForm::from_query("scheme=ehch-des&admitted=2026-11-02", today(), None);
    assert_eq!(form.validate().unwrap().as_of, today());
    assert_eq!(
        form.to_query(),
        "scheme=ehch-des&admitted=2026-11-02&asof=2026-11-22"
    );
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
                "Date of re-admission after a hospital episode: The link gave \"banana\", which is not a date: links use YYYY-MM-DD"
            ),
            (
                DueField::LastSmr,
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
        "Date of re-admission must be the same as or after the date of admission"
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
