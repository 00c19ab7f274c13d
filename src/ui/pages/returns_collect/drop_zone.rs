//! The "Collect returns" page's "Return files": pick several at once, or
//! drop them on the zone. What they hold waits for "Add these returns".

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::records::returns::collect::add_file;
use crate::storage::files;
use crate::ui::records::Records;

use super::{propose, Notices, Pending};

/// The drop zone with its "Return files" input.
#[component]
pub(super) fn ReturnFilesDropZone(
    records: Records,
    today: NaiveDate,
    /// Whether files are being read ("Reading the files…").
    reading: RwSignal<bool>,
    notices: Notices,
    pending: RwSignal<Option<Pending>>,
) -> impl IntoView {
    let over = RwSignal::new(false);

    // Each file on its own: a broken one is named and refused, the others
    // are kept; all that were read are saved together.
    let import = move |picked: Vec<web_sys::File>| {
        if picked.is_empty() {
            return;
        }
        reading.set(true);
        notices.set(Vec::new());
        files::read_all(picked, move |read| {
            reading.set(false);
            let mut said: Vec<(bool, String)> = Vec::new();
            let before = records.collected.value.get_untracked();
            let mut list = before.clone();
            for (name, text) in read {
                let result = text
                    .map_err(|e| format!("{name} was not added: {e}."))
                    .and_then(|t| add_file(&mut list, &name, &t, today));
                said.push((result.is_ok(), result.unwrap_or_else(|e| e)));
            }
            propose(notices, pending, before, list, said);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| import(files::picked_files(&ev));
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        import(files::dropped_files(&ev));
    };

    view! {
        <div
            class="app-drop-zone app-no-print"
            class:app-drop-zone--over=over
            data-testid="drop-zone"
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <div class="nhsuk-form-group nhsuk-u-margin-bottom-0">
                <label class="nhsuk-label" for="return-files">"Return files"</label>
                <div class="nhsuk-hint" id="return-files-hint">"Choose several at once, or drop them here."</div>
                <input class="nhsuk-file-upload" id="return-files" type="file" multiple accept=".json,application/json" aria-describedby="return-files-hint" on:change=on_pick/>
            </div>
        </div>
    }
}
