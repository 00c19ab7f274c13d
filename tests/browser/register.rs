//! The register's storage and the due list page, in the browser.

use care_home_toolkit::domain::records::register::{Home, Register};
use care_home_toolkit::storage::revisioned::{self, SaveError};
use care_home_toolkit::storage::{BrowserStore, KeyValueStore, MemoryStore, StorageKey};
use care_home_toolkit::ui::pages::DueListPage;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::*;

fn register() -> Register {
    Register {
        removed: Vec::new(),
        homes: vec![oakwood_house()],
        residents: vec![
            resident("r1", "Ann Smith", "9434765919"),
            resident("r2", "Bob Jones", "4010232137"),
        ],
        assessments: vec![],
        returns: vec![],
        outcome_notes: vec![],
        ..Register::default()
    }
}

#[wasm_bindgen_test]
fn the_register_has_the_same_two_tab_protection() {
    let store = MemoryStore::default();
    let r1 = revisioned::save(&store, &register(), 0).unwrap();
    revisioned::save(&store, &Register::default(), r1).unwrap();
    assert_eq!(
        revisioned::save(&store, &register(), r1),
        Err(SaveError::ChangedElsewhere)
    );
    assert!(revisioned::load::<Register>(&store, "2026-11-23T10:00:00Z")
        .value
        .0
        .homes
        .is_empty());
}

/// The due list page as of 22 November 2026, drawn from what is stored.
async fn due_list_page() -> web_sys::HtmlElement {
    let root = mount(d(2026, 11, 22), || {
        view! { <DueListPage query=String::new()/> }.into_any()
    });
    settle().await;
    root
}

#[wasm_bindgen_test]
async fn the_due_list_page_lists_counts_and_filters() {
    let store = BrowserStore;
    store.remove(StorageKey::Register).unwrap();
    revisioned::save(&store, &register(), 0).unwrap();
    let root = due_list_page().await;
    // Five LSC obligations each (initial review, PCSP, SMR, medication
    // review, medicines reconciliation) and the home's weekly round.
    assert_eq!(all(&root, "tr[data-due-row]").len(), 11);
    assert_eq!(
        all(&root, "tr[data-due-row][data-obligation=home-round]").len(),
        1
    );
    assert!(text(&root, "[data-testid=counts-all]").contains("overdue"));
    type_into(&root, "filter-search", "401 023");
    settle().await;
    let rows = all(&root, "tr[data-due-row]");
    assert_eq!(rows.len(), 5);
    assert!(rows
        .iter()
        .all(|r| r.get_attribute("data-resident").as_deref() == Some("r2")));
    assert_eq!(text(&root, "[data-testid=row-count]"), "5 deadlines match.");
    store.remove(StorageKey::Register).unwrap();
}

#[wasm_bindgen_test]
async fn many_homes_counts_fold_away_and_the_first_page_is_25_rows() {
    let store = BrowserStore;
    store.remove(StorageKey::Register).unwrap();
    // One home: its counts are all the counts, one card under its name.
    revisioned::save(&store, &register(), 0).unwrap();
    let root = due_list_page().await;
    assert!(all(&root, "[data-testid=counts-by-home]").is_empty());
    assert!(all(&root, "[data-testid=counts-h1]").is_empty());
    assert!(text(&root, "[data-testid=counts-all]").starts_with("Oakwood House"));
    // Seven homes with two residents each (more than one home): the homes'
    // counts fold under "Counts for each home", and the list starts with
    // 25 rows.
    let mut many = register();
    many.homes = (1..=7)
        .map(|i| Home {
            id: format!("h{i}"),
            name: format!("Home {i}"),
            scheme: "lsc-2026".into(),
            round_day: "Tuesday".into(),
            ..Home::default()
        })
        .collect();
    many.residents = (1..=7)
        .flat_map(|i| {
            register().residents.into_iter().map(move |mut r| {
                r.id = format!("{}-{i}", r.id);
                r.home_id = format!("h{i}");
                r
            })
        })
        .collect();
    store.remove(StorageKey::Register).unwrap();
    revisioned::save(&store, &many, 0).unwrap();
    let root = due_list_page().await;
    let folded = all(&root, "details[data-testid=counts-by-home]");
    assert_eq!(folded.len(), 1);
    assert!(!folded[0].has_attribute("open"));
    // Drawn only when opened.
    assert!(all(&root, "details [data-testid^=counts-h]").is_empty());
    let summary: web_sys::HtmlElement = all(&root, "details[data-testid=counts-by-home] summary")
        .remove(0)
        .dyn_into()
        .unwrap();
    summary.click();
    // The details' toggle event comes as a task of its own.
    wait_ms(50).await;
    settle().await;
    assert!(folded[0].has_attribute("open"));
    assert_eq!(all(&root, "details [data-testid^=counts-h]").len(), 7);
    assert_eq!(all(&root, "tr[data-due-row]").len(), 25);
    assert_eq!(
        text(&root, "[data-testid=row-count]"),
        "77 deadlines match."
    );
    // "Show more" draws the next 25 and focuses the first of them, so focus
    // is not lost when the button goes.
    let more: web_sys::HtmlElement = all(&root, "[data-testid=show-more]")
        .remove(0)
        .dyn_into()
        .unwrap();
    more.click();
    wait_ms(50).await;
    settle().await;
    assert_eq!(all(&root, "tr[data-due-row]").len(), 50);
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .expect("something has focus");
    let row_26 = all(&root, "tr[data-due-row]").remove(25);
    assert!(row_26.contains(Some(&focused)), "focus is not on row 26");
    store.remove(StorageKey::Register).unwrap();
}
