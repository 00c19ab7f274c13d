//! A resident's conflicts: an identifying detail changed on two devices at
//! once (`domain::merge::conflicts`). Each shows both values, when and
//! where each was set, and who where known, with "Use …" (a change like any
//! other) and "Keep …".

use leptos::prelude::*;

use crate::domain::helpers::date_text::unbroken;
use crate::domain::merge::conflicts::{field_in_sentence, field_label, value_words, Conflict};
use crate::domain::merge::Stamp;
use crate::ui::components::focus_element;
use crate::ui::records::Records;

/// "on this device, Thu 3 Dec 2026 at 10:05" (or another device).
fn where_and_when(at: &Stamp, by: Option<&str>) -> String {
    let me = crate::ui::clock::this_device();
    let device = if at.device.starts_with(&me.id) {
        "this device".to_string()
    } else {
        // Named as the register's list of devices names it.
        match me.peers.iter().find(|p| at.device.starts_with(&p.id)) {
            Some(p) if !p.name.is_empty() => p.name.clone(),
            Some(p) => format!("device\u{a0}{}", p.id),
            None => "another device".to_string(),
        }
    };
    // Stamps are read only up to the year 3000 (`Stamp::parse`), within
    // what a JavaScript date holds, so this never throws.
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.ms as f64));
    let when = if date.get_time().is_nan() {
        String::new()
    } else {
        crate::ui::browser::local_date_time(&date.to_iso_string().as_string().unwrap_or_default())
            .unwrap_or_default()
    };
    let by = by.map(|b| format!(" by {b}")).unwrap_or_default();
    format!("changed{by} on {device}, {}", unbroken(&when))
}

#[component]
pub fn Conflicts(resident_id: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let done = RwSignal::new(Option::<String>::None);
    let id = StoredValue::new(resident_id);
    let conflicts = Memo::new(move |_| {
        records
            .register
            .value
            .with(|r| id.with_value(|i| r.conflicts_of(i)))
    });
    let settle = move |c: Conflict, use_other: bool| {
        let label = field_label(&c.field);
        let mut ok = true;
        records.register.update(|r| {
            if use_other {
                ok = id.with_value(|i| r.use_other_value(i, &c));
            } else {
                r.dismiss_conflict(&c);
            }
        });
        let value = if use_other { &c.other } else { &c.kept };
        done.set(Some(if ok {
            format!("{label}: {} is kept. Other devices will show the same once they have this device\u{2019}s copy.", value_words(&c.field, value))
        } else {
            format!("{label}: the other value could not be used, as it is not a valid value for this field.")
        }));
        request_animation_frame(|| focus_element("conflict-result"));
    };
    view! {
        <div id="conflict-result" tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid="conflict-done"><p>{m}</p></div>
            })}
        </div>
        {move || {
            let list = conflicts.get();
            let resident = records.register.value.with(|r| {
                id.with_value(|i| r.resident(i).cloned())
            });
            let Some(resident) = resident else { return ().into_any() };
            list.into_iter().map(|c| {
                let in_sentence = field_in_sentence(&c.field);
                let kept = unbroken(&value_words(&c.field, &c.kept));
                let other = unbroken(&value_words(&c.field, &c.other));
                let kept_when = where_and_when(&c.kept_at, resident.changed_by(&c.kept_at));
                let other_when = where_and_when(&c.other_at, resident.changed_by(&c.other_at));
                let (c1, c2) = (c.clone(), c);
                view! {
                    <div class="nhsuk-warning-callout" data-testid="conflict">
                        <h2 class="nhsuk-warning-callout__label"><span role="text">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>
                            {format!("Check the {in_sentence}")}
                        </span></h2>
                        <p>{format!("It was changed on two devices at the same time. The later change is shown: {kept} ({kept_when}). The other was {other} ({other_when}).")}</p>
                        <div class="nhsuk-button-group">
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="conflict-use-other"
                                on:click=move |_| settle(c1.clone(), true)>
                                {format!("Use {other}")}
                            </button>
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="conflict-keep"
                                on:click=move |_| settle(c2.clone(), false)>
                                {format!("Keep {kept}")}
                            </button>
                        </div>
                    </div>
                }
            }).collect_view().into_any()
        }}
    }
}
