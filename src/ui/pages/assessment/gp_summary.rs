//! The admission assessment's "Summary for the GP record": the assessment
//! as plain text to copy into the record.

use leptos::prelude::*;

use crate::domain::records::assessment::model::Assessment;
use crate::domain::records::assessment::summary::plain_text;
use crate::domain::records::register::Resident;
use crate::ui::browser::copy_to_clipboard;

/// The summary of the assessment as it is now, with "Copy summary".
pub fn summary_for_the_gp_record(
    current: Memo<Assessment>,
    resident: Resident,
    scheme_id: &'static str,
) -> impl IntoView {
    let summary_text = Memo::new(move |_| current.with(|a| plain_text(a, &resident, scheme_id)));
    let copied = RwSignal::new(false);

    view! {
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
}
