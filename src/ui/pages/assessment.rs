//! `#/residents/<id>/assessment`: the admission assessment every scheme asks
//! for, saved as a draft on every change, with the 4AT scored live, a
//! checklist of what the resident's scheme still needs, and the deadline.

use leptos::prelude::*;

use crate::domain::assessment::four_at::{FourAt, ACUTE_CHANGE, ALERTNESS, AMT4, ATTENTION};
use crate::domain::assessment::items::{missing, Item};
use crate::domain::assessment::model::{frailty_label, Assessment, CapacityOutcome};
use crate::domain::assessment::summary::plain_text;
use crate::domain::assessment::timeliness::{assessment_due, events_on_completion, timeliness};
use crate::domain::date_text::{short, DateEntry, DatePart, DateParts};
use crate::domain::register::facts::facts;
use crate::domain::register::{nhs_number, Resident};
use crate::domain::route::Route;
use crate::domain::schemes::{Scheme, ALL};
use crate::ui::browser::copy_to_clipboard;
use crate::ui::components::{
    focus_element, Checkbox, DateInput, ErrorSummary, RadioGroup, SelectField, SummaryError,
    TextArea, TextField,
};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// "Required by LSC 2026/27" when the resident's scheme requires the
/// item; otherwise "Optional for this resident" (naming the schemes that
/// ask for it, so nothing another scheme needs reads as required here).
fn tag(item: Item, scheme_id: &str) -> String {
    let clause = crate::ui::components::clause_text(item.info().clause);
    let required_by = item.info().required_by;
    if required_by.contains(&scheme_id) {
        let name = Scheme::by_id(scheme_id)
            .map(|s| s.short_name)
            .unwrap_or("the scheme");
        return format!("Required by {name} \u{b7} {clause}");
    }
    let others: Vec<&str> = ALL
        .iter()
        .filter(|s| required_by.contains(&s.id))
        .map(|s| s.short_name)
        .collect();
    if others.is_empty() {
        format!("Recorded where relevant \u{b7} {clause}")
    } else {
        format!(
            "Optional for this resident (asked for by {}) \u{b7} {clause}",
            others.join(", ")
        )
    }
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

#[component]
pub fn AssessmentPage(resident_id: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let rid = resident_id.clone();
    let resident: Option<Resident> = records
        .register
        .value
        .with_untracked(|r| r.residents.iter().find(|x| x.id == rid).cloned());
    let Some(resident) = resident else {
        return view! { <h1>"Resident not found"</h1><p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p> }.into_any();
    };
    let home = records
        .register
        .value
        .with_untracked(|r| r.homes.iter().find(|h| h.id == resident.home_id).cloned())
        .unwrap_or_default();
    let scheme: Option<&'static Scheme> = Scheme::by_id(&home.scheme);
    let scheme_id = scheme.map(|s| s.id).unwrap_or("");

    let current = {
        let rid = resident_id.clone();
        Memo::new(move |_| {
            records.register.value.with(|r| {
                r.assessment(&rid).cloned().unwrap_or_else(|| Assessment {
                    at: Default::default(),
                    resident_id: rid.clone(),
                    ..Assessment::default()
                })
            })
        })
    };
    let rid = StoredValue::new(resident_id.clone());
    let edit = move |f: &dyn Fn(&mut Assessment)| {
        let id = rid.get_value();
        // Typing: shown at once, saved when it pauses (synced.rs).
        records.register.edit(|r| r.edit_assessment(&id, |a| f(a)));
    };
    let still_needed = Memo::new(move |_| current.with(|a| missing(a, scheme_id)));
    // After the first "Complete", the summary follows the form as it is
    // filled: each line goes as soon as its field is.
    let attempted = RwSignal::new(false);
    let errors = Signal::derive(move || {
        if !attempted.get() {
            return Vec::new();
        }
        still_needed.with(|needed| {
            needed
                .iter()
                .map(|i| SummaryError {
                    target_id: i.field_id.to_string(),
                    message: format!("{} is still needed", i.label),
                })
                .collect::<Vec<_>>()
        })
    });
    let due = scheme.and_then(|s| {
        app.calendar
            .with_untracked(|c| assessment_due(s, &facts(&resident, None), c).ok().flatten())
    });
    let status_text = {
        let due = due.clone();
        move || match current.with(|a| a.completed_on) {
            Some(done) => {
                let result = due
                    .as_ref()
                    .and_then(|d| app.calendar.with(|c| timeliness(d.due, done, c).ok()));
                format!(
                    "Complete, {}. {}.",
                    short(done),
                    result
                        .map(|t| t.text())
                        .unwrap_or_else(|| "No deadline to compare".into())
                )
            }
            None => "Draft: saved on this device as you type.".to_string(),
        }
    };
    let status_here = status_text.clone();

    // "Complete": the answer beside the button, focused (issue 23: it was
    // shown only at the top, about 5,900 px up).
    let completed = RwSignal::new(false);
    let complete = move |_| {
        attempted.set(true);
        if !still_needed.with_untracked(Vec::is_empty) {
            crate::ui::components::focus_error_summary();
            return;
        }
        let a = current.get_untracked();
        let DateEntry::Valid(date) = a.date.entry("Date") else {
            return;
        };
        let events = scheme
            .map(|s| events_on_completion(&a, s))
            .unwrap_or_default();
        let by = format!("{} ({})", a.assessor_name.trim(), a.assessor_role.trim());
        let id = rid.get_value();
        if records
            .register
            .update(|r| r.complete_assessment(&id, date, &events, &by))
        {
            completed.set(true);
            request_animation_frame(|| crate::ui::components::focus_element("completed"));
        }
    };

    let text_field = move |item: Option<Item>,
                           id: &'static str,
                           label: &'static str,
                           hint: &'static str,
                           get: fn(&Assessment) -> &String,
                           set: fn(&mut Assessment, String)| {
        let field = view! {
            <TextArea
                id
                label
                hint
                tag=item.map(|i| tag(i, scheme_id)).unwrap_or_default()
                value=Signal::derive(move || current.with(|a| get(a).clone()))
                on_input=Callback::new(move |v: String| edit(&|a| set(a, v.clone())))
            />
        };
        // What only other schemes ask for is folded away (open when it
        // already holds something), so the form shows this resident's
        // scheme's requirements first.
        let optional = item.is_some_and(|i| {
            let by = i.info().required_by;
            !by.is_empty() && !by.contains(&scheme_id)
        });
        if !optional {
            return field.into_any();
        }
        let filled = current.with_untracked(|a| !get(a).trim().is_empty());
        view! {
            <details class="nhsuk-details" data-testid="optional-item" prop:open=filled>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{format!("{label} (optional for this resident)")}</span>
                </summary>
                <div class="nhsuk-details__text">{field}</div>
            </details>
        }
        .into_any()
    };
    let yes_no_field = move |name: &'static str,
                             legend: &'static str,
                             get: fn(&Assessment) -> Option<bool>,
                             set: fn(&mut Assessment, Option<bool>)| {
        view! {
            <RadioGroup
                name
                legend
                options=vec![("yes", "Yes"), ("no", "No")]
                inline=true
                selected=Signal::derive(move || current.with(|a| yes_no(get(a))))
                on_select=Callback::new(move |k: String| edit(&|a| set(a, Some(k == "yes"))))
                error=Signal::derive(|| None::<String>)
            />
        }
    };
    let four_at_item = move |name: &'static str,
                             legend: &'static str,
                             allowed: &'static [u8],
                             get: fn(&FourAt) -> Option<u8>,
                             set: fn(&mut FourAt, Option<u8>)| {
        let options: Vec<(&'static str, &'static str)> = allowed
            .iter()
            .map(|v| match v {
                0 => ("0", "0"),
                1 => ("1", "1"),
                2 => ("2", "2"),
                _ => ("4", "4"),
            })
            .collect();
        view! {
            <RadioGroup
                name
                legend
                options
                inline=true
                selected=Signal::derive(move || current.with(|a| get(&a.delirium).map(|v| v.to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| edit(&|a| set(&mut a.delirium, k.parse().ok())))
                error=Signal::derive(|| None::<String>)
            />
        }
    };

    let summary_text = {
        let resident = resident.clone();
        Memo::new(move |_| current.with(|a| plain_text(a, &resident, scheme_id)))
    };
    let copied = RwSignal::new(false);
    let frailty_options: Vec<(String, String)> =
        std::iter::once((String::new(), "Not recorded".to_string()))
            .chain((1..=9).map(|l: u8| {
                (
                    l.to_string(),
                    format!("{l}: {}", frailty_label(l).unwrap_or_default()),
                )
            }))
            .collect();
    let invalid = |parts: &DateParts, label: &str| -> Option<(String, DatePart)> {
        match parts.entry(label) {
            DateEntry::Invalid { message, part } => Some((message, part)),
            _ => None,
        }
    };
    let next_review_error = Signal::derive(move || {
        current.with(|a| invalid(&a.medication.next_review, "Next medication review"))
    });
    let date_error =
        Signal::derive(move || current.with(|a| invalid(&a.date, "Date of the assessment")));
    let print_href = Route::AssessmentPrint {
        resident_id: resident.id.clone(),
    }
    .href();

    view! {
        <p class="app-no-print"><a href=Route::resident(&resident.id).href()>"Back to the resident"</a></p>
        <h1>{format!("Admission assessment: {}", resident.name)}</h1>
        <p>{format!("NHS number {} \u{b7} {} \u{b7} admitted {}", nhs_number::format(&resident.nhs_number), home.name, short(resident.admitted))}</p>
        {match (&due, scheme) {
            (Some(d), Some(s)) => view! {
                <div class="nhsuk-inset-text" data-testid="assessment-due">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>
                        <strong>{format!("Due {} ", short(d.due))}</strong>
                        <time datetime=crate::domain::date_text::iso(d.due)></time>
                        {format!("under {}: {} \u{2013} {}. {}.", s.name, d.title, d.explanation, crate::ui::components::clause_text(d.clause))}
                    </p>
                </div>
            }.into_any(),
            _ => view! { <p>"The home has no scheme chosen, so there is no deadline to show."</p> }.into_any(),
        }}
        <p data-testid="assessment-status" role="status">{status_text}</p>
        <ErrorSummary errors=errors/>
        <section aria-labelledby="checklist-heading" class="app-no-print">
            <h2 id="checklist-heading" class="nhsuk-heading-s">{format!("Still needed for {}", scheme.map(|s| s.name).unwrap_or("the scheme"))}</h2>
            {move || {
                let needed = still_needed.get();
                if needed.is_empty() {
                    view! { <p data-testid="checklist-done">"Everything the scheme requires is filled in."</p> }.into_any()
                } else {
                    view! {
                        <ul class="nhsuk-list nhsuk-list--bullet" data-testid="checklist">
                            {needed.into_iter().map(|i| {
                                let target = i.field_id;
                                view! {
                                    <li><a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); focus_element(target); }>{i.label}</a></li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>

        <form novalidate on:submit=move |ev| ev.prevent_default() data-testid="assessment-form">
            <h2>"How the assessment was done"</h2>
            <RadioGroup
                name="a-remote"
                legend="Was it done remotely?"
                options=vec![("no", "No, in person"), ("yes", "Yes, remotely")]
                selected=Signal::derive(move || current.with(|a| yes_no(a.remote)))
                on_select=Callback::new(move |k: String| edit(&|a| a.remote = Some(k == "yes")))
                error=Signal::derive(|| None::<String>)
            />
            {move || (current.with(|a| a.remote) == Some(true)).then(|| text_field(Some(Item::Remote), "a-remote-reason", "Why remote was clinically appropriate", "LSC specification, section 2.6.1: only where clinically appropriate.", |a| &a.remote_reason, |a, v| a.remote_reason = v))}
            <div class="nhsuk-form-group">
                <fieldset class="nhsuk-fieldset">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">"Who took part"</legend>
                    <div class="nhsuk-checkboxes">
                        <Checkbox id="a-took-part-resident" label="Resident" checked=Signal::derive(move || current.with(|a| a.participants.resident)) on_toggle=Callback::new(move |v| edit(&|a| a.participants.resident = v))/>
                        <Checkbox id="a-took-part-family" label="Family" checked=Signal::derive(move || current.with(|a| a.participants.family)) on_toggle=Callback::new(move |v| edit(&|a| a.participants.family = v))/>
                        <Checkbox id="a-took-part-carer" label="Carer" checked=Signal::derive(move || current.with(|a| a.participants.carer)) on_toggle=Callback::new(move |v| edit(&|a| a.participants.carer = v))/>
                        <Checkbox id="a-took-part-staff" label="Care home staff" checked=Signal::derive(move || current.with(|a| a.participants.care_home_staff)) on_toggle=Callback::new(move |v| edit(&|a| a.participants.care_home_staff = v))/>
                    </div>
                </fieldset>
            </div>

            <h2>"Mental health, cognition and delirium"</h2>
            {text_field(Some(Item::MentalHealth), "a-mental-health", "Mental health assessment", "", |a| &a.mental_health, |a, v| a.mental_health = v)}
            {text_field(Some(Item::Dementia), "a-dementia", "Dementia assessment", "Findings, or why an assessment is not appropriate.", |a| &a.dementia.findings, |a, v| a.dementia.findings = v)}
            {yes_no_field("a-dementia-referred", "Referred on the local dementia pathway?", |a| a.dementia.referred, |a, v| a.dementia.referred = v)}
            <h3>"Delirium: the 4AT (version 1.2)"</h3>
            <p class="nhsuk-body-s app-required-by">{tag(Item::Delirium, scheme_id)}</p>
            {four_at_item("a-4at-alertness", "1. Alertness (0 normal; 4 clearly abnormal)", &ALERTNESS, |f| f.alertness, |f, v| f.alertness = v)}
            {four_at_item("a-4at-amt4", "2. AMT4: age, date of birth, place, year (0 no mistakes; 1 one; 2 two or more, or untestable)", &AMT4, |f| f.amt4, |f, v| f.amt4 = v)}
            {four_at_item("a-4at-attention", "3. Attention: months of the year backwards (0 seven or more; 1 starts but fewer than seven; 2 untestable)", &ATTENTION, |f| f.attention, |f, v| f.attention = v)}
            {four_at_item("a-4at-acute", "4. Acute change or fluctuating course (0 no; 4 yes)", &ACUTE_CHANGE, |f| f.acute_change, |f, v| f.acute_change = v)}
            <p class="app-four-at-total" data-testid="four-at-total" aria-live="polite">
                {move || current.with(|a| match (a.delirium.total(), a.delirium.band()) {
                    (Some(t), Some(b)) => format!("4AT total {t}: {}", b.meaning()),
                    _ if a.delirium.is_started() => "4AT total: answer all four items".to_string(),
                    _ => "4AT not done".to_string(),
                })}
            </p>

            <h2>"Frailty"</h2>
            <SelectField
                id="a-frailty"
                label="Clinical Frailty Scale level (version 2.0)"
                options=frailty_options
                value=Signal::derive(move || current.with(|a| a.frailty.map(|l| l.to_string()).unwrap_or_default()))
                on_change=Callback::new(move |v: String| edit(&|a| a.frailty = v.parse().ok()))
            />
            <p class="nhsuk-body-s">
                <span class="app-required-by">{tag(Item::Frailty, scheme_id)}</span>
                "Score with the official scale: "
                <a href="https://www.dal.ca/sites/gmr/our-tools/clinical-frailty-scale.html" target="_blank" rel="noopener noreferrer">"Clinical Frailty Scale (Dalhousie University), opens in a new tab"</a>
                ". Its wording and pictures are copyright, so only the level is recorded here."
            </p>

            <h2>"Medication review"</h2>
            <p class="nhsuk-body-s app-required-by">{tag(Item::Medication, scheme_id)}</p>
            <TextField id="a-medication-count" label="Number of medicines" width="nhsuk-input--width-4" value=Signal::derive(move || current.with(|a| a.medication.count.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.medication.count = v.clone())) error=Signal::derive(|| None::<String>)/>
            {text_field(None, "a-medication-changes", "Changes made", "Write \u{201c}none\u{201d} if nothing changed.", |a| &a.medication.changes, |a, v| a.medication.changes = v)}
            <DateInput
                id="a-medication-next"
                label="Next medication review"
                value=Signal::derive(move || current.with(|a| a.medication.next_review.clone()))
                on_input=Callback::new(move |p: DateParts| edit(&|a| a.medication.next_review = p.clone()))
                error=next_review_error
            />

            <h2>"Information gathering"</h2>
            {text_field(Some(Item::InformationGathering), "a-information", "Sources of information", "For example, discharge letter, previous GP record, family.", |a| &a.information_sources, |a, v| a.information_sources = v)}

            <h2>"Mental capacity"</h2>
            <p class="nhsuk-body-s app-required-by">{tag(Item::MentalCapacity, scheme_id)}</p>
            <TextField id="a-capacity-decision" label="Decision assessed" value=Signal::derive(move || current.with(|a| a.capacity.decision.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.capacity.decision = v.clone())) error=Signal::derive(|| None::<String>)/>
            <RadioGroup
                name="a-capacity-outcome"
                legend="Outcome"
                options=vec![("has", "Has capacity for this decision"), ("lacks", "Lacks capacity for this decision")]
                selected=Signal::derive(move || current.with(|a| match a.capacity.outcome { Some(CapacityOutcome::HasCapacity) => "has".to_string(), Some(CapacityOutcome::LacksCapacity) => "lacks".to_string(), None => String::new() }))
                on_select=Callback::new(move |k: String| edit(&|a| a.capacity.outcome = Some(if k == "has" { CapacityOutcome::HasCapacity } else { CapacityOutcome::LacksCapacity })))
                error=Signal::derive(|| None::<String>)
            />
            {yes_no_field("a-lpa", "Lasting power of attorney for health and welfare in place?", |a| a.capacity.lpa_health, |a, v| a.capacity.lpa_health = v)}

            <h2>"Bone protection and falls"</h2>
            {text_field(Some(Item::BoneFalls), "a-bone-falls", "Bone protection and falls risk", "", |a| &a.bone_falls, |a, v| a.bone_falls = v)}

            <h2>"Psychosocial"</h2>
            {text_field(Some(Item::Psychosocial), "a-psychosocial", "Psychosocial assessment", "", |a| &a.psychosocial, |a, v| a.psychosocial = v)}

            <h2>"Preferences and advance care planning"</h2>
            <p class="nhsuk-body-s app-required-by">{tag(Item::Preferences, scheme_id)}</p>
            <TextField id="a-place-of-care" label="Preferred place of care" value=Signal::derive(move || current.with(|a| a.preferences.place_of_care.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.preferences.place_of_care = v.clone())) error=Signal::derive(|| None::<String>)/>
            <TextField id="a-place-of-death" label="Preferred place of death" value=Signal::derive(move || current.with(|a| a.preferences.place_of_death.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.preferences.place_of_death = v.clone())) error=Signal::derive(|| None::<String>)/>
            {yes_no_field("a-acp", "Advance care plan recorded?", |a| a.preferences.advance_care_plan, |a, v| a.preferences.advance_care_plan = v)}
            {yes_no_field("a-consent", "Consent to share recorded?", |a| a.preferences.consent_to_share, |a, v| a.preferences.consent_to_share = v)}

            <h2>"Comprehensive Geriatric Assessment"</h2>
            {text_field(Some(Item::CgaPhysical), "a-cga-physical", "Physical needs", "", |a| &a.cga.physical, |a, v| a.cga.physical = v)}
            {text_field(Some(Item::CgaPsychological), "a-cga-psychological", "Psychological needs", "", |a| &a.cga.psychological, |a, v| a.cga.psychological = v)}
            {text_field(Some(Item::CgaFunctional), "a-cga-functional", "Functional needs", "", |a| &a.cga.functional, |a, v| a.cga.functional = v)}
            {text_field(Some(Item::CgaSocial), "a-cga-social", "Social needs", "", |a| &a.cga.social, |a, v| a.cga.social = v)}
            {text_field(Some(Item::CgaEnvironmental), "a-cga-environmental", "Environmental needs", "", |a| &a.cga.environmental, |a, v| a.cga.environmental = v)}
            {text_field(Some(Item::CgaEndOfLife), "a-cga-end-of-life", "End-of-life care needs", "", |a| &a.cga.end_of_life, |a, v| a.cga.end_of_life = v)}
            {text_field(Some(Item::OralHealth), "a-oral-health", "Oral health", "", |a| &a.oral_health, |a, v| a.oral_health = v)}
            {text_field(Some(Item::HydrationNutrition), "a-hydration", "Hydration and nutrition", "", |a| &a.hydration_nutrition, |a, v| a.hydration_nutrition = v)}
            {text_field(Some(Item::Continence), "a-continence", "Continence", "", |a| &a.continence, |a, v| a.continence = v)}
            {text_field(Some(Item::WhatMatters), "a-what-matters", "What matters to the resident", "In their words where possible; say who took part above.", |a| &a.what_matters, |a, v| a.what_matters = v)}

            <h2>"Care plan"</h2>
            <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
                <Checkbox id="a-pcsp-agreed" label="The personalised care and support plan was agreed with the resident" checked=Signal::derive(move || current.with(|a| a.pcsp_agreed)) on_toggle=Callback::new(move |v| edit(&|a| a.pcsp_agreed = v))/>
            </div>

            <h2>"Assessor"</h2>
            <p class="nhsuk-body-s app-required-by">{tag(Item::Assessor, scheme_id)}</p>
            <TextField id="a-assessor-name" label="Name" value=Signal::derive(move || current.with(|a| a.assessor_name.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.assessor_name = v.clone())) error=Signal::derive(|| None::<String>)/>
            <TextField id="a-assessor-role" label="Role" value=Signal::derive(move || current.with(|a| a.assessor_role.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.assessor_role = v.clone())) error=Signal::derive(|| None::<String>)/>
            <DateInput
                id="a-date"
                label="Date of the assessment"
                value=Signal::derive(move || current.with(|a| a.date.clone()))
                on_input=Callback::new(move |p: DateParts| edit(&|a| a.date = p.clone()))
                error=date_error
            />
        </form>

        <div class="nhsuk-button-group app-no-print">
            <button class="nhsuk-button" type="button" data-testid="complete" on:click=complete>"Complete the assessment"</button>
            <a class="nhsuk-button nhsuk-button--secondary" href=print_href>"Print summary"</a>
        </div>
        {move || completed.get().then(|| {
            let text = status_here.clone();
            view! {
                <div class="nhsuk-inset-text app-no-print" data-testid="completed" id="completed" tabindex="-1">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>{text}</p>
                </div>
            }
        })}
        <section class="app-no-print">
            <h2>"Summary for the GP record"</h2>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="a-summary-text">"Plain text to copy into the record"</label>
                <textarea class="nhsuk-textarea" id="a-summary-text" rows="12" readonly prop:value=summary_text></textarea>
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" on:click=move |_| copied.set(copy_to_clipboard(&summary_text.get_untracked()))>"Copy summary"</button>
            {move || copied.get().then_some(view! { <p role="status">"Summary copied."</p> })}
        </section>
    }
    .into_any()
}

/// `#/residents/<id>/assessment/print`: one or two A4 pages for the care
/// home's folder (003 §9: the care plan's first pages easy to find for
/// out-of-hours doctors).
#[component]
pub fn AssessmentPrintPage(resident_id: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let data = records.register.value.with_untracked(|r| {
        let resident = r.residents.iter().find(|x| x.id == resident_id).cloned()?;
        let home = r
            .homes
            .iter()
            .find(|h| h.id == resident.home_id)
            .cloned()
            .unwrap_or_default();
        let assessment = r
            .assessments
            .iter()
            .find(|a| a.resident_id == resident_id)
            .cloned()
            .unwrap_or_default();
        Some((resident, home, assessment))
    });
    let Some((resident, home, assessment)) = data else {
        return view! { <h1>"Resident not found"</h1> }.into_any();
    };
    let text = plain_text(&assessment, &resident, &home.scheme);
    let mut lines = text.lines();
    let title = lines.next().unwrap_or_default().to_string();
    let rows = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.split_once(": ") {
            Some((k, v)) => {
                view! { <div><dt>{k.to_string()}</dt><dd>{v.to_string()}</dd></div> }.into_any()
            }
            None => view! { <div><dd>{l.to_string()}</dd></div> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="nhsuk-button-group app-no-print">
            <crate::ui::components::PrintButton label="Print or save as PDF"/>
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::Assessment { resident_id: resident.id.clone() }.href()>"Back to the assessment"</a>
        </div>
        <article data-testid="assessment-summary">
            <h1>{title}</h1>
            <p>{format!("{} \u{b7} {}{}", home.name, resident.date_of_birth.map(|d| format!("born {} \u{b7} ", short(d))).unwrap_or_default(), Scheme::by_id(&home.scheme).map(|s| s.name).unwrap_or(""))}</p>
            <dl class="app-summary">{rows}</dl>
        </article>
    }
    .into_any()
}
