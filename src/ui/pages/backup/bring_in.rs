//! The backup page's "Bring in a backup or another device's copy": the
//! answer (with Undo) once brought in, the file input with its problem, and
//! the passphrase for a sealed file. What the file would bring is shown
//! next (`preview`).

use leptos::prelude::*;

use crate::domain::merge::{preview, restore};
use crate::domain::records::register::backup::read_backup;
use crate::storage::files;
use crate::ui::components::{focus_element, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

use super::{save_and_show, BringingIn};

#[component]
pub fn BringInACopy(
    /// The file being brought in, its preview, the answer and Undo.
    state: BringingIn,
) -> impl IntoView {
    let BringingIn {
        problem,
        pending,
        done,
        to_check,
        undo,
    } = state;
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    // A sealed file waiting for its passphrase: (name, text).
    let sealed = RwSignal::new(Option::<(String, String)>::None);
    let passphrase = RwSignal::new(String::new());
    let pass_error = RwSignal::new(Option::<String>::None);
    let opening = RwSignal::new(false);

    // A file read: a sealed one asks for its passphrase first; a backup is
    // merged in a preview.
    let consider = move |name: String, text: String| {
        if crate::domain::records::register::sent_copy::sealed_data(&text).is_some() {
            sealed.set(Some((name, text)));
            request_animation_frame(|| focus_element("open-passphrase"));
            return;
        }
        match read_backup(&text) {
            Err(e) => problem.set(Some(format!(
                "{name} cannot be brought in. {e}. Nothing was changed."
            ))),
            Ok(incoming) => {
                let current = records.workspace(&app);
                let merged = restore(&current, &incoming);
                let p = preview(&current, &merged);
                let at =
                    crate::storage::revisioned::stored_revisions(&crate::storage::BrowserStore);
                pending.set(Some((incoming, merged, at, p)));
                request_animation_frame(|| focus_element("restore-preview-title"));
            }
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        problem.set(None);
        undo.set(None);
        to_check.set(Vec::new());
        sealed.set(None);
        pending.set(None);
        // A large file takes a moment: say so until it has been read.
        done.set(Some("Reading the file\u{2026}".into()));
        files::read_picked(&ev, move |name, text| {
            done.set(None);
            match text {
                Ok(t) => consider(name, t),
                Err(e) => problem.set(Some(format!("{name}: {e}. Nothing was changed."))),
            }
        });
    };
    let open_sealed = move |()| {
        let Some((name, text)) = sealed.get_untracked() else {
            return;
        };
        let pass = passphrase.get_untracked();
        if pass.is_empty() {
            pass_error.set(Some("Enter the passphrase you were given".into()));
            return;
        }
        pass_error.set(None);
        opening.set(true);
        leptos::task::spawn_local(async move {
            let opened = crate::ui::web_crypto::open_copy(&text, &pass).await;
            opening.set(false);
            match opened {
                Ok(backup) => {
                    sealed.set(None);
                    passphrase.set(String::new());
                    consider(name, backup);
                }
                Err(e) => {
                    pass_error.set(Some(e.to_string().replace("link", "file")));
                    request_animation_frame(|| focus_element("open-passphrase"));
                }
            }
        });
    };
    // Puts back exactly what was here before the last merge.
    let undo_merge = move |_| {
        let Some((before, after)) = undo.try_update(Option::take).flatten() else {
            return;
        };
        // Written back as it was, not as removals: what the file brought
        // may be a colleague's own records, and removals would travel to
        // their device with the next copy and take them away there. So
        // only while nothing has been saved since, here or in another tab
        // (which would be taken away too); other tabs are told, so that
        // they take the earlier copy rather than merge the file back.
        if crate::storage::revisioned::mark_undoing(&crate::storage::BrowserStore, &after).is_err()
        {
            done.set(Some(
                "Not undone: records or settings were changed after the file was brought in, in this tab or another, and undoing now would take those changes away too. Nothing was changed; what the file brought is still here.".into(),
            ));
            request_animation_frame(|| focus_element("restore-result"));
            return;
        }
        to_check.set(Vec::new());
        match save_and_show(&app, &records, before) {
            Ok(_) => done.set(Some(
                "Undone: everything is as it was before the file was brought in.".into(),
            )),
            Err(e) => problem.set(Some(format!("Could not undo: {e}."))),
        }
        request_animation_frame(|| focus_element("restore-result"));
    };

    view! {
        <h2>"Bring in a backup or another device\u{2019}s copy"</h2>
        <div id="restore-result" tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid="backup-done"><span class="nhsuk-u-visually-hidden">"Information: "</span><p>{m}</p>
                    {move || to_check.with(|t| !t.is_empty()).then(|| view! {
                        <p class="nhsuk-u-margin-bottom-2">"Check the details changed on both devices:"</p>
                        <ul class="nhsuk-list" data-testid="conflicts-to-check">
                            {to_check.get().into_iter().map(|(name, href)| view! { <li><a href=href>{name}</a></li> }).collect_view()}
                        </ul>
                    })}
                    {move || undo.with(Option::is_some).then(|| view! {
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="restore-undo" on:click=undo_merge>"Undo"</button>
                    })}
                </div>
            })}
        </div>
        <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || problem.with(Option::is_some))>
            <label class="nhsuk-label" for="restore-file">"Backup file"</label>
            <div class="nhsuk-hint" id="restore-file-hint">"What it holds is added to what is here: nothing here is removed or overwritten by older information. You will see what it adds before anything changes."</div>
            {move || problem.get().map(|m| view! {
                <span class="nhsuk-error-message" data-testid="restore-error"><span class="nhsuk-u-visually-hidden">"Error: "</span>{m}</span>
            })}
            <input class="nhsuk-file-upload" id="restore-file" type="file" accept=".json,application/json" aria-describedby="restore-file-hint" on:change=on_file/>
        </div>
        {move || sealed.get().map(|(name, _)| view! {
            <form class="nhsuk-inset-text" data-testid="sealed-file" novalidate on:submit=move |ev| { ev.prevent_default(); open_sealed(()); }>
                <p>{let _ = name; "This file is sealed. Enter the passphrase the person who sent it gave you."}</p>
                <TextField id="open-passphrase" label="Passphrase" input_type="password" autocomplete="off" width="nhsuk-input--width-20"
                    value=passphrase on_input=Callback::new(move |v| passphrase.set(v)) error=pass_error/>
                <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="submit" data-testid="open-sealed" disabled=move || opening.get()>
                    {move || if opening.get() { "Opening\u{2026}" } else { "Open the file" }}
                </button>
            </form>
        })}
    }
}
