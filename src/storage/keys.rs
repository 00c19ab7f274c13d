//! Every key the app stores, in one place.

/// A value the app keeps in browser storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// Bank holidays added on this device (a versioned JSON document).
    LocalHolidays,
    /// Every practice–care home agreement (a versioned JSON document).
    Agreements,
    /// Care homes and residents (a versioned JSON document).
    Register,
    /// Preferences, such as the default scheme.
    Settings,
    /// Returns a commissioner has collected (a versioned JSON document).
    Collected,
    /// A care home's rounds: its requests and the outcomes sent back
    /// (issue 26; a versioned JSON document).
    HomeRounds,
    /// This browser's device id and name (never in a backup: each device
    /// has its own).
    Device,
    /// Which saved revisions were an Undo of bringing a file in, so that
    /// other tabs take the earlier copy rather than merging the file's
    /// records back (`revisioned::mark_undoing`).
    Undone,
}

/// Values that could not be read are kept under keys starting with this,
/// one key each: `care-home-toolkit:damaged:register-2026-11-23T19:38:38.123Z`.
pub const DAMAGED_PREFIX: &str = "care-home-toolkit:damaged:";

impl StorageKey {
    /// The keys of the user's data.
    pub const DATA: [StorageKey; 6] = [
        StorageKey::Agreements,
        StorageKey::Register,
        StorageKey::LocalHolidays,
        StorageKey::Settings,
        StorageKey::Collected,
        StorageKey::HomeRounds,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::LocalHolidays => "care-home-toolkit:local-holidays",
            StorageKey::Agreements => "care-home-toolkit:agreements",
            StorageKey::Settings => "care-home-toolkit:settings",
            StorageKey::Register => "care-home-toolkit:register",
            StorageKey::Collected => "care-home-toolkit:collected-returns",
            StorageKey::HomeRounds => "care-home-toolkit:home-rounds",
            StorageKey::Device => "care-home-toolkit:device",
            StorageKey::Undone => "care-home-toolkit:undone",
        }
    }

    /// The short name used in damaged copies' keys and file names.
    pub fn name(self) -> &'static str {
        match self {
            StorageKey::LocalHolidays => "local-holidays",
            StorageKey::Agreements => "agreements",
            StorageKey::Settings => "settings",
            StorageKey::Register => "register",
            StorageKey::Collected => "collected-returns",
            StorageKey::HomeRounds => "home-rounds",
            StorageKey::Device => "device",
            StorageKey::Undone => "undone",
        }
    }

    /// The key a damaged value of this key read at `stamp` (an ISO time)
    /// is kept under; `n` > 1 when two are kept in the same millisecond.
    pub fn damaged_key(self, stamp: &str, n: usize) -> String {
        let suffix = if n > 1 {
            format!("-{n}")
        } else {
            String::new()
        };
        format!("{DAMAGED_PREFIX}{}-{stamp}{suffix}", self.name())
    }
}

/// What a damaged copy's key says: which data, and when it was kept aside
/// (empty for the single-key copies of earlier versions).
pub fn describe_damaged_key(key: &str) -> Option<(&str, &str)> {
    let rest = key.strip_prefix(DAMAGED_PREFIX)?;
    for data in StorageKey::DATA {
        if let Some(after) = rest.strip_prefix(data.name()) {
            return match after.strip_prefix('-') {
                // A second copy in the same second ends "Z-2".
                Some(stamp) => Some((
                    data.name(),
                    stamp
                        .split_once("Z-")
                        .map_or(stamp, |(s, _)| &stamp[..s.len() + 1]),
                )),
                None if after.is_empty() => Some((data.name(), "")),
                None => None,
            };
        }
    }
    Some((rest, ""))
}
