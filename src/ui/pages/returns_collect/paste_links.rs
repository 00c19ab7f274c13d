//! The "Collect returns" page's "Or paste return links": links a practice
//! made on its return page, one a line, and the passphrase of protected
//! ones. What they hold waits for "Add these returns".

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::records::returns::collect::add_file;
use crate::ui::components::{TextArea, TextField};
use crate::ui::records::Records;

use super::{propose, Notices, Pending};

/// "Or paste return links", the passphrase and "Add the links".
#[component]
pub(super) fn PasteReturnLinks(
    /// The page's address query: `d` is a link the page was opened with.
    query: String,
    records: Records,
    today: NaiveDate,
    notices: Notices,
    pending: RwSignal<Option<Pending>>,
) -> impl IntoView {
    // Links: pasted (one a line), or the one this page was opened with.
    // Unprotected ones are read at once; protected ones with the
    // passphrase, by the browser's Web Crypto.
    let pasted = RwSignal::new(
        crate::domain::formats::query::get(&query, "d")
            .map(|d| format!("?d={d}"))
            .unwrap_or_default(),
    );
    let passphrase = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    let add_links = move || {
        let lines: Vec<String> = pasted
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        if lines.is_empty() {
            return;
        }
        let pass = passphrase.get_untracked();
        opening.set(true);
        notices.set(Vec::new());
        wasm_bindgen_futures::spawn_local(async move {
            use crate::domain::records::returns::link::{d_value, decode_open, open_compressed};
            let mut said: Vec<(bool, String)> = Vec::new();
            let before = records.collected.value.get_untracked();
            let mut list = before.clone();
            for (i, line) in lines.iter().enumerate() {
                let name = format!("Link {}", i + 1);
                let d = d_value(line);
                let read = if d.starts_with("2e.") {
                    match crate::ui::web_crypto::open_data(d, &pass).await {
                        Ok(data) => open_compressed(&data),
                        Err(e) => Err(e.to_string()),
                    }
                } else {
                    decode_open(d)
                };
                let result = read
                    .map_err(|e| format!("{name} was not added: {e}."))
                    .and_then(|r| {
                        let text = crate::domain::records::returns::file::write_return(&r);
                        add_file(&mut list, &name, &text, today)
                    });
                said.push((result.is_ok(), result.unwrap_or_else(|e| e)));
            }
            opening.set(false);
            if said_all_ok_or_none(&said) {
                pasted.set(String::new());
            }
            propose(notices, pending, before, list, said);
        });
    };
    // A link that opened this page is added at once when unprotected.
    if crate::domain::formats::query::get(&query, "d").is_some_and(|d| !d.starts_with("2e.")) {
        add_links();
    }

    view! {
        <div class="app-no-print">
            <TextArea id="return-links" label="Or paste return links" hint="One a line. A practice makes one on its return page." value=pasted on_input=Callback::new(move |v| pasted.set(v))/>
            {move || pasted.with(|p| p.contains("2e.")).then(|| view! {
                <TextField id="links-passphrase" label="Passphrase of the protected links" input_type="password" value=passphrase on_input=Callback::new(move |v| passphrase.set(v)) error=Signal::derive(|| None::<String>)/>
            })}
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="add-links" on:click=move |_| add_links()>"Add the links"</button>
            <p role="status">{move || opening.get().then_some("Opening\u{2026}")}</p>
        </div>
    }
}

/// Whether every notice is good news (so the pasted links can go).
fn said_all_ok_or_none(notices: &[(bool, String)]) -> bool {
    notices.iter().all(|(ok, _)| *ok)
}
