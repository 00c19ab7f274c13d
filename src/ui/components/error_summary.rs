//! The NHS error summary: "There is a problem", with a link to each field.
//! A form whose problems show only when it is sent moves focus to it then
//! ([`focus_error_summary`]), as the NHS.UK pattern says; one whose
//! problems show as the user types does not (focus would leave the field).

use leptos::prelude::*;

use super::focus_element;

/// One problem: the message and the id of the field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SummaryError {
    pub target_id: String,
    pub message: String,
}

#[component]
pub fn ErrorSummary(
    /// Every problem on the page, in the order of the form.
    #[prop(into)]
    errors: Signal<Vec<SummaryError>>,
) -> impl IntoView {
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            view! {
                <div
                    class="nhsuk-error-summary"
                    id="error-summary"
                    tabindex="-1"
                    aria-labelledby="error-summary-title"
                    role="alert"
                    data-testid="error-summary"
                >
                    <h2 class="nhsuk-error-summary__title" id="error-summary-title">
                        "There is a problem"
                    </h2>
                    <div class="nhsuk-error-summary__body">
                        <ul class="nhsuk-list nhsuk-error-summary__list">
                            {list
                                .into_iter()
                                .map(|e| {
                                    let target = e.target_id.clone();
                                    view! {
                                        <li>
                                            <a
                                                href=format!("#{}", e.target_id)
                                                on:click=move |ev| {
                                                    ev.prevent_default();
                                                    focus_element(&target);
                                                }
                                            >
                                                {e.message}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    </div>
                </div>
            }
        })
    }
}

/// Move focus to the error summary once it is drawn.
pub fn focus_error_summary() {
    request_animation_frame(|| focus_element("error-summary"));
}
