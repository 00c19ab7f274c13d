//! `#/residents`: the care homes and their residents.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::agreement::template::WEEKDAYS;
use crate::domain::agreement::ServiceType;
use crate::domain::date_text::{iso, short};
use crate::domain::register::due_list::{due_list, DueRow};
use crate::domain::register::nhs_number;
use crate::domain::register::validate::HomeDraft;
use crate::domain::register::{Home, Resident};
use crate::domain::route::Route;
use crate::domain::schemes::{Scheme, ALL};
use crate::ui::browser::new_id;
use crate::ui::components::{
    ErrorSummary, SelectField, SendCopy, StatusTag, SummaryError, TextField,
};
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
fn AddHome() -> impl IntoView {
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
                crate::domain::agreement::list::shown(l)
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
            .with_untracked(|l| crate::domain::agreement::list::find(l, &id).cloned())
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
        // The same checks a file's homes pass (domain::register::validate).
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

/// How long typing in the search pauses before it searches.
const SEARCH_PAUSE_MS: u64 = 250;

/// "3 residents found", or that none matches.
fn found_words(n: usize, text: &str) -> String {
    match n {
        0 => format!(
            "No current resident matches \u{201c}{}\u{201d}",
            text.trim()
        ),
        1 => "1 resident found".to_string(),
        n => format!("{n} residents found"),
    }
}

/// Rows drawn at first, and added by each "Show more".
const PAGE: usize = 25;
/// More homes than this and each home's residents fold away, drawn only
/// when opened: 5,000 residents drawn at once took 5.2 s (issue 23).
const MANY_HOMES: usize = 3;

/// One resident's row: name, NHS number, room, admission, next due.
fn resident_row(r: &Resident, next: Option<DueRow>) -> impl IntoView {
    view! {
        <tr class="nhsuk-table__row" data-resident=r.id.clone()>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Resident "</span>
                <a class=crate::ui::components::long_word_class(&r.name) href=Route::resident(&r.id).href()>{r.name.clone()}</a>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"NHS number "</span>
                <span class="app-nowrap">{nhs_number::format(&r.nhs_number)}</span>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Room "</span>
                {r.room.clone()}
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Admitted "</span>
                <span class="app-nowrap">{short(r.admitted)}</span>
                {r.temporary.then_some(" (temporary)")}
            </td>
            <td class="nhsuk-table__cell" data-testid="next-due">
                <span class="app-table__label" aria-hidden="true">"Next due "</span>
                {next.map(|n| view! {
                    <span class="app-nowrap"><time datetime=iso(n.due)>{short(n.due)}</time></span>
                    " "
                    <StatusTag status=n.status/>
                    <br/>
                    <span class="nhsuk-body-s">{n.obligation.title}</span>
                })}
            </td>
        </tr>
    }
}

/// How many of a table's residents are drawn: kept for the page by the
/// table's key (a home's id, or the search's), so a home opened or shown
/// further stays so when the register changes (another tab's save).
#[derive(Clone, Copy)]
struct Shown {
    counts: RwSignal<HashMap<String, usize>>,
}

impl Shown {
    fn get(self, key: &str, default: usize) -> usize {
        self.counts.with(|m| m.get(key).copied().unwrap_or(default))
    }

    fn set(self, key: &str, n: usize) {
        self.counts.update(|m| {
            m.insert(key.to_string(), n);
        });
    }
}

/// A table of residents, `shown` of them drawn, with "Show more".
fn residents_table(
    caption: String,
    residents: StoredValue<Vec<Resident>>,
    shown: (Shown, String, usize),
    next: Memo<HashMap<String, DueRow>>,
) -> impl IntoView {
    let (counts, key, default) = shown;
    let key = StoredValue::new(key);
    let shown = move || key.with_value(|k| counts.get(k, default));
    let table = NodeRef::<leptos::html::Table>::new();
    // Focus goes to the first row drawn, so it is not lost when the button
    // goes (issue 23) and the next Tab carries on down the list.
    let more = move |_| {
        let n = shown();
        key.with_value(|k| counts.set(k, n + PAGE));
        request_animation_frame(move || {
            if let Some(t) = table.get_untracked() {
                let css = format!("tbody tr:nth-child({}) a", n + 1);
                crate::ui::components::focus_within(&t, &css);
            }
        });
    };
    let count = residents.with_value(Vec::len);
    view! {
        <table class="nhsuk-table app-table" node_ref=table>
            <caption class="nhsuk-table__caption nhsuk-table__caption--s">{caption}</caption>
            <thead class="nhsuk-table__head">
                <tr>
                    <th scope="col" class="nhsuk-table__header">"Resident"</th>
                    <th scope="col" class="nhsuk-table__header">"NHS number"</th>
                    <th scope="col" class="nhsuk-table__header">"Room"</th>
                    <th scope="col" class="nhsuk-table__header">"Admitted"</th>
                    <th scope="col" class="nhsuk-table__header">"Next due"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body">
                {move || {
                    let n = shown();
                    // Folded: the due list is not even worked out yet.
                    if n == 0 {
                        return ().into_any();
                    }
                    residents.with_value(|list| {
                        next.with(|m| {
                            list.iter()
                                .take(n)
                                .map(|r| resident_row(r, m.get(&r.id).cloned()))
                                .collect_view()
                        })
                    })
                    .into_any()
                }}
            </tbody>
        </table>
        {move || (shown() < count).then(|| view! {
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="show-more-residents"
                on:click=more>
                {move || format!("Show {} more", count.saturating_sub(shown()).min(PAGE))}
            </button>
        })}
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let records = expect_context::<Records>();
    let app = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        records
            .register
            .value
            .with(|r| app.calendar.with(|c| due_list(r, app.today, c)))
    });
    // Each resident's next due, found once for the page.
    let next = Memo::new(move |_| list.with(|l| l.next_by_resident()));
    let search = RwSignal::new(String::new());
    let counts = Shown {
        counts: RwSignal::new(HashMap::new()),
    };
    // What is typed; searched once typing pauses, not on every key.
    let typed = StoredValue::new(String::new());
    let on_search = move |v: String| {
        typed.set_value(v.clone());
        set_timeout(
            // The page may have gone meanwhile: then nothing is done.
            move || {
                if typed.try_with_value(|t| *t == v) == Some(true) {
                    search.try_set(v);
                    counts.counts.try_update(|m| {
                        m.insert(String::new(), PAGE);
                    });
                }
            },
            std::time::Duration::from_millis(SEARCH_PAUSE_MS),
        );
    };
    let found = move || {
        let text = search.get();
        (!text.trim().is_empty()).then(|| {
            let matches: Vec<Resident> = records
                .register
                .value
                .with(|r| r.find_residents(&text).into_iter().cloned().collect());
            let caption = found_words(matches.len(), &text);
            let matches = StoredValue::new(matches);
            view! { <div data-testid="found-residents">{residents_table(caption, matches, (counts, String::new(), PAGE), next)}</div> }
        })
    };
    let homes = move || {
        records.register.value.with(|reg| {
            let folded = reg.homes.len() > MANY_HOMES;
            reg.homes_by_name()
                .into_iter()
                .map(|h| {
                    let scheme = Scheme::by_id(&h.scheme).map(|s| s.name).unwrap_or("No scheme chosen");
                    let residents: Vec<_> = reg.residents_of(&h.id).into_iter().cloned().collect();
                    let current: Vec<Resident> = residents.iter().filter(|r| r.is_current()).cloned().collect();
                    let left: Vec<_> = residents.iter().filter(|r| !r.is_current()).cloned().collect();
                    let caption = format!("Residents ({})", current.len());
                    let count = current.len();
                    let current = StoredValue::new(current);
                    // Folded, nothing is drawn until the home is opened.
                    let default = if folded { 0 } else { PAGE.min(count) };
                    let key = format!("home:{}", h.id);
                    let table = residents_table(caption.clone(), current, (counts, key.clone(), default), next);
                    let residents_view = if folded {
                        let opened = {
                            let key = key.clone();
                            move || counts.get(&key, 0) > 0
                        };
                        view! {
                            <details class="nhsuk-details" data-testid="home-residents" prop:open=opened
                                on:toggle=move |ev| {
                                    let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                                    // Opened: its first rows; closed: folded
                                    // again (drawn afresh when reopened).
                                    match (open, counts.get(&key, 0)) {
                                        (true, 0) => counts.set(&key, PAGE),
                                        (false, n) if n > 0 => counts.set(&key, 0),
                                        _ => {}
                                    }
                                }>
                                <summary class="nhsuk-details__summary">
                                    <span class="nhsuk-details__summary-text">{caption}</span>
                                </summary>
                                <div class="nhsuk-details__text">{table}</div>
                            </details>
                        }.into_any()
                    } else {
                        table.into_any()
                    };
                    view! {
                        <section class="nhsuk-card" data-home=h.id.clone()>
                            <div class="nhsuk-card__content">
                                <h2 class="nhsuk-card__heading">
                                    <a href=Route::care_home(&h.id).href() data-testid="open-home">{h.name.clone()}</a>
                                </h2>
                                <p class="nhsuk-body-s">
                                    {format!("{}. Weekly round on {}.", scheme, if h.round_day.is_empty() { "no day set" } else { &h.round_day })}
                                </p>
                                <div class="nhsuk-button-group">
                                    <a class="nhsuk-button nhsuk-button--secondary" href=Route::resident_add(&h.id).href()>"Add a resident"</a>
                                    <a class="nhsuk-button nhsuk-button--secondary" href=Route::round_of(&h.id, None).href()>"Home round worklist"</a>
                                    <a class="nhsuk-button nhsuk-button--secondary" href=Route::due_list_of(&h.id).href()>"Due list"</a>
                                </div>
                                {residents_view}
                                {(!left.is_empty()).then(|| view! {
                                    <details class="nhsuk-details">
                                        <summary class="nhsuk-details__summary">
                                            <span class="nhsuk-details__summary-text">{format!("Former residents ({})", left.len())}</span>
                                        </summary>
                                        <div class="nhsuk-details__text">
                                            <ul class="nhsuk-list">
                                                {left.into_iter().map(|r| {
                                                    let d = r.discharged.as_ref().map(|d| format!(" \u{2013} {} {}", if d.reason == crate::domain::register::LeftBecause::Died { "died" } else { "left" }, short(d.date))).unwrap_or_default();
                                                    view! { <li><a href=Route::resident(&r.id).href()>{r.name.clone()}</a>{d}</li> }
                                                }).collect_view()}
                                            </ul>
                                        </div>
                                    </details>
                                })}
                            </div>
                        </section>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h1>"Care homes and residents"</h1>
        <p>"The homes this practice looks after and their residents. Deadlines for everyone are on the " <a href=Route::DUE_LIST.fixed_href()>"due list"</a> "."</p>
        <crate::ui::components::KeptApart/>
        <AddHome/>
        {move || records.register.value.with(|r| r.homes.is_empty()).then(|| view! {
            <p data-testid="no-homes">"No care homes yet. Add one to start the register."</p>
        })}
        {move || records.register.value.with(|r| !r.residents.is_empty()).then(|| view! {
            <TextField id="find-resident" label="Find a resident by name or NHS number" input_type="search" value=search
                on_input=Callback::new(on_search) error=Signal::derive(|| None::<String>)/>
        })}
        // Said by a screen reader when the search's answer changes.
        <p class="nhsuk-u-visually-hidden" role="status" data-testid="found-count">{move || {
            let text = search.get();
            (!text.trim().is_empty()).then(|| {
                let n = records.register.value.with(|r| r.find_residents(&text).len());
                found_words(n, &text)
            })
        }}</p>
        {found}
        {homes}
        <TeamCopies/>
    }
}

/// The team's devices: each other device's copy brought in, this device's
/// sent, and sending one.
#[component]
fn TeamCopies() -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let has_homes = move || records.register.value.with(|r| !r.homes.is_empty());
    // Bumped when a copy is sent, to say so in the list.
    let sent = RwSignal::new(0u32);
    view! {
        {move || has_homes().then(|| view! {
            <section class="app-no-print" aria-labelledby="team-copies">
                <h2 id="team-copies">"The team\u{2019}s other devices"</h2>
                <p>
                    {move || {
                        sent.track();
                        let device = crate::ui::clock::this_device();
                        if device.name.is_empty() {
                            "This device has no name yet: give it one under Settings, so colleagues know whose copy they bring in. ".to_string()
                        } else {
                            format!("This device is {}. ", device.name)
                        }
                    }}
                    "Each device keeps its own copy; send yours to a colleague, and bring theirs in on the "<a href=Route::Backup.fixed_href()>"Backup page"</a>". Copies are merged: nothing either side recorded is lost."
                </p>
                <ul class="nhsuk-list" data-testid="team-copies">
                    {move || {
                        sent.track();
                        crate::ui::clock::this_device()
                            .copies(app.today)
                            .into_iter()
                            .map(|l| view! { <li>{l}</li> })
                            .collect_view()
                    }}
                </ul>
                <SendCopy on_sent=Callback::new(move |_| sent.update(|n| *n += 1))/>
            </section>
        })}
    }
}
