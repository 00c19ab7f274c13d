//! The admission assessment's first section, "How the assessment was done":
//! in person or remote (and why remote), and who took part.

use leptos::prelude::*;

use crate::domain::records::assessment::items::Item;
use crate::domain::records::assessment::model::Assessment;
use crate::ui::components::{Checkbox, RadioGroup};

use super::draft::{yes_no, Draft};

/// "How the assessment was done".
pub fn how_it_was_done(draft: Draft) -> impl IntoView {
    let Draft { current, .. } = draft;
    let edit = move |f: &dyn Fn(&mut Assessment)| draft.edit(f);
    view! {
        <h2>"How the assessment was done"</h2>
        <RadioGroup
            name="a-remote"
            legend="Was it done remotely?"
            options=vec![("no", "No, in person"), ("yes", "Yes, remotely")]
            selected=Signal::derive(move || current.with(|a| yes_no(a.remote)))
            on_select=Callback::new(move |k: String| edit(&|a| a.remote = Some(k == "yes")))
            error=Signal::derive(|| None::<String>)
        />
        {move || (current.with(|a| a.remote) == Some(true)).then(|| draft.text_field(Some(Item::Remote), "a-remote-reason", "Why remote was clinically appropriate", "LSC specification, section 2.6.1: only where clinically appropriate.", |a| &a.remote_reason, |a, v| a.remote_reason = v))}
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
    }
}
