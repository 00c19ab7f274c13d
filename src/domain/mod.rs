//! The pure domain: no browser, no storage, no clock ("today" is always an
//! argument). Everything here is tested natively with `cargo test`.
//!
//! Layers, listed in order: each uses only those listed before it, so
//! there is no import cycle (`tests/domain/conventions.rs` checks).

/// Dates as text, a small map, the one stable sort.
pub mod helpers;

/// What is due when, and from which document: calendar, schemes,
/// obligations, the deadline engine, financial quarters and when their
/// returns are due.
pub mod rules;

/// Saved documents, files and links, and their limits.
pub mod formats;

/// When each change was made and on which device: stamps, the stamps of
/// a record's fields, removals, the device's id. What records keep beside
/// their values; knows nothing of the records themselves.
pub mod stamps;

/// What the toolkit keeps: the register, agreements, assessments, returns,
/// settings; and the changes to them.
pub mod records;

/// Merging copies from several devices (docs/sync.md): uses the records,
/// which never use it.
pub mod merge;
