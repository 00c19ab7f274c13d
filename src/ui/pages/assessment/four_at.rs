//! The admission assessment's "Mental health, cognition and delirium":
//! mental health, dementia, and the 4AT scored live as it is answered.

use leptos::prelude::*;

use crate::domain::records::assessment::four_at::{ACUTE_CHANGE, ALERTNESS, AMT4, ATTENTION};
use crate::domain::records::assessment::items::Item;

use super::draft::{tag, Draft};

/// "Mental health, cognition and delirium", with the 4AT's total.
pub fn mental_health_and_delirium(draft: Draft) -> impl IntoView {
    let Draft {
        current, scheme_id, ..
    } = draft;
    view! {
        <h2>"Mental health, cognition and delirium"</h2>
        {draft.text_field(Some(Item::MentalHealth), "a-mental-health", "Mental health assessment", "", |a| &a.mental_health, |a, v| a.mental_health = v)}
        {draft.text_field(Some(Item::Dementia), "a-dementia", "Dementia assessment", "Findings, or why an assessment is not appropriate.", |a| &a.dementia.findings, |a, v| a.dementia.findings = v)}
        {draft.yes_no_field("a-dementia-referred", "Referred on the local dementia pathway?", |a| a.dementia.referred, |a, v| a.dementia.referred = v)}
        <h3>"Delirium: the 4AT (version 1.2)"</h3>
        <p class="nhsuk-body-s app-required-by">{tag(Item::Delirium, scheme_id)}</p>
        {draft.four_at_item("a-4at-alertness", "1. Alertness (0 normal; 4 clearly abnormal)", &ALERTNESS, |f| f.alertness, |f, v| f.alertness = v)}
        {draft.four_at_item("a-4at-amt4", "2. AMT4: age, date of birth, place, year (0 no mistakes; 1 one; 2 two or more, or untestable)", &AMT4, |f| f.amt4, |f, v| f.amt4 = v)}
        {draft.four_at_item("a-4at-attention", "3. Attention: months of the year backwards (0 seven or more; 1 starts but fewer than seven; 2 untestable)", &ATTENTION, |f| f.attention, |f, v| f.attention = v)}
        {draft.four_at_item("a-4at-acute", "4. Acute change or fluctuating course (0 no; 4 yes)", &ACUTE_CHANGE, |f| f.acute_change, |f, v| f.acute_change = v)}
        <p class="app-four-at-total" data-testid="four-at-total" aria-live="polite">
            {move || current.with(|a| match (a.delirium.total(), a.delirium.band()) {
                (Some(t), Some(b)) => format!("4AT total {t}: {}", b.meaning()),
                _ if a.delirium.is_started() => "4AT total: answer all four items".to_string(),
                _ => "4AT not done".to_string(),
            })}
        </p>
    }
}
