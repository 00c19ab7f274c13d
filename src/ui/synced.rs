//! A stored document on screen: its value, the revision this tab read, and
//! what happened to the last save. Every change to saved data goes through
//! here, and is saved one way with one error path (full, damaged):
//! `set`/`update` save at once (a button press); `edit` (typing) shows the
//! change at once and saves when typing pauses (`PAUSE_MS`), when the field
//! loses focus, and when the page or tab is left, so a keystroke never
//! writes the whole register and the last one is never lost. Each save
//! stamps what changed since the last (`domain::merge`, from this device's
//! clock). When another tab has saved, this tab merges the stored copy into
//! its own and saves the result: nothing either tab recorded is lost, and
//! the user is never asked to choose. Changes stay on screen when a save
//! fails.

use std::cell::RefCell;
use std::time::Duration;

use leptos::prelude::*;

use crate::storage::revisioned::{self, Revisioned, SaveError};
use crate::storage::{BrowserStore, KeyValueStore};
use crate::ui::browser::now_iso;

/// How long typing must pause before the change is saved.
pub const PAUSE_MS: u64 = 400;

pub struct Synced<D: Send + Sync + 'static> {
    /// As on screen (ahead of storage when a save failed or is pending).
    pub value: RwSignal<D>,
    revision: RwSignal<u64>,
    /// Why the last save failed, for the banner: the reason and that the
    /// change stays on screen.
    pub save_problem: RwSignal<Option<String>>,
    /// The reason alone, for a page that takes its change back when the
    /// browser refuses it (so it cannot say the change is on screen).
    refused: StoredValue<Option<String>>,
    /// The stored value could not be read nor kept aside: nothing is saved
    /// over it until the user has downloaded it (`release`).
    pub blocked: RwSignal<bool>,
    /// Changes on screen not yet saved.
    pub unsaved: RwSignal<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The value as last saved or read: what the next save's changes are
    /// stamped against.
    saved: StoredValue<D>,
    /// The copy stored at `revision` when `saved` has moved on from it
    /// (changes stamped or brought in, not yet stored); `None` when
    /// `saved` is that copy. What an Undo in another tab is undoing here.
    stored_base: StoredValue<Option<D>>,
    /// The value as last read from or written to storage, shared with the
    /// other tabs: for documents that keep no removals, what it had and a
    /// tab no longer has was deleted there (`Revisioned::merged_with`).
    shared: StoredValue<D>,
}

impl<D: Send + Sync + 'static> Clone for Synced<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: Send + Sync + 'static> Copy for Synced<D> {}

thread_local! {
    /// Every document's "save now if changed", run when the user leaves.
    static FLUSHES: RefCell<Vec<Box<dyn Fn()>>> = const { RefCell::new(Vec::new()) };
}

/// Save every document's pending changes now (leaving a field, the page or
/// the tab).
pub fn flush_all() {
    FLUSHES.with(|f| f.borrow().iter().for_each(|flush| flush()));
}

/// Save pending changes when a field loses focus and when the tab is
/// hidden or closed. Installed once, by the full app.
pub fn flush_when_leaving() {
    // `visibilitychange` is fired at the document and bubbles to the window.
    for event in ["pagehide", "focusout", "visibilitychange"] {
        std::mem::forget(window_event_listener_untyped(event, |_| flush_all()));
    }
}

