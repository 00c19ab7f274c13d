//! The pages and their fragment addresses. A small router of our own:
//! leptos_router has no hash mode, and fragments never reach a server.

use leptos::prelude::*;

use crate::storage::location;

/// The route of the address now, following every navigation.
/// After each navigation the new page starts at the top, or where the user
/// left it when they come back, and focus moves to its heading, which a
/// screen reader announces.
pub fn follow_address() -> Memo<Route> {
    let hash = RwSignal::new(location::current_hash());
    location::on_route_change(move |h| hash.set(h), settle);
    Memo::new(move |_| Route::parse(&hash.get()))
}

/// The full app, started by the start app when the user moved to one of
/// its pages, focuses that page's heading as any move does (issue 23: the
/// first move left focus on the page's body).
pub fn settle_after_hand_over() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root.filter(|r| r.has_attribute("data-handed-over")) {
        let _ = root.remove_attribute("data-handed-over");
        settle(location::Arrival::New);
    }
}

/// Once the new page is drawn: focus its `h1`, then scroll.
fn settle(arrival: location::Arrival) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        // A page that moved focus itself (to a linked entry) keeps it.
        let main = document.query_selector("main").ok().flatten();
        if let (Some(main), Some(active)) = (main, document.active_element()) {
            if main.contains(Some(&active)) {
                return;
            }
        }
        let heading = document
            .query_selector("main h1")
            .ok()
            .flatten()
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(h) = heading {
            if !h.has_attribute("tabindex") {
                let _ = h.set_attribute("tabindex", "-1");
            }
            let _ = h.focus();
        }
        let y = match arrival {
            location::Arrival::New => 0.0,
            location::Arrival::Return { scroll_y } => scroll_y,
        };
        // Coming back down a page: a list drawn only near the screen
        // (`.app-render-when-seen`) is drawn now, so the place scrolled to
        // is where the user was, not where an estimate of its height puts
        // it. It goes back to being drawn lazily from the next frame on,
        // once this one (we are in its animation-frame callbacks) has been
        // drawn and its real height noted.
        let root = document.document_element().filter(|_| y > 0.0);
        if let Some(root) = &root {
            let _ = root.set_attribute(RESTORING, "");
        }
        window.scroll_to_with_x_and_y(0.0, y);
        if let Some(root) = root {
            request_animation_frame(move || {
                let _ = root.remove_attribute(RESTORING);
            });
        }
    });
}

/// On the page's root while the place a user comes back to is restored.
const RESTORING: &str = "data-restoring-scroll";

/// Where the user is. Each page gets the query part of its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no fragment); `#/?scheme=<id>` sets the default scheme.
    Home {
        query: String,
    },
    /// `#/due?…`: the due-date calculator; the query is its public link.
    Due {
        query: String,
    },
    /// `#/calendar?year=2026`: the bank holidays in use.
    Calendar {
        query: String,
    },
    /// `#/agreements?sort=home|edited`
    Agreements {
        query: String,
    },
    /// `#/agreements/edit?id=…`
    AgreementEdit {
        query: String,
    },
    /// `#/agreements/print?id=…`
    AgreementPrint {
        query: String,
    },
    /// `#/agreements/view?d=…`: a shared link.
    AgreementView {
        query: String,
    },
    /// `#/residents`
    Register,
    /// `#/residents/add?home=…`
    ResidentAdd {
        query: String,
    },
    /// `#/residents/edit?id=…`: change a resident's details.
    ResidentEdit {
        query: String,
    },
    /// `#/residents/resident?id=…`
    Resident {
        query: String,
    },
    /// `#/residents/<id>/assessment`
    Assessment {
        resident_id: String,
    },
    /// `#/residents/<id>/assessment/print`
    AssessmentPrint {
        resident_id: String,
    },
    /// `#/due-list?home=…`
    DueList {
        query: String,
    },
    /// `#/round?home=…&date=…`
    Round {
        query: String,
    },
    /// `#/homes/home?id=…`: one care home, its duties and their history.
    CareHome {
        query: String,
    },
    /// `#/rules?scheme=…&obligation=…`: every rule, and where it comes from.
    Rules {
        query: String,
    },
    /// `#/commissioners`: make a scheme link or poster.
    Commissioners,
    /// `#/poster?scheme=…`: a commissioner's poster with a QR code.
    Poster {
        query: String,
    },
    /// `#/returns?home=…&year=…&q=…&submitted=…`: a quarterly return.
    Returns {
        query: String,
    },
    /// `#/returns/collect?d=…`: the commissioner gathers practices' returns
    /// (`d`, a return's link, is added on opening).
    ReturnsCollect {
        query: String,
    },
    /// `#/returns/outcomes?home=…&year=…&half=…`: the outcomes report.
    ReturnsOutcomes {
        query: String,
    },
    /// `#/returns/monitoring?home=…`: LSC monitoring.
    ReturnsMonitoring {
        query: String,
    },
    /// `#/backup`
    Backup,
    /// `#/settings`
    Settings,
    NotFound {
        path: String,
    },
}

