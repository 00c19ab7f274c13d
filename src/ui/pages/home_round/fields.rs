//! Small pieces only this page needs: a textarea that shows its error, a
//! checkbox whose id is made at run time, and a print button that prints
//! one part of the page (the request, or one round's outcomes).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::components::ErrorMessage;

/// A textarea with its label, hint and the error at the field.
#[component]
pub fn AreaField(
    id: &'static str,
    label: &'static str,
    #[prop(default = "")] hint: &'static str,
    #[prop(default = 4)] rows: u32,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
) -> impl IntoView {
    let described_by = move || {
        let mut ids = Vec::new();
        if !hint.is_empty() {
            ids.push(format!("{id}-hint"));
        }
        if error.with(Option::is_some) {
            ids.push(format!("{id}-error"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div
            class="nhsuk-form-group"
            class=("nhsuk-form-group--error", move || error.with(Option::is_some))
            data-field=id
        >
            <label class="nhsuk-label" for=id>{label}</label>
            {(!hint.is_empty()).then(|| view! { <div class="nhsuk-hint" id=format!("{id}-hint")>{hint}</div> })}
            <ErrorMessage id=format!("{id}-error") message=error/>
            <textarea
                class="nhsuk-textarea"
                class=("nhsuk-textarea--error", move || error.with(Option::is_some))
                id=id
                name=id
                rows=rows
                aria-describedby=described_by
                prop:value=value
                on:input=move |ev| on_input.run(event_target_value(&ev))
            ></textarea>
        </div>
    }
}

/// One checkbox, its id made from the line it ticks.
#[component]
pub fn TickBox(
    id: String,
    label: &'static str,
    /// Who the line is about, for screen readers (every box reads the same).
    who: String,
    #[prop(into)] checked: Signal<bool>,
    on_toggle: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="nhsuk-form-group nhsuk-u-margin-bottom-0">
            <div class="nhsuk-checkboxes">
                <div class="nhsuk-checkboxes__item">
                    <input
                        class="nhsuk-checkboxes__input"
                        id=id.clone()
                        name=id.clone()
                        type="checkbox"
                        prop:checked=checked
                        on:change=move |ev| on_toggle.run(event_target_checked(&ev))
                    />
                    <label class="nhsuk-label nhsuk-checkboxes__label" for=id>
                        {label}
                        <span class="nhsuk-u-visually-hidden">{format!(" for {who}")}</span>
                    </label>
                </div>
            </div>
        </div>
    }
}

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

/// Text typed over several lines, shown with its line breaks (the page's
/// styles allow no inline style).
pub fn lines_view(text: &str) -> impl IntoView {
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| view! { {l} {(i < last).then(|| view! { <br/> })} })
        .collect_view()
}
