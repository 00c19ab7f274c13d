//! Two people who came under one record number from different devices'
//! older files were kept apart (`domain::merge::kept_apart`): listed here
//! for the user to check, on the register and on each one's page.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::register::{nhs_number, Resident};
use crate::ui::records::Records;

/// "Ann Smith (NHS number 943 476 5919)", linked to the resident's page.
fn person(r: &Resident) -> impl IntoView {
    view! {
        <a href=Route::resident(&r.id).href()>{r.name.clone()}</a>
        {format!(" (NHS number {})", nhs_number::format(&r.nhs_number))}
    }
}

/// The residents kept apart, all of them or only those paired with
/// `resident_id`.
#[component]
pub fn KeptApart(#[prop(optional, into)] resident_id: Option<String>) -> impl IntoView {
    let records = expect_context::<Records>();
    let pairs = move || {
        records.register.value.with(|r| {
            r.kept_apart()
                .into_iter()
                .filter_map(|(moved, first)| Some((moved.clone(), first?.clone())))
                .filter(|(a, b)| {
                    resident_id
                        .as_ref()
                        .is_none_or(|id| *id == a.id || *id == b.id)
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let pairs = pairs();
        (!pairs.is_empty()).then(|| view! {
            <div class="nhsuk-warning-callout" data-testid="kept-apart">
                <h2 class="nhsuk-warning-callout__label">
                    <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"Records to check"</span>
                </h2>
                <p>"These came from different devices with the same record number but were made apart, so each was kept as its own record with its own history:"</p>
                <ul>
                    {pairs.into_iter().map(|(a, b)| view! {
                        <li>{person(&b)}" and "{person(&a)}</li>
                    }).collect_view()}
                </ul>
                <p>"Check they are two people. If they are one person, record what is missing on the right record and discharge the other."</p>
            </div>
        })
    }
}
