//! The backup page's "Saved data kept aside": saved data that could not be
//! read, to download (and, when it could not be kept aside, release) or
//! delete.

use leptos::prelude::*;

use crate::storage::{damaged_copies, files, BrowserStore, DamagedCopy, KeyValueStore, StorageKey};
use crate::ui::browser::now_iso;
use crate::ui::records::Records;
use crate::ui::state::AppState;

use super::blocked_keys;

fn release(app: &AppState, records: &Records, key: StorageKey) {
    match key {
        StorageKey::Register => records.register.release(),
        StorageKey::Agreements => records.agreements.release(),
        StorageKey::Collected => records.collected.release(),
        StorageKey::HomeRounds => records.home_rounds.release(),
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
pub fn SavedDataKeptAside(
    /// Why a download failed, shown at the file input.
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    // Bumped when a damaged copy is deleted, to redraw the list.
    let refresh = RwSignal::new(0u32);

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
        <h2 id="damaged">"Saved data kept aside"</h2>
        <p>"When saved data cannot be read it is kept here untouched, each time with its own date, so it can be recovered by hand."</p>
        {blocked}
        <ul class="nhsuk-list" data-testid="damaged">{damaged}</ul>
    }
}
