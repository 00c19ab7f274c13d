//! Small pieces only this page needs: a print button that prints one part
//! of the page (the request, or one round's outcomes).

use chrono::NaiveDate;
use leptos::prelude::*;

/// Which part of the page is being printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Request,
    Outcomes(NaiveDate),
}

/// Whether a part is left off the printout: another part is printing.
pub fn left_off(printing: RwSignal<Option<Part>>, part: Part) -> impl Fn() -> bool + Copy {
    move || printing.with(|p| p.is_some_and(|p| p != part))
}

/// "Print the request": only that part of the page is printed (the rest
/// is marked not to print until the print dialog closes).
#[component]
pub fn PrintPart(
    label: &'static str,
    testid: &'static str,
    part: Part,
    printing: RwSignal<Option<Part>>,
) -> impl IntoView {
    view! {
        <button
            class="nhsuk-button nhsuk-button--secondary app-no-print"
            type="button"
            data-testid=testid
            on:click=move |_| {
                printing.set(Some(part));
                // Printed once the page is drawn without the other parts.
                request_animation_frame(move || {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                });
            }
        >
            {label}
        </button>
    }
}

/// Show the whole page again once the print dialog closes.
pub fn reset_after_print(printing: RwSignal<Option<Part>>) {
    let handle = window_event_listener_untyped("afterprint", move |_| printing.set(None));
    on_cleanup(move || handle.remove());
}
