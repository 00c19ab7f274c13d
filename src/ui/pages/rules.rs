//! `#/rules?scheme=…&obligation=…`: every obligation of every scheme, with
//! its trigger, time allowed, rule, clause and each interpretation, drawn
//! from the same scheme data the deadline engine uses, so the page cannot
//! drift from the dates. Every deadline row links to its entry here.

use leptos::prelude::*;

use crate::domain::obligation::Obligation;
use crate::domain::query;
use crate::domain::schemes::{Scheme, ALL};
use crate::ui::components::focus_element;

/// The element id of an obligation's entry.
fn entry_id(scheme: &Scheme, o: &Obligation) -> String {
    format!("rule-{}-{}", scheme.id, o.id.as_str())
}

fn row(key: &'static str, value: String) -> impl IntoView {
    view! {
        <div class="nhsuk-summary-list__row">
            <dt class="nhsuk-summary-list__key">{key}</dt>
            <dd class="nhsuk-summary-list__value">{value}</dd>
        </div>
    }
}

fn entry(scheme: &'static Scheme, o: &'static Obligation) -> impl IntoView {
    let counts: Vec<&str> = o
        .met_by
        .iter()
        .filter(|id| **id != o.id)
        .map(|id| id.done_label())
        .collect();
    let timing = o.timing_text();
    view! {
        <section
            class="app-rule"
            id=entry_id(scheme, o)
            tabindex="-1"
            data-rule=o.id.as_str()
            data-scheme=scheme.id
        >
            <h4 class="nhsuk-heading-s nhsuk-u-margin-bottom-2">{o.title}</h4>
            <dl class="nhsuk-summary-list">
                {row("Runs from", o.trigger.describe().to_string())}
                {row("Time allowed", timing)}
                {row("Rule", crate::ui::components::clause_text(o.rule))}
                {row("Source", crate::ui::components::clause_text(o.clause))}
                {o.interpretation.map(|i| row("How the tool reads it", crate::ui::components::clause_text(i)))}
                {o.monitored.map(|m| row("Also shown", crate::ui::components::clause_text(m.label)))}
                {(!counts.is_empty()).then(|| row("Also met by", counts.join(", ")))}
                {o.permanent_only.then(|| row("Who", "Permanent residents only".to_string()))}
                {row("Cited as", o.clause.replace(")(", ")\u{2060}("))}
                {row("Id in links and files", o.id.as_str().to_string())}
            </dl>
        </section>
    }
}

fn scheme_section(scheme: &'static Scheme) -> impl IntoView {
    view! {
        <section aria-labelledby=format!("scheme-{}-heading", scheme.id) data-testid="rules-scheme" data-scheme=scheme.id>
            <h2 id=format!("scheme-{}-heading", scheme.id)>{scheme.name}</h2>
            <p>{format!("{}. In force {}. Source: {}.", scheme.commissioner, scheme.period_text(), crate::ui::components::clause_text(scheme.sources))}</p>
            {scheme.stack_text().map(|t| view! { <p data-testid="stack-text">{t}</p> })}
            {scheme.temporary_note.map(|t| view! { <div class="nhsuk-inset-text"><p>{crate::ui::components::clause_text(t)}</p></div> })}
            <h3>"For each resident"</h3>
            {scheme.obligations.iter().map(|o| entry(scheme, o)).collect_view()}
            {(!scheme.home_duties.is_empty()).then(|| view! {
                <h3>"For each care home"</h3>
                {scheme.home_duties.iter().map(|o| entry(scheme, o)).collect_view()}
            })}
        </section>
    }
}

#[component]
pub fn RulesPage(query: String) -> impl IntoView {
    let target = match (
        query::get(&query, "scheme"),
        query::get(&query, "obligation"),
    ) {
        (Some(s), Some(o)) => Scheme::by_id(&s).and_then(|scheme| {
            let id = crate::domain::obligation::ObligationId::parse(&o)?;
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
                    <li><a href=format!("#/rules?scheme={}", s.id) on:click=move |ev| {
                        ev.prevent_default();
                        focus_element(&format!("scheme-{}-heading", s.id));
                    }>{s.name}</a></li>
                }).collect_view()}
            </ul>
        </nav>
        {ALL.into_iter().map(scheme_section).collect_view()}
    }
}
