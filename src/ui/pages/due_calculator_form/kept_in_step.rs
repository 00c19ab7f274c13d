//! The calculator's form kept in step with what the user types: which
//! fields show for the scheme, each field's error message, red border and
//! wrong box, and the "already done" section opened when it has to be.

use web_sys::Element;

use crate::domain::formats::due_link::{DueField, DueForm, FieldError};
use crate::domain::helpers::date_text::DatePart;
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::BOXES;
use crate::ui::markup::Markup;

use super::hint;

/// Bring the drawn form in step: which fields show for the scheme, the
/// errors at their fields (message, red border, the box that is wrong, and
/// `aria-describedby`), and the "already done" section opened when it has
/// to be (`open_done`: `Some` only when that changed).
pub fn show_state(
    form_el: &Element,
    form: &DueForm,
    errors: &[FieldError],
    open_done: Option<bool>,
) {
    let scheme = Scheme::by_id(&form.scheme);
    let fields = [DueField::Scheme, DueField::Temporary]
        .into_iter()
        .chain(DueField::DATES);
    for field in fields {
        let key = field.key();
        let Ok(Some(group)) = form_el.query_selector(&format!("[data-field=\"{key}\"]")) else {
            continue;
        };
        let _ = group.toggle_attribute_with_force("hidden", !field.applies_to(scheme));
        let error = errors.iter().find(|e| e.field == field);
        set_if_changed(
            &group,
            "class",
            if error.is_some() {
                "nhsuk-form-group nhsuk-form-group--error"
            } else {
                "nhsuk-form-group"
            },
        );
        let Some(fieldset) = group.first_element_child() else {
            continue;
        };
        show_message(&fieldset, key, error.map(|e| e.message.as_str()));
        let mut described = Vec::new();
        if !hint(field).is_empty() {
            described.push(format!("{key}-hint"));
        }
        if error.is_some() {
            described.push(format!("{key}-error"));
        }
        if described.is_empty() {
            let _ = fieldset.remove_attribute("aria-describedby");
        } else {
            set_if_changed(&fieldset, "aria-describedby", &described.join(" "));
        }
        if matches!(field, DueField::Scheme | DueField::Temporary) {
            continue;
        }
        for (part, suffix, _, width) in BOXES {
            let wrong = error.is_some_and(|e| e.part == part || e.part == DatePart::All);
            if let Ok(Some(input)) = group.query_selector(&format!("#{key}-{suffix}")) {
                let class = format!(
                    "nhsuk-input nhsuk-date-input__input {width}{}",
                    if wrong { " nhsuk-input--error" } else { "" }
                );
                set_if_changed(&input, "class", &class);
            }
        }
    }
    if let (Some(open), Ok(Some(details))) = (
        open_done,
        form_el.query_selector("[data-testid=done-dates]"),
    ) {
        let _ = details.toggle_attribute_with_force("open", open);
    }
}

/// Set an attribute only when its value changes: every keystroke brings
/// the form in step, and an unchanged attribute need not be styled again.
fn set_if_changed(el: &Element, name: &str, value: &str) {
    if el.get_attribute(name).as_deref() != Some(value) {
        let _ = el.set_attribute(name, value);
    }
}

/// The error message of a field, just above its boxes or radios: added,
/// changed or taken away.
fn show_message(fieldset: &Element, key: &str, message: Option<&str>) {
    let id = format!("{key}-error");
    let shown = fieldset
        .query_selector(".nhsuk-error-message")
        .ok()
        .flatten();
    match (message, shown) {
        (None, Some(old)) => old.remove(),
        (Some(text), old) => {
            let mut m = Markup::new();
            m.tag("<span class=\"nhsuk-u-visually-hidden\">Error: </span>")
                .text(text);
            let markup = m.finish();
            let span = match old {
                Some(span) => span,
                None => {
                    let Ok(span) = leptos::prelude::document().create_element("span") else {
                        return;
                    };
                    let _ = span.set_attribute("class", "nhsuk-error-message");
                    let _ = span.set_attribute("id", &id);
                    let _ = fieldset.insert_before(
                        &span,
                        fieldset.last_element_child().as_ref().map(|e| e.as_ref()),
                    );
                    span
                }
            };
            if span.inner_html() != markup {
                span.set_inner_html(&markup);
            }
        }
        (None, None) => {}
    }
}
