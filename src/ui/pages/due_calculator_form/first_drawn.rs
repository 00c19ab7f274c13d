//! The calculator's form as first drawn: the resident's details folded
//! or open, the scheme radios, the date fields (the "already done" ones in
//! their own folded section) and the temporary resident checkbox, written
//! as markup once with the values of the form.

use crate::domain::formats::due_link::{DueField, DueForm, FieldError};
use crate::domain::rules::schemes::{Scheme, ALL};
use crate::ui::components::BOXES;
use crate::ui::markup::Markup;

use super::{done_open, hint};

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
        "<div class=\"nhsuk-form-group\" data-field=\"temporary\"><div class=\"nhsuk-checkboxes\"><div class=\"nhsuk-checkboxes__item\">\
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
