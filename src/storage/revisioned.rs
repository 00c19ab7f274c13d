//! Documents that more than one tab may edit (agreements, the register).
//! Every save bumps a revision; a save is refused when the stored revision
//! is not the one this tab last read, so two tabs never silently overwrite
//! each other: the tab then merges the stored copy into its own
//! (`Revisioned::merged_with`) and saves the result (`ui::synced`).

use crate::domain::formats::stored::ReadError;
use crate::domain::merge::Stamp;
use crate::domain::records::agreement::{read_agreements, Agreement};
use crate::domain::records::register::store_file::read_register;
use crate::domain::records::register::Register;

use super::document::{load as load_document, Loaded};
use super::{KeyValueStore, StorageError, StorageKey};

/// A document kept under one key with a revision counter.
pub trait Revisioned: Sized + Default + Clone + PartialEq {
    /// Whether it keeps change stamps and is read record by record (the
    /// register): the others skip that code altogether.
    const STAMPED: bool = false;
    /// Whether it keeps its removals (the register): merging it needs no
    /// shared copy.
    const KEEPS_REMOVALS: bool = false;
    const KEY: StorageKey;
    /// What it is, for messages: "agreements".
    const WHAT: &'static str;
    fn read(text: &str) -> Result<(Self, u64), ReadError>;
    /// Read, keeping the records that can be read when some cannot (said
    /// in words); only the register reads record by record.
    fn read_keeping_good(text: &str) -> Result<(Self, u64, Vec<String>), ReadError> {
        Self::read(text).map(|(d, r)| (d, r, Vec::new()))
    }
    fn write(&self, revision: u64) -> String;
    /// This tab's copy and the one another tab saved, brought together:
    /// nothing either recorded is lost. `saved` is the copy both last
    /// shared (what this tab last read or wrote), for documents that keep
    /// no removals: what it had and either side has not, was deleted.
    fn merged_with(&self, stored: &Self, saved: &Self) -> Self;
    /// This tab's changes since `base` (the copy it last read or wrote)
    /// made to `onto` instead: when another tab has undone bringing in a
    /// file this tab had merged (`onto` is the copy from before it), so
    /// that what the file brought stays undone. For the collected returns
    /// and the home's rounds (an item as `base` had it takes the stored
    /// one), a merge since `base` does this already.
    fn rebased(&self, base: &Self, onto: &Self) -> Self {
        self.merged_with(onto, base)
    }
    /// Stamp what changed since `saved` (`domain::merge`); only the
    /// register keeps stamps.
    fn stamp_changes(&mut self, _saved: &Self, _at: &Stamp) {}
    /// The latest stamp in it, for this device's clock.
    fn latest_stamp(&self) -> Stamp {
        Stamp::default()
    }
}

impl Revisioned for Vec<Agreement> {
    const STAMPED: bool = true;
    const KEY: StorageKey = StorageKey::Agreements;
    const WHAT: &'static str = "agreements";
    fn read(text: &str) -> Result<(Self, u64), ReadError> {
        read_agreements(text).map(|f| (f.agreements, f.revision))
    }
    fn write(&self, revision: u64) -> String {
        crate::domain::records::agreement::write_agreements_stored(self, revision)
    }
    fn merged_with(&self, stored: &Self, saved: &Self) -> Self {
        crate::domain::records::register::backup::merge_agreements_since(self, stored, saved)
    }
    fn rebased(&self, base: &Self, onto: &Self) -> Self {
        crate::domain::records::register::backup::rebase_agreements(self, base, onto)
    }
    fn stamp_changes(&mut self, saved: &Self, at: &Stamp) {
        crate::domain::records::register::backup::stamp_agreements(self, saved, at);
    }
    fn latest_stamp(&self) -> Stamp {
        self.iter().map(|a| a.at.clone()).max().unwrap_or_default()
    }
}

impl Revisioned for Register {
    const STAMPED: bool = true;
    const KEEPS_REMOVALS: bool = true;
    const KEY: StorageKey = StorageKey::Register;
    const WHAT: &'static str = "register of homes and residents";
    fn read(text: &str) -> Result<(Self, u64), ReadError> {
        read_register(text)
    }
    fn read_keeping_good(text: &str) -> Result<(Self, u64, Vec<String>), ReadError> {
        crate::domain::records::register::store_file::read_register_keeping_good(text)
    }
    fn write(&self, revision: u64) -> String {
        crate::domain::records::register::store_file::write_register_stored(self, revision)
    }
    fn merged_with(&self, stored: &Self, _saved: &Self) -> Self {
        // The register keeps its removals: no shared copy is needed.
        crate::domain::merge::merge(self, stored)
    }
    fn rebased(&self, base: &Self, onto: &Self) -> Self {
        crate::domain::merge::rebase(self, base, onto)
    }
    fn stamp_changes(&mut self, saved: &Self, at: &Stamp) {
        Register::stamp_changes(self, saved, at);
    }
    fn latest_stamp(&self) -> Stamp {
        Register::latest_stamp(self)
    }
}

