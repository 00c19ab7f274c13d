//! What a person expects checked on the agreement: required fields, UK
//! telephone numbers, email syntax (a non-NHS.net address is a warning, not
//! a block), and how complete it is.

use crate::domain::helpers::date_text::DateEntry;
use crate::domain::rules::schemes::Scheme;

use super::model::{Agreement, RoundMode, SignOff};

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
        use AgreementField::*;
        match self {
            CareHomeName => "care-home-name",
            ServiceType => "service-type-residential",
            Manager => "care-home-manager",
            CareHomeTelephone => "care-home-telephone",
            CareHomeEmail => "care-home-email",
            PracticeName => "practice-name",
            PracticeContact => "practice-contact",
            PracticeTelephone => "practice-telephone",
            PracticeEmail => "practice-email",
            LeadName => "lead-name",
            LeadTelephone => "lead-telephone",
            LeadEmail => "lead-email",
            LeadRole => "lead-role",
            InformationSharing => "information-sharing-yes",
            RoundDay => "round-day",
            RoundTime => "round-time",
            RoundMode => "round-mode-virtual",
            RoundOther => "round-other",
            Seamless => "seamless-secure-communication",
            Pcn => "pcn",
            Scheme => "agreement-scheme",
            HomeSignName => "home-sign-name",
            HomeSignRole => "home-sign-role",
            HomeSignDate => "home-sign-date-day",
            PracticeSignName => "practice-sign-name",
            PracticeSignRole => "practice-sign-role",
            PracticeSignDate => "practice-sign-date-day",
        }
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

