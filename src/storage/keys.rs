//! Every key the app stores, in one place.

/// A value the app keeps in browser storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// Bank holidays added on this device (a versioned JSON document).
    LocalHolidays,
    /// A value that could not be read, kept aside so nothing is lost.
    DamagedLocalHolidays,
}

impl StorageKey {
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::LocalHolidays => "care-home-toolkit:local-holidays",
            StorageKey::DamagedLocalHolidays => "care-home-toolkit:damaged:local-holidays",
        }
    }
}
