//! The parts of every page: skip link, header with navigation, footer, and
//! the banner that reports a storage problem.

use leptos::prelude::*;

use super::components::focus_element;
use super::state::AppState;

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

const NAV: [(&str, &str, &str); 3] = [
    ("home", "#/", "About"),
    ("due", "#/due", "Due dates"),
    ("calendar", "#/calendar", "Bank holidays"),
];

#[component]
pub fn Header(
    /// The current section, to mark its navigation link.
    #[prop(into)]
    section: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <header class="nhsuk-header app-no-print" role="banner">
            <div class="nhsuk-width-container">
                <a class="app-header__title" href="#/">"Care Home Toolkit"</a>
                <nav aria-label="Main">
                    <ul class="app-nav">
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
        <footer class="nhsuk-footer app-no-print" role="contentinfo">
            <div class="nhsuk-width-container">
                <p class="nhsuk-body-s">
                    "Care Home Toolkit runs entirely in this browser. Nothing you enter is sent anywhere: "
                    "it stays on this device unless you export it or share a link."
                </p>
            </div>
        </footer>
    }
}

/// Tells the user when saved data could not be read or written.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.storage_problem.get().map(|message| {
            view! {
                <div class="nhsuk-warning-callout" data-testid="storage-problem" role="alert">
                    <h2 class="nhsuk-warning-callout__label">
                        <span role="text">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>
                            "Saved data problem"
                        </span>
                    </h2>
                    <p>{message}</p>
                    <button
                        class="nhsuk-button nhsuk-button--secondary"
                        type="button"
                        on:click=move |_| state.storage_problem.set(None)
                    >
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
