//! Browser storage: local holidays saved, read back, and kept safe when damaged.

use care_home_toolkit::domain::calendar::LocalHoliday;
use care_home_toolkit::storage::{
    local_holidays, BrowserStore, KeyValueStore, MemoryStore, StorageError, StorageKey,
};
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::d;

fn one() -> Vec<LocalHoliday> {
    vec![LocalHoliday {
        date: d(2030, 6, 3),
        name: "Proclaimed".into(),
        instead_of: None,
    }]
}

#[wasm_bindgen_test]
fn local_holidays_survive_a_round_trip_through_local_storage() {
    let store = BrowserStore;
    store.remove(StorageKey::LocalHolidays).unwrap();
    assert_eq!(local_holidays::load(&store).value, vec![]);
    local_holidays::save(&store, &one()).unwrap();
    let loaded = local_holidays::load(&store);
    assert_eq!(loaded.value, one());
    assert_eq!(loaded.problem, None);
    store.remove(StorageKey::LocalHolidays).unwrap();
}

#[wasm_bindgen_test]
fn a_damaged_value_is_kept_aside_and_reported() {
    let store = BrowserStore;
    store
        .set(
            StorageKey::LocalHolidays,
            "{\"format\":\"care-home-toolkit/local-hol",
        )
        .unwrap();
    let loaded = local_holidays::load(&store);
    assert!(loaded.value.is_empty());
    let problem = loaded.problem.unwrap();
    assert!(problem.contains("could not be read"), "{problem}");
    assert_eq!(
        store
            .get(StorageKey::DamagedLocalHolidays)
            .unwrap()
            .as_deref(),
        Some("{\"format\":\"care-home-toolkit/local-hol")
    );
    store.remove(StorageKey::LocalHolidays).unwrap();
    store.remove(StorageKey::DamagedLocalHolidays).unwrap();
}

#[wasm_bindgen_test]
fn a_full_store_refuses_and_keeps_what_it_had() {
    let store = MemoryStore::with_capacity(200);
    local_holidays::save(&store, &one()).unwrap();
    let many: Vec<LocalHoliday> = (1..=20)
        .map(|i| LocalHoliday {
            date: d(2031, 1, i),
            name: format!("Holiday number {i}"),
            instead_of: None,
        })
        .collect();
    assert_eq!(local_holidays::save(&store, &many), Err(StorageError::Full));
    assert_eq!(local_holidays::load(&store).value, one());
}

#[wasm_bindgen_test]
fn the_real_quota_error_is_recognised() {
    let store = BrowserStore;
    // About 10 MB of text is more than Chromium allows one origin.
    let big = "x".repeat(12 * 1024 * 1024);
    assert_eq!(
        store.set(StorageKey::DamagedLocalHolidays, &big),
        Err(StorageError::Full)
    );
    store.remove(StorageKey::DamagedLocalHolidays).unwrap();
}

#[wasm_bindgen_test]
fn revisions_are_read_from_the_head_or_the_whole() {
    use care_home_toolkit::storage::revisioned::revision_of;
    assert_eq!(
        revision_of(r#"{"format":"x","version":1,"revision":42,"homes":[]}"#),
        Some(42)
    );
    // Pretty-printed, as the agreements file is.
    assert_eq!(
        revision_of(
            "{\n  \"format\": \"x\",\n  \"version\": 1,\n  \"revision\": 7,\n  \"a\": []\n}"
        ),
        Some(7)
    );
    let late = format!(
        r#"{{"format":"x","pad":"{}","revision":9}}"#,
        "p".repeat(300)
    );
    assert_eq!(revision_of(&late), Some(9));
    assert_eq!(revision_of("not json"), None);
}
