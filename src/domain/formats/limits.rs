//! How much a file may hold (issue 12). Files are refused above these,
//! before they are read into the app, with a message saying so: a 20 MB
//! import once froze the page for 20 seconds and a 16 MB one killed it.
//! The limits are far above any real practice's data (a large practice
//! looks after a few hundred care home residents). The checks are in
//! `stored.rs`, which reads every file.

/// The largest file or stored value read, in bytes: 10 MB.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most records of each kind a file may hold.
pub const MAX_HOMES: usize = 1_000;
pub const MAX_RESIDENTS: usize = 20_000;
pub const MAX_AGREEMENTS: usize = 5_000;
pub const MAX_HOLIDAYS: usize = 1_000;

/// The register's lists, as [`crate::domain::formats::stored::check_large`] counts them
/// (key, what the message calls them, most allowed): the stored register
/// and a backup both hold these.
pub const REGISTER_LISTS: [(&str, &str, usize); 3] = [
    ("homes", "care homes", MAX_HOMES),
    ("residents", "residents", MAX_RESIDENTS),
    ("assessments", "assessments", MAX_RESIDENTS),
];
