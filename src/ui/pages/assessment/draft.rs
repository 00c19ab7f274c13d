//! The admission assessment's fields: the draft being filled in, how each
//! change is saved, and the kinds of field every section of the form uses
//! (a text box, folded away when only other schemes ask for it; a yes/no
//! question; a 4AT item), each with what requires it.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::records::assessment::four_at::FourAt;
use crate::domain::records::assessment::items::Item;
use crate::domain::records::assessment::model::Assessment;
use crate::domain::rules::schemes::{Scheme, ALL};
use crate::ui::components::{RadioGroup, TextArea};
use crate::ui::records::Records;

/// "Required by LSC 2026/27" when the resident's scheme requires the
/// item; otherwise "Optional for this resident" (naming the schemes that
/// ask for it, so nothing another scheme needs reads as required here).
pub fn tag(item: Item, scheme_id: &str) -> String {
    let clause = crate::ui::components::clause_text(item.info().clause);
    let required_by = item.info().required_by;
    if required_by.contains(&scheme_id) {
        let name = Scheme::by_id(scheme_id)
            .map(|s| s.short_name)
            .unwrap_or("the scheme");
        return format!("Required by {name} \u{b7} {clause}");
    }
    let others: Vec<&str> = ALL
        .iter()
        .filter(|s| required_by.contains(&s.id))
        .map(|s| s.short_name)
        .collect();
    if others.is_empty() {
        format!("Recorded where relevant \u{b7} {clause}")
    } else {
        format!(
            "Optional for this resident (asked for by {}) \u{b7} {clause}",
            others.join(", ")
        )
    }
}

pub fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

/// The assessment as filled in so far and how to change it: what every
/// section of the form needs.
#[derive(Clone, Copy)]
pub struct Draft {
    pub current: Memo<Assessment>,
    pub records: Records,
    pub rid: StoredValue<String>,
    /// The scheme of the resident's home, or "" when it has none.
    pub scheme_id: &'static str,
}

impl Draft {
    pub fn edit(self, f: &dyn Fn(&mut Assessment)) {
        let Draft { records, rid, .. } = self;
        let id = rid.get_value();
        // Typing: shown at once, saved when it pauses (synced.rs).
        records.register.edit(|r| r.edit_assessment(&id, |a| f(a)));
    }

    pub fn text_field(
        self,
        item: Option<Item>,
        id: &'static str,
        label: &'static str,
        hint: &'static str,
        get: fn(&Assessment) -> &String,
        set: fn(&mut Assessment, String),
    ) -> AnyView {
        let Draft {
            current, scheme_id, ..
        } = self;
        let edit = move |f: &dyn Fn(&mut Assessment)| self.edit(f);
        let field = view! {
            <TextArea
                id
                label
                hint
                tag=item.map(|i| tag(i, scheme_id)).unwrap_or_default()
                value=Signal::derive(move || current.with(|a| get(a).clone()))
                on_input=Callback::new(move |v: String| edit(&|a| set(a, v.clone())))
            />
        };
        // What only other schemes ask for is folded away (open when it
        // already holds something), so the form shows this resident's
        // scheme's requirements first.
        let optional = item.is_some_and(|i| {
            let by = i.info().required_by;
            !by.is_empty() && !by.contains(&scheme_id)
        });
        if !optional {
            return field.into_any();
        }
        let filled = current.with_untracked(|a| !get(a).trim().is_empty());
        view! {
            <details class="nhsuk-details" data-testid="optional-item" prop:open=filled>
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">{format!("{label} (optional for this resident)")}</span>
                </summary>
                <div class="nhsuk-details__text">{field}</div>
            </details>
        }
        .into_any()
    }

    pub fn yes_no_field(
        self,
        name: &'static str,
        legend: &'static str,
        get: fn(&Assessment) -> Option<bool>,
        set: fn(&mut Assessment, Option<bool>),
    ) -> impl IntoView {
        let current = self.current;
        let edit = move |f: &dyn Fn(&mut Assessment)| self.edit(f);
        view! {
            <RadioGroup
                name
                legend
                options=vec![("yes", "Yes"), ("no", "No")]
                inline=true
                selected=Signal::derive(move || current.with(|a| yes_no(get(a))))
                on_select=Callback::new(move |k: String| edit(&|a| set(a, Some(k == "yes"))))
                error=Signal::derive(|| None::<String>)
            />
        }
    }

    pub fn four_at_item(
        self,
        name: &'static str,
        legend: &'static str,
        allowed: &'static [u8],
        get: fn(&FourAt) -> Option<u8>,
        set: fn(&mut FourAt, Option<u8>),
    ) -> impl IntoView {
        let current = self.current;
        let edit = move |f: &dyn Fn(&mut Assessment)| self.edit(f);
        let options: Vec<(&'static str, &'static str)> = allowed
            .iter()
            .map(|v| match v {
                0 => ("0", "0"),
                1 => ("1", "1"),
                2 => ("2", "2"),
                _ => ("4", "4"),
            })
            .collect();
        view! {
            <RadioGroup
                name
                legend
                options
                inline=true
                selected=Signal::derive(move || current.with(|a| get(&a.delirium).map(|v| v.to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| edit(&|a| set(&mut a.delirium, k.parse().ok())))
                error=Signal::derive(|| None::<String>)
            />
        }
    }
}

/// A date's problem, if it is not a date: for its message and its box.
pub fn invalid(parts: &DateParts, label: &str) -> Option<(String, DatePart)> {
    match parts.entry(label) {
        DateEntry::Invalid { message, part } => Some((message, part)),
        _ => None,
    }
}
