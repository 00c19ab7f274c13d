//! The due-date calculator page, mounted on its own.

use care_home_toolkit::ui::pages::DueCalculatorPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::*;

fn page(query: &str) -> web_sys::HtmlElement {
    let query = query.to_string();
    mount(d(2026, 11, 22), move || {
        view! { <DueCalculatorPage query/> }.into_any()
    })
}

fn row(r: &str, due: &str, status: &str) -> (String, String, String) {
    (r.into(), due.into(), status.into())
}

#[wasm_bindgen_test]
async fn a_deep_link_renders_every_deadline_with_its_rule() {
    let root = page("scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22");
    settle().await;
    assert_eq!(
        result_rows(&root),
        vec![
            // 000 §2.7 (7 days from being told, interpretation: QS120).
            row("medicines-reconciliation", "2026-11-11", "overdue"),
            // 002 Appendix 1 (b)(i); §4.3.2, §4.4.1: the first SMR with the PCSP.
            row("pcsp", "2026-11-11", "overdue"),
            row("smr", "2026-11-11", "overdue"),
            // 000 §2.6: from the informed date, later than admission.
            row("initial-review", "2026-11-13", "overdue"),
            row("medication-review", "2027-05-02", "upcoming"),
        ]
    );
    // The benchmark reads when this line was painted (Element Timing API).
    let summary = find(&root, "[data-testid=results-summary]").unwrap();
    assert_eq!(
        summary.get_attribute("elementtiming").as_deref(),
        Some("first-result")
    );
    let initial = find(&root, "tr[data-obligation=initial-review]").unwrap();
    assert_eq!(text(&initial, "time"), "Fri 13 Nov 2026");
    assert!(text(&initial, "[data-testid=clause]")
        .contains("LSC specification 2026/27, section 2.6 and section 6.1"));
    assert!(initial.text_content().unwrap().contains("9 days overdue"));
    // §6.1 monitors 7 working days after admission: shown beside it.
    assert!(text(&initial, "[data-testid=monitored]").contains("Wed 11 Nov 2026"));
    assert!(text(&initial, "[data-testid=rule-link]").contains("About this rule"));
    assert!(text(&root, "[data-testid=not-applicable]").contains("Medicines reconciliation"));
    // The working behind the initial review: 7 days counted from Thu 5 Nov.
    let counted = all(&initial, "details ol li");
    assert_eq!(counted.len(), 7);
    assert!(counted[0]
        .text_content()
        .unwrap()
        .contains("Thu 5 Nov 2026"));
}

#[wasm_bindgen_test]
async fn typing_a_date_updates_the_results_and_the_address() {
    let root = page("");
    settle().await;
    assert!(find(&root, "[data-testid=results-prompt]").is_some());
    assert!(result_rows(&root).is_empty());
    click(&root, "#scheme-rotherham-2019");
    type_into(&root, "admitted-day", "3");
    type_into(&root, "admitted-month", "6");
    type_into(&root, "admitted-year", "2019");
    type_into(&root, "asof-day", "20");
    type_into(&root, "asof-month", "6");
    type_into(&root, "asof-year", "2019");
    settle().await;
    assert_eq!(
        result_rows(&root)[0],
        row("admission-assessment", "2019-06-17", "overdue")
    );
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    assert_eq!(
        hash,
        "#/due?scheme=rotherham-2019&admitted=2019-06-03&asof=2019-06-20"
    );
    // Ticking "temporary" takes the care plan out and says why.
    click(&root, "#temporary");
    settle().await;
    assert!(result_rows(&root).iter().all(|r| r.0 != "care-plan"));
    assert!(text(&root, "[data-testid=not-applicable]")
        .contains("Not required for temporary residents"));
}

#[wasm_bindgen_test]
async fn an_impossible_date_gets_a_message_at_the_field_and_no_results() {
    let root = page("scheme=lsc-2026&admitted=2026-02-30&asof=2026-11-22");
    settle().await;
    assert!(result_rows(&root).is_empty());
    let summary = text(&root, "[data-testid=error-summary]");
    assert!(summary.contains("There is a problem"), "{summary}");
    assert!(
        summary.contains("Date of admission must be a real date"),
        "{summary}"
    );
    let field = find(&root, "[data-field=admitted]").unwrap();
    assert!(field.class_list().contains("nhsuk-form-group--error"));
    assert!(text(&field, ".nhsuk-error-message").contains("must be a real date"));
    // Correcting the day brings the results back.
    type_into(&root, "admitted-day", "28");
    settle().await;
    assert!(find(&root, "[data-testid=error-summary]").is_none());
    assert_eq!(result_rows(&root).len(), 5);
}

