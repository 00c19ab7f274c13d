//! `#/residents/<id>/assessment`: the admission assessment every scheme asks
//! for, saved as a draft on every change, with the 4AT scored live, a
//! checklist of what the resident's scheme still needs, and the deadline.
//!
//! The page's parts, in order: the "Still needed" checklist
//! (`checklist`), the form's sections (`how_it_was_done`, `four_at`,
//! `frailty_and_medication`, `capacity_and_wishes`, `needs_and_assessor`,
//! built from the fields in `draft`), the "Complete" button
//! (`complete`) and the summary for the GP record (`gp_summary`). The
//! printed summary is `print`.

mod capacity_and_wishes;
mod checklist;
mod complete;
mod draft;
mod four_at;
mod frailty_and_medication;
mod gp_summary;
mod how_it_was_done;
mod needs_and_assessor;
mod print;

pub use print::AssessmentPrintPage;

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::short;
use crate::domain::records::assessment::items::missing;
use crate::domain::records::assessment::model::Assessment;
use crate::domain::records::assessment::timeliness::{assessment_due, timeliness};
use crate::domain::records::register::facts::facts;
use crate::domain::records::register::{nhs_number, Resident};
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::{ErrorSummary, SummaryError};
use crate::ui::records::Records;
use crate::ui::state::AppState;

use capacity_and_wishes::{
    bone_protection_and_falls, mental_capacity, preferences_and_advance_care_planning, psychosocial,
};
use checklist::still_needed_checklist;
use complete::complete_the_assessment;
use draft::Draft;
use four_at::mental_health_and_delirium;
use frailty_and_medication::{frailty, information_gathering, medication_review};
use gp_summary::summary_for_the_gp_record;
use how_it_was_done::how_it_was_done;
use needs_and_assessor::{assessor, care_plan, comprehensive_geriatric_assessment};

#[component]
pub fn AssessmentPage(resident_id: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let rid = resident_id.clone();
    let resident: Option<Resident> = records
        .register
        .value
        .with_untracked(|r| r.resident(&rid).cloned());
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
    let draft = Draft {
        current,
        records,
        rid,
        scheme_id,
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
    let status_here = Signal::derive(status_text.clone());

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
                        <time datetime=crate::domain::helpers::date_text::iso(d.due)></time>
                        {format!("under {}: {} \u{2013} {}. {}.", s.name, d.title, d.explanation, crate::ui::components::clause_text(d.clause))}
                    </p>
                </div>
            }.into_any(),
            _ => view! { <p>"The home has no scheme chosen, so there is no deadline to show."</p> }.into_any(),
        }}
        <p data-testid="assessment-status" role="status">{status_text}</p>
        <ErrorSummary errors=errors/>
        {still_needed_checklist(still_needed, scheme)}

        <form novalidate on:submit=move |ev| ev.prevent_default() data-testid="assessment-form">
            {how_it_was_done(draft)}
            {mental_health_and_delirium(draft)}
            {frailty(draft)}
            {medication_review(draft)}
            {information_gathering(draft)}
            {mental_capacity(draft)}
            {bone_protection_and_falls(draft)}
            {psychosocial(draft)}
            {preferences_and_advance_care_planning(draft)}
            {comprehensive_geriatric_assessment(draft)}
            {care_plan(draft)}
            {assessor(draft)}
        </form>

        {complete_the_assessment(draft, scheme, attempted, still_needed, status_here, resident.id.clone())}
        {summary_for_the_gp_record(current, resident.clone(), scheme_id)}
    }
    .into_any()
}