impl Route {
    /// Read a fragment such as "#/due?scheme=lsc-2026".
    pub fn parse(hash: &str) -> Route {
        let rest = hash.trim_start_matches('#');
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let query = query.to_string();
        match path.trim_end_matches('/') {
            "" => Route::Home { query },
            "/due" => Route::Due { query },
            "/calendar" => Route::Calendar { query },
            "/agreements" => Route::Agreements { query },
            "/agreements/edit" => Route::AgreementEdit { query },
            "/agreements/print" => Route::AgreementPrint { query },
            "/agreements/view" => Route::AgreementView { query },
            "/residents" => Route::Register,
            "/residents/add" => Route::ResidentAdd { query },
            "/residents/resident" => Route::Resident { query },
            "/residents/edit" => Route::ResidentEdit { query },
            "/due-list" => Route::DueList { query },
            "/round" => Route::Round { query },
            "/homes/home" => Route::CareHome { query },
            "/rules" => Route::Rules { query },
            "/poster" => Route::Poster { query },
            "/commissioners" => Route::Commissioners,
            "/returns" => Route::Returns { query },
            "/returns/collect" => Route::ReturnsCollect { query },
            "/returns/outcomes" => Route::ReturnsOutcomes { query },
            "/returns/monitoring" => Route::ReturnsMonitoring { query },
            "/backup" => Route::Backup,
            "/settings" => Route::Settings,
            other => {
                let parts: Vec<&str> = other.trim_start_matches('/').split('/').collect();
                match parts.as_slice() {
                    ["residents", id, "assessment"] => Route::Assessment {
                        resident_id: id.to_string(),
                    },
                    ["residents", id, "assessment", "print"] => Route::AssessmentPrint {
                        resident_id: id.to_string(),
                    },
                    _ => Route::NotFound {
                        path: other.to_string(),
                    },
                }
            }
        }
    }

    /// Whether the page is in the full app only. The start app, the first
    /// load, has the start page and the due-date calculator (and "not
    /// found"), the pages a link usually opens.
    pub fn needs_full_app(&self) -> bool {
        !matches!(
            self,
            Route::Home { .. } | Route::Due { .. } | Route::NotFound { .. }
        )
    }

    /// Which navigation item is current.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Home { .. } => "home",
            Route::Due { .. } => "due",
            Route::Calendar { .. } => "calendar",
            Route::Agreements { .. }
            | Route::AgreementEdit { .. }
            | Route::AgreementPrint { .. }
            | Route::AgreementView { .. } => "agreements",
            Route::Register
            | Route::ResidentAdd { .. }
            | Route::ResidentEdit { .. }
            | Route::Resident { .. }
            | Route::CareHome { .. }
            | Route::Assessment { .. }
            | Route::AssessmentPrint { .. } => "residents",
            Route::DueList { .. } => "due-list",
            Route::Round { .. } => "round",
            Route::Returns { .. }
            | Route::ReturnsCollect { .. }
            | Route::ReturnsOutcomes { .. }
            | Route::ReturnsMonitoring { .. } => "returns",
            Route::Backup => "backup",
            Route::Settings => "settings",
            Route::Rules { .. }
            | Route::Poster { .. }
            | Route::Commissioners
            | Route::NotFound { .. } => "",
        }
    }
}
