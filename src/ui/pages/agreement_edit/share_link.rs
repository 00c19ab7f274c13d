//! "Share a link": the agreement in a link, sealed with a passphrase when
//! one is given, to send to the other side.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::agreement::{encode_open_link, Agreement};
use crate::storage::location;
use crate::ui::browser::{copy_to_clipboard, random_bytes};
use crate::ui::components::TextField;

#[component]
pub fn ShareALink(
    /// The agreement as it is now.
    current: Memo<Option<Agreement>>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let link = RwSignal::new(Option::<String>::None);
    let copied = RwSignal::new(false);
    // "Protecting…" while the browser derives the key (Web Crypto,
    // asynchronous: the page stays responsive).
    let protecting = RwSignal::new(false);
    let link_problem = RwSignal::new(Option::<String>::None);
    let make_link = move |_| {
        let Some(a) = current.get_untracked() else {
            return;
        };
        let pass = passphrase.get_untracked();
        copied.set(false);
        link_problem.set(None);
        let show = move |d: String| {
            link.set(Some(
                Route::AgreementView {
                    // As sealed or packed: already fit for a link.
                    query: format!("d={d}"),
                }
                .link(&location::page_base()),
            ))
        };
        if pass.is_empty() {
            show(encode_open_link(&a));
            return;
        }
        protecting.set(true);
        link.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            match crate::ui::web_crypto::seal_link(&a, &pass, random_bytes(), random_bytes()).await
            {
                Ok(d) => show(d),
                Err(e) => link_problem.set(Some(e)),
            }
            protecting.set(false);
        });
    };

    view! {
        <section class="app-no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share a link"</h2>
            <p>
                "A link holds the whole agreement in the part of the address after \u{201c}#\u{201d}, which browsers never send to a server. "
                "Whoever opens it sees a read-only copy they can save on their own device."
            </p>
            <div class="nhsuk-warning-callout">
                <h3 class="nhsuk-warning-callout__label">
                    <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"A link cannot be taken back"</span>
                </h3>
                <p>"Once sent, a link cannot be revoked: anyone who has it can open it. Add a passphrase and send it separately (for example by phone)."</p>
            </div>
            <TextField
                id="share-passphrase"
                label="Passphrase (optional)"
                hint="If you set one, the agreement is encrypted and the link asks for it."
                value=passphrase
                on_input=Callback::new(move |v| { passphrase.set(v); link.set(None); })
                error=Signal::derive(|| None::<String>)
            />
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="make-link" on:click=make_link prop:disabled=move || protecting.get()>
                "Create link"
            </button>
            <p role="status" data-testid="protecting">{move || protecting.get().then_some("Protecting\u{2026}")}</p>
            {move || link_problem.get().map(|p| view! { <p class="nhsuk-error-message">{p}</p> })}
            {move || link.get().map(|l| {
                let length = l.chars().count();
                let for_copy = l.clone();
                view! {
                    <div class="nhsuk-form-group">
                        <label class="nhsuk-label" for="share-link">"Link to this agreement"</label>
                        <div class="nhsuk-hint" id="share-link-hint" data-testid="link-length">
                            {format!("{length} characters long.")}
                            {(length > 2000).then_some(" Some email programs cut links this long: check it arrives whole.")}
                        </div>
                        <input class="nhsuk-input" id="share-link" readonly aria-describedby="share-link-hint" prop:value=l/>
                    </div>
                    <button class="nhsuk-button" type="button" on:click=move |_| copied.set(copy_to_clipboard(&for_copy))>
                        "Copy link"
                    </button>
                    {move || copied.get().then_some(view! { <p role="status">"Link copied."</p> })}
                }
            })}
        </section>
    }
}
