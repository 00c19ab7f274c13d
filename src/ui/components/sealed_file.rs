//! A round's file between a care home and its practice (issue 26), sealed
//! with a passphrase: "Save the sealed file" (`SendSealed`, with a sealed
//! link beside it when it is short enough) and "Open a file you were sent"
//! (`OpenSealed`, a file or a pasted link). The sealing is a copy's
//! (`register::sent_copy`, Web Crypto); what is inside is the page's. A
//! passphrase is required, as the files name residents, and is never kept.

use leptos::prelude::*;

use crate::storage::files;
use crate::ui::components::{focus_element, TextField};

/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE: usize = 8;

/// "Save the sealed file": `make` gives the file's name and its plain text
/// (or why there is nothing to send); it is sealed and downloaded, and
/// `on_sent` told. The answer shows under the button, and takes focus.
#[component]
pub fn SendSealed(
    /// Prefix of the element ids (`<id>-passphrase`, `<id>-result`) and the
    /// button's `data-testid`.
    id: &'static str,
    /// The button's words.
    label: &'static str,
    /// What the answer says once the file is saved.
    done_words: &'static str,
    make: Callback<(), Result<(String, String), String>>,
    #[prop(optional)] on_sent: Option<Callback<()>>,
    /// The whole address of a sealed link to the page that opens it, from
    /// the sealed data: offered beside the file when short enough.
    #[prop(optional)]
    link: Option<Callback<String, String>>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(Option::<String>::None);
    let done = RwSignal::new(Option::<String>::None);
    let sealed_link = RwSignal::new(Option::<String>::None);
    let nothing = RwSignal::new(Option::<String>::None);
    let busy = RwSignal::new(false);
    let send = move |_| {
        error.set(None);
        done.set(None);
        nothing.set(None);
        sealed_link.set(None);
        let pass = passphrase.get_untracked();
        if pass.chars().count() < MIN_PASSPHRASE {
            error.set(Some(format!(
                "Enter a passphrase of at least {MIN_PASSPHRASE} characters: the file names residents"
            )));
            request_animation_frame(move || focus_element(&format!("{id}-passphrase")));
            return;
        }
        let (name, text) = match make.run(()) {
            Ok(x) => x,
            Err(e) => {
                // Nothing to send: said under the button, not at the passphrase.
                nothing.set(Some(e));
                request_animation_frame(move || focus_element(&format!("{id}-result")));
                return;
            }
        };
        busy.set(true);
        leptos::task::spawn_local(async move {
            let sealed = crate::ui::web_crypto::seal_copy(&text, &pass).await;
            busy.set(false);
            let saved = sealed.and_then(|f| {
                files::download(&name, "application/json", &f)?;
                Ok(f)
            });
            match saved {
                Ok(file) => {
                    let d = crate::domain::records::register::sent_copy::sealed_data(&file);
                    let short =
                        d.filter(|d| d.len() <= crate::domain::records::round::file::LINK_MAX);
                    sealed_link.set(link.zip(short).and_then(|(l, d)| l.try_run(d)));
                    passphrase.set(String::new());
                    if let Some(cb) = on_sent {
                        cb.try_run(());
                    }
                    done.set(Some(done_words.to_string()));
                }
                Err(e) => error.set(Some(e)),
            }
            request_animation_frame(move || focus_element(&format!("{id}-result")));
        });
    };
    view! {
        <TextField
            id=format!("{id}-passphrase")
            label="Passphrase"
            hint="At least 8 characters. Only someone with it can open the file: tell them it another way, for example by phone."
            input_type="password"
            autocomplete="new-password"
            width="nhsuk-input--width-20"
            value=passphrase
            on_input=Callback::new(move |v| passphrase.set(v))
            error=error
        />
        <button class="nhsuk-button" type="button" data-testid=id on:click=send disabled=move || busy.get()>
            {move || if busy.get() { "Sealing\u{2026}" } else { label }}
        </button>
        <div id=format!("{id}-result") tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid=format!("{id}-done")><p>{m}</p></div>
            })}
            {move || nothing.get().map(|m| view! {
                <p class="nhsuk-error-message" role="alert" data-testid=format!("{id}-nothing")>{m}</p>
            })}
        </div>
        {move || sealed_link.get().map(|l| view! {
            <div data-testid=format!("{id}-link")>
                <p>"Or, instead of attaching the file, paste this sealed link into the e-mail. It opens only with the same passphrase."</p>
                <crate::ui::components::CopyLink link=l title="Sealed link"/>
            </div>
        })}
    }
}

