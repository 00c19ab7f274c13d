//! `#/agreements/view?d=…`: a shared agreement, read-only, with "Save a copy
//! to this device". It never overwrites anything silently.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::records::agreement::{decode_open_link, is_protected, Agreement, LinkError};
use crate::ui::components::{AgreementDocument, PrintButton, TextField};
use crate::ui::records::Records;

#[component]
pub fn AgreementViewPage(query: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let d = query::get(&query, "d").unwrap_or_default();
    let protected = is_protected(&d);
    let opened = RwSignal::new(if query::repeats(&query::parse(&query), "d") {
        // Two agreements in one link: neither is opened (issue 23).
        Err(LinkError::Damaged)
    } else if protected {
        Err(LinkError::NeedsPassphrase)
    } else {
        decode_open_link(&d)
    });
    let passphrase = RwSignal::new(String::new());
    let pass_error = RwSignal::new(Option::<String>::None);
    let saved = RwSignal::new(Option::<(String, String)>::None);

    let d = StoredValue::new(d);
    // "Opening…" while the browser derives the key (Web Crypto,
    // asynchronous: the page stays responsive).
    let opening = RwSignal::new(false);
    let unlock = move |_| {
        if opening.get_untracked() {
            return;
        }
        opening.set(true);
        pass_error.set(None);
        let link = d.get_value();
        let pass = passphrase.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            let result = crate::ui::web_crypto::open_link(&link, &pass).await;
            opening.set(false);
            match &result {
                Err(LinkError::NeedsPassphrase) => {
                    pass_error.set(Some("Enter the passphrase".into()))
                }
                Err(e) => pass_error.set(Some(e.to_string())),
                Ok(_) => pass_error.set(None),
            }
            if result.is_ok() {
                opened.set(result);
            }
        });
    };
    // Merged with the copy here, if there is one, as a file would be
    // (issue 22): each field keeps its later change, so nothing changed
    // here since the link was made is overwritten.
    let save_copy = move |a: Agreement| {
        let id = a.id.clone();
        let mut done = crate::domain::records::agreement::list::Imported::default();
        let shared = a.clone();
        if records
            .agreements
            .bring_in(|l| done = crate::domain::records::agreement::list::bring_in(l, &[a]))
        {
            // Deleted here: saving the link's copy is a deliberate restore
            // (a change made now, so later than the deletion).
            let deleted_here = records.agreements.value.with_untracked(|l| {
                crate::domain::records::agreement::list::find(l, &id).is_none()
            });
            if deleted_here {
                let mut back = shared;
                back.removed = false;
                records
                    .agreements
                    .update(|l| crate::domain::records::agreement::list::put_back(l, back));
                done = crate::domain::records::agreement::list::Imported {
                    added: 1,
                    ..Default::default()
                };
            }
            saved.set(Some((id, done.words())));
        }
    };

    view! {
        <h1>"Shared agreement"</h1>
        {move || match opened.get() {
            Ok(a) => {
                let for_save = a.clone();
                view! {
                    <div class="nhsuk-inset-text app-no-print">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>"This is a read-only copy from a link. Nothing is saved on this device unless you choose to."</p>
                    </div>
                    <div class="nhsuk-button-group app-no-print">
                    <PrintButton label="Print or save as PDF" class="nhsuk-button nhsuk-button--secondary" testid="print-shared"/>
                    {move || match saved.get() {
                        None => {
                            let a = for_save.clone();
                            view! {
                                <button class="nhsuk-button app-no-print" type="button" data-testid="save-copy" on:click=move |_| save_copy(a.clone())>
                                    "Save a copy to this device"
                                </button>
                            }.into_any()
                        }
                        Some((id, words)) => view! {
                            <p role="status" data-testid="saved-copy">
                                {format!("Saved. {words} ")}
                                <a href=Route::agreement_edit(&id).href()>"Open your copy"</a>
                            </p>
                        }.into_any(),
                    }}
                    </div>
                    <crate::ui::components::PrepareRoundLink agreement=Signal::derive({ let a = a.clone(); move || Some(a.clone()) })/>
                    <AgreementDocument agreement=a/>
                }.into_any()
            }
            Err(LinkError::NeedsPassphrase) => view! {
                <p>"This agreement is protected with a passphrase. Enter the passphrase you were given."</p>
                <form novalidate on:submit=move |ev| { ev.prevent_default(); unlock(()); }>
                    <TextField
                        id="link-passphrase"
                        label="Passphrase"
                        input_type="password"
                        value=passphrase
                        on_input=Callback::new(move |v| passphrase.set(v))
                        error=pass_error
                    />
                    <button class="nhsuk-button" type="submit" data-testid="unlock" prop:disabled=move || opening.get()>"Open the agreement"</button>
                    <p role="status" data-testid="opening">{move || opening.get().then_some("Opening\u{2026}")}</p>
                </form>
            }.into_any(),
            Err(e) => view! {
                <div class="nhsuk-error-summary" role="alert" data-testid="link-error">
                    <h2 class="nhsuk-error-summary__title">"This link cannot be opened"</h2>
                    <div class="nhsuk-error-summary__body"><p>{e.to_string()}</p></div>
                </div>
                <p><a href=Route::AGREEMENTS.fixed_href()>"Go to your agreements"</a></p>
            }.into_any(),
        }}
    }
}
