//! The calculator's form: the NHS.UK radios, date inputs and checkbox,
//! written as markup once (`ui::markup`) and then kept in step with what the
//! user types by `show_state`, which sets only the attributes and messages
//! that change. The page this form is on is most of a calculator link's
//! first load (issue 11's 150 KB budget), and Leptos drawing its 19 date
//! inputs and their errors cost about 20 KB of it, gzipped; this way costs
//! a few. Other pages' forms use the components (`DateInput`...), which
//! draw the same markup.
//!
//! The boxes keep what the user typed themselves; the page reads each
//! change from the event (`Change::of`).

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

use crate::domain::date_text::{DatePart, DateParts};
use crate::domain::due_link::{DueField, DueForm, FieldError};
use crate::domain::schemes::{Scheme, ALL};
use crate::ui::components::BOXES;
use crate::ui::markup::Markup;

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

/// The form's contents as first drawn, with the values of `form`.
pub fn form_markup(form: &DueForm, errors: &[FieldError], folded: bool) -> String {
    let scheme = Scheme::by_id(&form.scheme);
    let mut m = Markup::new();
    // Folded when opened from a complete link, so the answer is on the
    // first screen (issue 23: it was 2,280 px down on a tablet).
    m.tag("<details class=\"nhsuk-details\" data-testid=\"resident-details\"");
    if !folded {
        m.tag(" open");
    }
    m.tag(
        "><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">The \
         resident\u{2019}s details</span></summary><div class=\"nhsuk-details__text\">",
    );
    scheme_choice(&mut m, &form.scheme);
    for field in &DueField::DATES[..5] {
        date_field(&mut m, *field, form, scheme);
    }
    m.tag(
        "<div class=\"nhsuk-form-group\"><div class=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\">\
         <input class=\"nhsuk-checkboxes__input\" id=\"temporary\" name=\"temporary\" type=\"checkbox\" aria-describedby=\"temporary-hint\"",
    );
    if form.temporary {
        m.tag(" checked");
    }
    m.tag(
        "><label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"temporary\">Temporary resident</label>\
         <div class=\"nhsuk-hint nhsuk-checkboxes__hint\" id=\"temporary-hint\">Temporary residents need no care plan \
         (Rotherham scheme overview, section 4).</div></div></div></div>\
         <details class=\"nhsuk-details\" data-testid=\"done-dates\"",
    );
    if done_open(form, errors) {
        m.tag(" open");
    }
    m.tag(
        "><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">Reviews and plans \
         already done (optional)</span></summary><div class=\"nhsuk-details__text\"><p class=\"nhsuk-hint\">Leave \
         blank when not done since admission: recurring reviews then count from admission. Only the chosen \
         scheme\u{2019}s are shown.</p>",
    );
    for field in &DueField::DATES[5..18] {
        date_field(&mut m, *field, form, scheme);
    }
    m.tag("</div></details>");
    date_field(&mut m, DueField::AsOf, form, scheme);
    m.tag("</div></details>");
    m.finish()
}

fn scheme_choice(m: &mut Markup, selected: &str) {
    m.tag(
        "<div class=\"nhsuk-form-group\" data-field=\"scheme\"><fieldset class=\"nhsuk-fieldset\">\
         <legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">Scheme</legend><div class=\"nhsuk-radios\">",
    );
    for s in ALL {
        m.tag(
            "<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"scheme-",
        )
        .text(s.id)
        .tag("\" name=\"scheme\" type=\"radio\" value=\"")
        .text(s.id)
        .tag("\" aria-describedby=\"scheme-")
        .text(s.id)
        .tag("-hint\"");
        if s.id == selected {
            m.tag(" checked");
        }
        m.tag("><label class=\"nhsuk-label nhsuk-radios__label\" for=\"scheme-")
            .text(s.id)
            .tag("\">")
            .text(s.name)
            .tag("</label><div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"scheme-")
            .text(s.id)
            .tag("-hint\">")
            .text(&format!(
                "{}. In force {}. {}",
                s.commissioner,
                s.period_text(),
                s.stack_text().unwrap_or_default()
            ))
            .tag("</div></div>");
    }
    m.tag("</div></fieldset></div>");
}

fn date_field(m: &mut Markup, field: DueField, form: &DueForm, scheme: Option<&'static Scheme>) {
    let key = field.key();
    let value = form.date(field);
    m.tag("<div class=\"nhsuk-form-group\" data-field=\"")
        .text(key);
    if !field.applies_to(scheme) {
        m.tag("\" hidden=\"");
    }
    m.tag("\"><fieldset class=\"nhsuk-fieldset\" role=\"group\"><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">")
        .text(field.label())
        .tag("</legend>");
    if !hint(field).is_empty() {
        m.tag("<div class=\"nhsuk-hint\" id=\"")
            .text(key)
            .tag("-hint\">")
            .text(hint(field))
            .tag("</div>");
    }
    m.tag("<div class=\"nhsuk-date-input\" id=\"")
        .text(key)
        .tag("\">");
    for (part, suffix, label, width) in BOXES {
        m.tag("<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label nhsuk-date-input__label\" for=\"")
            .text(key)
            .tag("-")
            .tag(suffix)
            .tag("\">")
            .tag(label)
            .tag("</label><input class=\"nhsuk-input nhsuk-date-input__input ")
            .tag(width)
            .tag("\" id=\"")
            .text(key)
            .tag("-")
            .tag(suffix)
            .tag("\" name=\"")
            .text(key)
            .tag("-")
            .tag(suffix)
            .tag("\" type=\"text\" inputmode=\"numeric\" autocomplete=\"off\" value=\"")
            .text(value.part(part))
            .tag("\"></div></div>");
    }
    m.tag("</div></fieldset></div>");
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
    let fields = std::iter::once(DueField::Scheme).chain(DueField::DATES);
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
        if field == DueField::Scheme {
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
