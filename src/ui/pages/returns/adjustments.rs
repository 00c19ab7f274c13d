//! The quarterly return page's "Adjustments": the figures changed by hand,
//! each with its reason and a "Remove" button, and the form to adjust one.

use leptos::prelude::*;

use crate::domain::records::returns::{Figure, QuarterReturn};
use crate::ui::components::{SelectField, TextField};

use super::EditReturn;

/// The "Adjustments" heading, list and form.
#[component]
pub(super) fn Adjustments(kept: Memo<QuarterReturn>, edit: EditReturn) -> impl IntoView {
    // Adjusting a figure.
    let adjust_figure = RwSignal::new(Figure::Start.key().to_string());
    let adjust_value = RwSignal::new(String::new());
    let adjust_reason = RwSignal::new(String::new());
    let value_error = RwSignal::new(Option::<String>::None);
    let reason_error = RwSignal::new(Option::<String>::None);
    let adjust = move |_| {
        value_error.set(None);
        reason_error.set(None);
        let Ok(value) = adjust_value.get_untracked().trim().parse::<u32>() else {
            value_error.set(Some(
                "Enter the figure as adjusted: a whole number, 0 or more".into(),
            ));
            return;
        };
        let figure = Figure::from_key(&adjust_figure.get_untracked()).unwrap_or(Figure::Start);
        let reason = adjust_reason.get_untracked();
        match edit.run(Box::new(move |k| k.adjust(figure, value, &reason))) {
            Ok(()) => {
                adjust_value.set(String::new());
                adjust_reason.set(String::new());
            }
            Err(m) => reason_error.set(Some(m)),
        }
    };
    let adjustments = move || {
        kept.get()
            .adjustments
            .into_iter()
            .map(|a| {
                let figure = a.figure;
                view! {
                    <li data-testid="adjustment">
                        {format!("{} adjusted to {}: {} ", figure.label(), a.value, a.reason)}
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-small-button app-no-print" type="button"
                            on:click=move |_| { let _ = edit.run(Box::new(move |k| { k.remove_adjustment(figure); Ok(()) })); }>
                            "Remove"<span class="nhsuk-u-visually-hidden">{format!(" the adjustment of {}", figure.label())}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <h2>"Adjustments"</h2>
        <ul class="nhsuk-list" data-testid="adjustments">{adjustments}</ul>
        <div class="app-no-print">
            <SelectField id="adjust-figure" label="Figure to adjust"
                options=Signal::derive(|| Figure::ADJUSTABLE.iter().map(|f| (f.key().to_string(), f.label().to_string())).collect::<Vec<_>>())
                value=adjust_figure on_change=Callback::new(move |v| adjust_figure.set(v))/>
            <TextField id="adjust-value" label="Adjusted figure" width="nhsuk-input--width-4" value=adjust_value on_input=Callback::new(move |v| adjust_value.set(v)) error=value_error/>
            <TextField id="adjust-reason" label="Reason" hint="Kept with the return and shown in every output." value=adjust_reason on_input=Callback::new(move |v| adjust_reason.set(v)) error=reason_error/>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="adjust" on:click=adjust>"Adjust the figure"</button>
        </div>
    }
}
