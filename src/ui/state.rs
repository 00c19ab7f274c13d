//! App-wide state, created once when the app starts and shared through
//! context: the calendar and settings. The agreements and the register are
//! in `records.rs`, read only by the pages that use them.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::records::settings::Settings;
use crate::domain::rules::calendar::{merge_local_holidays_since, Calendar, LocalHoliday};
use crate::domain::rules::schemes::Scheme;
use crate::storage::{local_holidays, settings, BrowserStore, StorageError, StorageKey};
use crate::ui::browser::now_iso;

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
    /// Keys whose stored value could not be read nor kept aside: not
    /// saved over until the user has downloaded it (the Backup page).
    pub blocked: RwSignal<Vec<StorageKey>>,
    /// The local holidays as this tab last read or saved them: what
    /// another tab's since are merged against.
    holidays_seen: StoredValue<Vec<LocalHoliday>>,
}

impl AppState {
    /// Load what this browser has saved.
    pub fn load(today: NaiveDate) -> Self {
        let store = BrowserStore;
        let stamp = now_iso();
        let holidays = local_holidays::load(&store, &stamp);
        let prefs = settings::load(&store, &stamp);
        let blocked = [
            (holidays.blocked, StorageKey::LocalHolidays),
            (prefs.blocked, StorageKey::Settings),
        ]
        .into_iter()
        .filter_map(|(b, key)| b.then_some(key))
        .collect();
        let problems: Vec<String> = [holidays.problem, prefs.problem]
            .into_iter()
            .flatten()
            .collect();
        let seen = StoredValue::new(holidays.value.clone());
        let local = RwSignal::new(holidays.value);
        AppState {
            today,
            local_holidays: local,
            calendar: Memo::new(move |_| local.with(|l| Calendar::with_local(l))),
            storage_problems: RwSignal::new(problems),
            settings: RwSignal::new(prefs.value),
            blocked: RwSignal::new(blocked),
            holidays_seen: seen,
        }
    }

    /// Save a new list of local holidays; the calendar follows only when
    /// the save worked, so the screen never shows what was not kept.
    /// Another tab's changes saved since this tab read them are kept.
    pub fn save_local_holidays(&self, list: Vec<LocalHoliday>) -> Result<(), StorageError> {
        self.refuse_if_blocked(StorageKey::LocalHolidays)?;
        let loaded = local_holidays::load(&BrowserStore, &now_iso());
        let stored = self
            .readable(StorageKey::LocalHolidays, loaded)
            .ok_or(StorageError::Blocked)?;
        let list = self
            .holidays_seen
            .with_value(|seen| merge_local_holidays_since(&list, &stored, seen));
        local_holidays::save(&BrowserStore, &list)?;
        self.show_saved_holidays(list);
        Ok(())
    }

    /// Show local holidays just saved (here, or by a restore).
    pub fn show_saved_holidays(&self, list: Vec<LocalHoliday>) {
        self.holidays_seen.set_value(list.clone());
        self.local_holidays.set(list);
    }

    /// The default scheme, when one is set and known.
    pub fn default_scheme(&self) -> Option<&'static Scheme> {
        self.settings
            .with(|s| s.default_scheme.as_deref().and_then(Scheme::by_id))
    }

    /// Save the settings, each shared one that changed stamped now (so a
    /// colleague's copy merges them field by field).
    pub fn save_settings(&self, mut new: Settings) -> Result<(), StorageError> {
        self.refuse_if_blocked(StorageKey::Settings)?;
        // Later than every stamp the settings hold (some may have come
        // from a device whose clock runs ahead).
        self.settings.with_untracked(|before| {
            crate::ui::clock::observe(before.stamps.latest());
            new.stamp_changes(before, &crate::ui::clock::stamp_now());
        });
        // Another tab's changes saved since this tab read them are kept.
        let loaded = settings::load(&BrowserStore, &now_iso());
        let stored = self
            .readable(StorageKey::Settings, loaded)
            .ok_or(StorageError::Blocked)?;
        let new = new.merged_with_other_tab(&stored);
        settings::save(&BrowserStore, &new)?;
        self.settings.set(new);
        Ok(())
    }

    /// Take in the settings and local holidays another tab saves (the
    /// full app, where they are changed).
    pub fn follow_other_tabs(self) {
        crate::storage::on_changed_elsewhere(StorageKey::LocalHolidays, move || {
            if self
                .blocked
                .with_untracked(|b| b.contains(&StorageKey::LocalHolidays))
            {
                return;
            }
            let loaded = local_holidays::load(&BrowserStore, &now_iso());
            let Some(stored) = self.readable(StorageKey::LocalHolidays, loaded) else {
                return;
            };
            let merged = self.local_holidays.with_untracked(|mine| {
                self.holidays_seen
                    .with_value(|seen| merge_local_holidays_since(mine, &stored, seen))
            });
            self.holidays_seen.set_value(stored);
            self.local_holidays.set(merged);
        });
        crate::storage::on_changed_elsewhere(StorageKey::Settings, move || {
            if self
                .blocked
                .with_untracked(|b| b.contains(&StorageKey::Settings))
            {
                return;
            }
            let loaded = settings::load(&BrowserStore, &now_iso());
            let Some(stored) = self.readable(StorageKey::Settings, loaded) else {
                return;
            };
            // Every settings change is saved at once, and a tab merges
            // the stored copy before saving: what is stored holds this
            // tab's too (and an Undo elsewhere is followed).
            crate::ui::clock::observe(stored.stamps.latest());
            self.settings.set(stored);
        });
    }

    /// What is stored under `key` as read: `None` when it could not be
    /// read nor kept aside (a newer build's, say), which then is not saved
    /// over and is shown as a problem, as when the app starts.
    fn readable<T>(&self, key: StorageKey, loaded: crate::storage::Loaded<T>) -> Option<T> {
        if let Some(problem) = loaded.problem {
            self.storage_problems.update(|p| p.push(problem));
        }
        if loaded.blocked {
            self.blocked.update(|b| {
                if !b.contains(&key) {
                    b.push(key);
                }
            });
            return None;
        }
        Some(loaded.value)
    }

    fn refuse_if_blocked(&self, key: StorageKey) -> Result<(), StorageError> {
        if self.blocked.with_untracked(|b| b.contains(&key)) {
            Err(StorageError::Blocked)
        } else {
            Ok(())
        }
    }

    /// The user has downloaded the unreadable value of `key`: it may now be
    /// replaced.
    pub fn release(&self, key: StorageKey) {
        use crate::storage::KeyValueStore;
        let _ = BrowserStore.remove(key);
        self.blocked.update(|b| b.retain(|k| *k != key));
    }
}
