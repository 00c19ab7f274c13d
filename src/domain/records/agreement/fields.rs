//! The agreement's fields, described once (seed 004's template; docs/rules.md
//! §5): each field's input id, its label and hint on the form, what kind of
//! answer it takes (which decides its check), and the line of the template
//! it belongs to (which the completeness count counts), and the part of the
//! form it is in. The checks, the count of lines and the form (its parts,
//! headings, labels, and every text field itself) all read this table, so
//! a new text field is one entry here and its place in the model (with its
//! arms in `text_of` and `set_text`, which the compiler asks for).

use super::checks::{printed_value, AgreementField as F};
use super::model::Agreement;

/// What kind of answer a field takes, and so how it is checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Free text the template asks for: required.
    Text { missing: &'static str },
    /// A UK telephone number (required); `whose` in its messages.
    Telephone { whose: &'static str },
    /// An email address (required), NHS.net expected.
    Email { whose: &'static str },
    /// The round's time, like 10:30 or 2pm (required).
    Time,
    /// A day of the week, chosen from a list (required).
    Day { missing: &'static str },
    /// One of the options offered (required).
    Choice { missing: &'static str },
    /// The round's "other, please specify": required when "Other" is chosen.
    OtherMode,
    /// One of the options offered, or none (optional).
    Optional,
    /// The four seamless processes, each confirmed.
    Confirmations,
    /// A scheme this tool knows.
    Scheme,
    /// The date signed, for `whose`.
    SignedDate { whose: &'static str },
}

/// One field of the template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub field: F,
    /// The id of its input (the error summary links to it).
    pub id: &'static str,
    /// Its label on the form ("" where the form draws its own legend).
    pub label: &'static str,
    /// Its hint on the form, or "".
    pub hint: &'static str,
    pub kind: Kind,
    /// The line of the template it fills: a line is complete when none of
    /// its fields has a problem.
    pub line: &'static str,
    /// The part of the form it is in, under its heading.
    pub section: Section,
    /// Its line in the printed agreement, in the template's own words
    /// (fields with the same words share the line, " / " between); the
    /// form's label unless the template words it otherwise, and "" where
    /// the printed agreement shows it another way (a tick, a sign-off).
    pub printed: &'static str,
}

/// The parts of the form, in order, each under its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    CareHome,
    Practice,
    ClinicalLead,
    InformationSharing,
    Round,
    Seamless,
    PcnAndScheme,
    HomeSignOff,
    PracticeSignOff,
}

impl Section {
    /// Its heading on the form.
    pub fn title(self) -> &'static str {
        match self {
            Section::CareHome => "Care home details",
            Section::Practice => "GP practice details",
            Section::ClinicalLead => "Clinical lead",
            Section::InformationSharing => "Information sharing and coding",
            Section::Round => "Weekly care home round",
            Section::Seamless => "Seamless processes",
            Section::PcnAndScheme => "Primary care network and scheme",
            Section::HomeSignOff => "Signed for the care home",
            Section::PracticeSignOff => "Signed for the practice",
        }
    }
}

impl Section {
    /// Its heading in the printed agreement, in the template's words.
    pub fn printed_title(self) -> &'static str {
        match self {
            Section::CareHome => "Care Home Details",
            Section::Practice => "GP Practice Details",
            Section::ClinicalLead => "Clinical Lead",
            Section::InformationSharing => "Information Sharing & Coding",
            Section::Round => "Weekly Care Home Round",
            Section::Seamless => "Seamless Processes",
            Section::PcnAndScheme => "Primary Care Network and Scheme",
            Section::HomeSignOff | Section::PracticeSignOff => "Signed",
        }
    }
}

/// A part's lines in the printed agreement: each line's words and what the
/// agreement holds for it, from the table (fields sharing a line joined by
/// " / "). An optional answer not given has no line; a field printed
/// another way (a tick, a sign-off) none either.
pub fn printed_lines(a: &Agreement, section: Section) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, Vec<String>)> = Vec::new();
    for f in FIELDS
        .iter()
        .filter(|f| f.section == section && !f.printed.is_empty())
    {
        let value = printed_value(a, f.field);
        if f.kind == Kind::Optional && value.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some((words, values)) if *words == f.printed => values.push(value),
            _ => out.push((f.printed, vec![value])),
        }
    }
    out.into_iter()
        .map(|(words, values)| {
            let value = match values.as_slice() {
                [one] => one.clone(),
                many => many
                    .iter()
                    .map(|v| v.trim())
                    .filter(|v| !v.is_empty())
                    .collect::<Vec<_>>()
                    .join(" / "),
            };
            (words, value)
        })
        .collect()
}

