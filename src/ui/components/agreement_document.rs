//! An agreement laid out as the template reads (seed 004): the same
//! headings in the same order, the filled values, dotted lines where blank,
//! and both sign-off blocks. Used for the printed copy and for previews.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{day_month_year, DateEntry};
use crate::domain::records::agreement::fields::{printed_lines, sections, Section};
use crate::domain::records::agreement::template::*;
use crate::domain::records::agreement::Agreement;
use crate::ui::markup::Markup;

/// One "Label ..... value" line of the template.
fn line(m: &mut Markup, label: &'static str, value: &str) {
    m.tag("<div class=\"app-doc-line\"><dt class=\"app-doc-label\">")
        .text(label)
        .tag("</dt>");
    if value.trim().is_empty() {
        m.tag("<dd class=\"app-doc-value app-doc-blank\">\u{a0}</dd></div>");
    } else {
        m.tag("<dd class=\"app-doc-value\">")
            .text(value)
            .tag("</dd></div>");
    }
}

/// A heading and its lines.
fn lines(m: &mut Markup, heading: &'static str, rows: &[(&'static str, String)]) {
    m.tag("<h2>").text(heading).tag("</h2><dl>");
    for (label, value) in rows {
        line(m, label, value);
    }
    m.tag("</dl>");
}

fn tick(done: bool) -> &'static str {
    if done {
        "[x]"
    } else {
        "[ ]"
    }
}

/// Written as markup (`ui::markup`): nothing in it changes once drawn, and
/// the values are the user's, escaped. Each part's lines come from the
/// table of fields (`agreement::fields`); the information-sharing
/// statement, the seamless processes' ticks and the sign-offs are laid out
/// as the template lays them.
#[component]
pub fn AgreementDocument(agreement: Agreement) -> impl IntoView {
    let a = agreement;
    let mut m = Markup::new();
    m.tag("<h1 class=\"app-doc-title\">")
        .text(TITLE)
        .tag("</h1><p class=\"app-doc-retain\">(")
        .text(RETAIN)
        .tag(")</p>");
    for (section, _) in sections() {
        match section {
            Section::InformationSharing => sharing(&mut m, &a),
            Section::Seamless => seamless(&mut m, &a),
            Section::HomeSignOff => sign_offs(&mut m, &a),
            Section::PracticeSignOff => {}
            _ => lines(&mut m, section.printed_title(), &printed_lines(&a, section)),
        }
    }
    view! { <article class="app-doc" data-testid="agreement-document" inner_html=m.finish()></article> }
}

fn sharing(m: &mut Markup, a: &Agreement) {
    let sharing = match a.information_sharing {
        Some(true) => "Y",
        Some(false) => "N",
        None => "Y / N",
    };
    m.tag("<h2>Information Sharing &amp; Coding</h2><p>")
        .text(INFORMATION_SHARING)
        .tag(" \u{2013} <strong data-testid=\"doc-sharing\">")
        .text(sharing)
        .tag("</strong></p>");
}

fn seamless(m: &mut Markup, a: &Agreement) {
    m.tag("<h2>Seamless Processes</h2><p>")
        .text(SEAMLESS_INTRO)
        .tag("</p><ul class=\"app-doc-ticks\">");
    for (done, text) in [
        (a.seamless.secure_communication, SEAMLESS_SECURE),
        (a.seamless.care_plan_changes, SEAMLESS_CARE_PLAN),
        (a.seamless.designated_people, SEAMLESS_DESIGNATED),
        (a.seamless.residents_identified, SEAMLESS_RESIDENTS),
    ] {
        m.tag("<li>")
            .tag(tick(done))
            .tag(" ")
            .text(text)
            .tag("</li>");
    }
    m.tag("</ul>");
}

fn sign_offs(m: &mut Markup, a: &Agreement) {
    m.tag("<h2>Signed</h2><div class=\"app-doc-signs\">");
    for (who, s) in [
        ("For the care home", &a.care_home_sign_off),
        ("For the practice", &a.practice_sign_off),
    ] {
        let date = match s.date.entry("Date") {
            DateEntry::Valid(d) => day_month_year(d),
            _ => String::new(),
        };
        m.tag("<section class=\"app-doc-sign\"><h3>")
            .text(who)
            .tag("</h3><dl>");
        line(m, "Name", &s.name);
        line(m, "Role", &s.role);
        line(m, "Signature", "");
        line(m, "Date", &date);
        m.tag("</dl></section>");
    }
    m.tag("</div>");
}
