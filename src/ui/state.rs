//! App-wide state, created once in `App` and shared through context.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::agreement::Agreement;
use crate::domain::calendar::{Calendar, LocalHoliday};
use crate::domain::schemes::Scheme;
use crate::domain::settings::Settings;
use crate::storage::agreements::{self, SaveError};
use crate::storage::{local_holidays, settings, BrowserStore, StorageError, StorageKey};

/// What every page may read and change.
#[derive(Clone, Copy)]
pub struct AppState {
    pub today: NaiveDate,
    /// Bank holidays added on this device.
    pub local_holidays: RwSignal<Vec<LocalHoliday>>,
    /// The built-in calendar plus the local holidays.
    pub calendar: Memo<Calendar>,
    /// Problems reading saved data, shown in a banner until dismissed.
    pub storage_problems: RwSignal<Vec<String>>,
    pub settings: RwSignal<Settings>,
    /// Every agreement, as on screen (which may be ahead of storage when a
    /// save failed).
    pub agreements: RwSignal<Vec<Agreement>>,
    /// The stored revision this tab last read or wrote.
    agreements_revision: RwSignal<u64>,
    /// Another tab saved agreements since this tab read them.
    pub agreements_changed_elsewhere: RwSignal<bool>,
    /// The last save of agreements failed: why.
    pub agreements_save_problem: RwSignal<Option<String>>,
}

impl AppState {
    /// Load what this browser has saved.
    pub fn load(today: NaiveDate) -> Self {
        let store = BrowserStore;
        let holidays = local_holidays::load(&store);
        let prefs = settings::load(&store);
        let stored = agreements::load(&store);
        let problems: Vec<String> = [holidays.problem, prefs.problem, stored.problem]
            .into_iter()
            .flatten()
            .collect();
        let local = RwSignal::new(holidays.value);
        let state = AppState {
            today,
            local_holidays: local,
            calendar: Memo::new(move |_| local.with(|l| Calendar::with_local(l))),
            storage_problems: RwSignal::new(problems),
            settings: RwSignal::new(prefs.value),
            agreements: RwSignal::new(stored.value.agreements),
            agreements_revision: RwSignal::new(stored.value.revision),
            agreements_changed_elsewhere: RwSignal::new(false),
            agreements_save_problem: RwSignal::new(None),
        };
        crate::storage::on_changed_elsewhere(StorageKey::Agreements, move || {
            if agreements::stored_revision(&BrowserStore)
                != state.agreements_revision.get_untracked()
            {
                state.agreements_changed_elsewhere.set(true);
            }
        });
        state
    }

    /// Save a new list of local holidays; the calendar follows only when
    /// the save worked, so the screen never shows what was not kept.
    pub fn save_local_holidays(&self, list: Vec<LocalHoliday>) -> Result<(), StorageError> {
        local_holidays::save(&BrowserStore, &list)?;
        self.local_holidays.set(list);
        Ok(())
    }

    /// The default scheme, when one is set and known.
    pub fn default_scheme(&self) -> Option<&'static Scheme> {
        self.settings
            .with(|s| s.default_scheme.as_deref().and_then(Scheme::by_id))
    }

    pub fn save_settings(&self, new: Settings) -> Result<(), StorageError> {
        settings::save(&BrowserStore, &new)?;
        self.settings.set(new);
        Ok(())
    }

    /// Show `list` and save it. A failed save leaves the change on screen
    /// and says why; nothing stored earlier is lost.
    pub fn set_agreements(&self, list: Vec<Agreement>) {
        self.agreements.set(list);
        if self.agreements_changed_elsewhere.get_untracked() {
            self.agreements_save_problem
                .set(Some(SaveError::ChangedElsewhere.to_string()));
            return;
        }
        let result = self.agreements.with_untracked(|l| {
            agreements::save(&BrowserStore, l, self.agreements_revision.get_untracked())
        });
        self.after_save(result);
    }

    fn after_save(&self, result: Result<u64, SaveError>) {
        match result {
            Ok(revision) => {
                self.agreements_revision.set(revision);
                self.agreements_save_problem.set(None);
            }
            Err(SaveError::ChangedElsewhere) => {
                self.agreements_changed_elsewhere.set(true);
                self.agreements_save_problem
                    .set(Some(SaveError::ChangedElsewhere.to_string()));
            }
            Err(e) => self.agreements_save_problem.set(Some(format!(
                "{e}. Your change is still on screen: export the agreements to keep a copy."
            ))),
        }
    }

    /// Replace one agreement (by id), or add it.
    pub fn put_agreement(&self, agreement: Agreement) {
        let mut list = self.agreements.get_untracked();
        match list.iter_mut().find(|a| a.id == agreement.id) {
            Some(slot) => *slot = agreement,
            None => list.push(agreement),
        }
        self.set_agreements(list);
    }

    /// Drop this tab's view and read what is stored now.
    pub fn reload_agreements(&self) {
        let stored = agreements::load(&BrowserStore);
        self.agreements.set(stored.value.agreements);
        self.agreements_revision.set(stored.value.revision);
        self.agreements_changed_elsewhere.set(false);
        self.agreements_save_problem.set(stored.problem);
    }

    /// Save this tab's agreements over what another tab saved.
    pub fn keep_this_tabs_agreements(&self) {
        self.agreements_changed_elsewhere.set(false);
        let result = self.agreements.with_untracked(|l| {
            agreements::force_save(&BrowserStore, l, self.agreements_revision.get_untracked())
        });
        self.after_save(result);
    }
}
