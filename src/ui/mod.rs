//! The browser side: Leptos pages and components, named after what the user
//! sees. Rules live in `crate::domain`; storage and the address bar in
//! `crate::storage`.

mod app;
pub mod browser;
pub mod clock;
pub mod components;
mod hand_over;
mod layout;
pub mod markup;
pub mod pages;
pub mod prefill;
pub mod records;
pub mod route;
mod start_app;
pub mod state;
pub mod synced;
mod today;
pub mod web_crypto;
pub mod worker;

pub use app::App;
pub use hand_over::{fetch_failure, keep_until_hand_over};
pub use records::Records;
pub use start_app::StartApp;
pub use state::AppState;
pub use today::today;
pub use worker::{keep_storage, register_worker, storage_status, StorageStatus};
