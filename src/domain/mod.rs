//! The pure domain: no browser, no storage, no clock ("today" is always an
//! argument). Everything here is tested natively with `cargo test`.
//!
//! Grouped by what each part is: the rules, the records kept, the stamps
//! they carry, merging copies, the formats they are saved and sent in, and
//! small helpers. Each uses only those listed before it (and the helpers
//! and formats' readers), so there is no cycle.

/// What is due when, and from which document: calendar, schemes,
/// obligations, the deadline engine.
pub mod rules;

/// What the toolkit keeps: the register, agreements, assessments, returns,
/// settings; and the changes to them.
pub mod records;

/// When each change was made and on which device: stamps, the stamps of
/// a record's fields, removals, the device's id. What records keep beside
/// their values; knows nothing of the records themselves.
pub mod stamps;

/// Merging copies from several devices (docs/sync.md): uses the records,
/// which never use it.
pub mod merge;

/// Saved documents, files and links, and their limits.
pub mod formats;

/// Dates as text, a small map, the one stable sort.
pub mod helpers;
