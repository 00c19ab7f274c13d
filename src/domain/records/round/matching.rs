//! Which resident of the register a requested resident is: by the
//! practice's own reference (a resident picked from the practice's list),
//! else by NHS number, else by name and date of birth; among the home's
//! current residents first, then anyone in the register.

use super::request::RequestEntry;
use crate::domain::records::register::{Register, Resident};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Match {
    /// The resident picked from the practice's list.
    ByReference(String),
    ByNhsNumber(String),
    ByNameAndBirth(String),
    /// Not in the register: listed with "Add to the register".
    None,
}

impl Match {
    pub fn resident_id(&self) -> Option<&str> {
        match self {
            Match::ByReference(id) | Match::ByNhsNumber(id) | Match::ByNameAndBirth(id) => Some(id),
            Match::None => None,
        }
    }
}

/// The same name whatever the capitals and spaces: a person's, or a care
/// home's as the home and the practice each write it.
pub fn same_name(a: &str, b: &str) -> bool {
    let words =
        |s: &str| -> Vec<String> { s.split_whitespace().map(|w| w.to_lowercase()).collect() };
    words(a) == words(b)
}

/// The register's resident for `entry` in `home_id`.
pub fn match_entry(register: &Register, home_id: &str, entry: &RequestEntry) -> Match {
    let in_home = |r: &&Resident| r.home_id == home_id && r.is_current();
    let candidates = || {
        register
            .residents
            .iter()
            .filter(in_home)
            .chain(register.residents.iter().filter(|r| !in_home(r)))
    };
    if !entry.practice_ref.is_empty() {
        if let Some(r) = candidates().find(|r| r.id == entry.practice_ref) {
            return Match::ByReference(r.id.clone());
        }
    }
    let digits: String = entry
        .nhs_number
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    if !digits.is_empty() {
        if let Some(r) = candidates().find(|r| r.nhs_number == digits) {
            return Match::ByNhsNumber(r.id.clone());
        }
    }
    if let Some(dob) = entry.date_of_birth {
        if let Some(r) =
            candidates().find(|r| r.date_of_birth == Some(dob) && same_name(&r.name, &entry.name))
        {
            return Match::ByNameAndBirth(r.id.clone());
        }
    }
    Match::None
}
