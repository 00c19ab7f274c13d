//! The admission assessment's "Mental capacity", "Bone protection and
//! falls", "Psychosocial" and "Preferences and advance care planning".

use leptos::prelude::*;

use crate::domain::records::assessment::items::Item;
use crate::domain::records::assessment::model::{Assessment, CapacityOutcome};
use crate::ui::components::{RadioGroup, TextField};

use super::draft::{tag, Draft};

/// "Mental capacity".
pub fn mental_capacity(draft: Draft) -> impl IntoView {
    let Draft {
        current, scheme_id, ..
    } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    view! {
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
        {draft.yes_no_field("a-lpa", "Lasting power of attorney for health and welfare in place?", |a| a.capacity.lpa_health, |a, v| a.capacity.lpa_health = v)}
    }
}

/// "Bone protection and falls".
pub fn bone_protection_and_falls(draft: Draft) -> impl IntoView {
    view! {
        <h2>"Bone protection and falls"</h2>
        {draft.text_field(Some(Item::BoneFalls), "a-bone-falls", "Bone protection and falls risk", "", |a| &a.bone_falls, |a, v| a.bone_falls = v)}
    }
}

/// "Psychosocial".
pub fn psychosocial(draft: Draft) -> impl IntoView {
    view! {
        <h2>"Psychosocial"</h2>
        {draft.text_field(Some(Item::Psychosocial), "a-psychosocial", "Psychosocial assessment", "", |a| &a.psychosocial, |a, v| a.psychosocial = v)}
    }
}

/// "Preferences and advance care planning".
pub fn preferences_and_advance_care_planning(draft: Draft) -> impl IntoView {
    let Draft {
        current, scheme_id, ..
    } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    view! {
        <h2>"Preferences and advance care planning"</h2>
        <p class="nhsuk-body-s app-required-by">{tag(Item::Preferences, scheme_id)}</p>
        <TextField id="a-place-of-care" label="Preferred place of care" value=Signal::derive(move || current.with(|a| a.preferences.place_of_care.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.preferences.place_of_care = v.clone())) error=Signal::derive(|| None::<String>)/>
        <TextField id="a-place-of-death" label="Preferred place of death" value=Signal::derive(move || current.with(|a| a.preferences.place_of_death.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.preferences.place_of_death = v.clone())) error=Signal::derive(|| None::<String>)/>
        {draft.yes_no_field("a-acp", "Advance care plan recorded?", |a| a.preferences.advance_care_plan, |a, v| a.preferences.advance_care_plan = v)}
        {draft.yes_no_field("a-consent", "Consent to share recorded?", |a| a.preferences.consent_to_share, |a, v| a.preferences.consent_to_share = v)}
    }
}
