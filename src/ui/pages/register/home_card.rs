//! One care home's card on the register: its name, scheme and round day,
//! its buttons, its current residents (folded away when there are many
//! homes) and its former residents.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::short;
use crate::domain::records::register::due_list::DueRow;
use crate::domain::records::register::{Home, Resident};
use crate::domain::rules::schemes::Scheme;

use super::residents_table::{ResidentsTable, Shown};
use super::PAGE;

/// A care home's card, with its residents' table.
#[component]
pub(super) fn CareHomeCard(
    home: Home,
    /// Where its current residents are in the register, by name.
    current: Vec<usize>,
    /// Its former residents (few), by name.
    left: Vec<Resident>,
    /// Whether its residents fold away, drawn only when opened.
    folded: bool,
    counts: Shown,
    next: Memo<HashMap<String, DueRow>>,
) -> impl IntoView {
    let h = home;
    let scheme = Scheme::by_id(&h.scheme)
        .map(|s| s.name)
        .unwrap_or("No scheme chosen");
    let caption = format!("Residents ({})", current.len());
    let count = current.len();
    let current = StoredValue::new(current);
    // Folded, nothing is drawn until the home is opened.
    let default = if folded { 0 } else { PAGE.min(count) };
    let key = format!("home:{}", h.id);
    let table = view! {
        <ResidentsTable caption=caption.clone() residents=current counts key=key.clone() default next/>
    };
    let residents_view = if folded {
        let opened = {
            let key = key.clone();
            move || counts.get(&key, 0) > 0
        };
        view! {
            <details class="nhsuk-details" data-testid="home-residents" prop:open=opened
                on:toggle=move |ev| {
                    let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                    // Opened: its first rows; closed: folded
                    // again (drawn afresh when reopened).
                    match (open, counts.get(&key, 0)) {
                        (true, 0) => counts.set(&key, PAGE),
                        (false, n) if n > 0 => counts.set(&key, 0),
                        _ => {}
                    }
                }>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{caption}</span>
                </summary>
                <div class="nhsuk-details__text">{table}</div>
            </details>
        }
        .into_any()
    } else {
        table.into_any()
    };
    view! {
        <section class="nhsuk-card" data-home=h.id.clone()>
            <div class="nhsuk-card__content">
                <h2 class="nhsuk-card__heading">
                    <a href=Route::care_home(&h.id).href() data-testid="open-home">{h.name.clone()}</a>
                </h2>
                <p class="nhsuk-body-s">
                    {format!("{}. Weekly round on {}.", scheme, if h.round_day.is_empty() { "no day set" } else { &h.round_day })}
                </p>
                <div class="nhsuk-button-group">
                    <a class="nhsuk-button nhsuk-button--secondary" href=Route::resident_add(&h.id).href()>"Add a resident"</a>
                    <a class="nhsuk-button nhsuk-button--secondary" href=Route::round_of(&h.id, None).href()>"Home round worklist"</a>
                    <a class="nhsuk-button nhsuk-button--secondary" href=Route::due_list_of(&h.id).href()>"Due list"</a>
                </div>
                {residents_view}
                {former_residents(left)}
            </div>
        </section>
    }
}

/// "Former residents (2)", folded: each linked, with when and why they
/// left; nothing when none has left.
fn former_residents(left: Vec<Resident>) -> impl IntoView {
    (!left.is_empty()).then(|| view! {
        <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">{format!("Former residents ({})", left.len())}</span>
            </summary>
            <div class="nhsuk-details__text">
                <ul class="nhsuk-list">
                    {left.into_iter().map(|r| {
                        let d = r.discharged.as_ref().map(|d| format!(" \u{2013} {} {}", if d.reason == crate::domain::records::register::LeftBecause::Died { "died" } else { "left" }, short(d.date))).unwrap_or_default();
                        view! { <li><a href=Route::resident(&r.id).href()>{r.name.clone()}</a>{d}</li> }
                    }).collect_view()}
                </ul>
            </div>
        </details>
    })
}
