//! The pure domain: no browser, no storage, no clock ("today" is always an
//! argument). Everything here is tested natively with `cargo test`.
//!
//! Grouped by what each part is: the rules, the records kept, merging
//! copies, the formats they are saved and sent in, and small helpers.

/// What is due when, and from which document: calendar, schemes,
/// obligations, the deadline engine.
pub mod rules;

/// What the toolkit keeps: the register, agreements, assessments, returns,
/// settings; and the changes to them.
pub mod records;

/// Merging copies from several devices (docs/sync.md).
pub mod merge;

/// Saved documents, files and links, and their limits.
pub mod formats;

/// Dates as text, a small map, the one stable sort.
pub mod helpers;
