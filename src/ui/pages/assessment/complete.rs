//! The admission assessment's "Complete the assessment" and "Print summary"
//! buttons, and the answer beside them once complete.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::DateEntry;
use crate::domain::records::assessment::items::ItemInfo;
use crate::domain::records::assessment::timeliness::events_on_completion;
use crate::domain::rules::schemes::Scheme;

use super::draft::Draft;

/// The buttons and the answer: `attempted` is set by the first "Complete"
/// (the error summary follows the form from then on), `still_needed` is
/// what the scheme requires that is not filled in yet, and `status` the
/// assessment's status, shown again beside the button.
pub fn complete_the_assessment(
    draft: Draft,
    scheme: Option<&'static Scheme>,
    attempted: RwSignal<bool>,
    still_needed: Memo<Vec<&'static ItemInfo>>,
    status: Signal<String>,
    resident_id: String,
) -> impl IntoView {
    let Draft {
        current,
        records,
        rid,
        ..
    } = draft;
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
    let print_href = Route::AssessmentPrint { resident_id }.href();

    view! {
        <div class="nhsuk-button-group app-no-print">
            <button class="nhsuk-button" type="button" data-testid="complete" on:click=complete>"Complete the assessment"</button>
            <a class="nhsuk-button nhsuk-button--secondary" href=print_href>"Print summary"</a>
        </div>
        {move || completed.get().then(|| {
            let text = status;
            view! {
                <div class="nhsuk-inset-text app-no-print" data-testid="completed" id="completed" tabindex="-1">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>{text}</p>
                </div>
            }
        })}
    }
}