/// The form's parts in order, each with its fields in the table's order.
pub fn sections() -> Vec<(Section, Vec<&'static Field>)> {
    let mut out: Vec<(Section, Vec<&'static Field>)> = Vec::new();
    for f in &FIELDS {
        match out.last_mut() {
            Some((s, fields)) if *s == f.section => fields.push(f),
            _ => out.push((f.section, vec![f])),
        }
    }
    out
}

const fn field(
    section: Section,
    field: F,
    id: &'static str,
    label: &'static str,
    kind: Kind,
    line: &'static str,
) -> Field {
    Field {
        field,
        id,
        label,
        hint: "",
        kind,
        line,
        section,
        printed: label,
    }
}

const fn hinted(f: Field, hint: &'static str) -> Field {
    Field { hint, ..f }
}

const fn printed(f: Field, printed: &'static str) -> Field {
    Field { printed, ..f }
}

/// Every field, in the order of the form and the template.
pub const FIELDS: [Field; 28] = [
    printed(field(
        Section::CareHome,
        F::CareHomeName,
        "care-home-name",
        "Care home name",
        Kind::Text {
            missing: "Enter the care home name",
        },
        "Care home name",
    ), "Care Home Name"),
    printed(field(
        Section::CareHome,
        F::ServiceType,
        "service-type-residential",
        "Type of service",
        Kind::Choice {
            missing: "Choose the type of service",
        },
        "Type of service",
    ), "Type of Service (Residential / Nursing / LD)"),
    printed(field(
        Section::CareHome,
        F::Manager,
        "care-home-manager",
        "Care home manager or designated person",
        Kind::Text {
            missing: "Enter the care home manager or designated person",
        },
        "Care home manager or designated person",
    ), "Care Home Manager / Designated Person within the Care Home"),
    printed(hinted(
        field(
            Section::CareHome,
            F::CareHomeTelephone,
            "care-home-telephone",
            "Care home telephone",
            Kind::Telephone { whose: "care home" },
            "Care home telephone",
        ),
        "A UK number, for example 01632 960 001",
    ), "Contact Details (Tel. / NHS.net email)"),
    printed(field(
        Section::CareHome,
        F::CareHomeEmail,
        "care-home-email",
        "Care home NHS.net email",
        Kind::Email { whose: "care home" },
        "Care home email",
    ), "Contact Details (Tel. / NHS.net email)"),
    printed(field(
        Section::Practice,
        F::PracticeName,
        "practice-name",
        "Practice name",
        Kind::Text {
            missing: "Enter the practice name",
        },
        "Practice name",
    ), "Practice Name"),
    printed(field(
        Section::Practice,
        F::PracticeContact,
        "practice-contact",
        "Designated point of contact",
        Kind::Text {
            missing: "Enter the practice\u{2019}s designated point of contact",
        },
        "Practice designated point of contact",
    ), "Designated Point of Contact"),
    printed(field(
        Section::Practice,
        F::PracticeTelephone,
        "practice-telephone",
        "Practice telephone",
        Kind::Telephone { whose: "practice" },
        "Practice telephone",
    ), "Contact Details (Tel. / NHS.net email)"),
    printed(field(
        Section::Practice,
        F::PracticeEmail,
        "practice-email",
        "Practice NHS.net email",
        Kind::Email { whose: "practice" },
        "Practice email",
    ), "Contact Details (Tel. / NHS.net email)"),
    printed(field(
        Section::ClinicalLead,
        F::LeadName,
        "lead-name",
        "Named clinical lead",
        Kind::Text {
            missing: "Enter the named clinical lead",
        },
        "Named clinical lead",
    ), "Named Clinical Lead"),
    printed(field(
        Section::ClinicalLead,
        F::LeadTelephone,
        "lead-telephone",
        "Clinical lead telephone",
        Kind::Telephone {
            whose: "clinical lead",
        },
        "Clinical lead telephone",
    ), "Contact Details (Tel. / NHS.net email)"),
    printed(field(
        Section::ClinicalLead,
        F::LeadEmail,
        "lead-email",
        "Clinical lead NHS.net email",
        Kind::Email {
            whose: "clinical lead",
        },
        "Clinical lead email",
    ), "Contact Details (Tel. / NHS.net email)"),
    printed(hinted(
        field(
            Section::ClinicalLead,
            F::LeadRole,
            "lead-role",
            "Profession or role",
            Kind::Text {
                missing: "Enter the clinical lead\u{2019}s profession or role",
            },
            "Clinical lead profession or role",
        ),
        "For example, GP or advanced nurse practitioner",
    ), "Profession / Role"),
    printed(field(
        Section::InformationSharing,
        F::InformationSharing,
        "information-sharing-yes",
        "Are these systems in place?",
        Kind::Choice {
            missing: "Say whether information sharing and coding systems are in place",
        },
        "Information sharing and coding systems",
    ), ""),
    field(
        Section::Round,
        F::RoundDay,
        "round-day",
        "Day",
        Kind::Day {
            missing: "Choose the day of the weekly care home round",
        },
        "Weekly care home round",
    ),
    hinted(
        field(
            Section::Round,
            F::RoundTime,
            "round-time",
            "Time",
            Kind::Time,
            "Weekly care home round",
        ),
        "For example, 10:30 or 2pm",
    ),
    printed(field(
        Section::Round,
        F::RoundMode,
        "round-mode-virtual",
        "How the round is held",
        Kind::Choice {
            missing: "Choose how the weekly care home round is held",
        },
        "Weekly care home round",
    ), "Virtual / Face-to-Face / Other (please specify)"),
    printed(field(
        Section::Round,
        F::RoundOther,
        "round-other",
        "Other, please specify",
        Kind::OtherMode,
        "Weekly care home round",
    ), ""),
    printed(hinted(
        field(
            Section::Round,
            F::RoundNotice,
            "round-notice-24",
            "Residents\u{2019} information sent to the practice (optional)",
            Kind::Optional,
            "Weekly care home round",
        ),
        "How long before the round the home sends who is to be seen, with their background, to the practice\u{2019}s NHS.net address",
    ), "Residents\u{2019} information sent to the practice"),
    printed(field(
        Section::Seamless,
        F::Seamless,
        "seamless-secure-communication",
        "",
        Kind::Confirmations,
        "Seamless processes",
    ), ""),
    printed(field(
        Section::PcnAndScheme,
        F::Pcn,
        "pcn",
        "Aligned primary care network (PCN)",
        Kind::Text {
            missing: "Enter the primary care network the home is aligned to",
        },
        "Aligned PCN and scheme",
    ), "Aligned Primary Care Network (PCN)"),
    field(
        Section::PcnAndScheme,
        F::Scheme,
        "agreement-scheme",
        "Scheme in force",
        Kind::Scheme,
        "Aligned PCN and scheme",
    ),
    printed(field(
        Section::HomeSignOff,
        F::HomeSignName,
        "home-sign-name",
        "Name",
        Kind::Text {
            missing: "Enter the name of the person signing for the care home",
        },
        "Care home sign-off",
    ), ""),
    printed(field(
        Section::HomeSignOff,
        F::HomeSignRole,
        "home-sign-role",
        "Role",
        Kind::Text {
            missing: "Enter the role of the person signing for the care home",
        },
        "Care home sign-off",
    ), ""),
    printed(field(
        Section::HomeSignOff,
        F::HomeSignDate,
        "home-sign-date-day",
        "Date signed for the care home",
        Kind::SignedDate { whose: "care home" },
        "Care home sign-off",
    ), ""),
    printed(field(
        Section::PracticeSignOff,
        F::PracticeSignName,
        "practice-sign-name",
        "Name",
        Kind::Text {
            missing: "Enter the name of the person signing for the practice",
        },
        "Practice sign-off",
    ), ""),
    printed(field(
        Section::PracticeSignOff,
        F::PracticeSignRole,
        "practice-sign-role",
        "Role",
        Kind::Text {
            missing: "Enter the role of the person signing for the practice",
        },
        "Practice sign-off",
    ), ""),
    printed(field(
        Section::PracticeSignOff,
        F::PracticeSignDate,
        "practice-sign-date-day",
        "Date signed for the practice",
        Kind::SignedDate { whose: "practice" },
        "Practice sign-off",
    ), ""),
];

/// The table is in the order of `AgreementField`, each field once: checked
/// when compiling, so a field put in the middle of one and not the other
/// does not build.
const _: () = {
    let mut i = 0;
    while i < FIELDS.len() {
        assert!(FIELDS[i].field as usize == i);
        i += 1;
    }
};

/// The description of a field. Every field has its entry (the check above
/// and `text_of`'s exhaustive match, which a new field must join, keep the
/// two lists together).
pub fn spec(f: F) -> &'static Field {
    &FIELDS[f as usize]
}

/// The template's lines, in order, each once: what "N of M fields
/// complete" counts.
pub fn lines() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in &FIELDS {
        if !out.contains(&f.line) {
            out.push(f.line);
        }
    }
    out
}