impl Revisioned for Vec<crate::domain::records::returns::file::ReturnFile> {
    // A return can be removed (issue 24): merging another tab's copy needs
    // the list both last shared (`collect::merge_since`).
    const KEY: StorageKey = StorageKey::Collected;
    const WHAT: &'static str = "collected returns";
    fn read(text: &str) -> Result<(Self, u64), ReadError> {
        crate::domain::records::returns::collect::read_collected(text)
    }
    fn write(&self, revision: u64) -> String {
        crate::domain::records::returns::collect::write_collected(self, revision)
    }
    fn merged_with(&self, stored: &Self, saved: &Self) -> Self {
        crate::domain::records::returns::collect::merge_since(self, stored, saved)
    }
}

impl Revisioned for crate::domain::records::round::home_side::HomeRounds {
    const KEY: StorageKey = StorageKey::HomeRounds;
    const WHAT: &'static str = "care home\u{2019}s rounds";
    fn read(text: &str) -> Result<(Self, u64), ReadError> {
        crate::domain::records::round::home_side::read_home_rounds(text)
    }
    fn write(&self, revision: u64) -> String {
        crate::domain::records::round::home_side::write_home_rounds(self, revision)
    }
    fn merged_with(&self, stored: &Self, saved: &Self) -> Self {
        self.merge_since(stored, saved)
    }
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved since this one read: nothing was written.
    ChangedElsewhere,
    Storage(StorageError),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ChangedElsewhere => write!(
                f,
                "This was changed in another tab or window, so this change has not been saved over it"
            ),
            SaveError::Storage(e) => write!(f, "{e}"),
        }
    }
}

/// The document and the revision it was read at; `stamp` (the time now)
/// names a damaged value's copy.
///
/// When some records cannot be read (a register), the rest load and work;
/// the document as it was stored is copied aside, untouched, and the user
/// is told which records were left out.
pub fn load<D: Revisioned>(store: &impl KeyValueStore, stamp: &str) -> Loaded<(D, u64)> {
    if !D::STAMPED {
        return load_document(store, D::KEY, D::WHAT, stamp, D::read);
    }
    let left_out = std::cell::RefCell::new(None::<(String, Vec<String>)>);
    let mut loaded = load_document(store, D::KEY, D::WHAT, stamp, |text| {
        let (d, revision, set_aside) = D::read_keeping_good(text)?;
        if !set_aside.is_empty() {
            *left_out.borrow_mut() = Some((text.to_string(), set_aside));
        }
        Ok((d, revision))
    });
    if let Some((text, set_aside)) = left_out.into_inner() {
        let kept = super::document::copy_aside(store, D::KEY, stamp, &text).is_ok();
        let n = set_aside.len();
        loaded.problem = Some(format!(
            "{} in the saved {} could not be read, so {} left out: {}. {} Everything else is here and works as usual.",
            if n == 1 { "One record".to_string() } else { format!("{n} records") },
            D::WHAT,
            if n == 1 { "it is" } else { "they are" },
            set_aside.join("; "),
            if kept {
                super::document::KEPT_ASIDE_WHOLE
            } else {
                "There was no room to keep a copy of it aside: download a backup now."
            },
        ));
    }
    loaded
}

/// Just the revision of a stored document: the rest is skipped, not built.
#[derive(serde::Deserialize)]
struct RevisionOnly {
    #[serde(default)]
    revision: u64,
}

/// The revision from the head of a stored document. Our writers put
/// `"revision":N` among the first fields, so a large register need not be
/// parsed whole before every save; anything else falls back to a full read.
pub fn revision_of(text: &str) -> Option<u64> {
    // The first characters (not bytes: never cut inside one).
    let head: String = text.chars().take(HEAD as usize).collect();
    revision_in_head(&head).or_else(|| {
        serde_json::from_str::<RevisionOnly>(text)
            .ok()
            .map(|r| r.revision)
    })
}

/// How much of a stored document's start is searched for its revision.
const HEAD: u32 = 200;