impl<D: Revisioned + Send + Sync + 'static> Synced<D> {
    /// Read the document; a problem reading it is returned for the banner.
    pub fn load() -> (Self, Option<String>) {
        let loaded = revisioned::load::<D>(&BrowserStore, &now_iso());
        let (value, revision) = loaded.value;
        crate::ui::clock::observe(&value.latest_stamp());
        let synced = Synced {
            saved: StoredValue::new(value.clone()),
            stored_base: StoredValue::new(None),
            shared: StoredValue::new(if D::KEEPS_REMOVALS {
                D::default()
            } else {
                value.clone()
            }),
            value: RwSignal::new(value),
            revision: RwSignal::new(revision),
            save_problem: RwSignal::new(None),
            blocked: RwSignal::new(loaded.blocked),
            unsaved: RwSignal::new(false),
            timer: StoredValue::new(None),
            refused: StoredValue::new(None),
        };
        crate::storage::on_changed_elsewhere(D::KEY, move || {
            if !synced.blocked.get_untracked()
                && revisioned::stored_revision::<D>(&BrowserStore)
                    != synced.revision.get_untracked()
            {
                synced.merge_stored();
            }
        });
        FLUSHES.with(|f| f.borrow_mut().push(Box::new(move || synced.flush())));
        (synced, loaded.problem)
    }

    /// Show `new` and save it now; whether it was saved (if not,
    /// `save_problem` says why).
    pub fn set(&self, new: D) -> bool {
        self.value.set(new);
        self.save_now()
    }

    /// Change the value in place and save it now; whether it was saved.
    pub fn update(&self, f: impl FnOnce(&mut D)) -> bool {
        self.value.update(f);
        self.save_now()
    }

    /// Bring in what came from elsewhere (a file, a link) by `f`, a merge,
    /// and save it now. What the merge brings keeps the stamps it came
    /// with: it is not stamped as changed here, which would make an older
    /// value brought in beat a later one elsewhere. This tab's own changes
    /// not yet saved are stamped first, also while saving is blocked (then
    /// the tab started from nothing, so what differs is all its own): else
    /// a file bringing a field's later change would take an edit made here
    /// after it. Whether it was saved.
    pub fn bring_in(&self, f: impl FnOnce(&mut D)) -> bool {
        self.stamp_changes();
        self.value.update(f);
        crate::ui::clock::observe(&self.value.with_untracked(Revisioned::latest_stamp));
        self.move_saved(self.value.get_untracked());
        self.save_now()
    }

    /// Show `value` again, as stored: a change that could not be saved is
    /// taken back (it is not stamped as a change made here).
    pub fn revert(&self, value: D) {
        self.cancel_timer();
        self.saved.set_value(value.clone());
        self.stored_base.set_value(None);
        self.value.set(value);
        self.unsaved.set(false);
        self.save_problem.set(None);
    }

    /// Change the value in place, as typed: shown at once, saved when the
    /// typing pauses (or the field, page or tab is left).
    pub fn edit(&self, f: impl FnOnce(&mut D)) {
        self.value.update(f);
        self.unsaved.set(true);
        self.cancel_timer();
        let this = *self;
        let handle = set_timeout_with_handle(move || this.flush(), Duration::from_millis(PAUSE_MS));
        self.timer.set_value(handle.ok());
    }

    /// Save now if there are changes not yet saved.
    pub fn flush(&self) {
        if self.unsaved.get_untracked() {
            self.save_now();
        }
    }

    fn cancel_timer(&self) {
        if let Some(handle) = self.timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    }

    fn save_now(&self) -> bool {
        self.cancel_timer();
        self.unsaved.set(true);
        self.refused.set_value(None);
        if self.blocked.get_untracked() {
            self.refused.set_value(Some(format!(
                "the {} saved earlier could not be read, so the toolkit will not save over it",
                D::WHAT
            )));
            self.save_problem.set(Some(format!(
                "Not saved: the {} saved earlier could not be read and has not been kept aside, so the toolkit will not save over it. Download it from the Backup page first; your change is still on screen.",
                D::WHAT
            )));
            return false;
        }
        self.stamp_changes();
        let result = self
            .value
            .with_untracked(|v| revisioned::save(&BrowserStore, v, self.revision.get_untracked()));
        match result {
            // Another tab saved first: bring its copy in, and save both.
            Err(SaveError::ChangedElsewhere) => self.merge_stored(),
            other => self.after_save(other),
        }
    }

    /// The value on screen is what is stored now.
    fn share(&self) {
        if !D::KEEPS_REMOVALS {
            self.shared.set_value(self.value.get_untracked());
        }
    }

    /// Stamp what changed on screen since the last save.
    fn stamp_changes(&self) {
        if !D::STAMPED {
            return;
        }
        let at = crate::ui::clock::stamp_now();
        self.saved.with_value(|saved| {
            self.value.update_untracked(|v| v.stamp_changes(saved, &at));
        });
        // Every difference is stamped now: later changes are stamped
        // against this, even if the write fails and is tried again.
        self.move_saved(self.value.get_untracked());
    }

    /// `saved` moves on to `now`, not yet stored: the copy stored at
    /// `revision` is kept aside, once.
    fn move_saved(&self, now: D) {
        let before = self
            .saved
            .try_update_value(|saved| std::mem::replace(saved, now));
        if self.stored_base.with_value(Option::is_none) {
            self.stored_base.set_value(before);
        }
    }

    /// Another tab has saved: merge the stored copy into this tab's (its
    /// own changes stamped first) and save the result if it holds anything
    /// the stored copy lacks. Whether everything is saved.
    fn merge_stored(&self) -> bool {
        self.cancel_timer();
        let loaded = revisioned::load::<D>(&BrowserStore, &now_iso());
        if loaded.blocked {
            self.blocked.set(true);
            self.save_problem.set(loaded.problem);
            return false;
        }
        let (stored, revision) = loaded.value;
        // Another tab undid bringing a file in that this tab had merged:
        // with nothing changed here since, take the earlier copy; with
        // changes (typing not yet saved), make them to the earlier copy.
        // Either way the file's records are not merged back in.
        let undone_here = revisioned::undoes::<D>(&BrowserStore, revision) == Some(self.revision());
        if undone_here && !self.unsaved.get_untracked() {
            self.adopt(stored, revision);
            return true;
        }
        // The copy this tab last read or wrote, before its changes since.
        let base = undone_here.then(|| {
            self.stored_base
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(|| self.saved.get_value())
        });
        // The other tab's stamps first, so this tab's next are later.
        crate::ui::clock::observe(&stored.latest_stamp());
        self.stamp_changes();
        if let Some(problem) = loaded.problem {
            // The stored copy was damaged or had records left out: say so,
            // as a load does (it is kept aside).
            self.save_problem.set(Some(problem));
        }
        let merged = match &base {
            Some(base) => self.value.with_untracked(|v| v.rebased(base, &stored)),
            None => self.shared.with_value(|shared| {
                self.value
                    .with_untracked(|v| v.merged_with(&stored, shared))
            }),
        };
        let needs_saving = merged != stored;
        // Everything that differs from it is this tab's, already stamped.
        self.saved.set_value(merged.clone());
        self.value.set(merged);
        self.revision.set(revision);
        if !needs_saving {
            self.share();
            self.saved.set_value(stored);
            self.stored_base.set_value(None);
            self.save_problem.set(None);
            self.unsaved.set(false);
            return true;
        }
        // Not stored until this save works.
        self.stored_base.set_value(Some(stored));
        self.unsaved.set(true);
        let result = self
            .value
            .with_untracked(|v| revisioned::save(&BrowserStore, v, revision));
        self.after_save(result)
    }

    fn after_save(&self, result: Result<u64, SaveError>) -> bool {
        match result {
            Ok(revision) => {
                self.revision.set(revision);
                self.save_problem.set(None);
                self.unsaved.set(false);
                self.saved.set_value(self.value.get_untracked());
                self.stored_base.set_value(None);
                self.share();
                true
            }
            Err(SaveError::ChangedElsewhere) => {
                // Saved again in the moment between: merged when its
                // storage event arrives.
                self.refused
                    .set_value(Some(SaveError::ChangedElsewhere.to_string()));
                self.save_problem
                    .set(Some(SaveError::ChangedElsewhere.to_string()));
                false
            }
            Err(e) => {
                self.refused.set_value(Some(e.to_string()));
                self.save_problem.set(Some(format!(
                    "{e}. Your change is still on screen: make a backup or export to keep a copy."
                )));
                false
            }
        }
    }

    /// Take back a change the browser refused to save: `before` is shown
    /// again and no banner says the change is on screen. Why it was
    /// refused.
    pub fn take_back(&self, before: D) -> String {
        self.cancel_timer();
        self.value.set(before);
        self.save_problem.set(None);
        self.unsaved.set(false);
        self.refused
            .get_value()
            .unwrap_or_else(|| "the browser did not save it".into())
    }

    /// Show a value another part of the app has just saved at `revision`
    /// (a restore, which writes every key together).
    pub fn adopt(&self, value: D, revision: u64) {
        self.cancel_timer();
        crate::ui::clock::observe(&value.latest_stamp());
        self.saved.set_value(value.clone());
        self.stored_base.set_value(None);
        self.value.set(value);
        self.share();
        self.revision.set(revision);
        self.blocked.set(false);
        self.unsaved.set(false);
        self.save_problem.set(None);
    }

    /// The revision this tab last read or wrote.
    pub fn revision(&self) -> u64 {
        self.revision.get_untracked()
    }

    /// The user has downloaded the unreadable stored value: it may now be
    /// replaced. It is removed, and anything changed since is saved.
    pub fn release(&self) {
        let _ = BrowserStore.remove(D::KEY);
        self.blocked.set(false);
        self.save_problem.set(None);
        self.revision.set(0);
        self.flush();
    }
}
