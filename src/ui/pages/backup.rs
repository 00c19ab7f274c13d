//! `#/backup`: download everything as one file; bring a backup (or a
//! colleague's copy) in, merged with what is here, with a preview in plain
//! words before anything changes and Undo after. Also where damaged saved
//! data that was kept aside can be downloaded.

use leptos::prelude::*;

use crate::ui::components::{focus_element, StorageKept, TextField};

use crate::domain::date_text::iso;
use crate::domain::register::backup::{
    preview, read_backup, restore, write_backup, RestorePreview, Workspace,
};
use crate::storage::revisioned::save_workspace;
use crate::storage::{damaged_copies, files, BrowserStore, DamagedCopy, KeyValueStore, StorageKey};
use crate::ui::browser::now_iso;
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// Save a whole workspace as one change and show it on every page.
fn save_and_show(app: &AppState, records: &Records, w: Workspace) -> Result<(), String> {
    let (register_rev, agreements_rev) = save_workspace(
        &BrowserStore,
        &w,
        records.register.revision(),
        records.agreements.revision(),
    )
    .map_err(|e| e.to_string())?;
    let Workspace {
        register,
        agreements,
        settings,
        local_holidays,
        collected,
        from: _,
    } = w;
    records.register.adopt(register, register_rev);
    records.agreements.adopt(agreements, agreements_rev);
    let collected_rev = crate::storage::revisioned::stored_revision::<
        Vec<crate::domain::returns::file::ReturnFile>,
    >(&BrowserStore);
    records.collected.adopt(collected, collected_rev);
    app.local_holidays.set(local_holidays);
    app.settings.set(settings);
    Ok(())
}

/// Stored values that could not be read nor kept aside, so are not saved
/// over: each with the way to release it once downloaded.
fn blocked_keys(app: &AppState, records: &Records) -> Vec<StorageKey> {
    let mut keys = app.blocked.get();
    if records.register.blocked.get() {
        keys.push(StorageKey::Register);
    }
    if records.agreements.blocked.get() {
        keys.push(StorageKey::Agreements);
    }
    if records.collected.blocked.get() {
        keys.push(StorageKey::Collected);
    }
    keys
}

fn release(app: &AppState, records: &Records, key: StorageKey) {
    match key {
        StorageKey::Register => records.register.release(),
        StorageKey::Agreements => records.agreements.release(),
        StorageKey::Collected => records.collected.release(),
        other => app.release(other),
    }
}

/// "damaged-register-2026-11-23T19-38-38Z.txt", from the copy's key (or,
/// for a value not kept aside, its name and the time now): one file name
/// per copy.
fn damaged_file_name(name: &str) -> String {
    let plain: String = name
        .trim_start_matches(crate::storage::DAMAGED_PREFIX)
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("damaged-{plain}.txt")
}

