//! What a person expects checked on the agreement: required fields, UK
//! telephone numbers, email syntax (a non-NHS.net address is a warning, not
//! a block), and how complete it is.

use crate::domain::helpers::date_text::DateEntry;
use crate::domain::rules::schemes::Scheme;

use super::fields::{lines, spec, Kind, FIELDS};
use super::model::{Agreement, RoundMode};

/// Every field a message can point at, in the order of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgreementField {
    CareHomeName,
    ServiceType,
    Manager,
    CareHomeTelephone,
    CareHomeEmail,
    PracticeName,
    PracticeContact,
    PracticeTelephone,
    PracticeEmail,
    LeadName,
    LeadTelephone,
    LeadEmail,
    LeadRole,
    InformationSharing,
    RoundDay,
    RoundTime,
    RoundMode,
    RoundOther,
    RoundNotice,
    Seamless,
    Pcn,
    Scheme,
    HomeSignName,
    HomeSignRole,
    HomeSignDate,
    PracticeSignName,
    PracticeSignRole,
    PracticeSignDate,
}

impl AgreementField {
    /// The id of the input, used by the error summary's links.
    pub fn id(self) -> &'static str {
        spec(self).id
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// Must be put right.
    Error,
    /// Worth a look, but allowed.
    Warning,
}

/// One message about one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub field: AgreementField,
    pub severity: Severity,
    pub message: String,
}

/// True for a UK telephone number: 10 or 11 digits starting 0, or +44
/// followed by 9 or 10 digits (an optional "(0)" is allowed); spaces,
/// hyphens, dots and brackets are ignored.
pub fn is_uk_telephone(text: &str) -> bool {
    let compact: String = text
        .trim()
        .replace("(0)", "")
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '(' | ')'))
        .collect();
    if let Some(rest) = compact.strip_prefix("+44") {
        return rest.chars().all(|c| c.is_ascii_digit())
            && (9..=10).contains(&rest.len())
            && !rest.starts_with('0');
    }
    compact.chars().all(|c| c.is_ascii_digit())
        && compact.starts_with('0')
        && !compact.starts_with("00")
        && (10..=11).contains(&compact.len())
}

