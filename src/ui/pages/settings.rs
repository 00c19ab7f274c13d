//! `#/settings`: the scheme this browser uses by default. A commissioner's
//! link (`#/?scheme=lsc-2026`) sets it; this page changes or clears it.

use leptos::prelude::*;

use crate::domain::settings::Settings;
use crate::ui::components::{SchemeChoice, StorageKept};
use crate::ui::state::AppState;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let app = expect_context::<AppState>();
    let problem = RwSignal::new(Option::<String>::None);
    let saved = RwSignal::new(false);
    let set = move |scheme: Option<String>| {
        let result = app.save_settings(Settings {
            default_scheme: scheme,
            scheme_from_link: false,
            // Return dates come with a scheme's link; another scheme drops them.
            return_dates: Vec::new(),
            ..app.settings.get_untracked()
        });
        saved.set(result.is_ok());
        problem.set(result.err().map(|e| format!("{e}.")));
    };
    view! {
        <h1>"Default scheme"</h1>
        <p>
            "The scheme the due-date calculator and new agreements start with on this device. "
            "A link can still name another scheme."
        </p>
        <SchemeChoice
            selected=Signal::derive(move || app.settings.with(|s| s.default_scheme.clone().unwrap_or_default()))
            on_select=Callback::new(move |id: String| set(Some(id)))
            error=problem
        />
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="clear-default" on:click=move |_| set(None)>
            "No default scheme"
        </button>
        {move || saved.get().then(|| view! { <p role="status" data-testid="settings-saved">"Saved."</p> })}
        {move || app.settings.with(|st| (!st.return_dates.is_empty()).then(|| view! {
            <h2>"Quarterly returns"</h2>
            <p data-testid="return-dates">{super::return_dates_text(&st.return_dates)}</p>
        }))}
        <h2>"Data on this device"</h2>
        <StorageKept/>
    }
}
