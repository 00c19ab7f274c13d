//! The pure domain: no browser, no storage, no clock ("today" is always an
//! argument). Everything here is tested natively with `cargo test`.

pub mod agreement;
pub mod assessment;
pub mod base64url;
pub mod calendar;
pub mod date_text;
pub mod deadlines;
pub mod due_link;
pub mod limits;
pub mod merge;
pub mod obligation;
pub mod qr;
pub mod query;
pub mod register;
pub mod returns;
pub mod route;
pub mod scheme_link;
pub mod schemes;
pub mod settings;
pub mod small_json;
pub mod small_map;
pub mod sources;
pub mod stable_sort;
pub mod stored;
