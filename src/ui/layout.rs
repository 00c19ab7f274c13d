//! The parts of every page: skip link, header with navigation, footer, and
//! the banners that report storage problems and remind about backups.

use leptos::prelude::*;

use super::components::focus_element;
use super::records::Records;
use super::route::Route;
use super::state::AppState;
use super::synced::Synced;

/// Every page: skip link, header, the banners and page in `children`,
/// footer. The scheme banner comes first.
#[component]
pub fn Frame(route: Memo<Route>, children: Children) -> impl IntoView {
    view! {
        <SkipLink/>
        <Header section=Signal::derive(move || route.with(|r| r.section()))/>
        <div class="nhsuk-width-container">
            <main class="nhsuk-main-wrapper" id="maincontent" tabindex="-1">
                {children()}
            </main>
        </div>
        <Footer/>
    }
}

/// "Skip to main content", for keyboard and screen-reader users. It moves
/// focus itself, since "#maincontent" would be read as a route.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="nhsuk-skip-link"
            href="#maincontent"
            on:click=move |ev| {
                ev.prevent_default();
                focus_element("maincontent");
            }
        >
            "Skip to main content"
        </a>
    }
}

/// The menu: each page's section (to mark the current one), address and
/// label, all known when compiling.
const NAV: [(&str, &str, &str); 10] = [
    nav(Route::START, "About"),
    nav(Route::DUE_LIST, "Due list"),
    nav(Route::ROUND, "Home round"),
    nav(&Route::Register, "Residents"),
    nav(Route::CALCULATOR, "Calculator"),
    nav(Route::AGREEMENTS, "Agreements"),
    nav(Route::RETURNS, "Returns"),
    nav(Route::BANK_HOLIDAYS, "Bank holidays"),
    nav(&Route::Backup, "Backup"),
    nav(&Route::Settings, "Settings"),
];

const fn nav(page: &Route, label: &'static str) -> (&'static str, &'static str, &'static str) {
    (page.section(), page.fixed_href(), label)
}

#[component]
pub fn Header(
    /// The current section, to mark its navigation link.
    #[prop(into)]
    section: Signal<&'static str>,
) -> impl IntoView {
    // On a phone the menu folds behind a button; it closes on navigating.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        section.track();
        open.set(false);
    });
    view! {
        <header class="app-header app-no-print" role="banner">
            <div class="nhsuk-width-container">
                <div class="app-header__bar">
                    <a class="app-header__title" href=Route::START.fixed_href()>"Care Home Toolkit"</a>
                    <button
                        class="app-menu-toggle"
                        type="button"
                        aria-controls="app-nav"
                        aria-expanded=move || if open.get() { "true" } else { "false" }
                        data-testid="menu-toggle"
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        "Menu"
                    </button>
                </div>
                <nav aria-label="Main">
                    <ul class="app-nav" id="app-nav" class:app-nav--open=open>
                        {NAV
                            .into_iter()
                            .map(|(id, href, label)| {
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            aria-current=move || (section.get() == id).then_some("page")
                                        >
                                            {label}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="app-footer app-no-print" role="contentinfo">
            <div class="nhsuk-width-container">
                <p class="nhsuk-body-s">
                    "Care Home Toolkit runs entirely in this browser. Nothing you enter is sent anywhere: "
                    "it stays on this device unless you export it or share a link."
                </p>
                <p class="nhsuk-body-s">
                    <a href=Route::RULES.fixed_href() data-testid="rules-link">"The rules behind every date, and where they come from"</a>
                </p>
            </div>
        </footer>
    }
}

/// Tells the user when saved data could not be read.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        {move || {
            let problems = state.storage_problems.get();
            (!problems.is_empty()).then(|| {
                view! {
                    <div class="nhsuk-warning-callout" data-testid="storage-problem" role="alert">
                        <h2 class="nhsuk-warning-callout__label">
                            <span role="text">
                                <span class="nhsuk-u-visually-hidden">"Important: "</span>
                                "Saved data problem"
                            </span>
                        </h2>
                        {problems.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                        <p>
                            "The app is working with what it could read. "
                            <a href=Route::Backup.fixed_href()>"Download the data kept aside"</a>
                        </p>
                        <button
                            class="nhsuk-button nhsuk-button--secondary"
                            type="button"
                            on:click=move |_| state.storage_problems.set(Vec::new())
                        >
                            "Dismiss"
                        </button>
                    </div>
                }
            })
        }}
    }
}

/// Tells the user when another tab changed the agreements or the register,
/// or when saving them failed.
#[component]
pub fn SyncBanners() -> impl IntoView {
    let records = expect_context::<Records>();
    view! {
        {sync_banner(records.agreements)}
        {sync_banner(records.register)}
    }
}

