//! `#/backup`: download everything as one file; restore a backup with a
//! preview, changing nothing until the user confirms. Also where damaged
//! saved data that was kept aside can be downloaded.

use leptos::prelude::*;

use crate::ui::components::StorageKept;

use crate::domain::date_text::iso;
use crate::domain::register::backup::{
    preview, read_backup, restore, write_backup, RestorePreview, Workspace,
};
use crate::domain::settings::Settings;
use crate::storage::{files, BrowserStore, KeyValueStore, StorageKey};
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
    }
}

const DAMAGED: [(StorageKey, &str); 4] = [
    (StorageKey::DamagedAgreements, "agreements"),
    (StorageKey::DamagedRegister, "register"),
    (StorageKey::DamagedLocalHolidays, "local-holidays"),
    (StorageKey::DamagedSettings, "settings"),
];

#[component]
pub fn BackupPage() -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let problem = RwSignal::new(Option::<String>::None);
    let pending = RwSignal::new(Option::<(Workspace, RestorePreview)>::None);
    let done = RwSignal::new(Option::<String>::None);

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
        done.set(None);
        files::read_picked(&ev, move |name, text| {
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
    let confirm = move |_| {
        let Some((incoming, _)) = pending.get_untracked() else {
            return;
        };
        let merged = restore(&current_workspace(&app, &records), &incoming);
        records.register.set(merged.register());
        records.agreements.set(merged.agreements.clone());
        let mut failed = Vec::new();
        if let Err(e) = app.save_local_holidays(merged.local_holidays.clone()) {
            failed.push(format!("bank holidays: {e}"));
        }
        if merged.settings != app.settings.get_untracked() {
            if let Err(e) = app.save_settings(Settings {
                ..merged.settings.clone()
            }) {
                failed.push(format!("settings: {e}"));
            }
        }
        pending.set(None);
        if failed.is_empty() {
            done.set(Some("Restored.".into()));
        } else {
            problem.set(Some(format!(
                "Parts could not be saved: {}.",
                failed.join("; ")
            )));
        }
    };

    let damaged = move || {
        DAMAGED
            .into_iter()
            .filter_map(|(key, name)| BrowserStore.get(key).ok().flatten().map(|text| (key, name, text)))
            .map(|(key, name, text)| {
                let t = text.clone();
                view! {
                    <li>
                        {format!("Damaged {name} data ({} characters) ", text.chars().count())}
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid=format!("download-damaged-{name}")
                            on:click=move |_| { let _ = files::download(&format!("damaged-{name}.txt"), "text/plain", &t); }>
                            "Download"
                        </button>
                        " "
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button"
                            on:click=move |_| { let _ = BrowserStore.remove(key); problem.set(None); }>
                            "Delete it"
                        </button>
                    </li>
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

        <h2>"Saved data kept aside"</h2>
        <p>"When saved data cannot be read it is kept here untouched, so it can be recovered by hand."</p>
        <ul class="nhsuk-list" data-testid="damaged">{damaged}</ul>
    }
}
