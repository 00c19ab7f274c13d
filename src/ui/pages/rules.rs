//! `#/rules?scheme=…&obligation=…`: every obligation of every scheme, with
//! its trigger, time allowed, rule, clause and each interpretation, drawn
//! from the same scheme data the deadline engine uses, so the page cannot
//! drift from the dates. Every deadline row links to its entry here.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::rules::obligation::Obligation;
use crate::domain::rules::schemes::{Scheme, ALL};
use crate::ui::components::{clause_text, focus_element};
use crate::ui::markup::Markup;

/// The element id of an obligation's entry.
fn entry_id(scheme: &Scheme, o: &Obligation) -> String {
    format!("rule-{}-{}", scheme.id, o.id.as_str())
}

fn row(m: &mut Markup, key: &'static str, value: &str) {
    m.tag("<div class=\"nhsuk-summary-list__row\"><dt class=\"nhsuk-summary-list__key\">")
        .text(key)
        .tag("</dt><dd class=\"nhsuk-summary-list__value\">")
        .text(value)
        .tag("</dd></div>");
}

fn entry(m: &mut Markup, scheme: &'static Scheme, o: &'static Obligation) {
    let counts: Vec<&str> = o
        .met_by
        .iter()
        .filter(|id| **id != o.id)
        .map(|id| id.done_label())
        .collect();
    m.tag("<section class=\"app-rule\" id=\"")
        .text(&entry_id(scheme, o))
        .tag("\" tabindex=\"-1\" data-rule=\"")
        .text(o.id.as_str())
        .tag("\" data-scheme=\"")
        .text(scheme.id)
        .tag("\"><h4 class=\"nhsuk-heading-s nhsuk-u-margin-bottom-2\">")
        .text(o.title)
        .tag("</h4><dl class=\"nhsuk-summary-list\">");
    row(m, "Runs from", o.trigger.describe());
    row(m, "Time allowed", &o.timing_text());
    row(m, "Rule", &clause_text(o.rule));
    row(m, "Source", &clause_text(o.clause));
    if let Some(i) = o.interpretation {
        row(m, "How the tool reads it", &clause_text(i));
    }
    if let Some(monitored) = o.monitored {
        row(m, "Also shown", &clause_text(monitored.label));
    }
    if !counts.is_empty() {
        row(m, "Also met by", &counts.join(", "));
    }
    if o.permanent_only {
        row(m, "Who", "Permanent residents only");
    }
    row(m, "Cited as", &o.clause.replace(")(", ")\u{2060}("));
    row(m, "Id in links and files", o.id.as_str());
    m.tag("</dl></section>");
}

/// A scheme's section, written as markup (`ui::markup`): the page is
/// long, and nothing on it changes once drawn.
fn scheme_section(scheme: &'static Scheme) -> impl IntoView {
    let mut m = Markup::new();
    m.tag("<h2 id=\"scheme-")
        .text(scheme.id)
        .tag("-heading\">")
        .text(scheme.name)
        .tag("</h2><p>")
        .text(&format!(
            "{}. In force {}. Source: {}.",
            scheme.commissioner,
            scheme.period_text(),
            clause_text(scheme.sources)
        ))
        .tag("</p>");
    if let Some(t) = scheme.stack_text() {
        m.tag("<p data-testid=\"stack-text\">").text(&t).tag("</p>");
    }
    if let Some(t) = scheme.temporary_note {
        m.tag("<div class=\"nhsuk-inset-text\"><p>")
            .text(&clause_text(t))
            .tag("</p></div>");
    }
    m.tag("<h3>For each resident</h3>");
    for o in scheme.obligations {
        entry(&mut m, scheme, o);
    }
    if !scheme.home_duties.is_empty() {
        m.tag("<h3>For each care home</h3>");
        for o in scheme.home_duties {
            entry(&mut m, scheme, o);
        }
    }
    view! {
        <section
            aria-labelledby=format!("scheme-{}-heading", scheme.id)
            data-testid="rules-scheme"
            data-scheme=scheme.id
            inner_html=m.finish()
        ></section>
    }
}

#[component]
pub fn RulesPage(query: String) -> impl IntoView {
    let target = match (
        query::get(&query, "scheme"),
        query::get(&query, "obligation"),
    ) {
        (Some(s), Some(o)) => Scheme::by_id(&s).and_then(|scheme| {
            let id = crate::domain::rules::obligation::ObligationId::parse(&o)?;
            scheme
                .obligations
                .iter()
                .chain(scheme.home_duties)
                .find(|x| x.id == id)
                .map(|x| entry_id(scheme, x))
        }),
        _ => None,
    };
    // Bring the entry a deadline row linked to into view, once drawn.
    if let Some(id) = target {
        request_animation_frame(move || focus_element(&id));
    }
    view! {
        <h1 tabindex="-1">"The rules behind every date"</h1>
        <p class="nhsuk-lede-text">
            "Every obligation the tool tracks, scheme by scheme: what starts the clock, how long is allowed, \
             the rule, where it comes from, and how the tool reads it where the document is silent or unclear."
        </p>
        <div class="nhsuk-inset-text">
            <p>
                "Working days are Monday to Friday, not bank holidays in England and Wales. \
                 \u{201c}N working days after\u{201d} a date is the N-th working day after it. \
                 Months are calendar months; when the later month is shorter, the date moves back to its last day. \
                 Every due date is inclusive: done on the due date is on time."
            </p>
        </div>
        <nav aria-label="Schemes">
            <ul class="nhsuk-list nhsuk-list--bullet">
                {ALL.into_iter().map(|s| view! {
                    <li><a href=Route::rules_of(s.id).href() on:click=move |ev| {
                        ev.prevent_default();
                        focus_element(&format!("scheme-{}-heading", s.id));
                    }>{s.name}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {ALL.into_iter().map(scheme_section).collect_view()}
    }
}
