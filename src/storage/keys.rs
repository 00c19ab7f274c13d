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
    /// Values that could not be read, kept aside so nothing is lost.
    DamagedLocalHolidays,
    DamagedAgreements,
    DamagedSettings,
    DamagedRegister,
}

impl StorageKey {
    /// The keys of the user's data (not the damaged copies).
    pub const DATA: [StorageKey; 4] = [
        StorageKey::Agreements,
        StorageKey::Register,
        StorageKey::LocalHolidays,
        StorageKey::Settings,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::LocalHolidays => "care-home-toolkit:local-holidays",
            StorageKey::Agreements => "care-home-toolkit:agreements",
            StorageKey::Settings => "care-home-toolkit:settings",
            StorageKey::Register => "care-home-toolkit:register",
            StorageKey::DamagedRegister => "care-home-toolkit:damaged:register",
            StorageKey::DamagedLocalHolidays => "care-home-toolkit:damaged:local-holidays",
            StorageKey::DamagedAgreements => "care-home-toolkit:damaged:agreements",
            StorageKey::DamagedSettings => "care-home-toolkit:damaged:settings",
        }
    }

    /// The key a damaged value of this key is kept under.
    pub fn damaged(self) -> StorageKey {
        match self {
            StorageKey::LocalHolidays | StorageKey::DamagedLocalHolidays => {
                StorageKey::DamagedLocalHolidays
            }
            StorageKey::Agreements | StorageKey::DamagedAgreements => StorageKey::DamagedAgreements,
            StorageKey::Settings | StorageKey::DamagedSettings => StorageKey::DamagedSettings,
            StorageKey::Register | StorageKey::DamagedRegister => StorageKey::DamagedRegister,
        }
    }
}