/// Check the agreement. Format problems are always reported; missing
/// required fields only when `required` is set (when the user asks for a
/// check), so a draft is not shouted at while it is being filled in.
pub fn check(a: &Agreement, required: bool) -> Vec<Finding> {
    use AgreementField as F;
    let mut out = Vec::new();
    let mut push = |field, severity, message: String| {
        out.push(Finding {
            field,
            severity,
            message,
        })
    };

    let mut text = |field, value: &str, missing: &str| {
        if required && blank(value) {
            push(field, Severity::Error, missing.to_string());
        }
    };
    text(
        F::CareHomeName,
        &a.care_home.name,
        "Enter the care home name",
    );
    text(
        F::Manager,
        &a.care_home.manager,
        "Enter the care home manager or designated person",
    );
    text(F::PracticeName, &a.practice.name, "Enter the practice name");
    text(
        F::PracticeContact,
        &a.practice.contact,
        "Enter the practice\u{2019}s designated point of contact",
    );
    text(
        F::LeadName,
        &a.clinical_lead.name,
        "Enter the named clinical lead",
    );
    text(
        F::LeadRole,
        &a.clinical_lead.role,
        "Enter the clinical lead\u{2019}s profession or role",
    );
    text(
        F::RoundDay,
        &a.round.day,
        "Choose the day of the weekly care home round",
    );
    text(
        F::Pcn,
        &a.pcn,
        "Enter the primary care network the home is aligned to",
    );

    if required && a.care_home.service_type.is_none() {
        push(
            F::ServiceType,
            Severity::Error,
            "Choose the type of service".into(),
        );
    }
    if required && a.information_sharing.is_none() {
        push(
            F::InformationSharing,
            Severity::Error,
            "Say whether information sharing and coding systems are in place".into(),
        );
    }

    for (field, value, whose) in [
        (F::CareHomeTelephone, &a.care_home.telephone, "care home"),
        (F::PracticeTelephone, &a.practice.telephone, "practice"),
        (
            F::LeadTelephone,
            &a.clinical_lead.telephone,
            "clinical lead",
        ),
    ] {
        if blank(value) {
            if required {
                push(
                    field,
                    Severity::Error,
                    format!("Enter the {whose} telephone number"),
                );
            }
        } else if !is_uk_telephone(value) {
            push(
                field,
                Severity::Error,
                format!("Enter the {whose} telephone number as a UK number, like 01632 960 001 or +44 1632 960 001"),
            );
        }
    }

    for (field, value, whose) in [
        (F::CareHomeEmail, &a.care_home.email, "care home"),
        (F::PracticeEmail, &a.practice.email, "practice"),
        (F::LeadEmail, &a.clinical_lead.email, "clinical lead"),
    ] {
        if blank(value) {
            if required {
                push(
                    field,
                    Severity::Error,
                    format!("Enter the {whose} email address"),
                );
            }
        } else if !is_email(value) {
            push(
                field,
                Severity::Error,
                format!("Enter the {whose} email address in the correct format, like name@nhs.net"),
            );
        } else if !is_nhs_net(value) {
            push(
                field,
                Severity::Warning,
                format!("The {whose} email is not an NHS.net address: the template asks for NHS.net for secure communication"),
            );
        }
    }

    if blank(&a.round.time) {
        if required {
            push(
                F::RoundTime,
                Severity::Error,
                "Enter the time of the weekly care home round".into(),
            );
        }
    } else if !is_time(&a.round.time) {
        push(
            F::RoundTime,
            Severity::Error,
            "Enter the time of the round like 10:30 or 2pm".into(),
        );
    }
    match a.round.mode {
        None if required => push(
            F::RoundMode,
            Severity::Error,
            "Choose how the weekly care home round is held".into(),
        ),
        Some(RoundMode::Other) if blank(&a.round.other) => push(
            F::RoundOther,
            Severity::Error,
            "Say how the round is held (other, please specify)".into(),
        ),
        _ => {}
    }
    if required && !a.seamless.all_confirmed() {
        push(
            F::Seamless,
            Severity::Error,
            "Confirm all four seamless processes".into(),
        );
    }
    if blank(&a.scheme) {
        if required {
            push(
                F::Scheme,
                Severity::Error,
                "Choose the scheme in force".into(),
            );
        }
    } else if Scheme::by_id(&a.scheme).is_none() {
        push(
            F::Scheme,
            Severity::Error,
            format!(
                "The scheme \u{201c}{}\u{201d} is not one this tool knows: choose one",
                a.scheme
            ),
        );
    }

    for (s, name, role, date, whose) in [
        (
            &a.care_home_sign_off,
            F::HomeSignName,
            F::HomeSignRole,
            F::HomeSignDate,
            "care home",
        ),
        (
            &a.practice_sign_off,
            F::PracticeSignName,
            F::PracticeSignRole,
            F::PracticeSignDate,
            "practice",
        ),
    ] {
        if required && blank(&s.name) {
            push(
                name,
                Severity::Error,
                format!("Enter the name of the person signing for the {whose}"),
            );
        }
        if required && blank(&s.role) {
            push(
                role,
                Severity::Error,
                format!("Enter the role of the person signing for the {whose}"),
            );
        }
        match s.date.entry(&format!("Date signed for the {whose}")) {
            DateEntry::Invalid { message, .. } => push(date, Severity::Error, message),
            DateEntry::Empty if required => push(
                date,
                Severity::Error,
                format!("Enter the date signed for the {whose}"),
            ),
            _ => {}
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

fn signed(s: &SignOff) -> bool {
    !blank(&s.name) && !blank(&s.role) && matches!(s.date.entry("Date"), DateEntry::Valid(_))
}

/// Count the template's sections that are filled in and valid.
pub fn completeness(a: &Agreement) -> Completeness {
    let tel = |t: &str| is_uk_telephone(t);
    let mail = |t: &str| is_email(t);
    let sections: [(&'static str, bool); 19] = [
        ("Care home name", !blank(&a.care_home.name)),
        ("Type of service", a.care_home.service_type.is_some()),
        (
            "Care home manager or designated person",
            !blank(&a.care_home.manager),
        ),
        ("Care home telephone", tel(&a.care_home.telephone)),
        ("Care home email", mail(&a.care_home.email)),
        ("Practice name", !blank(&a.practice.name)),
        (
            "Practice designated point of contact",
            !blank(&a.practice.contact),
        ),
        ("Practice telephone", tel(&a.practice.telephone)),
        ("Practice email", mail(&a.practice.email)),
        ("Named clinical lead", !blank(&a.clinical_lead.name)),
        ("Clinical lead telephone", tel(&a.clinical_lead.telephone)),
        ("Clinical lead email", mail(&a.clinical_lead.email)),
        (
            "Clinical lead profession or role",
            !blank(&a.clinical_lead.role),
        ),
        (
            "Information sharing and coding systems",
            a.information_sharing.is_some(),
        ),
        (
            "Weekly care home round",
            !blank(&a.round.day)
                && is_time(&a.round.time)
                && match a.round.mode {
                    Some(RoundMode::Other) => !blank(&a.round.other),
                    Some(_) => true,
                    None => false,
                },
        ),
        ("Seamless processes", a.seamless.all_confirmed()),
        (
            "Aligned PCN and scheme",
            !blank(&a.pcn) && Scheme::by_id(&a.scheme).is_some(),
        ),
        ("Care home sign-off", signed(&a.care_home_sign_off)),
        ("Practice sign-off", signed(&a.practice_sign_off)),
    ];
    Completeness {
        done: sections.iter().filter(|(_, ok)| *ok).count(),
        total: sections.len(),
        missing: sections
            .iter()
            .filter(|(_, ok)| !ok)
            .map(|(name, _)| *name)
            .collect(),
    }
}
