//! Parts drawn twice, once by a Leptos component and once as markup for
//! the first load's sake (`ui::markup`): each pair must draw the same
//! elements, attributes, values and words, or the calculator would drift
//! from the rest of the app.

use care_home_toolkit::domain::helpers::date_text::DateParts;
use care_home_toolkit::domain::rules::deadlines::{deadlines, Deadline, ResidentFacts};
use care_home_toolkit::domain::rules::obligation::ObligationId;
use care_home_toolkit::domain::rules::schemes::Scheme;
use care_home_toolkit::ui::components::{
    DateInput, DeadlineTable, DeadlineTableWithActions, SchemeChoice,
};
use care_home_toolkit::ui::pages::DueCalculatorPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;
use web_sys::{Element, HtmlInputElement};

use crate::dom::*;

/// An element as a canonical text: its tag, its attributes sorted, an
/// input's value and checked state as the user sees them (a property on
/// one side, an attribute on the other), and its children; empty text and
/// Leptos's placeholder comments left out.
fn shape(el: &Element) -> String {
    let mut attrs: Vec<String> = Vec::new();
    let names = el.get_attribute_names();
    for i in 0..names.length() {
        let name = names.get(i).as_string().unwrap();
        if name == "value" || name == "checked" {
            continue;
        }
        attrs.push(format!("{name}={:?}", el.get_attribute(&name).unwrap()));
    }
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        attrs.push(format!("value={:?}", input.value()));
        attrs.push(format!("checked={}", input.checked()));
    }
    attrs.sort();
    let mut out = format!("<{} {}>", el.tag_name(), attrs.join(" "));
    let children = el.child_nodes();
    for i in 0..children.length() {
        let node = children.get(i).unwrap();
        if let Some(child) = node.dyn_ref::<Element>() {
            out.push_str(&shape(child));
        } else if node.node_type() == web_sys::Node::TEXT_NODE {
            let text = node.text_content().unwrap_or_default();
            if !text.trim().is_empty() {
                out.push_str(&format!("{text:?}"));
            }
        }
    }
    out.push_str("</>");
    out
}

fn calculator(query: &str) -> web_sys::HtmlElement {
    let query = query.to_string();
    mount(d(2026, 11, 22), move || {
        view! { <DueCalculatorPage query/> }.into_any()
    })
}

#[wasm_bindgen_test]
async fn the_calculators_date_field_is_drawn_as_date_input_draws_it() {
    let page = calculator("scheme=lsc-2026&admitted=2026-11-02&asof=2026-11-22");
    let parts = DateParts {
        day: "02".into(),
        month: "11".into(),
        year: "2026".into(),
    };
    let component = mount(d(2026, 11, 22), move || {
        view! {
            <DateInput
                id="admitted"
                label="Date of admission"
                hint="For example, 3 11 2026"
                value=Signal::derive(move || parts.clone())
                on_input=Callback::new(|_| ())
                error=Signal::derive(|| None)
            />
        }
        .into_any()
    });
    settle().await;
    let ours = find(&page, "[data-field=admitted]").unwrap();
    let theirs = find(&component, "[data-field=admitted]").unwrap();
    assert_eq!(shape(&ours), shape(&theirs));
}

#[wasm_bindgen_test]
async fn the_calculators_scheme_choice_is_drawn_as_scheme_choice_draws_it() {
    let page = calculator("scheme=rotherham-2020&admitted=2026-11-02&asof=2026-11-22");
    let component = mount(d(2026, 11, 22), move || {
        view! {
            <SchemeChoice
                selected=Signal::derive(|| "rotherham-2020".to_string())
                on_select=Callback::new(|_| ())
                error=Signal::derive(|| Option::<String>::None)
            />
        }
        .into_any()
    });
    settle().await;
    let ours = find(&page, "[data-field=scheme]").unwrap();
    let theirs = find(&component, "[data-field=scheme]").unwrap();
    assert_eq!(shape(&ours), shape(&theirs));
}

#[wasm_bindgen_test]
async fn a_table_with_actions_draws_the_same_rows_as_one_without() {
    // Rows of every kind: done, overdue, upcoming, a working, a rule note,
    // rows not applying; and, past the bank-holiday calendar (2035), rows
    // that cannot be worked out.
    let scheme = Scheme::by_id("lsc-2026").unwrap();
    let mut now = ResidentFacts {
        admitted: d(2026, 11, 2),
        informed: Some(d(2026, 11, 4)),
        ..Default::default()
    };
    now.record(ObligationId::Pcsp, d(2026, 11, 9));
    let later = ResidentFacts {
        admitted: d(2035, 12, 24),
        ..Default::default()
    };
    let calendar = care_home_toolkit::ui::AppState::load(d(2026, 11, 22)).calendar;
    for (facts, as_of) in [(now, d(2026, 11, 22)), (later, d(2036, 1, 2))] {
        let report = calendar.with_untracked(|c| deadlines(scheme, &facts, as_of, c));
        assert!(!report.deadlines.is_empty() && !report.not_applicable.is_empty());
        let plain = {
            let report = report.clone();
            mount(d(2026, 11, 22), move || {
                view! { <DeadlineTable report/> }.into_any()
            })
        };
        let with_actions = mount(d(2026, 11, 22), move || {
            let row_action = Callback::new(|_: Deadline| ().into_any());
            view! { <DeadlineTableWithActions report row_action/> }.into_any()
        });
        settle().await;
        assert_eq!(shape(&plain), shape(&with_actions));
    }
}

#[wasm_bindgen_test]
async fn past_the_calendar_a_row_says_it_cannot_be_worked_out() {
    let page = calculator("scheme=lsc-2026&admitted=2035-12-24&asof=2036-01-02");
    settle().await;
    let rows = all(&page, "tr[data-status=unavailable]");
    assert!(!rows.is_empty());
    assert!(rows[0]
        .text_content()
        .unwrap()
        .contains("Cannot be worked out"));
}
