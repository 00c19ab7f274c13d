//! The backup page's "Download a backup": when this device's copy last
//! left it, the button, and the answer beside it.

use leptos::prelude::*;

use crate::domain::helpers::date_text::iso;
use crate::domain::records::register::backup::write_backup;
use crate::storage::files;
use crate::ui::browser::now_iso;
use crate::ui::components::focus_element;
use crate::ui::records::Records;
use crate::ui::state::AppState;

#[component]
pub fn MakeABackup(
    /// Why the download failed, shown at the file input.
    problem: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let downloaded = RwSignal::new(Option::<String>::None);

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

    view! {
        <p data-testid="last-backup">{move || match app.settings.with(|s| s.last_backup.clone()) {
            Some(d) => format!(
                "This device\u{2019}s copy last left it (a backup or a copy sent) on {}.",
                crate::domain::helpers::date_text::parse_iso(&d).map_or(d, crate::domain::helpers::date_text::short)
            ),
            None => "No backup made in this browser yet.".into(),
        }}</p>
        <button class="nhsuk-button" type="button" data-testid="download-backup" on:click=download>"Download a backup"</button>
        <div id="download-result" tabindex="-1">
            {move || downloaded.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" data-testid="backup-downloaded"><span class="nhsuk-u-visually-hidden">"Information: "</span><p>{m}</p></div>
            })}
        </div>
    }
}
