//! The register's "Add a care home": the form that adds a care home,
//! optionally filled from an agreement.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::agreement::template::WEEKDAYS;
use crate::domain::records::agreement::ServiceType;
use crate::domain::records::register::validate::HomeDraft;
use crate::domain::records::register::Home;
use crate::domain::rules::schemes::ALL;
use crate::ui::browser::new_id;
use crate::ui::components::{ErrorSummary, SelectField, SummaryError, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

fn choices(
    first: &str,
    items: impl IntoIterator<Item = (String, String)>,
) -> Vec<(String, String)> {
    std::iter::once((String::new(), first.to_string()))
        .chain(items)
        .collect()
}

/// The form that adds a care home, optionally filled from an agreement.
#[component]
pub(super) fn AddACareHome() -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let name = RwSignal::new(String::new());
    let kind = RwSignal::new(String::new());
    let scheme = RwSignal::new(
        app.default_scheme()
            .map(|s| s.id.to_string())
            .unwrap_or_default(),
    );
    let day = RwSignal::new(String::new());
    let from_agreement = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<SummaryError>::new());
    let added = RwSignal::new(Option::<(String, String)>::None);
    let error_at = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.target_id == id)
                    .map(|x| x.message.clone())
            })
        })
    };

    let agreement_options = Signal::derive(move || {
        choices(
            "None",
            records.agreements.value.with(|l| {
                crate::domain::records::agreement::list::shown(l)
                    .map(|a| (a.id.clone(), a.title()))
                    .collect::<Vec<_>>()
            }),
        )
    });
    let fill_from = Callback::new(move |id: String| {
        from_agreement.set(id.clone());
        if let Some(a) = records
            .agreements
            .value
            .with_untracked(|l| crate::domain::records::agreement::list::find(l, &id).cloned())
        {
            name.set(a.care_home.name.clone());
            kind.set(
                a.care_home
                    .service_type
                    .map(|t| t.key().to_string())
                    .unwrap_or_default(),
            );
            scheme.set(a.scheme.clone());
            day.set(a.round.day.clone());
        }
    });
    let add = move |_| {
        // The same checks a file's homes pass (domain::records::register::validate).
        let draft = HomeDraft {
            name: name.get_untracked(),
            scheme: scheme.get_untracked(),
            round_day: day.get_untracked(),
        };
        let problems: Vec<SummaryError> = draft
            .problems()
            .into_iter()
            .map(|p| SummaryError {
                target_id: p.field.into(),
                message: p.message.into(),
            })
            .collect();
        errors.set(problems.clone());
        if !problems.is_empty() {
            crate::ui::components::focus_error_summary();
            return;
        }
        let home = Home {
            id: new_id(),
            name: name.get_untracked().trim().to_string(),
            service_type: ServiceType::ALL
                .into_iter()
                .find(|t| t.key() == kind.get_untracked()),
            scheme: scheme.get_untracked(),
            round_day: day.get_untracked(),
            agreement_id: Some(from_agreement.get_untracked()).filter(|s| !s.is_empty()),
            duties: Vec::new(),
            beds: Vec::new(),
            stamps: Default::default(),
        };
        let (id, home_name) = (home.id.clone(), home.name.clone());
        if records.register.update(|r| r.add_home(home)) {
            name.set(String::new());
            from_agreement.set(String::new());
            // The answer where the user is looking: at the button pressed,
            // with the next thing to do (issue 23).
            added.set(Some((id, home_name)));
            request_animation_frame(|| crate::ui::components::focus_element("home-added"));
        }
    };

    view! {
        // Open from the start when there is no home yet: the first thing
        // to do (issue 23).
        <details class="nhsuk-details" data-testid="add-home"
            prop:open=records.register.value.with_untracked(|r| r.homes.is_empty())>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"Add a care home"</span>
            </summary>
            <div class="nhsuk-details__text">
                <ErrorSummary errors=errors/>
                <SelectField
                    id="home-from-agreement"
                    label="Take the details from an agreement (optional)"
                    options=agreement_options
                    value=from_agreement
                    on_change=fill_from
                />
                <TextField id="home-name" label="Care home name" value=name on_input=Callback::new(move |v| name.set(v)) error=error_at("home-name")/>
                <SelectField
                    id="home-type"
                    label="Type of service"
                    options=choices("Not recorded", ServiceType::ALL.iter().map(|t| (t.key().to_string(), t.label().to_string())))
                    value=kind
                    on_change=Callback::new(move |v| kind.set(v))
                />
                <SelectField
                    id="home-scheme"
                    label="Scheme in force"
                    options=choices("Choose a scheme", ALL.iter().map(|s| (s.id.to_string(), s.name.to_string())))
                    value=scheme
                    on_change=Callback::new(move |v| scheme.set(v))
                    error=error_at("home-scheme")
                />
                <SelectField
                    id="home-round-day"
                    label="Day of the weekly round"
                    options=choices("Choose a day", WEEKDAYS.iter().map(|d| (d.to_string(), d.to_string())))
                    value=day
                    on_change=Callback::new(move |v| day.set(v))
                    error=error_at("home-round-day")
                />
                <button class="nhsuk-button" type="button" data-testid="save-home" on:click=add>"Add care home"</button>
                {move || added.get().map(|(id, home_name)| view! {
                    <div class="nhsuk-inset-text" role="status" id="home-added" tabindex="-1" data-testid="home-added">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>
                            {format!("Added {home_name}. ")}
                            <a href=Route::resident_add(&id).href()>{format!("Add residents to {home_name}")}</a>
                        </p>
                    </div>
                })}
            </div>
        </details>
    }
}