#[wasm_bindgen_test]
async fn an_unknown_scheme_and_an_early_readmission_are_refused() {
    let root =
        page("scheme=nowhere-2099&admitted=2026-11-02&readmitted=2026-10-01&asof=2026-11-22");
    settle().await;
    assert!(result_rows(&root).is_empty());
    let summary = text(&root, "[data-testid=error-summary]");
    assert!(
        summary.contains("\u{201c}nowhere-2099\u{201d}, that this tool does not know"),
        "{summary}"
    );
    assert!(
        summary.contains(
            "Date of the latest return from hospital must be the same as or after the date of admission"
        ),
        "{summary}"
    );
}

#[wasm_bindgen_test]
async fn a_date_outside_the_scheme_period_warns_but_still_computes() {
    let root = page("scheme=lsc-2026&admitted=2025-11-03&asof=2025-11-05");
    settle().await;
    assert_eq!(result_rows(&root).len(), 5);
    assert!(text(&root, "[data-testid=period-warning]").contains("outside the period"));
}

#[wasm_bindgen_test]
fn markup_gives_back_any_text_and_attribute_exactly() {
    use care_home_toolkit::ui::markup::Markup;
    let hostile = "<img src=x onerror=alert(1)> \"quoted\" & 'single' </p><script>x</script>";
    let mut m = Markup::new();
    m.tag("<p title=\"")
        .text(hostile)
        .tag("\">")
        .text(hostile)
        .tag("</p>");
    let holder = crate::dom::document().create_element("div").unwrap();
    holder.set_inner_html(&m.finish());
    assert_eq!(
        holder.child_element_count(),
        1,
        "one paragraph, nothing else"
    );
    let p = holder.first_element_child().unwrap();
    assert_eq!(p.tag_name(), "P");
    assert_eq!(p.get_attribute("title").as_deref(), Some(hostile));
    assert_eq!(p.text_content().as_deref(), Some(hostile));
    assert_eq!(p.child_element_count(), 0);
}

#[wasm_bindgen_test]
async fn a_local_holidays_name_in_the_working_is_only_text() {
    use care_home_toolkit::domain::rules::calendar::LocalHoliday;
    use care_home_toolkit::storage::{local_holidays, BrowserStore, KeyValueStore, StorageKey};
    let name = "<img src=x data-hostile=1> & \"Fair\" day";
    local_holidays::save(
        &BrowserStore,
        &[LocalHoliday {
            date: d(2026, 11, 6),
            name: name.into(),
            instead_of: None,
        }],
    )
    .unwrap();
    let root = page("scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22");
    settle().await;
    BrowserStore.remove(StorageKey::LocalHolidays).unwrap();
    let initial = find(&root, "tr[data-obligation=initial-review]").unwrap();
    let skipped = all(&initial, "[data-testid=skipped-holiday]");
    assert_eq!(skipped.len(), 1);
    assert_eq!(
        skipped[0].text_content().unwrap(),
        format!("Fri 6 Nov 2026: {name}")
    );
    assert!(find(&root, "[data-hostile]").is_none());
    assert!(find(&root, "img").is_none());
}

#[wasm_bindgen_test]
async fn a_refused_copy_shows_the_link_selected_in_a_box() {
    // This browser refuses the clipboard, as one without permission does.
    let clipboard = web_sys::window().unwrap().navigator().clipboard();
    let refuse = js_sys::Function::new_no_args("return Promise.reject(new Error('refused'))");
    js_sys::Reflect::set(&clipboard, &"writeText".into(), &refuse).unwrap();
    let root = page("scheme=lsc-2026&admitted=2026-11-02&asof=2026-11-22");
    settle().await;
    click(&root, "[data-testid=copy-link-button]");
    wait_ms(200).await;
    assert!(text(&root, "[data-testid=copy-link-status]").contains("did not allow copying"));
    let input: web_sys::HtmlInputElement = find(&root, "#copy-link-text").unwrap().unchecked_into();
    assert!(
        input
            .value()
            .ends_with("#/due?scheme=lsc-2026&admitted=2026-11-02&asof=2026-11-22"),
        "{}",
        input.value()
    );
    assert_eq!(input.selection_start().unwrap(), Some(0));
    assert_eq!(
        input.selection_end().unwrap(),
        Some(input.value().encode_utf16().count() as u32)
    );
    // A changed link has not been copied: the box goes.
    type_into(&root, "admitted-day", "3");
    settle().await;
    assert!(find(&root, "#copy-link-text").is_none());
    js_sys::Reflect::delete_property(&clipboard, &"writeText".into()).unwrap();
}
