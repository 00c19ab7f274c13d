//! How much a file may hold (issue 12). Files are refused above these,
//! before they are read into the app, with a message saying so: a 20 MB
//! import once froze the page for 20 seconds and a 16 MB one killed it.
//! The limits are far above any real practice's data (a large practice
//! looks after a few hundred care home residents).

use super::stored::ReadError;

/// The largest file or stored value read, in bytes: 10 MB.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// The most records of each kind a file may hold.
pub const MAX_HOMES: usize = 1_000;
pub const MAX_RESIDENTS: usize = 20_000;
pub const MAX_AGREEMENTS: usize = 5_000;
pub const MAX_HOLIDAYS: usize = 1_000;

/// The register's lists, as [`super::stored::check_large`] counts them
/// (key, what the message calls them, most allowed): the stored register
/// and a backup both hold these.
pub const REGISTER_LISTS: [(&str, &str, usize); 3] = [
    ("homes", "care homes", MAX_HOMES),
    ("residents", "residents", MAX_RESIDENTS),
    ("assessments", "assessments", MAX_RESIDENTS),
];

/// Refuse text longer than [`MAX_BYTES`] before parsing it.
pub fn check_size(text: &str) -> Result<(), ReadError> {
    check_byte_count(text.len())
}

/// Refuse a file of `bytes` bytes before reading it.
pub fn check_byte_count(bytes: usize) -> Result<(), ReadError> {
    if bytes > MAX_BYTES {
        // Tenths of a megabyte in whole numbers: float formatting would add
        // several KB to the start app, which reads settings through here.
        let tenths = bytes / (1024 * 1024 / 10);
        Err(ReadError::TooLarge(format!(
            "it is {}.{} MB, and the toolkit reads files of up to {} MB",
            tenths / 10,
            tenths % 10,
            MAX_BYTES / (1024 * 1024)
        )))
    } else {
        Ok(())
    }
}
