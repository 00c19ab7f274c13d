//! `#/`: what the toolkit is and where to start. A commissioner's link
//! `#/?scheme=<id>` offers that scheme as this device's default: set at once
//! when the device has none, asked when it has another. Commissioners make
//! such a link on `#/commissioners`.

use leptos::prelude::*;

use crate::domain::query;
use crate::domain::schemes::Scheme;
use crate::domain::settings::Settings;
use crate::storage::location;
use crate::ui::state::AppState;

/// What the link asked for, and where that leaves the device.
#[derive(Clone, Copy, PartialEq)]
enum Offer {
    None,
    /// Set (the device had no default): said once, here.
    Set(&'static Scheme),
    /// The device already uses it.
    Already(&'static Scheme),
    /// The device uses another: the user chooses.
    Ask {
        offered: &'static Scheme,
        current: &'static Scheme,
    },
    Kept(&'static Scheme),
}

#[component]
pub fn HomePage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let problem = RwSignal::new(Option::<String>::None);
    let use_scheme = move |s: &'static Scheme| {
        let result = app.save_settings(Settings {
            default_scheme: Some(s.id.to_string()),
            scheme_from_link: true,
            ..app.settings.get_untracked()
        });
        if let Err(e) = result {
            problem.set(Some(format!(
                "The scheme from the link could not be kept: {e}."
            )));
        }
    };
    let first = match query::get(&query, "scheme") {
        None => Offer::None,
        Some(id) => match (Scheme::by_id(&id), app.default_scheme()) {
            (None, _) => {
                problem.set(Some(format!(
                    "The link names a scheme, \u{201c}{id}\u{201d}, that this tool does not know, so nothing was changed."
                )));
                Offer::None
            }
            (Some(s), Some(current)) if current.id == s.id => Offer::Already(s),
            (Some(s), Some(current)) => Offer::Ask {
                offered: s,
                current,
            },
            (Some(s), None) => {
                use_scheme(s);
                Offer::Set(s)
            }
        },
    };
    // The address loses the query once read, so a reload or a bookmark
    // does not ask again.
    if first != Offer::None {
        location::replace_hash("#/");
    }
    let offer = RwSignal::new(first);

    let offer_view = move || {
        match offer.get() {
        Offer::None => ().into_any(),
        Offer::Set(s) | Offer::Already(s) => view! {
            <div class="nhsuk-inset-text" role="status" data-testid="scheme-set">
                <p>
                    {format!("This device now uses {} by default. ", s.name)}
                    <a href="#/settings">"Change the default scheme"</a>
                </p>
            </div>
        }
        .into_any(),
        Offer::Kept(s) => view! {
            <div class="nhsuk-inset-text" role="status" data-testid="scheme-kept">
                <p>{format!("This device keeps {} as its default scheme.", s.name)}</p>
            </div>
        }
        .into_any(),
        Offer::Ask { offered, current } => view! {
            <div class="nhsuk-warning-callout" data-testid="scheme-ask">
                <h2 class="nhsuk-warning-callout__label">
                    <span role="text">
                        <span class="nhsuk-u-visually-hidden">"Important: "</span>
                        "A link offers another scheme"
                    </span>
                </h2>
                <p>{format!("Use {} as this device\u{2019}s scheme? It now uses {}.", offered.name, current.name)}</p>
                <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                    <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button" data-testid="scheme-accept"
                        on:click=move |_| { use_scheme(offered); offer.set(Offer::Set(offered)); }>
                        {format!("Yes, use {}", offered.short_name)}
                    </button>
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="scheme-keep"
                        on:click=move |_| offer.set(Offer::Kept(current))>
                        {format!("Keep {}", current.short_name)}
                    </button>
                </div>
            </div>
        }
        .into_any(),
    }
    };

    view! {
        {move || problem.get().map(|p| view! {
            <div class="nhsuk-error-summary" role="alert" data-testid="scheme-link-error">
                <h2 class="nhsuk-error-summary__title">"There is a problem with the link"</h2>
                <div class="nhsuk-error-summary__body"><p>{p}</p></div>
            </div>
        })}
        {offer_view}
        <h1>"Care Home Toolkit"</h1>
        <p class="nhsuk-lede-text">
            "Review deadlines for care home residents under NHS enhanced care home schemes, "
            "correct to the day and with the rule behind every date."
        </p>
        <p>
            "For GPs and practice teams checking which residents have a review due, care homes "
            "getting ready for the weekly home round, and commissioners setting up their local scheme."
        </p>
        <ul class="nhsuk-list">
            <li><a class="app-big-link" href="#/due">"Work out a resident\u{2019}s due dates"</a></li>
            <li><a class="app-big-link" href="#/due-list">"See what is due across your care homes"</a></li>
            <li><a class="app-big-link" href="#/agreements">"Fill in a practice and care home agreement"</a></li>
            <li><a class="app-big-link" href="#/rules">"Read the rules behind every date"</a></li>
        </ul>
        <h2>"For commissioners"</h2>
        <p>
            <a class="app-big-link" href="#/commissioners" data-testid="commissioners-link">
                "Make a link or a poster that sets up your scheme"
            </a>
        </p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>
                "Everything runs in this browser. Nothing you type is sent anywhere; it stays on "
                "this device unless you export it or share a link."
            </p>
        </div>
    }
}