/// Tells the user that a save failed, and what to do. (Another tab's
/// changes are merged by themselves: `ui::synced`.)
fn sync_banner<D>(synced: Synced<D>) -> impl IntoView
where
    D: crate::storage::revisioned::Revisioned + Send + Sync + 'static,
{
    view! {
        {move || {
            synced.save_problem.get().map(|p| {
                view! {
                    <div class="nhsuk-error-summary" role="alert" data-testid="save-problem">
                        <h2 class="nhsuk-error-summary__title">"Not saved"</h2>
                        <div class="nhsuk-error-summary__body">
                            <p>{p}</p>
                            <p><a href=Route::Backup.fixed_href()>"Make a backup"</a></p>
                        </div>
                    </div>
                }
            })
        }}
    }
}

/// Safari on an iPad or iPhone, in a tab: add the toolkit to the Home
/// Screen first, with the steps (Safari deletes what a site keeps after 7
/// days unused, and the Home Screen app has storage of its own). The app
/// from the Home Screen, with nothing in it yet: bring the register in
/// from another device.
#[component]
pub fn KeepingAdvice() -> impl IntoView {
    use crate::domain::merge::device::Keeping;
    let records = expect_context::<Records>();
    let keeping = crate::ui::browser::keeping();
    move || {
        let has_data = records.has_data();
        match keeping {
            Keeping::AddToHomeScreen => view! {
                <div class="nhsuk-warning-callout app-no-print" data-testid="add-to-home-screen">
                    <h2 class="nhsuk-warning-callout__label"><span role="text">
                        <span class="nhsuk-u-visually-hidden">"Important: "</span>
                        "Add the toolkit to your Home Screen first"
                    </span></h2>
                    <p>"Safari deletes everything a website keeps once it has not been used for 7 days, and what is typed here in a Safari tab stays in that tab: the toolkit on the Home Screen keeps its own records, and keeps them."</p>
                    <ol class="nhsuk-list nhsuk-list--number">
                        <li>"Tap the Share button (a square with an arrow pointing up) in Safari\u{2019}s toolbar."</li>
                        <li>"Choose \u{201c}Add to Home Screen\u{201d}, then \u{201c}Add\u{201d}."</li>
                        <li>"Open the toolkit from its icon on the Home Screen and enter your records there."</li>
                    </ol>
                    {has_data.then(|| view! {
                        <p>"Records are already kept in this tab: make a backup now, then bring it in on the Backup page of the toolkit opened from the Home Screen. "<a href=Route::Backup.fixed_href()>"Make a backup"</a></p>
                    })}
                </div>
            }.into_any(),
            Keeping::Installed if !has_data => view! {
                <div class="nhsuk-inset-text app-no-print" data-testid="bring-in-offer">
                    <p>"Starting on this device? If the register is kept on another device of the team, "<a href=Route::Backup.fixed_href()>"bring in a copy from another device"</a>"."</p>
                </div>
            }.into_any(),
            _ => ().into_any(),
        }
    }
}

/// A plain reminder when there is data and no backup in the last 7 days:
/// browser storage can be cleared by the browser or the user.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let state = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let dismissed = RwSignal::new(false);
    move || {
        let has_data = records.has_data();
        let last = state.settings.with(|s| {
            s.last_backup
                .as_deref()
                .and_then(crate::domain::helpers::date_text::parse_iso)
        });
        let stale = last.is_none_or(|d| (state.today - d).num_days() > 7);
        (has_data && stale && !dismissed.get()).then(|| {
            let when = match last {
                Some(d) => format!("This device\u{2019}s copy last left it {} days ago (a backup or a copy sent).", (state.today - d).num_days()),
                None => "No backup has been made in this browser.".to_string(),
            };
            let peers: Vec<String> = crate::ui::clock::this_device()
                .peers
                .into_iter()
                .map(|p| if p.name.is_empty() { format!("device\u{a0}{}", p.id) } else { p.name })
                .collect();
            let when = if peers.is_empty() {
                when
            } else {
                format!("{when} Copies brought in here came from: {}.", peers.join(", "))
            };
            view! {
                // Compact, so the page's own answer stays on the first
                // screen of a tablet (issue 23).
                <div class="nhsuk-inset-text app-reminder app-no-print" data-testid="backup-reminder">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>
                        {when}
                        " Browser storage can be cleared by the browser or by anyone using this device."
                    </p>
                    // Apart, so neither is pressed for the other (issue 23).
                    <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                        <a href=Route::Backup.fixed_href()>"Make a backup"</a>
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" on:click=move |_| dismissed.set(true)>
                            "Not now"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
