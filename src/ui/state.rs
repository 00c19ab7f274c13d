//! App-wide state, created once in `App` and shared through context.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::calendar::{Calendar, LocalHoliday};
use crate::storage::{local_holidays, BrowserStore, StorageError};

/// What every page may read: today, the calendar in force, and any storage
/// problem to tell the user about.
#[derive(Clone, Copy)]
pub struct AppState {
    pub today: NaiveDate,
    /// Bank holidays added on this device.
    pub local_holidays: RwSignal<Vec<LocalHoliday>>,
    /// The built-in calendar plus the local holidays.
    pub calendar: Memo<Calendar>,
    /// A problem reading saved data, shown in a banner until dismissed.
    pub storage_problem: RwSignal<Option<String>>,
}

impl AppState {
    /// Load what this browser has saved.
    pub fn load(today: NaiveDate) -> Self {
        let loaded = local_holidays::load(&BrowserStore);
        let local = RwSignal::new(loaded.holidays);
        AppState {
            today,
            local_holidays: local,
            calendar: Memo::new(move |_| local.with(|l| Calendar::with_local(l))),
            storage_problem: RwSignal::new(loaded.problem),
        }
    }

    /// Save a new list of local holidays; the calendar follows only when
    /// the save worked, so the screen never shows what was not kept.
    pub fn save_local_holidays(&self, list: Vec<LocalHoliday>) -> Result<(), StorageError> {
        local_holidays::save(&BrowserStore, &list)?;
        self.local_holidays.set(list);
        Ok(())
    }
}
