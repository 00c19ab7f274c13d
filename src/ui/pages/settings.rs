//! `#/settings`: the scheme this browser uses by default. A commissioner's
//! link (`#/?scheme=lsc-2026`) sets it; this page changes or clears it.

use leptos::prelude::*;

use crate::domain::records::returns::file::check_ods;
use crate::domain::records::settings::Settings;
use crate::ui::components::{
    follow_if_untouched, ReturnDueFields, SchemeChoice, StorageKept, TextField,
};
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
        <ReturnsDue/>
        <PracticeDetails/>
        <DeviceName/>
        <h2>"Data on this device"</h2>
        <StorageKept/>
    }
}

/// When quarterly returns are due: from the commissioner's link, or set
/// here (a commissioner collecting returns sets their own). Saved as each
/// change is made.
#[component]
fn ReturnsDue() -> impl IntoView {
    let app = expect_context::<AppState>();
    let rule = RwSignal::new(app.settings.with_untracked(|s| s.return_due.clone()));
    let pending = RwSignal::new(false);
    let problem = RwSignal::new(Option::<String>::None);
    // Another tab may save new dates while this form is open: the form
    // shows them, so a change made here is made to them, not to the dates
    // shown earlier (a day typed here that could not be used yet stays in
    // its field, and is applied to them once it can be).
    Effect::new(move |_| {
        let stored = app.settings.with(|s| s.return_due.clone());
        if rule.with_untracked(|r| *r != stored) {
            rule.set(stored);
        }
    });
    let save = Callback::new(move |()| {
        let result = app.save_settings(Settings {
            return_due: rule.get_untracked(),
            ..app.settings.get_untracked()
        });
        problem.set(result.err().map(|e| format!("Not saved: {e}.")));
    });
    view! {
        <h2>"When quarterly returns are due"</h2>
        <p data-testid="return-due-now">{move || app.settings.with(|s| s.return_due.describe())}</p>
        <details class="nhsuk-details">
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"Change when returns are due"</span>
            </summary>
            <div class="nhsuk-details__text">
                <p>"The commissioner\u{2019}s link sets these. Change them only if the commissioner has told you to."</p>
                <ReturnDueFields rule pending today=app.today on_change=save/>
                {move || problem.get().map(|p| view! { <p class="nhsuk-error-message" role="alert">{p}</p> })}
            </div>
        </details>
    }
}

/// The practice's name and ODS code, which every quarterly return carries.
#[component]
fn PracticeDetails() -> impl IntoView {
    let app = expect_context::<AppState>();
    let name = FollowingField::new(move || {
        app.settings
            .with(|s| s.practice_name.clone().unwrap_or_default())
    });
    let ods = FollowingField::new(move || {
        app.settings
            .with(|s| s.practice_ods.clone().unwrap_or_default())
    });
    let name_error = RwSignal::new(Option::<String>::None);
    let ods_error = RwSignal::new(Option::<String>::None);
    let saved = RwSignal::new(Option::<String>::None);
    let save = move |_| {
        saved.set(None);
        let n = name.value.get_untracked().trim().to_string();
        name_error.set(
            n.is_empty()
                .then(|| "Enter the practice\u{2019}s name".to_string()),
        );
        let code = check_ods(&ods.value.get_untracked());
        ods_error.set(code.clone().err());
        let (false, Ok(code)) = (n.is_empty(), code) else {
            return;
        };
        // Only what was changed here is saved: a field left as it was
        // shown keeps what is stored now, which another tab may have
        // changed since this form was opened.
        let mut new = app.settings.get_untracked();
        if name.changed() {
            new.practice_name = Some(n);
        }
        if ods.changed() {
            ods.value.set(code.clone());
            new.practice_ods = Some(code);
        }
        let result = app.save_settings(new);
        if result.is_ok() {
            name.taken();
            ods.taken();
        }
        saved.set(Some(match result {
            Ok(()) => "Saved.".to_string(),
            Err(e) => format!("{e}."),
        }));
    };
    view! {
        <h2>"Your practice"</h2>
        <p>"Quarterly returns carry the practice\u{2019}s name and ODS code."</p>
        <TextField id="practice-name" label="Practice name" value=name.value on_input=Callback::new(move |v| name.value.set(v)) error=name_error/>
        <TextField id="practice-ods" label="ODS code" hint="A letter and 5 digits, like C87001" width="nhsuk-input--width-10" value=ods.value on_input=Callback::new(move |v| ods.value.set(v)) error=ods_error/>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="save-practice" on:click=save>"Save practice details"</button>
        {move || saved.get().map(|m| view! { <p role="status" data-testid="practice-saved">{m}</p> })}
    }
}

/// A form's field filled from a stored setting. Until the user changes it,
/// it follows the stored value (another tab may save a new one while the
/// form is open), so a form never saves back a value it showed earlier.
#[derive(Clone, Copy)]
struct FollowingField {
    value: RwSignal<String>,
    /// The stored value the field was last filled from.
    filled_from: StoredValue<String>,
}

impl FollowingField {
    fn new(stored: impl Fn() -> String + Send + Sync + 'static) -> Self {
        // Only a change to this setting moves the field.
        let stored = Memo::new(move |_| stored());
        let now = stored.get_untracked();
        let field = FollowingField {
            value: RwSignal::new(now.clone()),
            filled_from: StoredValue::new(now),
        };
        Effect::new(move |_| {
            let now = stored.get();
            field
                .filled_from
                .with_value(|shown| follow_if_untouched(field.value, shown, &now));
            field.filled_from.set_value(now);
        });
        field
    }

    /// Whether the user has changed what the field was filled with.
    fn changed(&self) -> bool {
        self.filled_from
            .with_value(|from| self.value.with_untracked(|v| v != from))
    }

    /// What the field holds is now stored.
    fn taken(&self) {
        self.filled_from.set_value(self.value.get_untracked());
    }
}

/// This device's name, shown to colleagues whose devices bring its copy in.
#[component]
fn DeviceName() -> impl IntoView {
    let name = RwSignal::new(crate::ui::clock::this_device().name);
    let saved = RwSignal::new(Option::<String>::None);
    let save = move |_| {
        saved.set(Some(
            match crate::ui::clock::rename_device(&name.get_untracked()) {
                Ok(()) => {
                    name.set(crate::ui::clock::this_device().name);
                    "Saved.".to_string()
                }
                Err(e) => format!("Not saved: {e}."),
            },
        ));
    };
    view! {
        <h2>"This device"</h2>
        <p>"Colleagues who bring in a copy from this device see this name beside it."</p>
        <TextField id="device-name" label="Name of this device" hint="For example, GP tablet or Practice desktop" width="nhsuk-input--width-20" value=name on_input=Callback::new(move |v| name.set(v)) error=Signal::derive(|| None::<String>)/>
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="save-device-name" on:click=save>"Save the name"</button>
        {move || saved.get().map(|m| view! { <p role="status" data-testid="device-saved">{m}</p> })}
    }
}
