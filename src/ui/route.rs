//! The pages and their fragment addresses. A small router of our own:
//! leptos_router has no hash mode, and fragments never reach a server.

/// Where the user is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no fragment): what the toolkit is.
    Home,
    /// `#/due?…`: the due-date calculator; the query is its public link.
    Due { query: String },
    /// `#/calendar?year=2026`: the bank holidays in use.
    Calendar { query: String },
    /// Anything else.
    NotFound { path: String },
}

impl Route {
    /// Read a fragment such as "#/due?scheme=lsc-2026".
    pub fn parse(hash: &str) -> Route {
        let rest = hash.trim_start_matches('#');
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        let query = query.to_string();
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/due" => Route::Due { query },
            "/calendar" => Route::Calendar { query },
            other => Route::NotFound {
                path: other.to_string(),
            },
        }
    }

    /// Which navigation item is current.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Home => "home",
            Route::Due { .. } => "due",
            Route::Calendar { .. } => "calendar",
            Route::NotFound { .. } => "",
        }
    }
}
