//! A resident's outcome at the round: as recorded (printed with the
//! worklist), and "Record the outcome" (on screen only).

use leptos::prelude::*;

use super::outcome_form::{outcome_id, save, DueItem, Forms};
use super::Round;
use crate::domain::records::round::OutcomeDraft;
use crate::ui::components::TextField;
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The outcome recorded for the resident, as saved (without its stamp).
fn recorded(records: Records, round: Round, resident_id: &str) -> Option<OutcomeDraft> {
    records.register.value.with(|r| {
        round.home_id.with_value(|h| {
            r.round_outcome(h, round.date, resident_id)
                .map(OutcomeDraft::from_outcome)
        })
    })
}

/// One change, when there is one: "Changes to medicines: …".
fn change(label: &'static str, text: String) -> Option<impl IntoView> {
    (!text.is_empty()).then(|| {
        view! {
            <p class="nhsuk-u-margin-bottom-1"><strong>{label}</strong></p>
            <p class="nhsuk-u-margin-bottom-1">{crate::ui::components::text_lines(&text)}</p>
        }
    })
}

/// The outcome recorded, with what saving it also did; focused once saved.
#[component]
pub fn RecordedOutcome(round: Round, resident_id: String, forms: Forms) -> impl IntoView {
    let records = expect_context::<Records>();
    let rid = StoredValue::new(resident_id);
    let outcome = Memo::new(move |_| rid.with_value(|id| recorded(records, round, id)));
    let form =
        rid.with_value(|id| forms.of(id, || recorded(records, round, id).unwrap_or_default()));
    move || {
        outcome.get().map(|o| {
            let unchanged = o.care_plan.is_empty() && o.medicines.is_empty();
            view! {
                <div class="nhsuk-inset-text nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-2" role="status" tabindex="-1"
                    id=rid.with_value(|id| outcome_id(id)) data-testid="outcome">
                    <p class="nhsuk-u-margin-bottom-1">
                        <strong>"Outcome: "</strong>
                        {format!("Seen by {}", o.seen_by)}
                    </p>
                    {unchanged.then(|| view! {
                        <p class="nhsuk-u-margin-bottom-1">"No changes to the care plan or medicines"</p>
                    })}
                    {change("Changes to the care plan", o.care_plan)}
                    {change("Changes to medicines", o.medicines)}
                    {change("Follow-up", o.follow_up)}
                    {move || form.note.get().map(|n| view! {
                        <p class="nhsuk-body-s nhsuk-u-margin-bottom-0 app-no-print">{n}</p>
                    })}
                </div>
            }
        })
    }
}

/// "Record the outcome" (or "Change the outcome"): who saw the resident,
/// the changes for the home, and what was done at the round.
#[component]
pub fn RecordOutcome(
    round: Round,
    resident_id: String,
    items: Vec<DueItem>,
    forms: Forms,
) -> impl IntoView {
    let records = expect_context::<Records>();
    let today = expect_context::<AppState>().today;
    let rid = StoredValue::new(resident_id.clone());
    let items = StoredValue::new(items);
    let form = forms.of(&resident_id, || {
        recorded(records, round, &resident_id).unwrap_or_default()
    });
    let has_outcome =
        Memo::new(move |_| rid.with_value(|id| recorded(records, round, id).is_some()));
    let field = move |get: fn(&OutcomeDraft) -> &String| {
        Signal::derive(move || form.draft.with(|d| get(d).clone()))
    };
    let edit = move |set: fn(&mut OutcomeDraft, String)| {
        Callback::new(move |v: String| {
            form.dirty.set(true);
            form.draft.update(|d| set(d, v));
        })
    };
    let on_toggle = move |ev: leptos::ev::Event| {
        let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
        // Opened again: filled with the outcome as it is now, unless
        // something was typed since.
        if open && !form.open.get_untracked() && !form.dirty.get_untracked() {
            if let Some(d) = rid.with_value(|id| recorded(records, round, id)) {
                form.draft.set(d);
            }
        }
        form.open.set(open);
    };
    let id = |what: &str| rid.with_value(|r| format!("outcome-{what}-{r}"));
    view! {
        <details class="nhsuk-details app-no-print nhsuk-u-margin-bottom-2" data-testid="record-outcome"
            prop:open=move || form.open.get() on:toggle=on_toggle>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">
                    {move || if has_outcome.get() { "Change the outcome" } else { "Record the outcome" }}
                </span>
            </summary>
            <div class="nhsuk-details__text">
                <TextField
                    id=id("seen-by")
                    label="Seen by"
                    hint="Name and role"
                    autocomplete="name"
                    value=field(|d| &d.seen_by)
                    on_input=edit(|d, v| d.seen_by = v)
                    error=form.error
                />
                <crate::ui::components::TextArea id=id("care-plan") label="Changes to the care plan" value=field(|d| &d.care_plan) on_input=edit(|d, v| d.care_plan = v)/>
                <crate::ui::components::TextArea id=id("medicines") label="Changes to medicines" value=field(|d| &d.medicines) on_input=edit(|d, v| d.medicines = v)/>
                <crate::ui::components::TextArea id=id("follow-up") label="Follow-up" value=field(|d| &d.follow_up) on_input=edit(|d, v| d.follow_up = v)/>
                {items.with_value(|list| (!list.is_empty()).then(|| view! {
                    <div class="nhsuk-form-group">
                        <fieldset class="nhsuk-fieldset">
                            <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">"Done at the round (optional)"</legend>
                            <div class="nhsuk-checkboxes">
                                {list.iter().map(|i| tick(form, rid.with_value(|r| format!("outcome-done-{r}-{}", i.key)), i)).collect_view()}
                            </div>
                        </fieldset>
                    </div>
                }))}
                <button class="nhsuk-button" type="button" data-testid="save-outcome"
                    on:click=move |_| items.with_value(|list| rid.with_value(|r| save(records, today, round, r, form, list)))>
                    "Save the outcome"
                </button>
            </div>
        </details>
    }
}

/// "Also mark done: <title>", ticked or not.
fn tick(form: super::outcome_form::OutcomeForm, id: String, item: &DueItem) -> impl IntoView {
    let key = StoredValue::new(item.key.clone());
    let checked = move || form.ticked.with(|t| key.with_value(|k| t.contains(k)));
    let toggle = move |on: bool| {
        form.dirty.set(true);
        form.ticked.update(|t| {
            let k = key.get_value();
            t.retain(|x| *x != k);
            if on {
                t.push(k);
            }
        });
    };
    view! {
        <crate::ui::components::Checkbox id=id label=format!("Also mark done: {}", item.title)
            checked=Signal::derive(checked) on_toggle=Callback::new(toggle)/>
    }
}
