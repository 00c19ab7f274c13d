//! The assessment page's live 4AT score and checklist, in the browser.

use care_home_toolkit::domain::records::register::{Home, Register, Resident};
use care_home_toolkit::storage::revisioned;
use care_home_toolkit::storage::{BrowserStore, KeyValueStore, StorageKey};
use care_home_toolkit::ui::pages::AssessmentPage;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::*;

#[wasm_bindgen_test]
async fn the_4at_scores_live_and_the_checklist_follows_the_scheme() {
    let store = BrowserStore;
    store.remove(StorageKey::Register).unwrap();
    let register = Register {
        removed: Vec::new(),
        homes: vec![Home {
            id: "h1".into(),
            name: "Elm Lodge".into(),
            scheme: "rotherham-2020".into(),
            round_day: "Friday".into(),
            ..Home::default()
        }],
        residents: vec![Resident {
            made: Default::default(),
            stamps: Default::default(),
            versions: Vec::new(),
            id: "r1".into(),
            home_id: "h1".into(),
            name: "Ann Smith".into(),
            date_of_birth: None,
            nhs_number: "9434765919".into(),
            room: String::new(),
            temporary: false,
            admitted: d(2020, 6, 1),
            informed: None,
            events: vec![],
            discharged: None,
            concern: String::new(),
        }],
        assessments: vec![],
        returns: vec![],
        outcome_notes: vec![],
        ..Register::default()
    };
    revisioned::save(&store, &register, 0).unwrap();
    let root = mount(d(2026, 11, 22), || {
        view! { <AssessmentPage resident_id="r1".to_string()/> }.into_any()
    });
    settle().await;
    // Rotherham: within 2 weeks of admission (1 June 2020 + 14 days).
    assert!(text(&root, "[data-testid=assessment-due]").contains("Due Mon 15 Jun 2020"));
    let checklist = text(&root, "[data-testid=checklist]");
    assert!(
        checklist.contains("Mental capacity assessment"),
        "{checklist}"
    );
    assert!(
        !checklist.contains("Mental health assessment"),
        "{checklist}"
    );
    // What only LSC asks for is folded away for a Rotherham resident; what
    // Rotherham requires is not.
    assert!(find(&root, "[data-testid=optional-item] #a-mental-health").is_some());
    assert!(find(&root, "[data-testid=optional-item] #a-bone-falls").is_none());
    assert!(find(&root, "#a-bone-falls").is_some());
    assert_eq!(text(&root, "[data-testid=four-at-total]"), "4AT not done");
    click(&root, "#a-4at-alertness-4");
    settle().await;
    assert_eq!(
        text(&root, "[data-testid=four-at-total]"),
        "4AT total: answer all four items"
    );
    for id in ["#a-4at-amt4-0", "#a-4at-attention-0", "#a-4at-acute-0"] {
        click(&root, id);
    }
    settle().await;
    assert!(text(&root, "[data-testid=four-at-total]").starts_with("4AT total 4: 4 or above"));
    // Typing shows at once but is saved only when it pauses (issue 12: no
    // whole-register write per keystroke), then the draft is in the register.
    type_into(&root, "a-bone-falls", "On alendronate");
    settle().await;
    let read = || {
        revisioned::load::<Register>(&store, "2026-11-23T10:00:00Z")
            .value
            .0
    };
    assert_ne!(
        read().assessments.first().map(|a| a.bone_falls.clone()),
        Some("On alendronate".to_string()),
        "not saved on the keystroke"
    );
    wait_ms(care_home_toolkit::ui::synced::PAUSE_MS as i32 + 150).await;
    let saved = read();
    assert_eq!(saved.assessments[0].bone_falls, "On alendronate");
    assert_eq!(saved.assessments[0].delirium.total(), Some(4));
    assert!(!text(&root, "[data-testid=checklist]").contains("Bone protection"));
    store.remove(StorageKey::Register).unwrap();
}
