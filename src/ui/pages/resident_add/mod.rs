//! `#/residents/add?home=…` and `#/residents/edit?id=…`: one form to add a
//! resident or change their details, checked by the domain's
//! `ResidentDraft::validate` either way; an edit is kept in the history.
//! `#/residents/edit?id=…&kept=…` fixes a resident left out of the stored
//! register (their record failed the checks) and brings them back.

mod fields;
mod form;

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::records::register::details::ResidentDraft;
use crate::domain::records::register::Register;
use crate::ui::records::Records;

use form::resident_form;

/// Adding to a home, editing a resident, or fixing one left out of the
/// stored register (`left_out`: what a copy kept aside left out).
#[derive(Clone)]
enum Mode {
    Add {
        home_id: String,
    },
    Edit {
        resident_id: String,
    },
    Fix {
        resident_id: String,
        left_out: Register,
    },
}

#[component]
pub fn ResidentAddPage(query: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let home_id = query::get(&query, "home").unwrap_or_default();
    match records
        .register
        .value
        .with_untracked(|r| r.homes.iter().find(|h| h.id == home_id).cloned())
    {
        Some(home) => resident_form(
            Mode::Add { home_id },
            format!("Add a resident to {}", home.name),
            crate::ui::prefill::take_resident(),
        ),
        None => not_found("Care home not found"),
    }
}

#[component]
pub fn ResidentEditPage(query: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let id = query::get(&query, "id").unwrap_or_default();
    if let Some(r) = records
        .register
        .value
        .with_untracked(|r| r.resident(&id).cloned())
    {
        return resident_form(
            Mode::Edit {
                resident_id: r.id.clone(),
            },
            format!("Change {}\u{2019}s details", r.name),
            ResidentDraft::from_resident(&r),
        );
    }
    let left_out = query::get(&query, "kept")
        .map(|key| crate::storage::left_out_of_copy(&crate::storage::BrowserStore, &key))
        .unwrap_or_default();
    match left_out.residents.iter().find(|r| r.id == id).cloned() {
        Some(r) => resident_form(
            Mode::Fix {
                resident_id: r.id.clone(),
                left_out,
            },
            format!("Fix {}\u{2019}s details", r.name),
            ResidentDraft::from_resident(&r),
        ),
        None => not_found("Resident not found"),
    }
}

fn not_found(title: &'static str) -> AnyView {
    view! {
        <h1>{title}</h1>
        <p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
    }
    .into_any()
}