#[component]
pub fn BackupPage() -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let problem = RwSignal::new(Option::<String>::None);
    // The file read, the merge its preview was worked out from (with the
    // revisions it was made at), and the preview.
    let pending = RwSignal::new(Option::<(Workspace, Workspace, (u64, u64), RestorePreview)>::None);
    let done = RwSignal::new(Option::<String>::None);
    let downloaded = RwSignal::new(Option::<String>::None);
    // What was here before the last file was brought in, until the next.
    let undo = RwSignal::new(Option::<Workspace>::None);
    // A sealed file waiting for its passphrase: (name, text).
    let sealed = RwSignal::new(Option::<(String, String)>::None);
    let passphrase = RwSignal::new(String::new());
    let pass_error = RwSignal::new(Option::<String>::None);
    let opening = RwSignal::new(false);
    // Bumped when a damaged copy is deleted, to redraw the list.
    let refresh = RwSignal::new(0u32);

    let download = move |_| {
        let made = now_iso();
        let device = crate::ui::clock::this_device();
        let mut w = records.workspace(&app);
        w.from = Some(crate::domain::merge::device::Device {
            id: device.id,
            name: device.name,
            ..Default::default()
        });
        let text = write_backup(&w, &made);
        match files::download(
            &format!("care-home-toolkit-backup-{}.json", iso(app.today)),
            "application/json",
            &text,
        ) {
            Ok(()) => {
                let mut s = app.settings.get_untracked();
                s.last_backup = Some(iso(app.today));
                let _ = app.save_settings(s);
                crate::ui::clock::note_sent(app.today);
                downloaded.set(Some("Backup downloaded. Keep the file somewhere safe: it holds patient information.".into()));
                request_animation_frame(|| focus_element("download-result"));
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    // A file read: a sealed one asks for its passphrase first; a backup is
    // merged in a preview.
    let consider = move |name: String, text: String| {
        if crate::domain::register::sent_copy::sealed_data(&text).is_some() {
            sealed.set(Some((name, text)));
            request_animation_frame(|| focus_element("open-passphrase"));
            return;
        }
        match read_backup(&text) {
            Err(e) => problem.set(Some(format!(
                "{name} cannot be brought in: {e}. Nothing was changed."
            ))),
            Ok(incoming) => {
                let current = records.workspace(&app);
                let merged = restore(&current, &incoming);
                let p = preview(&current, &merged);
                let at = (records.register.revision(), records.agreements.revision());
                pending.set(Some((incoming, merged, at, p)));
                request_animation_frame(|| focus_element("restore-preview-title"));
            }
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        problem.set(None);
        undo.set(None);
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
    let open_sealed = move |_| {
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
    // All or nothing (storage::revisioned::save_workspace): either every
    // part is saved and the page shows it, or nothing is and it says so.
    let confirm = move |_| {
        // Taken, not cloned: a large backup is not copied again.
        let Some((incoming, merged, at, p)) = pending.try_update(Option::take).flatten() else {
            return;
        };
        if !blocked_keys(&app, &records).is_empty() {
            problem.set(Some(
                "Nothing was brought in: saved data that could not be read is still waiting to be downloaded (below), and this would write over it.".into(),
            ));
            return;
        }
        // Merged with what is here now (anything changed since the preview
        // included), never replacing it.
        let before = records.workspace(&app);
        // The preview's merge, unless something was saved since it was made.
        let now = (records.register.revision(), records.agreements.revision());
        let merged = if now == at {
            merged
        } else {
            restore(&before, &incoming)
        };
        match save_and_show(&app, &records, merged) {
            Ok(()) => {
                if let Some(from) = &incoming.from {
                    crate::ui::clock::note_brought_in(from, app.today);
                }
                undo.set(Some(before));
                done.set(Some(format!("Brought in. {}", p.lines().join(" "))));
            }
            Err(e) => problem.set(Some(format!(
                "Nothing was brought in: {e}. What was here before is unchanged."
            ))),
        }
        request_animation_frame(|| focus_element("restore-result"));
    };
    // Puts back exactly what was here before the last merge.
    let undo_merge = move |_| {
        let Some(before) = undo.try_update(Option::take).flatten() else {
            return;
        };
        // Written back as it was, not as removals: what the file brought
        // may be a colleague's own records, and removals would travel to
        // their device with the next copy and take them away there.
        match save_and_show(&app, &records, before) {
            Ok(()) => done.set(Some(
                "Undone: everything is as it was before the file was brought in.".into(),
            )),
            Err(e) => problem.set(Some(format!("Could not undo: {e}."))),
        }
        request_animation_frame(|| focus_element("restore-result"));
    };

    let damaged = move || {
        let _ = refresh.get();
        damaged_copies(&BrowserStore)
            .into_iter()
            .map(|copy| {
                let DamagedCopy { key, what, kept_at, characters } = copy;
                let name = damaged_file_name(&key);
                let when = crate::ui::browser::local_date_time(&kept_at)
                    .unwrap_or_else(|| "an earlier version".into());
                let (k1, k2) = (key.clone(), key.clone());
                view! {
                    <li data-testid="damaged-copy" data-key=key.clone()>
                        <p class="nhsuk-u-margin-bottom-2">
                            {format!("The {what} that could not be read, kept aside on {when} ({characters} characters).")}
                        </p>
                        <div class="nhsuk-button-group">
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="download-damaged"
                                on:click=move |_| {
                                    if let Ok(Some(text)) = BrowserStore.get_text(&k1) {
                                        if let Err(e) = files::download(&name, "text/plain", &text) {
                                            problem.set(Some(e));
                                        }
                                    }
                                }>
                                "Download"<span class="nhsuk-u-visually-hidden">{format!(" the damaged {what}")}</span>
                            </button>
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="delete-damaged"
                                on:click=move |_| {
                                    let _ = BrowserStore.remove_text(&k2);
                                    refresh.update(|n| *n += 1);
                                }>
                                "Delete"<span class="nhsuk-u-visually-hidden">{format!(" the damaged {what}")}</span>
                            </button>
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    let blocked = move || {
        blocked_keys(&app, &records)
            .into_iter()
            .map(|key| {
                let what = key.name();
                view! {
                    <div class="nhsuk-warning-callout" data-testid="blocked">
                        <h3 class="nhsuk-warning-callout__label"><span role="text">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>
                            {format!("The saved {what} could not be read")}
                        </span></h3>
                        <p>"There was no room to keep a copy aside, so it is still where it was and nothing is saved over it. Download it to keep it; the toolkit can then save your changes."</p>
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="download-blocked"
                            on:click=move |_| {
                                let text = BrowserStore.get(key).ok().flatten().unwrap_or_default();
                                match files::download(&damaged_file_name(&format!("{what}-{}", now_iso())), "text/plain", &text) {
                                    Ok(()) => release(&app, &records, key),
                                    Err(e) => problem.set(Some(e)),
                                }
                            }>
                            {format!("Download the {what} and carry on")}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <h1>"Backup and restore"</h1>
        <StorageKept/>
        <p>
            "Everything is kept only in this browser, which can clear its storage. A backup is one file with all "
            "of it: care homes, residents, agreements, settings and bank holidays added here."
        </p>
        <p data-testid="last-backup">{move || match app.settings.with(|s| s.last_backup.clone()) {
            Some(d) => format!(
                "This device\u{2019}s copy last left it (a backup or a copy sent) on {}.",
                crate::domain::date_text::parse_iso(&d).map_or(d, crate::domain::date_text::short)
            ),
            None => "No backup made in this browser yet.".into(),
        }}</p>
        <button class="nhsuk-button" type="button" data-testid="download-backup" on:click=download>"Download a backup"</button>
        <div id="download-result" tabindex="-1">
            {move || downloaded.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid="backup-downloaded"><span class="nhsuk-u-visually-hidden">"Information: "</span><p>{m}</p></div>
            })}
        </div>

        <h2>"Bring in a backup or another device\u{2019}s copy"</h2>
        <div id="restore-result" tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid="backup-done"><span class="nhsuk-u-visually-hidden">"Information: "</span><p>{m}</p>
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
            <div class="nhsuk-inset-text" data-testid="sealed-file">
                <p>{let _ = name; "This file is sealed. Enter the passphrase the person who sent it gave you."}</p>
                <TextField id="open-passphrase" label="Passphrase" input_type="password" autocomplete="off" width="nhsuk-input--width-20"
                    value=passphrase on_input=Callback::new(move |v| passphrase.set(v)) error=pass_error/>
                <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button" data-testid="open-sealed" on:click=open_sealed disabled=move || opening.get()>
                    {move || if opening.get() { "Opening\u{2026}" } else { "Open the file" }}
                </button>
            </div>
        })}
        {move || pending.with(|p| p.as_ref().map(|(_, _, _, p)| p.clone())).map(|p| view! {
            <div class="nhsuk-warning-callout" data-testid="restore-preview">
                <h3 class="nhsuk-warning-callout__label" id="restore-preview-title" tabindex="-1"><span role="text">"Check before bringing it in"</span></h3>
                {p.lines().into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                <div class="nhsuk-button-group">
                    {(!p.is_nothing()).then(|| view! {
                        <button class="nhsuk-button" type="button" data-testid="restore-confirm" on:click=confirm>"Bring it in"</button>
                    })}
                    <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="restore-cancel" on:click=move |_| {
                        pending.set(None);
                        request_animation_frame(|| focus_element("restore-file"));
                    }>{if p.is_nothing() { "Close" } else { "Cancel" }}</button>
                </div>
            </div>
        })}

        <h2 id="damaged">"Saved data kept aside"</h2>
        <p>"When saved data cannot be read it is kept here untouched, each time with its own date, so it can be recovered by hand."</p>
        {blocked}
        <ul class="nhsuk-list" data-testid="damaged">{damaged}</ul>
    }
}
