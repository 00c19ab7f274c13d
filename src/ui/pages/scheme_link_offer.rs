//! A commissioner's link, `#/?scheme=<id>…` (made on `#/commissioners`):
//! offers that scheme, and the return due dates it carries, as this
//! device's default: set at once when the device has none, asked when it
//! has another. Read by the full app, above the start page, so that the
//! start app (a calculator link's first load) carries none of it.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::formats::scheme_link::{self, SchemeLink};
use crate::domain::rules::schemes::Scheme;
use crate::storage::location;
use crate::ui::state::AppState;

/// What the link asked for, and where that leaves the device.
#[derive(Clone, PartialEq)]
enum Offer {
    None,
    /// Set (the device had no default): said once, here.
    Set(&'static Scheme),
    /// The device uses another: the user chooses.
    Ask {
        offered: SchemeLink,
        current: &'static Scheme,
    },
    Kept(&'static Scheme),
}

#[component]
pub fn SchemeLinkPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let problem = RwSignal::new(Option::<String>::None);
    // Whether it was kept.
    let use_scheme = move |link: &SchemeLink| {
        let result = app.save_settings(app.settings.with_untracked(|s| s.with_scheme_link(link)));
        if let Err(e) = &result {
            problem.set(Some(format!(
                "The scheme from the link could not be kept: {e}."
            )));
        }
        result.is_ok()
    };
    let first = match scheme_link::read(&query) {
        Err(message) => {
            problem.set(Some(message));
            Offer::None
        }
        Ok(None) => Offer::None,
        Ok(Some(link)) => match app.default_scheme() {
            // The same scheme (new return dates, if any, are taken).
            Some(current) if current.id == link.scheme.id => {
                if link.return_due.is_empty() || use_scheme(&link) {
                    Offer::Set(link.scheme)
                } else {
                    Offer::None
                }
            }
            Some(current) => Offer::Ask {
                offered: link,
                current,
            },
            None if use_scheme(&link) => Offer::Set(link.scheme),
            None => Offer::None,
        },
    };
    // The address loses the query once read, so a reload or a bookmark
    // does not ask again.
    if first != Offer::None || !query.is_empty() {
        location::replace_hash(Route::START.fixed_href());
    }
    let offer = RwSignal::new(first);

    let offer_view = move || {
        match offer.get() {
        Offer::None => ().into_any(),
        Offer::Set(s) => view! {
            <div class="nhsuk-inset-text" role="status" data-testid="scheme-set">
                <p>
                    {format!("This device now uses {} by default. ", s.name)}
                    {app.settings.with_untracked(|st| (!st.return_due.is_empty()).then(|| st.return_due.describe()))}
                    " "
                    <a href=Route::Settings.fixed_href()>"Change the default scheme"</a>
                </p>
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button"
                    data-testid="scheme-set-dismiss" on:click=move |_| offer.set(Offer::None)>
                    "Dismiss"
                </button>
            </div>
        }
        .into_any(),
        Offer::Kept(s) => view! {
            <div class="nhsuk-inset-text" role="status" data-testid="scheme-kept">
                <p>{format!("This device keeps {} as its default scheme.", s.name)}</p>
            </div>
        }
        .into_any(),
        Offer::Ask { offered, current } => {
            let name = offered.scheme.name;
            let short = offered.scheme.short_name;
            let shown = offered.scheme;
            let offered = StoredValue::new(offered);
            view! {
            <crate::ui::components::WarningCallout title="A link offers another scheme" testid="scheme-ask">
                <p>{format!("Use {} as this device\u{2019}s scheme? It now uses {}.", name, current.name)}</p>
                <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                    <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button" data-testid="scheme-accept"
                        on:click=move |_| { if offered.with_value(|o| use_scheme(o)) { offer.set(Offer::Set(shown)); } }>
                        {format!("Yes, use {}", short)}
                    </button>
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="scheme-keep"
                        on:click=move |_| offer.set(Offer::Kept(current))>
                        {format!("Keep {}", current.short_name)}
                    </button>
                </div>
            </crate::ui::components::WarningCallout>
            }
            .into_any()
        }
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
        <super::HomePage/>
    }
}
