//! The resident form's fields, as typed; and, when editing, following the
//! record while the form is open: another tab may change it, and a field
//! the user has not changed then shows the record as it is now (saving
//! takes only what was changed here: `ResidentDraft::changed_over`).

use leptos::prelude::*;

use crate::domain::helpers::date_text::DateParts;
use crate::domain::records::register::details::ResidentDraft;
use crate::ui::components::follow_if_untouched;
use crate::ui::records::Records;

#[derive(Clone, Copy)]
pub(super) struct Fields {
    pub name: RwSignal<String>,
    pub nhs: RwSignal<String>,
    pub room: RwSignal<String>,
    /// "permanent" or "temporary", as the radios' values.
    pub stay: RwSignal<String>,
    pub dob: RwSignal<DateParts>,
    pub admitted: RwSignal<DateParts>,
    pub informed: RwSignal<DateParts>,
    /// What the fields were filled with (or last followed).
    pub shown: RwSignal<ResidentDraft>,
}

fn stay_of(temporary: bool) -> String {
    if temporary { "temporary" } else { "permanent" }.to_string()
}

impl Fields {
    pub fn new(draft: ResidentDraft) -> Self {
        Fields {
            name: RwSignal::new(draft.name.clone()),
            nhs: RwSignal::new(draft.nhs_number.clone()),
            room: RwSignal::new(draft.room.clone()),
            stay: RwSignal::new(stay_of(draft.temporary)),
            dob: RwSignal::new(draft.date_of_birth.clone()),
            admitted: RwSignal::new(draft.admitted.clone()),
            informed: RwSignal::new(draft.informed.clone()),
            shown: RwSignal::new(draft),
        }
    }

    /// Whether the stay differs from what the form showed.
    pub fn stay_changed(&self) -> bool {
        (self.stay.get() == "temporary") != self.shown.with(|s| s.temporary)
    }

    /// What is to be saved: as typed when adding; when editing the
    /// resident `editing`, each field changed here, the others as the
    /// record has them now.
    pub fn draft(&self, records: Records, editing: Option<&str>) -> ResidentDraft {
        let typed = ResidentDraft {
            name: self.name.get_untracked(),
            date_of_birth: self.dob.get_untracked(),
            nhs_number: self.nhs.get_untracked(),
            room: self.room.get_untracked(),
            temporary: self.stay.get_untracked() == "temporary",
            admitted: self.admitted.get_untracked(),
            informed: self.informed.get_untracked(),
        };
        let now = editing.and_then(|id| {
            records
                .register
                .value
                .with_untracked(|r| r.resident(id).map(ResidentDraft::from_resident))
        });
        match now {
            Some(now) => self
                .shown
                .with_untracked(|shown| typed.changed_over(shown, &now)),
            None => typed,
        }
    }

    /// Editing: follow the record `id` while the form is open.
    pub fn follow_the_record(self, records: Records, id: String) {
        let now = Memo::new(move |_| {
            records
                .register
                .value
                .with(|r| r.resident(&id).map(ResidentDraft::from_resident))
        });
        Effect::new(move |_| {
            let Some(now) = now.get() else {
                return;
            };
            let before = self.shown.get_untracked();
            if before == now {
                return;
            }
            follow_if_untouched(self.name, &before.name, &now.name);
            follow_if_untouched(self.dob, &before.date_of_birth, &now.date_of_birth);
            follow_if_untouched(self.nhs, &before.nhs_number, &now.nhs_number);
            follow_if_untouched(self.room, &before.room, &now.room);
            follow_if_untouched(self.admitted, &before.admitted, &now.admitted);
            follow_if_untouched(self.informed, &before.informed, &now.informed);
            follow_if_untouched(
                self.stay,
                &stay_of(before.temporary),
                &stay_of(now.temporary),
            );
            self.shown.set(now);
        });
    }
}