/// Plain email syntax: one "@", a name before it, a domain with a dot after.
pub fn is_email(text: &str) -> bool {
    let text = text.trim();
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    if local.is_empty() || domain.contains('@') || text.chars().any(char::is_whitespace) {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

fn is_nhs_net(text: &str) -> bool {
    text.trim().to_ascii_lowercase().ends_with("@nhs.net")
}

/// "10:30", "9.15", "2pm", "2:30 pm".
pub fn is_time(text: &str) -> bool {
    let t = text.trim().to_ascii_lowercase();
    let (clock, twelve_hour) = match t.strip_suffix("am").or_else(|| t.strip_suffix("pm")) {
        Some(rest) => (rest.trim_end().to_string(), true),
        None => (t.clone(), false),
    };
    let (h, m) = match clock.split_once([':', '.']) {
        Some((h, m)) => (h, Some(m)),
        None if twelve_hour => (clock.as_str(), None),
        None => return false,
    };
    let Ok(hour) = h.parse::<u32>() else {
        return false;
    };
    if h.is_empty() || h.len() > 2 {
        return false;
    }
    let minute_ok = match m {
        None => true,
        Some(m) => m.len() == 2 && m.parse::<u32>().is_ok_and(|m| m < 60),
    };
    minute_ok
        && if twelve_hour {
            (1..=12).contains(&hour)
        } else {
            hour < 24
        }
}

fn blank(s: &str) -> bool {
    s.trim().is_empty()
}

/// What a field holds as text ("" for a choice, a tick or a date): one arm
/// per field, so a new field must say.
pub fn text_of(a: &Agreement, f: AgreementField) -> &str {
    use AgreementField as F;
    match f {
        F::CareHomeName => &a.care_home.name,
        F::Manager => &a.care_home.manager,
        F::CareHomeTelephone => &a.care_home.telephone,
        F::CareHomeEmail => &a.care_home.email,
        F::PracticeName => &a.practice.name,
        F::PracticeContact => &a.practice.contact,
        F::PracticeTelephone => &a.practice.telephone,
        F::PracticeEmail => &a.practice.email,
        F::LeadName => &a.clinical_lead.name,
        F::LeadTelephone => &a.clinical_lead.telephone,
        F::LeadEmail => &a.clinical_lead.email,
        F::LeadRole => &a.clinical_lead.role,
        F::RoundDay => &a.round.day,
        F::RoundTime => &a.round.time,
        F::RoundOther => &a.round.other,
        F::Pcn => &a.pcn,
        F::Scheme => &a.scheme,
        F::HomeSignName => &a.care_home_sign_off.name,
        F::HomeSignRole => &a.care_home_sign_off.role,
        F::PracticeSignName => &a.practice_sign_off.name,
        F::PracticeSignRole => &a.practice_sign_off.role,
        F::ServiceType
        | F::InformationSharing
        | F::RoundMode
        | F::RoundNotice
        | F::Seamless
        | F::HomeSignDate
        | F::PracticeSignDate => "",
    }
}

/// What the printed agreement shows for a field: its text, or the choice
/// in words ("Other: …" for a round held another way; the notice as
/// "24 hours before the round"; the scheme's name); "" when none.
pub fn printed_value(a: &Agreement, f: AgreementField) -> String {
    use AgreementField as F;
    match f {
        F::ServiceType => a
            .care_home
            .service_type
            .map_or("", |t| t.label())
            .to_string(),
        F::RoundMode => match a.round.mode {
            Some(super::RoundMode::Other) => format!("Other: {}", a.round.other.trim()),
            Some(m) => m.label().to_string(),
            None => String::new(),
        },
        F::RoundNotice => a
            .round
            .notice_hours
            .map(|h| format!("{h} hours before the round"))
            .unwrap_or_default(),
        F::Scheme => crate::domain::rules::schemes::Scheme::by_id(&a.scheme)
            .map_or("", |s| s.name)
            .to_string(),
        _ => text_of(a, f).to_string(),
    }
}

/// Set what a text field holds (the form's text fields, from the table);
/// a choice, a tick or a date is set by its own control. One arm per
/// field, so a new field must say.
pub fn set_text(a: &mut Agreement, f: AgreementField, value: String) {
    use AgreementField as F;
    let slot = match f {
        F::CareHomeName => &mut a.care_home.name,
        F::Manager => &mut a.care_home.manager,
        F::CareHomeTelephone => &mut a.care_home.telephone,
        F::CareHomeEmail => &mut a.care_home.email,
        F::PracticeName => &mut a.practice.name,
        F::PracticeContact => &mut a.practice.contact,
        F::PracticeTelephone => &mut a.practice.telephone,
        F::PracticeEmail => &mut a.practice.email,
        F::LeadName => &mut a.clinical_lead.name,
        F::LeadTelephone => &mut a.clinical_lead.telephone,
        F::LeadEmail => &mut a.clinical_lead.email,
        F::LeadRole => &mut a.clinical_lead.role,
        F::RoundDay => &mut a.round.day,
        F::RoundTime => &mut a.round.time,
        F::RoundOther => &mut a.round.other,
        F::Pcn => &mut a.pcn,
        F::Scheme => &mut a.scheme,
        F::HomeSignName => &mut a.care_home_sign_off.name,
        F::HomeSignRole => &mut a.care_home_sign_off.role,
        F::PracticeSignName => &mut a.practice_sign_off.name,
        F::PracticeSignRole => &mut a.practice_sign_off.role,
        F::ServiceType
        | F::InformationSharing
        | F::RoundMode
        | F::RoundNotice
        | F::Seamless
        | F::HomeSignDate
        | F::PracticeSignDate => return,
    };
    *slot = value;
}

/// Whether a field that offers options has one chosen (true for others):
/// one arm per field, so a new field must say.
fn chosen(a: &Agreement, f: AgreementField) -> bool {
    use AgreementField as F;
    match f {
        F::ServiceType => a.care_home.service_type.is_some(),
        F::InformationSharing => a.information_sharing.is_some(),
        F::RoundMode => a.round.mode.is_some(),
        F::RoundNotice => a.round.notice_hours.is_some(),
        F::CareHomeName
        | F::Manager
        | F::CareHomeTelephone
        | F::CareHomeEmail
        | F::PracticeName
        | F::PracticeContact
        | F::PracticeTelephone
        | F::PracticeEmail
        | F::LeadName
        | F::LeadTelephone
        | F::LeadEmail
        | F::LeadRole
        | F::RoundDay
        | F::RoundTime
        | F::RoundOther
        | F::Seamless
        | F::Pcn
        | F::Scheme
        | F::HomeSignName
        | F::HomeSignRole
        | F::HomeSignDate
        | F::PracticeSignName
        | F::PracticeSignRole
        | F::PracticeSignDate => true,
    }
}

/// Check the agreement. Format problems are always reported; missing
/// required fields only when `required` is set (when the user asks for a
/// check), so a draft is not shouted at while it is being filled in. Each
/// field is checked as its kind in the table (`fields.rs`) says.
pub fn check(a: &Agreement, required: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for f in &FIELDS {
        let value = text_of(a, f.field);
        let mut push = |severity, message: String| {
            out.push(Finding {
                field: f.field,
                severity,
                message,
            })
        };
        match f.kind {
            Kind::Text { missing } | Kind::Day { missing } => {
                if required && blank(value) {
                    push(Severity::Error, missing.to_string());
                }
            }
            // Optional: nothing to check.
            Kind::Optional => {}
            Kind::Choice { missing } => {
                if required && !chosen(a, f.field) {
                    push(Severity::Error, missing.to_string());
                }
            }
            Kind::Telephone { whose } => {
                if blank(value) {
                    if required {
                        push(
                            Severity::Error,
                            format!("Enter the {whose} telephone number"),
                        );
                    }
                } else if !is_uk_telephone(value) {
                    push(
                        Severity::Error,
                        format!("Enter the {whose} telephone number as a UK number, like 01632 960 001 or +44 1632 960 001"),
                    );
                }
            }
            Kind::Email { whose } => {
                if blank(value) {
                    if required {
                        push(Severity::Error, format!("Enter the {whose} email address"));
                    }
                } else if !is_email(value) {
                    push(
                        Severity::Error,
                        format!("Enter the {whose} email address in the correct format, like name@nhs.net"),
                    );
                } else if !is_nhs_net(value) {
                    push(
                        Severity::Warning,
                        format!("The {whose} email is not an NHS.net address: the template asks for NHS.net for secure communication"),
                    );
                }
            }
            Kind::Time => {
                if blank(value) {
                    if required {
                        push(
                            Severity::Error,
                            "Enter the time of the weekly care home round".into(),
                        );
                    }
                } else if !is_time(value) {
                    push(
                        Severity::Error,
                        "Enter the time of the round like 10:30 or 2pm".into(),
                    );
                }
            }
            Kind::OtherMode => {
                if a.round.mode == Some(RoundMode::Other) && blank(value) {
                    push(
                        Severity::Error,
                        "Say how the round is held (other, please specify)".into(),
                    );
                }
            }
            Kind::Confirmations => {
                if required && !a.seamless.all_confirmed() {
                    push(
                        Severity::Error,
                        "Confirm all four seamless processes".into(),
                    );
                }
            }
            Kind::Scheme => {
                if blank(value) {
                    if required {
                        push(Severity::Error, "Choose the scheme in force".into());
                    }
                } else if Scheme::by_id(value).is_none() {
                    push(
                        Severity::Error,
                        format!(
                            "The scheme \u{201c}{value}\u{201d} is not one this tool knows: choose one"
                        ),
                    );
                }
            }
            Kind::SignedDate { whose } => {
                let signed = if f.field == AgreementField::HomeSignDate {
                    &a.care_home_sign_off
                } else {
                    &a.practice_sign_off
                };
                match signed.date.entry(&format!("Date signed for the {whose}")) {
                    DateEntry::Invalid { message, .. } => push(Severity::Error, message),
                    DateEntry::Empty if required => push(
                        Severity::Error,
                        format!("Enter the date signed for the {whose}"),
                    ),
                    _ => {}
                }
            }
        }
    }
    crate::domain::helpers::stable_sort::sort_by_key(&mut out, |f| f.field);
    out
}

/// How much of the agreement is done: sections of the template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completeness {
    pub done: usize,
    pub total: usize,
    /// The sections still to do, by name.
    pub missing: Vec<&'static str>,
}

impl Completeness {
    /// "7 of 19 fields complete" (a field here is one line of the
    /// template: some, like the round, group several boxes).
    pub fn summary(&self) -> String {
        format!("{} of {} fields complete", self.done, self.total)
    }
}

/// Count the template's lines that are filled in and valid: a line is
/// complete when none of its fields has a problem (a warning, such as an
/// email not on NHS.net, does not stop it).
pub fn completeness(a: &Agreement) -> Completeness {
    let problems = check(a, true);
    let lines = lines();
    let missing: Vec<&'static str> = lines
        .iter()
        .copied()
        .filter(|line| {
            problems
                .iter()
                .any(|p| p.severity == Severity::Error && spec(p.field).line == *line)
        })
        .collect();
    Completeness {
        done: lines.len() - missing.len(),
        total: lines.len(),
        missing,
    }
}
