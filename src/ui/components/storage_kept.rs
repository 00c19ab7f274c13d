//! Whether this browser keeps the toolkit's data, and how much space it
//! uses (on Settings and Backup).

use leptos::prelude::*;

use crate::ui::worker::{storage_status, StorageStatus};

#[component]
pub fn StorageKept() -> impl IntoView {
    let status = RwSignal::new(Option::<StorageStatus>::None);
    wasm_bindgen_futures::spawn_local(async move {
        status.set(Some(storage_status().await));
    });
    view! {
        <div class="nhsuk-inset-text" data-testid="storage-kept">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>
                {move || status.get().map(|s| s.describe()).unwrap_or_else(|| "Checking how this browser keeps the data\u{2026}".into())}
            </p>
        </div>
    }
}
