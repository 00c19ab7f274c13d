//! The calculator's form: the NHS.UK radios, date inputs and checkbox,
//! written as markup once (`ui::markup`) and then kept in step with what the
//! user types by `show_state`, which sets only the attributes and messages
//! that change. The page this form is on is most of a calculator link's
//! first load (docs/size-and-speed.md), and Leptos drawing its 19 date
//! inputs and their errors as components cost several times what this way
//! does. Other pages' forms use the components (`DateInput`...), which
//! draw the same markup.
//!
//! The boxes keep what the user typed themselves; the page reads each
//! change from the event (`Change::of`).

mod first_drawn;
mod kept_in_step;

pub use first_drawn::form_markup;
pub use kept_in_step::show_state;

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::domain::formats::due_link::{DueField, DueForm, FieldError};
use crate::domain::helpers::date_text::DateParts;
use crate::ui::components::BOXES;

/// Hints under the date fields.
fn hint(field: DueField) -> &'static str {
    match field {
        DueField::Admitted => "For example, 3 11 2026",
        DueField::Informed => {
            "Leave blank if not known. The LSC initial review counts from this date when it is \
             after the admission (LSC specification, section 2.6); otherwise from admission."
        }
        DueField::Readmitted => "The latest return to the home after a hospital episode, if any.",
        DueField::HospitalAdmission => {
            "The latest admission to hospital, if any: Rotherham reviews each one (Rotherham scheme \
             overview, section 8)."
        }
        DueField::NextMeeting => {
            "If known: the review of an admission to hospital is due by this meeting \
             (Rotherham scheme overview, section 2); otherwise 2 months after the admission."
        }
        DueField::AsOf => "Statuses and days left are worked out for this date. Today by default.",
        _ => "",
    }
}

/// Whether the "already done" dates start open: a link filled one, or one
/// has a problem to fix.
pub fn done_open(form: &DueForm, errors: &[FieldError]) -> bool {
    DueField::DATES
        .into_iter()
        .any(|d| d.done_obligation().is_some() && !form.date(d).is_empty())
        || errors.iter().any(|e| e.field.done_obligation().is_some())
}

/// What an `input` or `change` event in the form changed.
pub enum Change {
    Scheme(String),
    Temporary(bool),
    /// A date's box: the field and the date's boxes as now typed.
    Date(DueField, DateParts),
}

impl Change {
    /// Read the change from the box the event came from; `current` is the
    /// form before it.
    pub fn of(event: &web_sys::Event, current: &DueForm) -> Option<Change> {
        let input: HtmlInputElement = event.target()?.dyn_into().ok()?;
        let id = input.id();
        if input.name() == "scheme" {
            return Some(Change::Scheme(input.value()));
        }
        if id == "temporary" {
            return Some(Change::Temporary(input.checked()));
        }
        let (field, part) = DueField::DATES.into_iter().find_map(|field| {
            let rest = id.strip_prefix(field.key())?.strip_prefix('-')?;
            let (part, ..) = BOXES.into_iter().find(|b| b.1 == rest)?;
            Some((field, part))
        })?;
        let mut parts = current.date(field);
        *parts.part_mut(part) = input.value();
        Some(Change::Date(field, parts))
    }
}
