//! The browser side: Leptos pages and components, named after what the user
//! sees. Rules live in `crate::domain`; storage and the address bar in
//! `crate::storage`.

mod app;
pub mod browser;
pub mod components;
mod layout;
pub mod pages;
pub mod route;
pub mod state;
pub mod synced;
mod today;

pub use app::App;
pub use state::AppState;
pub use today::today;
