//! The agreement form's state: the agreement being edited, which fields
//! the user has left, whether they asked for a check, and the findings;
//! with the builders of its repeated kinds of field.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{DatePart, DateParts};
use crate::domain::helpers::small_map::SmallMap;
use crate::domain::records::agreement::fields::{spec, Kind};
use crate::domain::records::agreement::{
    check, set_text, text_of, Agreement, AgreementField as F, Finding, Severity, SignOff,
};
use crate::ui::browser::now_iso;
use crate::ui::components::{Checkbox, DateInput, SummaryError, TextField};
use crate::ui::records::Records;

#[derive(Clone, Copy)]
pub struct FormState {
    /// The agreement as stored, or the new draft not yet stored.
    pub current: Memo<Option<Agreement>>,
    records: Records,
    /// The fields the user has left: a small map, not a `BTreeSet`, which
    /// would bring its own node code (issue 12's full-app size).
    pub touched: RwSignal<SmallMap<F, ()>>,
    /// Set by "Check the agreement": every required field is checked.
    pub check_all: RwSignal<bool>,
    findings: Memo<Vec<Finding>>,
}

impl FormState {
    pub fn new(current: Memo<Option<Agreement>>, records: Records) -> FormState {
        let check_all = RwSignal::new(false);
        FormState {
            current,
            records,
            touched: RwSignal::new(SmallMap::new()),
            check_all,
            findings: Memo::new(move |_| {
                current.with(|a| {
                    a.as_ref()
                        .map(|a| check(a, check_all.get()))
                        .unwrap_or_default()
                })
            }),
        }
    }

    /// Change the agreement: shown at once, saved when typing pauses
    /// (synced.rs).
    pub fn update(self, f: &dyn Fn(&mut Agreement)) {
        if let Some(mut a) = self.current.get_untracked() {
            f(&mut a);
            a.edited_at = now_iso();
            self.records.edit_agreement(a);
        }
    }

    /// The findings of this severity the user should see now: errors of
    /// fields left or after a check, and every warning.
    fn visible(self, severity: Severity) -> Vec<Finding> {
        let shown = self.touched.get();
        let all = self.check_all.get();
        self.findings.with(|fs| {
            fs.iter()
                .filter(|f| {
                    f.severity == severity
                        && (all || shown.contains_key(&f.field) || severity == Severity::Warning)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    }

    pub fn error(self, field: F) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.visible(Severity::Error)
                .into_iter()
                .find(|f| f.field == field)
                .map(|f| f.message)
        })
    }

    pub fn warning(self, field: F) -> Signal<Option<String>> {
        Signal::derive(move || {
            self.visible(Severity::Warning)
                .into_iter()
                .find(|f| f.field == field)
                .map(|f| f.message)
        })
    }

    /// Note that the user has left a field, so its errors show.
    pub fn touch(self, field: F) -> Callback<()> {
        Callback::new(move |_| {
            self.touched.update(|t| {
                t.insert(field, ());
            })
        })
    }

    /// Every error shown, for the error summary.
    pub fn summary(self) -> Signal<Vec<SummaryError>> {
        Signal::derive(move || {
            self.visible(Severity::Error)
                .into_iter()
                .map(|f| SummaryError {
                    target_id: f.field.id().to_string(),
                    message: f.message,
                })
                .collect::<Vec<_>>()
        })
    }

    /// One text field of the template, all from the table of fields: its
    /// label, hint and kind, and what it holds (`text_of`, `set_text`).
    pub fn text(self, field: F) -> impl IntoView {
        let current = self.current;
        let spec = spec(field);
        let (label, hint) = (spec.label, spec.hint);
        let (kind, autocomplete) = match spec.kind {
            Kind::Telephone { .. } => ("tel", "tel"),
            Kind::Email { .. } => ("email", "email"),
            _ => ("text", "off"),
        };
        view! {
            <TextField
                id=field.id()
                label
                hint
                input_type=kind
                autocomplete
                width=if kind == "text" { "nhsuk-u-width-two-thirds" } else { "nhsuk-input--width-20" }
                value=Signal::derive(move || current.with(|a| a.as_ref().map(|a| text_of(a, field).to_string()).unwrap_or_default()))
                on_input=Callback::new(move |v: String| self.update(&|a| set_text(a, field, v.clone())))
                on_change=self.touch(field)
                error=self.error(field)
                warning=self.warning(field)
            />
        }
    }

    /// The date a sign-off was signed.
    pub fn signed_date(
        self,
        date: F,
        date_id: &'static str,
        get: fn(&Agreement) -> &SignOff,
        set: fn(&mut Agreement) -> &mut SignOff,
    ) -> impl IntoView {
        let current = self.current;
        let who = spec(date).label;
        view! {
            <DateInput
                id=date_id
                label=who
                hint="For example, 20 11 2026"
                value=Signal::derive(move || current.with(|a| a.as_ref().map(|a| get(a).date.clone()).unwrap_or_default()))
                on_input=Callback::new(move |p: DateParts| self.update(&|a| set(a).date = p.clone()))
                on_change=self.touch(date)
                error=Signal::derive(move || self.error(date).get().map(|m| (m, DatePart::All)))
            />
        }
    }

    /// One of the seamless processes, confirmed by a tick.
    pub fn seamless(
        self,
        id: &'static str,
        label: &'static str,
        get: fn(&Agreement) -> bool,
        set: fn(&mut Agreement, bool),
    ) -> impl IntoView {
        let current = self.current;
        view! {
            <Checkbox
                id
                label
                checked=Signal::derive(move || current.with(|a| a.as_ref().is_some_and(get)))
                on_toggle=Callback::new(move |on: bool| self.update(&|a| set(a, on)))
            />
        }
    }
}