/// `"revision":N` in the head of a document, if it is there.
pub fn revision_in_head(head: &str) -> Option<u64> {
    let (_, after) = head.split_once("\"revision\":")?;
    let digits: String = after
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

/// The revision stored now (0 when none or unreadable). Only the head is
/// read when it holds the revision, as ours always do; otherwise the
/// whole value.
pub fn stored_revision<D: Revisioned>(store: &impl KeyValueStore) -> u64 {
    match store.get_head(D::KEY, HEAD) {
        Ok(None) => return 0,
        Ok(Some(head)) => {
            if let Some(n) = revision_in_head(&head) {
                return n;
            }
        }
        Err(_) => {}
    }
    store
        .get(D::KEY)
        .ok()
        .flatten()
        .and_then(|t| revision_of(&t))
        .unwrap_or(0)
}

/// Save if the stored revision is still `read_at`; returns the new one.
pub fn save<D: Revisioned>(
    store: &impl KeyValueStore,
    doc: &D,
    read_at: u64,
) -> Result<u64, SaveError> {
    if stored_revision::<D>(store) != read_at {
        return Err(SaveError::ChangedElsewhere);
    }
    force_save(store, doc, read_at)
}

/// Save over whatever is stored (the user chose to keep this tab's copy).
pub fn force_save<D: Revisioned>(
    store: &impl KeyValueStore,
    doc: &D,
    read_at: u64,
) -> Result<u64, SaveError> {
    let revision = stored_revision::<D>(store).max(read_at) + 1;
    store
        .set(D::KEY, &doc.write(revision))
        .map_err(SaveError::Storage)?;
    Ok(revision)
}

/// Save a whole workspace (a restore) as one change: the register, the
/// agreements, the settings and the local holidays are all written, or
/// none is. Refused, with nothing written, when another tab has saved the
/// register or the agreements since this tab read them. Returns the new
/// revisions of the register and the agreements.
pub fn save_workspace(
    store: &impl KeyValueStore,
    w: &crate::domain::records::register::backup::Workspace,
    register_at: u64,
    agreements_at: u64,
    collected_at: u64,
) -> Result<Revisions, SaveError> {
    if stored_revision::<Register>(store) != register_at
        || stored_revision::<Vec<Agreement>>(store) != agreements_at
        || stored_revision::<Vec<crate::domain::records::returns::file::ReturnFile>>(store)
            != collected_at
    {
        return Err(SaveError::ChangedElsewhere);
    }
    let (register_rev, agreements_rev) = (register_at + 1, agreements_at + 1);
    let register = crate::domain::records::register::store_file::write_register_stored(
        &w.register,
        register_rev,
    );
    let writes = [
        (
            StorageKey::Collected,
            crate::domain::records::returns::collect::write_collected(
                &w.collected,
                collected_at + 1,
            ),
        ),
        (StorageKey::Register, register),
        (
            StorageKey::Agreements,
            crate::domain::records::agreement::write_agreements_stored(
                &w.agreements,
                agreements_rev,
            ),
        ),
        (
            StorageKey::LocalHolidays,
            crate::domain::formats::stored::write_local_holidays(&w.local_holidays),
        ),
        (
            StorageKey::Settings,
            crate::domain::records::settings::write_settings(&w.settings),
        ),
    ];
    super::together::write_together(store, &writes).map_err(SaveError::Storage)?;
    Ok(stored_revisions(store))
}

/// What a workspace's documents are in storage: the revisions of the
/// three that keep one, and the settings and local holidays as stored
/// (which do not). As written when a file was brought in, for its Undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revisions {
    pub register: u64,
    pub agreements: u64,
    pub collected: u64,
    pub settings: Option<String>,
    pub local_holidays: Option<String>,
}

/// What is stored now.
pub fn stored_revisions(store: &impl KeyValueStore) -> Revisions {
    Revisions {
        register: stored_revision::<Register>(store),
        agreements: stored_revision::<Vec<Agreement>>(store),
        collected: stored_revision::<Vec<crate::domain::records::returns::file::ReturnFile>>(store),
        settings: store.get(StorageKey::Settings).ok().flatten(),
        local_holidays: store.get(StorageKey::LocalHolidays).ok().flatten(),
    }
}

/// Before an Undo of bringing a file in writes the earlier copy back: say
/// which revisions it writes over, so that another tab holding just what
/// the file brought (it merged it and saved nothing since) takes the
/// earlier copy instead of merging the file's records back (`undoes`).
/// Refused when anything was saved since the file was brought in (`after`):
/// writing the earlier copy back would take that away too.
pub fn mark_undoing(store: &impl KeyValueStore, after: &Revisions) -> Result<(), SaveError> {
    if stored_revisions(store) != *after {
        return Err(SaveError::ChangedElsewhere);
    }
    let marker = [
        (StorageKey::Register, after.register),
        (StorageKey::Agreements, after.agreements),
        (StorageKey::Collected, after.collected),
    ]
    .iter()
    .map(|(key, at)| format!("{} {at} {}\n", key.name(), at + 1))
    .collect::<String>();
    store
        .set(StorageKey::Undone, &marker)
        .map_err(SaveError::Storage)
}

/// When `D`'s stored revision `now` was written by an Undo, or saved
/// after one (by a tab that took it in): the revision it undid. A tab
/// still at that revision holds what the Undo took away.
pub fn undoes<D: Revisioned>(store: &impl KeyValueStore, now: u64) -> Option<u64> {
    let marker = store.get(StorageKey::Undone).ok().flatten()?;
    marker.lines().find_map(|line| {
        let mut words = line.split(' ');
        let (name, from, to) = (words.next()?, words.next()?, words.next()?);
        (name == D::KEY.name() && now >= to.parse::<u64>().ok()?)
            .then(|| from.parse().ok())
            .flatten()
    })
}
