//! A stored document on screen: its value, the revision this tab read, and
//! what happened to the last save. Changes stay on screen when a save fails.

use leptos::prelude::*;

use crate::storage::revisioned::{self, Revisioned, SaveError};
use crate::storage::BrowserStore;

pub struct Synced<D: Send + Sync + 'static> {
    /// As on screen (ahead of storage when a save failed).
    pub value: RwSignal<D>,
    revision: RwSignal<u64>,
    /// Another tab saved since this tab read.
    pub changed_elsewhere: RwSignal<bool>,
    /// Why the last save failed.
    pub save_problem: RwSignal<Option<String>>,
}

impl<D: Send + Sync + 'static> Clone for Synced<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Send + Sync + 'static> Copy for Synced<D> {}

impl<D: Revisioned + Clone + Send + Sync + 'static> Synced<D> {
    /// Read the document; a problem reading it is returned for the banner.
    pub fn load() -> (Self, Option<String>) {
        let loaded = revisioned::load::<D>(&BrowserStore);
        let (value, revision) = loaded.value;
        let synced = Synced {
            value: RwSignal::new(value),
            revision: RwSignal::new(revision),
            changed_elsewhere: RwSignal::new(false),
            save_problem: RwSignal::new(None),
        };
        crate::storage::on_changed_elsewhere(D::KEY, move || {
            if revisioned::stored_revision::<D>(&BrowserStore) != synced.revision.get_untracked() {
                synced.changed_elsewhere.set(true);
            }
        });
        (synced, loaded.problem)
    }

    /// Show `new` and save it.
    pub fn set(&self, new: D) {
        self.value.set(new);
        if self.changed_elsewhere.get_untracked() {
            self.save_problem
                .set(Some(SaveError::ChangedElsewhere.to_string()));
            return;
        }
        let result = self
            .value
            .with_untracked(|v| revisioned::save(&BrowserStore, v, self.revision.get_untracked()));
        self.after_save(result);
    }

    /// Change the value in place and save it.
    pub fn update(&self, f: impl FnOnce(&mut D)) {
        let mut v = self.value.get_untracked();
        f(&mut v);
        self.set(v);
    }

    fn after_save(&self, result: Result<u64, SaveError>) {
        match result {
            Ok(revision) => {
                self.revision.set(revision);
                self.save_problem.set(None);
            }
            Err(SaveError::ChangedElsewhere) => {
                self.changed_elsewhere.set(true);
                self.save_problem
                    .set(Some(SaveError::ChangedElsewhere.to_string()));
            }
            Err(e) => self.save_problem.set(Some(format!(
                "{e}. Your change is still on screen: make a backup or export to keep a copy."
            ))),
        }
    }

    /// Drop this tab's view and read what is stored now.
    pub fn reload(&self) {
        let loaded = revisioned::load::<D>(&BrowserStore);
        let (value, revision) = loaded.value;
        self.value.set(value);
        self.revision.set(revision);
        self.changed_elsewhere.set(false);
        self.save_problem.set(loaded.problem);
    }

    /// Save this tab's copy over what another tab saved.
    pub fn keep_this_tabs(&self) {
        self.changed_elsewhere.set(false);
        let result = self.value.with_untracked(|v| {
            revisioned::force_save(&BrowserStore, v, self.revision.get_untracked())
        });
        self.after_save(result);
    }
}
