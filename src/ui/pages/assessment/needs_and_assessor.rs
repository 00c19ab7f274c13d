//! The admission assessment's last sections: the "Comprehensive Geriatric
//! Assessment", the "Care plan" and the "Assessor".

use leptos::prelude::*;

use crate::domain::helpers::date_text::DateParts;
use crate::domain::records::assessment::items::Item;
use crate::domain::records::assessment::model::Assessment;
use crate::ui::components::{Checkbox, DateInput, TextField};

use super::draft::{invalid, tag, Draft};

/// "Comprehensive Geriatric Assessment".
pub fn comprehensive_geriatric_assessment(draft: Draft) -> impl IntoView {
    view! {
        <h2>"Comprehensive Geriatric Assessment"</h2>
        {draft.text_field(Some(Item::CgaPhysical), "a-cga-physical", "Physical needs", "", |a| &a.cga.physical, |a, v| a.cga.physical = v)}
        {draft.text_field(Some(Item::CgaPsychological), "a-cga-psychological", "Psychological needs", "", |a| &a.cga.psychological, |a, v| a.cga.psychological = v)}
        {draft.text_field(Some(Item::CgaFunctional), "a-cga-functional", "Functional needs", "", |a| &a.cga.functional, |a, v| a.cga.functional = v)}
        {draft.text_field(Some(Item::CgaSocial), "a-cga-social", "Social needs", "", |a| &a.cga.social, |a, v| a.cga.social = v)}
        {draft.text_field(Some(Item::CgaEnvironmental), "a-cga-environmental", "Environmental needs", "", |a| &a.cga.environmental, |a, v| a.cga.environmental = v)}
        {draft.text_field(Some(Item::CgaEndOfLife), "a-cga-end-of-life", "End-of-life care needs", "", |a| &a.cga.end_of_life, |a, v| a.cga.end_of_life = v)}
        {draft.text_field(Some(Item::OralHealth), "a-oral-health", "Oral health", "", |a| &a.oral_health, |a, v| a.oral_health = v)}
        {draft.text_field(Some(Item::HydrationNutrition), "a-hydration", "Hydration and nutrition", "", |a| &a.hydration_nutrition, |a, v| a.hydration_nutrition = v)}
        {draft.text_field(Some(Item::Continence), "a-continence", "Continence", "", |a| &a.continence, |a, v| a.continence = v)}
        {draft.text_field(Some(Item::WhatMatters), "a-what-matters", "What matters to the resident", "In their words where possible; say who took part above.", |a| &a.what_matters, |a, v| a.what_matters = v)}
    }
}

/// "Care plan".
pub fn care_plan(draft: Draft) -> impl IntoView {
    let Draft { current, .. } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    view! {
        <h2>"Care plan"</h2>
        <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-4">
            <Checkbox id="a-pcsp-agreed" label="The personalised care and support plan was agreed with the resident" checked=Signal::derive(move || current.with(|a| a.pcsp_agreed)) on_toggle=Callback::new(move |v| edit(&|a| a.pcsp_agreed = v))/>
        </div>
    }
}

/// "Assessor": who assessed, and when.
pub fn assessor(draft: Draft) -> impl IntoView {
    let Draft {
        current, scheme_id, ..
    } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    let date_error =
        Signal::derive(move || current.with(|a| invalid(&a.date, "Date of the assessment")));
    view! {
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
    }
}
