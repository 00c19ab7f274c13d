//! "Send a copy to a colleague": the register (or one home) as a file
//! named with this device and the date, sealed with a passphrase when one
//! is given, to attach to an NHS.net e-mail or put on a shared drive. The
//! colleague brings it in on the Backup page: a merge, never a
//! replacement.

use leptos::prelude::*;

use crate::domain::helpers::date_text::iso;
use crate::domain::records::register::backup::write_backup;
use crate::domain::records::register::sent_copy::file_name;
use crate::storage::files;
use crate::ui::browser::now_iso;
use crate::ui::components::{focus_element, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The shortest passphrase accepted.
const MIN_PASSPHRASE: usize = 8;

#[component]
pub fn SendCopy(
    /// One home (its id and name), or the whole register.
    #[prop(optional)]
    home: Option<(String, String)>,
    /// Told when a copy has been saved (the page's list of copies).
    #[prop(optional)]
    on_sent: Option<Callback<()>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(Option::<String>::None);
    let done = RwSignal::new(Option::<String>::None);
    let busy = RwSignal::new(false);
    let home = StoredValue::new(home);
    let id = if home.with_value(Option::is_some) {
        "send-copy-home"
    } else {
        "send-copy"
    };
    let send = move |_| {
        error.set(None);
        done.set(None);
        let pass = passphrase.get_untracked();
        if !pass.is_empty() && pass.chars().count() < MIN_PASSPHRASE {
            error.set(Some(format!(
                "Use a passphrase of at least {MIN_PASSPHRASE} characters, or none"
            )));
            request_animation_frame(move || focus_element(&format!("{id}-passphrase")));
            return;
        }
        let device = crate::ui::clock::this_device();
        let mut w = records.workspace(&app);
        w.from = Some(crate::domain::merge::device::Device {
            id: device.id.clone(),
            name: device.name.clone(),
            ..Default::default()
        });
        let (w, home_name) = match home.get_value() {
            Some((home_id, name)) => (w.only_home(&home_id), Some(name)),
            None => (w, None),
        };
        let text = write_backup(&w, &now_iso());
        let today = app.today;
        let name = file_name(&device, &iso(today), home_name.as_deref(), !pass.is_empty());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let file = if pass.is_empty() {
                Ok(text)
            } else {
                crate::ui::web_crypto::seal_copy(&text, &pass).await
            };
            busy.set(false);
            let result = file.and_then(|f| files::download(&name, "application/json", &f));
            match result {
                Ok(()) => {
                    crate::ui::clock::note_sent(today);
                    let mut s = app.settings.get_untracked();
                    s.last_backup = Some(iso(today));
                    let _ = app.save_settings(s);
                    passphrase.set(String::new());
                    // After an await: the page may have gone meanwhile.
                    if let Some(cb) = on_sent {
                        cb.try_run(());
                    }
                    done.set(Some(if pass.is_empty() {
                        "The copy is in your downloads, named with this device and today\u{2019}s date. It is not sealed: send it only by NHS.net e-mail or a secure shared drive.".to_string()
                    } else {
                        "The sealed copy is in your downloads, named with this device and today\u{2019}s date. Send the passphrase separately, for example by phone.".to_string()
                    }));
                }
                Err(e) => error.set(Some(e)),
            }
            request_animation_frame(move || focus_element(&format!("{id}-result")));
        });
    };
    view! {
        <TextField
            id=format!("{id}-passphrase")
            label="Passphrase (optional)"
            hint="Seals the file: only someone with the passphrase can open it. Send the passphrase another way."
            input_type="password"
            autocomplete="new-password"
            width="nhsuk-input--width-20"
            value=passphrase
            on_input=Callback::new(move |v| passphrase.set(v))
            error=error
        />
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid=id on:click=send disabled=move || busy.get()>
            {move || if busy.get() { "Sealing\u{2026}" } else { "Save a copy to send" }}
        </button>
        <div id=format!("{id}-result") tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid=format!("{id}-done")><p>{m}</p></div>
            })}
        </div>
    }
}
