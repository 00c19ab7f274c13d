//! `#/backup`: download everything as one file; bring a backup (or a
//! colleague's copy) in, merged with what is here, with a preview in plain
//! words before anything changes and Undo after. Also where damaged saved
//! data that was kept aside can be downloaded.
//!
//! The page's parts, in order: making a backup (`make_a_backup`), choosing
//! a file to bring in (`bring_in`), the preview of what it brings
//! (`preview`), and the saved data kept aside (`kept_aside`).

mod bring_in;
mod kept_aside;
mod make_a_backup;
mod preview;

use leptos::prelude::*;

use crate::ui::components::StorageKept;

use crate::domain::merge::RestorePreview;
use crate::domain::records::register::backup::Workspace;
use crate::storage::revisioned::save_workspace;
use crate::storage::revisioned::Revisions;
use crate::storage::{BrowserStore, StorageKey};
use crate::ui::records::Records;
use crate::ui::state::AppState;

use bring_in::BringInACopy;
use kept_aside::SavedDataKeptAside;
use make_a_backup::MakeABackup;
use preview::WhatItBrings;

/// Save a whole workspace as one change and show it on every page.
fn save_and_show(app: &AppState, records: &Records, w: Workspace) -> Result<Revisions, String> {
    let written = save_workspace(
        &BrowserStore,
        &w,
        records.register.revision(),
        records.agreements.revision(),
        records.collected.revision(),
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
    records.register.adopt(register, written.register);
    records.agreements.adopt(agreements, written.agreements);
    records.collected.adopt(collected, written.collected);
    app.show_saved_holidays(local_holidays);
    app.settings.set(settings);
    Ok(written)
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
    if records.home_rounds.blocked.get() {
        keys.push(StorageKey::HomeRounds);
    }
    keys
}

/// Bringing a file in, shared by choosing it (`bring_in`) and its preview
/// (`preview`).
#[derive(Clone, Copy)]
struct BringingIn {
    /// What went wrong reading or bringing in a file.
    problem: RwSignal<Option<String>>,
    /// The file read, the merge its preview was worked out from (with the
    /// revisions it was made at), and the preview.
    pending: RwSignal<Option<(Workspace, Workspace, Revisions, RestorePreview)>>,
    /// What was done, shown with Undo.
    done: RwSignal<Option<String>>,
    /// The residents with a conflict to check once a file is brought in:
    /// their names and pages.
    to_check: RwSignal<Vec<(String, String)>>,
    /// What was here before the last file was brought in, until the next,
    /// and the stored revisions just after it was.
    undo: RwSignal<Option<(Workspace, Revisions)>>,
}

#[component]
pub fn BackupPage() -> impl IntoView {
    let state = BringingIn {
        problem: RwSignal::new(None),
        pending: RwSignal::new(None),
        done: RwSignal::new(None),
        to_check: RwSignal::new(Vec::new()),
        undo: RwSignal::new(None),
    };
    let problem = state.problem;

    view! {
        <h1>"Backup and restore"</h1>
        <StorageKept/>
        <p>
            "Everything is kept only in this browser, which can clear its storage. A backup is one file with all "
            "of it: care homes, residents, agreements, settings and bank holidays added here."
        </p>
        <MakeABackup problem/>
        <p>
            "To send this device\u{2019}s copy to a colleague, use "
            <a href=crate::domain::formats::route::Route::Register.fixed_href() data-testid="to-send-a-copy">"the team\u{2019}s other devices on the care homes page"</a>"."
        </p>
        <BringInACopy state/>
        <WhatItBrings state/>
        <SavedDataKeptAside problem/>
    }
}
