//! Each resident's "Record the outcome" form, kept by the page (not by the
//! worklist, which is drawn again when anything is marked done) so that
//! what is typed, and whether the form is open, survive it; and saving it.

use std::collections::HashMap;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::Round;
use crate::domain::records::register::marking::DoneTarget;
use crate::domain::records::round::OutcomeDraft;
use crate::ui::components::focus_element;
use crate::ui::records::Records;

/// One resident's form.
#[derive(Clone, Copy)]
pub struct OutcomeForm {
    pub draft: RwSignal<OutcomeDraft>,
    /// The keys of the items ticked "Also mark done".
    pub ticked: RwSignal<Vec<String>>,
    /// Why it was not saved, shown at "Seen by".
    pub error: RwSignal<Option<String>>,
    pub open: RwSignal<bool>,
    /// Typed in since it was filled or saved.
    pub dirty: RwSignal<bool>,
    /// What saving also did ("Also marked done: …"), shown with the outcome.
    pub note: RwSignal<Option<String>>,
}

/// Every resident's form on the page, made as first drawn.
#[derive(Clone, Copy)]
pub struct Forms {
    owner: StoredValue<Owner>,
    map: StoredValue<HashMap<String, OutcomeForm>>,
}

impl Forms {
    pub fn new() -> Forms {
        Forms {
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            map: StoredValue::new(HashMap::new()),
        }
    }

    /// The resident's form, filled with `filled` when first made.
    pub fn of(&self, resident_id: &str, filled: impl FnOnce() -> OutcomeDraft) -> OutcomeForm {
        if let Some(f) = self.map.with_value(|m| m.get(resident_id).copied()) {
            return f;
        }
        // Owned by the page, so that drawing the worklist again keeps them.
        let form = self.owner.with_value(|o| {
            o.with(|| OutcomeForm {
                draft: RwSignal::new(filled()),
                ticked: RwSignal::new(Vec::new()),
                error: RwSignal::new(None),
                open: RwSignal::new(false),
                dirty: RwSignal::new(false),
                note: RwSignal::new(None),
            })
        });
        self.map.update_value(|m| {
            m.insert(resident_id.to_string(), form);
        });
        form
    }
}

/// An item due that the outcome may also mark done.
#[derive(Clone)]
pub struct DueItem {
    pub key: String,
    pub title: &'static str,
    pub target: DoneTarget,
}

/// The id of the element that shows a resident's outcome.
pub fn outcome_id(resident_id: &str) -> String {
    format!("outcome-{resident_id}")
}

/// "Save the outcome": checked, then the outcome and every item ticked
/// saved together; the outcome is then shown, and takes focus.
pub fn save(
    records: Records,
    today: NaiveDate,
    round: Round,
    resident_id: &str,
    form: OutcomeForm,
    items: &[DueItem],
) {
    form.error.set(None);
    form.note.set(None);
    let seen_by_id = format!("outcome-seen-by-{resident_id}");
    let fail = move |message: String| {
        form.error.set(Some(message));
        let id = seen_by_id.clone();
        request_animation_frame(move || focus_element(&id));
    };
    let draft = match form.draft.get_untracked().validate() {
        Ok(d) => d,
        Err(p) => return fail(p.message),
    };
    let ticked: Vec<DueItem> = form.ticked.with_untracked(|t| {
        items
            .iter()
            .filter(|i| t.contains(&i.key))
            .cloned()
            .collect()
    });
    // Done at the round, unless the round is still to come.
    let when = if round.date > today {
        today
    } else {
        round.date
    };
    let home_id = round.home_id();
    let mut result = Ok(());
    let (mut marked, mut refused) = (Vec::new(), Vec::new());
    records.register.update(|r| {
        result = r.record_outcome(&home_id, round.date, resident_id, draft.clone());
        if result.is_ok() {
            for i in &ticked {
                match r.mark_done(&i.target, when, &draft.seen_by) {
                    Ok(_) => marked.push(i.title),
                    Err(e) => refused.push(format!("{} was not marked done: {e}.", i.title)),
                }
            }
        }
    });
    if let Err(e) = result {
        return fail(format!("{e}. Nothing was saved."));
    }
    let mut note = Vec::new();
    if !marked.is_empty() {
        note.push(format!("Also marked done: {}.", marked.join(", ")));
    }
    note.extend(refused);
    form.note.set((!note.is_empty()).then(|| note.join(" ")));
    form.draft.set(draft);
    form.ticked.set(Vec::new());
    form.dirty.set(false);
    form.open.set(false);
    let id = outcome_id(resident_id);
    request_animation_frame(move || focus_element(&id));
}
