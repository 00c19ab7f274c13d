//! `#/agreements/edit?id=…`: every field of the template, autosaved on
//! every keystroke, with checks at the field and a completeness count.
//! The form is in `form.rs` (its state in `form_state.rs`), "Share a link"
//! in `share_link.rs`.

mod form;
mod form_state;
mod share_link;

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::records::agreement::{completeness, write_agreements, Agreement};
use crate::storage::files;
use crate::ui::browser::now_iso;
use crate::ui::components::{AgreementDocument, ErrorSummary};
use crate::ui::records::Records;
use crate::ui::state::AppState;
use form_state::FormState;
use share_link::ShareALink;

/// A file name like "agreement-oakwood-house-2026-11-22.json".
pub fn file_name(prefix: &str, title: &str, today: chrono::NaiveDate) -> String {
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let date = crate::domain::helpers::date_text::iso(today);
    if slug.is_empty() {
        format!("{prefix}-{date}.json")
    } else {
        format!("{prefix}-{slug}-{date}.json")
    }
}

#[component]
pub fn AgreementEditPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let id = query::get(&query, "id").unwrap_or_default();
    // "New agreement" opens a draft that is stored only once something is
    // typed: going straight back leaves nothing behind.
    let is_new = query::get(&query, "new").as_deref() == Some("1")
        && records
            .agreements
            .value
            .with_untracked(|l| crate::domain::records::agreement::list::find(l, &id).is_none());
    let draft = is_new.then(|| {
        let scheme = app.default_scheme().map(|s| s.id).unwrap_or_default();
        Agreement::new(id.clone(), now_iso(), scheme)
    });
    let current = {
        let id = id.clone();
        Memo::new(move |_| {
            records
                .agreements
                .value
                .with(|l| crate::domain::records::agreement::list::find(l, &id).cloned())
                .or_else(|| draft.clone())
        })
    };
    if current.get_untracked().is_none() {
        return view! {
            <h1>"Agreement not found"</h1>
            <p data-testid="not-found">"There is no agreement with that id on this device. It may have been deleted."</p>
            <p><a href=Route::AGREEMENTS.fixed_href()>"Back to agreements"</a></p>
        }
        .into_any();
    }

    let form = FormState::new(current, records);
    let check_all = form.check_all;
    let summary = form.summary();
    let progress = Memo::new(move |_| current.with(|a| a.as_ref().map(completeness)));

    // Export and share.
    let export = move |_| {
        if let Some(a) = current.get_untracked() {
            let name = file_name("agreement", &a.title(), app.today);
            if let Err(e) = files::download(&name, "application/json", &write_agreements(&[a], 0)) {
                records.agreements.save_problem.set(Some(e));
            }
        }
    };

    let id_for_print = id.clone();
    view! {
        <p class="app-no-print"><a href=Route::AGREEMENTS.fixed_href()>"Back to agreements"</a></p>
        <h1>{move || current.with(|a| a.as_ref().map(Agreement::title).unwrap_or_default())}</h1>
        <p class="nhsuk-body-l" data-testid="completeness">
            {move || progress.get().map(|p| p.summary()).unwrap_or_default()}
        </p>
        {move || progress.get().filter(|p| !p.missing.is_empty()).map(|p| view! {
            <details class="nhsuk-details">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"Fields still to complete"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <ul class="nhsuk-list nhsuk-list--bullet">
                        {p.missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                </div>
            </details>
        })}
        <p class="nhsuk-hint">"Every change is saved in this browser as you type."</p>
        // Printed from the browser's own menu, the page prints as the
        // document (the form itself is not printed).
        <div class="app-print-only">
            {move || current.get().map(|agreement| view! { <AgreementDocument agreement/> })}
        </div>
        <div class="nhsuk-button-group app-no-print">
            <button class="nhsuk-button" type="button" data-testid="check" on:click=move |_| {
                check_all.set(true);
                // The answer where the user looks (issue 23): "No problems
                // found" or the problems, focused and scrolled to.
                let ok = summary.with_untracked(Vec::is_empty);
                request_animation_frame(move || {
                    crate::ui::components::focus_element(if ok { "check-ok" } else { "error-summary" })
                });
            }>
                "Check the agreement"
            </button>
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::agreement_print(&id_for_print).href()>
                "Print or save as PDF"
            </a>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-one" on:click=export>
                "Export this agreement"
            </button>
        </div>
        {move || (check_all.get() && summary.with(Vec::is_empty)).then(|| view! {
            <div class="nhsuk-inset-text" role="status" data-testid="check-ok" id="check-ok" tabindex="-1">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>"No problems found."</p>
            </div>
        })}
        <ErrorSummary errors=summary/>

        {form::agreement_form(form)}

        <ShareALink current/>
    }
    .into_any()
}
