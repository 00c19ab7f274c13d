//! The start app: the pages a link usually opens (the start page and the
//! due-date calculator) and nothing else, so the first load is small. It
//! never reads the agreements or the register. Any other address loads the
//! full app (`app.rs`) and hands over to it.

use leptos::prelude::*;

use super::hand_over::{load_full_app, LoadingFullApp};
use super::layout::{Frame, StorageBanner};
use super::pages::{DueCalculatorPage, HomePage, NotFoundPage};
use super::route::{follow_address, Route};
use super::state::AppState;
use super::today::today;

#[component]
pub fn StartApp() -> impl IntoView {
    let state = AppState::load(today());
    provide_context(state);
    let route = follow_address();
    let problem = RwSignal::new(Option::<String>::None);
    Effect::new(move |_| {
        if route.with(Route::needs_full_app) {
            load_full_app(problem);
        }
    });

    view! {
        <Frame route>
            <StorageBanner/>
            {move || match route.get() {
                r if r.needs_full_app() => view! { <LoadingFullApp problem/> }.into_any(),
                r => start_page(r),
            }}
        </Frame>
    }
}

/// The page for an address the start app has. The full app shows these
/// too; it never asks for any other, since it has its own.
pub fn start_page(route: Route) -> AnyView {
    match route {
        // With a query (a commissioner's link) the full app shows it.
        Route::Home { .. } => view! { <HomePage/> }.into_any(),
        Route::Due { query } => view! { <DueCalculatorPage query/> }.into_any(),
        Route::NotFound { path } => view! { <NotFoundPage path/> }.into_any(),
        // The records pages: the start app shows `LoadingFullApp` for
        // them and the full app its own pages, so neither asks here.
        _ => ().into_any(),
    }
}
