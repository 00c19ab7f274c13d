//! `#/backup`: download everything as one file; restore a backup with a
//! preview, changing nothing until the user confirms. Also where damaged
//! saved data that was kept aside can be downloaded.

use leptos::prelude::*;

use crate::ui::components::StorageKept;

use crate::domain::date_text::iso;
use crate::domain::register::backup::{
    preview, read_backup, restore, write_backup, RestorePreview, Workspace,
};
use crate::domain::register::Register;
use crate::storage::revisioned::save_workspace;
use crate::storage::{damaged_copies, files, BrowserStore, DamagedCopy, KeyValueStore, StorageKey};
use crate::ui::browser::now_iso;
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// Everything this browser holds, as on screen.
pub fn current_workspace(app: &AppState, records: &Records) -> Workspace {
    let register = records.register.value.get_untracked();
    Workspace {
        homes: register.homes,
        residents: register.residents,
        assessments: register.assessments,
        agreements: records.agreements.value.get_untracked(),
        settings: app.settings.get_untracked(),
        local_holidays: app.local_holidays.get_untracked(),
        returns: register.returns,
        outcome_notes: register.outcome_notes,
        collected: records.collected.value.get_untracked(),
    }
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
    let pending = RwSignal::new(Option::<(Workspace, RestorePreview)>::None);
    let done = RwSignal::new(Option::<String>::None);
    // Bumped when a damaged copy is deleted, to redraw the list.
    let refresh = RwSignal::new(0u32);

    let download = move |_| {
        let made = now_iso();
        let text = write_backup(&current_workspace(&app, &records), &made);
        match files::download(
            &format!("care-home-toolkit-backup-{}.json", iso(app.today)),
            "application/json",
            &text,
        ) {
            Ok(()) => {
                let mut s = app.settings.get_untracked();
                s.last_backup = Some(iso(app.today));
                let _ = app.save_settings(s);
                done.set(Some("Backup downloaded. Keep the file somewhere safe: it holds patient information.".into()));
            }
            Err(e) => problem.set(Some(e)),
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        problem.set(None);
        // A large file takes a moment: say so until it has been read.
        done.set(Some("Reading the file\u{2026}".into()));
        files::read_picked(&ev, move |name, text| {
            done.set(None);
            let text = match text {
                Ok(t) => t,
                Err(e) => return problem.set(Some(format!("{name}: {e}. Nothing was changed."))),
            };
            match read_backup(&text) {
                Err(e) => problem.set(Some(format!(
                    "{name} cannot be restored: {e}. Nothing was changed."
                ))),
                Ok(incoming) => {
                    let p = preview(&current_workspace(&app, &records), &incoming);
                    pending.set(Some((incoming, p)));
                }
            }
        });
    };
    // All or nothing (storage::revisioned::save_workspace): either every
    // part is saved and the page shows it, or nothing is and it says so.
    let confirm = move |_| {
        // Taken, not cloned: a large backup is not copied again.
        let Some((incoming, _)) = pending.try_update(Option::take).flatten() else {
            return;
        };
        if !blocked_keys(&app, &records).is_empty() {
            problem.set(Some(
                "Nothing was restored: saved data that could not be read is still waiting to be downloaded (below), and a restore would write over it.".into(),
            ));
            return;
        }
        records.register.flush();
        records.agreements.flush();
        let merged = restore(&current_workspace(&app, &records), incoming);
        match save_workspace(
            &BrowserStore,
            &merged,
            records.register.revision(),
            records.agreements.revision(),
        ) {
            Ok((register_rev, agreements_rev)) => {
                let Workspace {
                    homes,
                    residents,
                    assessments,
                    agreements,
                    settings,
                    local_holidays,
                    returns,
                    collected,
                    outcome_notes,
                } = merged;
                let (h, r, a) = (homes.len(), residents.len(), agreements.len());
                records.register.adopt(
                    Register {
                        homes,
                        residents,
                        assessments,
                        returns,
                        outcome_notes,
                    },
                    register_rev,
                );
                records.agreements.adopt(agreements, agreements_rev);
                let collected_rev = crate::storage::revisioned::stored_revision::<
                    Vec<crate::domain::returns::file::ReturnFile>,
                >(&BrowserStore);
                records.collected.adopt(collected, collected_rev);
                app.local_holidays.set(local_holidays);
                app.settings.set(settings);
                done.set(Some(format!(
                    "Restored. This device now holds {h} care homes, {r} residents and {a} agreements."
                )));
            }
            Err(e) => problem.set(Some(format!(
                "Nothing was restored: {e}. What was here before is unchanged."
            ))),
        }
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
            Some(d) => format!("Last backup: {d}."),
            None => "No backup made in this browser yet.".into(),
        }}</p>
        <button class="nhsuk-button" type="button" data-testid="download-backup" on:click=download>"Download a backup"</button>
        {move || done.get().map(|m| view! {
            <div class="nhsuk-inset-text" role="status" data-testid="backup-done"><span class="nhsuk-u-visually-hidden">"Information: "</span><p>{m}</p></div>
        })}

        <h2>"Restore a backup"</h2>
        <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || problem.with(Option::is_some))>
            <label class="nhsuk-label" for="restore-file">"Backup file"</label>
            <div class="nhsuk-hint" id="restore-file-hint">"You will see what it would add or replace before anything changes."</div>
            {move || problem.get().map(|m| view! {
                <span class="nhsuk-error-message" data-testid="restore-error"><span class="nhsuk-u-visually-hidden">"Error: "</span>{m}</span>
            })}
            <input class="nhsuk-file-upload" id="restore-file" type="file" accept=".json,application/json" aria-describedby="restore-file-hint" on:change=on_file/>
        </div>
        {move || pending.get().map(|(_, p)| view! {
            <div class="nhsuk-warning-callout" data-testid="restore-preview">
                <h3 class="nhsuk-warning-callout__label"><span role="text">"Check before restoring"</span></h3>
                <ul class="nhsuk-list nhsuk-list--bullet">
                    <li>{format!("Care homes: {} added, {} replaced", p.homes_added, p.homes_replaced)}</li>
                    <li>{format!("Residents: {} added, {} replaced", p.residents_added, p.residents_replaced)}</li>
                    <li>{format!("Agreements: {} added, {} replaced", p.agreements_added, p.agreements_replaced)}</li>
                    <li>{format!("Bank holidays added: {}", p.holidays_added)}</li>
                    <li>{if p.settings_replaced { "Settings will be replaced" } else { "Settings unchanged" }}</li>
                </ul>
                <p>"Nothing else here is removed."</p>
                <div class="nhsuk-button-group">
                    <button class="nhsuk-button" type="button" data-testid="restore-confirm" on:click=confirm>"Restore"</button>
                    <button class="nhsuk-button nhsuk-button--secondary" type="button" on:click=move |_| pending.set(None)>"Cancel"</button>
                </div>
            </div>
        })}

        <h2 id="damaged">"Saved data kept aside"</h2>
        <p>"When saved data cannot be read it is kept here untouched, each time with its own date, so it can be recovered by hand."</p>
        {blocked}
        <ul class="nhsuk-list" data-testid="damaged">{damaged}</ul>
    }
}