/// "Open a file you were sent": choose the sealed file, give its
/// passphrase, "Open". The opened text goes to `on_opened`, which brings it
/// in and says what it did (or why it could not: then nothing changed).
/// The answer shows under the button, and takes focus.
#[component]
pub fn OpenSealed(
    /// Prefix of the element ids (`<id>-file`, `<id>-passphrase`,
    /// `<id>-result`) and the button's `data-testid`.
    id: &'static str,
    /// The file input's label.
    label: &'static str,
    on_opened: Callback<String, Result<String, String>>,
    /// The sealed data of the link the page was opened from, if any.
    #[prop(default = None)]
    link: Option<String>,
) -> impl IntoView {
    let file = RwSignal::new(Option::<(String, String)>::None);
    let from_address = link.is_some();
    let pasted = RwSignal::new(link.map(|d| format!("?d={d}")).unwrap_or_default());
    let link_error = RwSignal::new(Option::<String>::None);
    let passphrase = RwSignal::new(String::new());
    let pass_error = RwSignal::new(Option::<String>::None);
    let file_error = RwSignal::new(Option::<String>::None);
    let done = RwSignal::new(Option::<String>::None);
    let busy = RwSignal::new(false);
    let on_file = move |ev: leptos::ev::Event| {
        file_error.set(None);
        done.set(None);
        files::read_picked(&ev, move |name, text| match text {
            Ok(t) => file.set(Some((name, t))),
            Err(e) => {
                file.set(None);
                file_error.set(Some(format!("{name} cannot be read: {e}")));
            }
        });
    };
    let open = move |_| {
        pass_error.set(None);
        file_error.set(None);
        link_error.set(None);
        done.set(None);
        // The file chosen, else the link pasted (or the page was opened from).
        let from_link = pasted.with_untracked(|p| {
            (!p.trim().is_empty()).then(|| crate::domain::records::round::file::sealed_in_link(p))
        });
        let (name, text) = match (file.get_untracked(), from_link) {
            (Some(f), _) => f,
            (None, Some(Some(d))) => (
                "The link".to_string(),
                crate::domain::records::register::sent_copy::sealed_file(&d),
            ),
            (None, Some(None)) => {
                link_error.set(Some(
                    "This is not a sealed link from the toolkit, or it has been cut short: copy the whole link from the e-mail. Nothing was changed.".into(),
                ));
                request_animation_frame(move || focus_element(&format!("{id}-link")));
                return;
            }
            (None, None) => {
                file_error.set(Some(
                    "Choose the file you were sent, or paste the sealed link".into(),
                ));
                request_animation_frame(move || focus_element(&format!("{id}-file")));
                return;
            }
        };
        if crate::domain::records::register::sent_copy::sealed_data(&text).is_none() {
            file_error.set(Some(format!(
                "{name} is not a sealed file from the toolkit, or it has been cut short. Nothing was changed."
            )));
            request_animation_frame(move || focus_element(&format!("{id}-file")));
            return;
        }
        let pass = passphrase.get_untracked();
        busy.set(true);
        leptos::task::spawn_local(async move {
            let opened = crate::ui::web_crypto::open_copy(&text, &pass).await;
            busy.set(false);
            match opened {
                Err(crate::domain::records::agreement::LinkError::WrongPassphrase)
                | Err(crate::domain::records::agreement::LinkError::NeedsPassphrase) => {
                    pass_error.set(Some(
                        "The passphrase does not open this file: check it with whoever sent it. Nothing was changed.".into(),
                    ));
                    request_animation_frame(move || focus_element(&format!("{id}-passphrase")));
                    return;
                }
                Err(_) => file_error.set(Some(format!(
                    "{name} is damaged or cut short and cannot be opened. Nothing was changed."
                ))),
                Ok(plain) => match on_opened.try_run(plain) {
                    Some(Ok(m)) => {
                        passphrase.set(String::new());
                        file.set(None);
                        pasted.set(String::new());
                        if from_address {
                            crate::storage::location::drop_from_query("d");
                        }
                        done.set(Some(m));
                    }
                    Some(Err(e)) => file_error.set(Some(e)),
                    None => return,
                },
            }
            request_animation_frame(move || focus_element(&format!("{id}-result")));
        });
    };
    view! {
        <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || file_error.with(Option::is_some))>
            <label class="nhsuk-label" for=format!("{id}-file")>{label}</label>
            <crate::ui::components::ErrorMessage id=format!("{id}-file-error") message=Signal::derive(move || file_error.get())/>
            <input class="nhsuk-file-upload" type="file" id=format!("{id}-file") accept=".json,application/json" on:change=on_file/>
        </div>
        <TextField
            id=format!("{id}-link")
            label="Or paste the sealed link from the e-mail"
            value=pasted
            on_input=Callback::new(move |v| pasted.set(v))
            error=link_error
        />
        <TextField
            id=format!("{id}-passphrase")
            label="Passphrase"
            hint="The one the sender told you"
            input_type="password"
            autocomplete="off"
            width="nhsuk-input--width-20"
            value=passphrase
            on_input=Callback::new(move |v| passphrase.set(v))
            error=pass_error
        />
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid=id on:click=open disabled=move || busy.get()>
            {move || if busy.get() { "Opening\u{2026}" } else { "Open" }}
        </button>
        <div id=format!("{id}-result") tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid=format!("{id}-done")><p>{m}</p></div>
            })}
        </div>
    }
}
