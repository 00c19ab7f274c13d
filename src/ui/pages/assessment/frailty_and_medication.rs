//! The admission assessment's "Frailty", "Medication review" and
//! "Information gathering".

use leptos::prelude::*;

use crate::domain::helpers::date_text::DateParts;
use crate::domain::records::assessment::items::Item;
use crate::domain::records::assessment::model::{frailty_label, Assessment};
use crate::ui::components::{DateInput, SelectField, TextField};

use super::draft::{invalid, tag, Draft};

/// "Frailty": the Clinical Frailty Scale level, and where to score it.
pub fn frailty(draft: Draft) -> impl IntoView {
    let Draft {
        current, scheme_id, ..
    } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    let frailty_options: Vec<(String, String)> =
        std::iter::once((String::new(), "Not recorded".to_string()))
            .chain((1..=9).map(|l: u8| {
                (
                    l.to_string(),
                    format!("{l}: {}", frailty_label(l).unwrap_or_default()),
                )
            }))
            .collect();
    view! {
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
    }
}

/// "Medication review".
pub fn medication_review(draft: Draft) -> impl IntoView {
    let Draft {
        current, scheme_id, ..
    } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    let next_review_error = Signal::derive(move || {
        current.with(|a| invalid(&a.medication.next_review, "Next medication review"))
    });
    view! {
        <h2>"Medication review"</h2>
        <p class="nhsuk-body-s app-required-by">{tag(Item::Medication, scheme_id)}</p>
        <TextField id="a-medication-count" label="Number of medicines" width="nhsuk-input--width-4" value=Signal::derive(move || current.with(|a| a.medication.count.clone())) on_input=Callback::new(move |v: String| edit(&|a| a.medication.count = v.clone())) error=Signal::derive(|| None::<String>)/>
        {draft.text_field(None, "a-medication-changes", "Changes made", "Write \u{201c}none\u{201d} if nothing changed.", |a| &a.medication.changes, |a, v| a.medication.changes = v)}
        <DateInput
            id="a-medication-next"
            label="Next medication review"
            value=Signal::derive(move || current.with(|a| a.medication.next_review.clone()))
            on_input=Callback::new(move |p: DateParts| edit(&|a| a.medication.next_review = p.clone()))
            error=next_review_error
        />
    }
}

/// "Information gathering".
pub fn information_gathering(draft: Draft) -> impl IntoView {
    view! {
        <h2>"Information gathering"</h2>
        {draft.text_field(Some(Item::InformationGathering), "a-information", "Sources of information", "For example, discharge letter, previous GP record, family.", |a| &a.information_sources, |a, v| a.information_sources = v)}
    }
}
