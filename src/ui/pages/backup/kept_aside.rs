//! The backup page's "Saved data kept aside": saved data that could not be
//! read, to download (and, when it could not be kept aside, release) or
//! delete, once asked; and, in a copy of the register, the residents left
//! out of it, each to fix in the form and bring back.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::storage::{
    damaged_copies, files, left_out_of_copy, BrowserStore, DamagedCopy, KeyValueStore, StorageKey,
};
use crate::ui::browser::now_iso;
use crate::ui::components::focus_element;
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
    // The copy the user asked to delete, until they confirm or keep it.
    let deleting = RwSignal::new(Option::<String>::None);
    // What was done, shown under the heading.
    let done = RwSignal::new(Option::<String>::None);
    let delete = move |key: String, what: String| {
        let _ = BrowserStore.remove_text(&key);
        deleting.set(None);
        refresh.update(|n| *n += 1);
        // Nothing left to download: the banner pointing here goes too.
        if damaged_copies(&BrowserStore).is_empty() && blocked_keys(&app, &records).is_empty() {
            app.storage_problems.set(Vec::new());
        }
        done.set(Some(format!("The {what} kept aside is deleted.")));
        request_animation_frame(|| focus_element("damaged-result"));
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
                let (k1, k2, k3, k4) = (key.clone(), key.clone(), key.clone(), key.clone());
                let to_fix: Vec<(String, String)> = records.register.value.with_untracked(|r| {
                    r.residents_to_fix(&left_out_of_copy(&BrowserStore, &key))
                        .into_iter()
                        .map(|x| (x.name.clone(), Route::resident_fix(&x.id, &key).href()))
                        .collect()
                });
                let (what2, what3) = (what.clone(), what.clone());
                view! {
                    <li data-testid="damaged-copy" data-key=key.clone()>
                        <p class="nhsuk-u-margin-bottom-2">
                            {format!("The {what} that could not be read, kept aside on {when} ({characters} characters).")}
                        </p>
                        {(!to_fix.is_empty()).then(|| view! {
                            <p class="nhsuk-u-margin-bottom-2">"Left out of it because their details did not pass the form\u{2019}s checks:"</p>
                            <ul class="nhsuk-list" data-testid="to-fix">
                                {to_fix.into_iter().map(|(name, href)| view! {
                                    <li><a href=href>"Fix and bring back "{name}</a></li>
                                }).collect_view()}
                            </ul>
                        })}
                        <div class="nhsuk-button-group">
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="download-damaged"
                                on:click=move |_| {
                                    if let Ok(Some(text)) = BrowserStore.get_text(&k1) {
                                        match files::download(&name, "text/plain", &text) {
                                            Ok(()) => {
                                                done.set(Some(format!("The {what3} kept aside is downloaded. It is still kept here until you delete it.")));
                                                request_animation_frame(|| focus_element("damaged-result"));
                                            }
                                            Err(e) => problem.set(Some(e)),
                                        }
                                    }
                                }>
                                "Download"<span class="nhsuk-u-visually-hidden">{format!(" the damaged {what}")}</span>
                            </button>
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="delete-damaged"
                                on:click=move |_| {
                                    deleting.set(Some(k2.clone()));
                                    request_animation_frame(|| focus_element("delete-damaged-ask"));
                                }>
                                "Delete"<span class="nhsuk-u-visually-hidden">{format!(" the damaged {what}")}</span>
                            </button>
                        </div>
                        {move || deleting.with(|d| d.as_deref() == Some(k3.as_str())).then(|| {
                            let (key, what) = (k4.clone(), what2.clone());
                            view! {
                                <div class="nhsuk-inset-text" data-testid="delete-damaged-confirm">
                                    <p id="delete-damaged-ask" tabindex="-1">"Delete it for good? It cannot be brought back."</p>
                                    <div class="nhsuk-button-group">
                                        <button class="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-0" type="button" data-testid="delete-damaged-yes"
                                            on:click=move |_| delete(key.clone(), what.clone())>"Yes, delete it"</button>
                                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button"
                                            on:click=move |_| {
                                                deleting.set(None);
                                                request_animation_frame(|| focus_element("damaged"));
                                            }>"Keep it"</button>
                                    </div>
                                </div>
                            }
                        })}
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
        <h2 id="damaged" tabindex="-1">"Saved data kept aside"</h2>
        <div id="damaged-result" tabindex="-1">
            {move || done.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid="damaged-done"><p>{m}</p></div>
            })}
        </div>
        <p>"When saved data cannot be read it is kept here untouched, each time with its own date, so that nothing is lost."</p>
        {blocked}
        <ul class="nhsuk-list" data-testid="damaged">{damaged}</ul>
    }
}
