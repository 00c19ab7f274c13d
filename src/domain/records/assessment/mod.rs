//! The admission assessment (issue 5; docs/rules.md §4): its content,
//! the 4AT score, completeness for the resident's scheme, timeliness, and
//! the plain-text summary.

pub mod four_at;
pub mod items;
pub mod model;
pub mod summary;
pub mod timeliness;

pub use model::Assessment;
