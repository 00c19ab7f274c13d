//! The form for one resident on the request, as typed: kept by the page,
//! so that "Change" on the list can fill it.

use leptos::prelude::*;

use crate::domain::helpers::date_text::DateParts;
use crate::domain::records::round::{EntryDraft, Reason, RequestEntry};

#[derive(Clone, Copy)]
pub struct Draft {
    pub name: RwSignal<String>,
    pub dob: RwSignal<DateParts>,
    pub nhs: RwSignal<String>,
    pub room: RwSignal<String>,
    /// The practice's reference, when the resident was chosen from its list.
    pub practice_ref: RwSignal<String>,
    /// The reason's key, or "" for none chosen.
    pub reason: RwSignal<String>,
    pub other: RwSignal<String>,
    pub background: RwSignal<String>,
    pub prepared_by: RwSignal<String>,
    /// The entry being changed, if any.
    pub editing: RwSignal<Option<String>>,
}

impl Draft {
    pub fn new() -> Draft {
        Draft {
            name: RwSignal::new(String::new()),
            dob: RwSignal::new(DateParts::default()),
            nhs: RwSignal::new(String::new()),
            room: RwSignal::new(String::new()),
            practice_ref: RwSignal::new(String::new()),
            reason: RwSignal::new(String::new()),
            other: RwSignal::new(String::new()),
            background: RwSignal::new(String::new()),
            prepared_by: RwSignal::new(String::new()),
            editing: RwSignal::new(None),
        }
    }

    /// The form as typed, for the domain to check.
    pub fn read(&self) -> EntryDraft {
        EntryDraft {
            name: self.name.get_untracked(),
            date_of_birth: self.dob.get_untracked(),
            nhs_number: self.nhs.get_untracked(),
            room: self.room.get_untracked(),
            practice_ref: self.practice_ref.get_untracked(),
            reason: Reason::from_key(&self.reason.get_untracked()),
            other: self.other.get_untracked(),
            background: self.background.get_untracked(),
            prepared_by: self.prepared_by.get_untracked(),
        }
    }

    /// Fill the form with an entry, to change it.
    pub fn fill(&self, e: &RequestEntry) {
        let d = EntryDraft::from_entry(e);
        self.name.set(d.name);
        self.dob.set(d.date_of_birth);
        self.nhs.set(d.nhs_number);
        self.room.set(d.room);
        self.practice_ref.set(d.practice_ref);
        self.reason
            .set(d.reason.map(|r| r.key().to_string()).unwrap_or_default());
        self.other.set(d.other);
        self.background.set(d.background);
        self.prepared_by.set(d.prepared_by);
        self.editing.set(Some(e.id.clone()));
    }

    /// Empty the form for the next resident, keeping who prepared it.
    pub fn clear(&self) {
        self.name.set(String::new());
        self.dob.set(DateParts::default());
        self.nhs.set(String::new());
        self.room.set(String::new());
        self.practice_ref.set(String::new());
        self.reason.set(String::new());
        self.other.set(String::new());
        self.background.set(String::new());
        self.editing.set(None);
    }
}
