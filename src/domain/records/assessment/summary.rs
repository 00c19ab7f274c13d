//! A plain-text summary the clinician can paste into the GP record.

use super::items::ITEMS;
use super::model::{Assessment, CapacityOutcome};
use crate::domain::helpers::date_text::{day_month_year, DateEntry};
use crate::domain::records::register::{nhs_number, Resident};

fn yes_no(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "yes",
        Some(false) => "no",
        None => "not recorded",
    }
}

fn line(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        out.push_str(&format!("{label}: {}\n", value.trim()));
    }
}

/// The summary, with the items still missing for `scheme_id` listed last.
pub fn plain_text(a: &Assessment, r: &Resident, scheme_id: &str) -> String {
    let mut out = String::new();
    out.push_str("Care home admission assessment\n");
    out.push_str(&format!(
        "{} - NHS number {}\n",
        r.name,
        nhs_number::format(&r.nhs_number)
    ));
    let date = match a.date.entry("Date") {
        DateEntry::Valid(d) => day_month_year(d),
        _ => "date not recorded".into(),
    };
    out.push_str(&format!(
        "Assessed {date} by {} ({}){}\n\n",
        a.assessor_name.trim(),
        a.assessor_role.trim(),
        match a.remote {
            Some(true) => format!(", remotely: {}", a.remote_reason.trim()),
            Some(false) => ", in person".to_string(),
            None => String::new(),
        }
    ));
    line(&mut out, "Mental health", &a.mental_health);
    if let Some(level) = a.frailty {
        line(
            &mut out,
            "Clinical Frailty Scale (v2.0)",
            &level.to_string(),
        );
    }
    line(&mut out, "Medicines (number)", &a.medication.count);
    line(&mut out, "Medication changes", &a.medication.changes);
    if let DateEntry::Valid(d) = a.medication.next_review.entry("Date") {
        line(&mut out, "Next medication review", &day_month_year(d));
    }
    line(&mut out, "Information from", &a.information_sources);
    if !a.capacity.decision.trim().is_empty() {
        let outcome = match a.capacity.outcome {
            Some(CapacityOutcome::HasCapacity) => "has capacity",
            Some(CapacityOutcome::LacksCapacity) => "lacks capacity",
            None => "outcome not recorded",
        };
        line(
            &mut out,
            "Mental capacity",
            &format!(
                "{} - {outcome}; LPA for health: {}",
                a.capacity.decision.trim(),
                yes_no(a.capacity.lpa_health)
            ),
        );
    }
    line(&mut out, "Bone protection and falls", &a.bone_falls);
    if !a.dementia.findings.trim().is_empty() {
        line(
            &mut out,
            "Dementia",
            &format!(
                "{}; referred: {}",
                a.dementia.findings.trim(),
                yes_no(a.dementia.referred)
            ),
        );
    }
    if let (Some(total), Some(band)) = (a.delirium.total(), a.delirium.band()) {
        line(
            &mut out,
            "4AT (v1.2)",
            &format!("{total} - {}", band.meaning()),
        );
    }
    line(&mut out, "Psychosocial", &a.psychosocial);
    line(
        &mut out,
        "Preferred place of care",
        &a.preferences.place_of_care,
    );
    line(
        &mut out,
        "Preferred place of death",
        &a.preferences.place_of_death,
    );
    if a.preferences.advance_care_plan.is_some() || a.preferences.consent_to_share.is_some() {
        line(
            &mut out,
            "Advance care plan",
            &format!(
                "{}; consent to share: {}",
                yes_no(a.preferences.advance_care_plan),
                yes_no(a.preferences.consent_to_share)
            ),
        );
    }
    for (label, v) in [
        ("Physical", &a.cga.physical),
        ("Psychological", &a.cga.psychological),
        ("Functional", &a.cga.functional),
        ("Social", &a.cga.social),
        ("Environmental", &a.cga.environmental),
        ("End of life", &a.cga.end_of_life),
        ("Oral health", &a.oral_health),
        ("Hydration and nutrition", &a.hydration_nutrition),
        ("Continence", &a.continence),
        ("What matters to the resident", &a.what_matters),
    ] {
        line(&mut out, label, v);
    }
    if a.participants.any() {
        line(&mut out, "Took part", &a.participants.names().join(", "));
    }
    if a.pcsp_agreed {
        out.push_str("Personalised care and support plan agreed.\n");
    }
    let missing: Vec<&str> = ITEMS
        .iter()
        .filter(|i| i.required_by.contains(&scheme_id) && !i.item.is_filled(a))
        .map(|i| i.label)
        .collect();
    if !missing.is_empty() {
        out.push_str(&format!("\nOutstanding: {}.\n", missing.join("; ")));
    }
    out
}
