//! Browser storage: local holidays saved, read back, and kept safe when damaged.

use care_home_toolkit::domain::records::register::backup::Workspace;
use care_home_toolkit::domain::records::register::Register;
use care_home_toolkit::domain::rules::calendar::LocalHoliday;
use care_home_toolkit::storage::revisioned::{self, save_workspace, SaveError};
use care_home_toolkit::storage::together::write_together;
use care_home_toolkit::storage::{
    damaged_copies, local_holidays, BrowserStore, KeyValueStore, MemoryStore, StorageError,
    StorageKey,
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
    assert_eq!(
        local_holidays::load(&store, "2026-11-23T10:00:00Z").value,
        vec![]
    );
    local_holidays::save(&store, &one()).unwrap();
    let loaded = local_holidays::load(&store, "2026-11-23T10:00:00Z");
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
    let loaded = local_holidays::load(&store, "2026-11-23T10:00:00Z");
    assert!(loaded.value.is_empty());
    assert!(!loaded.blocked);
    let problem = loaded.problem.unwrap();
    assert!(problem.contains("could not be read"), "{problem}");
    let key = "care-home-toolkit:damaged:local-holidays-2026-11-23T10:00:00Z";
    assert_eq!(
        store.get_text(key).unwrap().as_deref(),
        Some("{\"format\":\"care-home-toolkit/local-hol")
    );
    // The original is gone once the copy is safe.
    assert_eq!(store.get(StorageKey::LocalHolidays).unwrap(), None);
    store.remove_text(key).unwrap();
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
    assert_eq!(
        local_holidays::load(&store, "2026-11-23T10:00:00Z").value,
        one()
    );
}

#[wasm_bindgen_test]
fn the_real_quota_error_is_recognised() {
    let store = BrowserStore;
    // About 10 MB of text is more than Chromium allows one origin.
    let big = "x".repeat(12 * 1024 * 1024);
    assert_eq!(
        store.set_text("care-home-toolkit:test-big", &big),
        Err(StorageError::Full)
    );
    store.remove_text("care-home-toolkit:test-big").unwrap();
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

/// A save checks the stored revision; with localStorage only the head of
/// the value is read for it, and the same answer comes from both stores,
/// whether the revision is in the head or only further in.
#[wasm_bindgen_test]
fn the_stored_revision_is_read_from_the_head_in_both_stores() {
    use care_home_toolkit::storage::revisioned::stored_revision;
    let key = StorageKey::Register;
    let (browser, memory) = (BrowserStore, MemoryStore::default());
    let late = format!(
        r#"{{"format":"x","pad":"{}","revision":9}}"#,
        "\u{e9}".repeat(300)
    );
    let cases: [(&str, u64); 4] = [
        (
            r#"{"format":"care-home-toolkit/register","version":3,"revision":42,"homes":[]}"#,
            42,
        ),
        (&late, 9),
        ("not json", 0),
        ("", 0),
    ];
    for (text, revision) in cases {
        browser.set(key, text).unwrap();
        memory.set(key, text).unwrap();
        assert_eq!(stored_revision::<Register>(&browser), revision, "{text}");
        assert_eq!(stored_revision::<Register>(&memory), revision, "{text}");
    }
    // The head is characters, not bytes: "é" is two bytes, one character.
    browser.set(key, &"\u{e9}".repeat(10)).unwrap();
    assert_eq!(
        browser.get_head(key, 3).unwrap().as_deref(),
        Some("\u{e9}\u{e9}\u{e9}")
    );
    memory.set(key, &"\u{e9}".repeat(10)).unwrap();
    assert_eq!(
        memory.get_head(key, 3).unwrap().as_deref(),
        Some("\u{e9}\u{e9}\u{e9}")
    );
    browser.remove(key).unwrap();
    memory.remove(key).unwrap();
    assert_eq!(browser.get_head(key, 3).unwrap(), None);
    assert_eq!(stored_revision::<Register>(&browser), 0);
    assert_eq!(stored_revision::<Register>(&memory), 0);
}

const STAMP: &str = "2026-11-23T10:00:00Z";

#[wasm_bindgen_test]
fn two_damaged_values_are_both_kept_under_keys_of_their_own() {
    // Issue 12: a second damaged value overwrote the first kept-aside copy.
    let store = MemoryStore::default();
    store.set(StorageKey::Agreements, "first damaged").unwrap();
    let _ = revisioned::load::<Vec<care_home_toolkit::domain::records::agreement::Agreement>>(
        &store, STAMP,
    );
    store.set(StorageKey::Agreements, "second damaged").unwrap();
    let _ = revisioned::load::<Vec<care_home_toolkit::domain::records::agreement::Agreement>>(
        &store, STAMP,
    );
    let copies = damaged_copies(&store);
    assert_eq!(copies.len(), 2, "{copies:?}");
    let texts: Vec<String> = copies
        .iter()
        .map(|c| store.get_text(&c.key).unwrap().unwrap())
        .collect();
    assert!(texts.contains(&"first damaged".to_string()));
    assert!(texts.contains(&"second damaged".to_string()));
    assert!(copies
        .iter()
        .all(|c| c.what == "agreements" && c.kept_at == STAMP));
}

#[wasm_bindgen_test]
fn a_damaged_value_too_large_to_keep_aside_stays_and_blocks_saving() {
    // Issue 12 (a): the first edit overwrote the original.
    let damaged = format!(
        "{{\"format\":\"care-home-toolkit/agreements\",{}",
        "x".repeat(300)
    );
    let store = MemoryStore::with_capacity(400);
    store.set(StorageKey::Agreements, &damaged).unwrap();
    let loaded = revisioned::load::<Vec<care_home_toolkit::domain::records::agreement::Agreement>>(
        &store, STAMP,
    );
    assert!(loaded.blocked);
    assert!(loaded
        .problem
        .unwrap()
        .contains("will not save any change over it"));
    assert_eq!(
        store.get(StorageKey::Agreements).unwrap().as_deref(),
        Some(damaged.as_str())
    );
    assert!(damaged_copies(&store).is_empty());
}

#[wasm_bindgen_test]
fn wrong_shape_storage_is_damaged_not_another_tab() {
    // Issue 12: the first edit after it was kept aside was refused as
    // "changed in another tab" (the revision was read from the damaged text).
    let store = MemoryStore::default();
    store
        .set(
            StorageKey::Register,
            r#"{"format":"care-home-toolkit/register","version":1,"revision":9,"homes":7}"#,
        )
        .unwrap();
    let loaded = revisioned::load::<Register>(&store, STAMP);
    assert!(loaded.problem.unwrap().contains("treated as damaged"));
    let (register, read_at) = loaded.value;
    assert_eq!(revisioned::save(&store, &register, read_at), Ok(1));
    assert_eq!(damaged_copies(&store).len(), 1);
}

#[wasm_bindgen_test]
fn a_newer_version_is_left_in_place_and_not_saved_over() {
    let store = MemoryStore::default();
    let newer = r#"{"format":"care-home-toolkit/register","version":99,"revision":4}"#;
    store.set(StorageKey::Register, newer).unwrap();
    let loaded = revisioned::load::<Register>(&store, STAMP);
    assert!(loaded.blocked);
    assert!(loaded.problem.unwrap().contains("newer version"));
    assert_eq!(
        store.get(StorageKey::Register).unwrap().as_deref(),
        Some(newer)
    );
    assert!(damaged_copies(&store).is_empty());
}

#[wasm_bindgen_test]
fn writing_together_puts_everything_back_when_one_part_is_refused() {
    let store = MemoryStore::with_capacity(60);
    store.set(StorageKey::Settings, "old settings").unwrap();
    let writes = [
        (StorageKey::Settings, "new settings".to_string()),
        (StorageKey::Register, "y".repeat(100)),
    ];
    assert_eq!(write_together(&store, &writes), Err(StorageError::Full));
    assert_eq!(
        store.get(StorageKey::Settings).unwrap().as_deref(),
        Some("old settings")
    );
    assert_eq!(store.get(StorageKey::Register).unwrap(), None);
}

#[wasm_bindgen_test]
fn a_restore_that_does_not_fit_changes_nothing() {
    // Issue 12: a restore that failed part-way could still say "Restored.".
    let store = MemoryStore::with_capacity(2_000);
    store.set(StorageKey::Settings, "kept").unwrap();
    let mut w = Workspace::default();
    w.local_holidays = (1..=28)
        .map(|i| LocalHoliday {
            date: d(2031, 2, i),
            name: format!("A long holiday name number {i}"),
            instead_of: None,
        })
        .collect();
    assert_eq!(
        save_workspace(&store, &w, 0, 0),
        Err(SaveError::Storage(StorageError::Full))
    );
    assert_eq!(
        store.get(StorageKey::Settings).unwrap().as_deref(),
        Some("kept")
    );
    assert_eq!(store.get(StorageKey::Register).unwrap(), None);
    assert_eq!(store.get(StorageKey::Agreements).unwrap(), None);
    // And one that fits writes every part.
    let roomy = MemoryStore::default();
    assert_eq!(save_workspace(&roomy, &w, 0, 0), Ok((1, 1)));
    assert_eq!(local_holidays::load(&roomy, STAMP).value, w.local_holidays);
}

/// Issue 23: with storage full the page said "Using 2.0 MB of the 10739 MB
/// this browser allows": the browser's estimate for the whole site, not the
/// store the records are in. It now says what the records take of the
/// about 5 million characters a browser keeps for a site.
#[wasm_bindgen_test]
fn the_space_used_is_the_records_share_of_what_the_browser_keeps() {
    use care_home_toolkit::ui::StorageStatus;
    let status = |characters: usize| StorageStatus {
        kept: true,
        characters,
    };
    let text = status(1_414_093).describe();
    assert!(
        text.ends_with("The records take about 1.4 million of the 5.0 million characters this browser keeps for a site (29%)."),
        "{text}"
    );
    assert!(status(4_990_000).describe().contains("(100%)"));
    assert!(status(12_345).describe().contains("about 13 thousand"));
    assert!(status(0).describe().ends_with("Nothing is stored yet."));
    // What is counted: the toolkit's own values.
    let store = care_home_toolkit::storage::MemoryStore::default();
    store.set(StorageKey::Agreements, "0123456789").unwrap();
    let n = care_home_toolkit::storage::characters_used(&store);
    assert!((10..60).contains(&n), "{n}");
}

/// Issue 22: one resident with an NHS number that fails its check digit no
/// longer sets the whole register aside. The rest loads; the user is told
/// which record was left out; the register as stored is copied aside whole.
#[wasm_bindgen_test]
fn one_bad_record_is_set_aside_alone() {
    let store = MemoryStore::default();
    let text = r#"{"format":"care-home-toolkit/register","version":3,"revision":4,
        "homes":[{"id":"h1","name":"Oakwood House","scheme":"lsc-2026","round_day":"Tuesday"}],
        "residents":[
          {"id":"r1","home_id":"h1","name":"Ann Smith","nhs_number":"9434765919","admitted":"2026-11-02"},
          {"id":"r2","home_id":"h1","name":"Bad Number","nhs_number":"9434765918","admitted":"2026-11-02"},
          {"id":"r3","home_id":"h1","name":"Cat Green","nhs_number":"4010232137","admitted":"2026-11-02"}]}"#;
    store.set(StorageKey::Register, text).unwrap();
    let loaded = revisioned::load::<Register>(&store, STAMP);
    let problem = loaded.problem.unwrap();
    assert!(problem.contains("Bad Number"), "{problem}");
    assert!(problem.contains("Everything else is here"), "{problem}");
    let (register, read_at) = loaded.value;
    let names: Vec<&str> = register.residents.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["Ann Smith", "Cat Green"]);
    assert_eq!(read_at, 4);
    assert!(!loaded.blocked);
    // The whole register as stored is kept, and saving carries on.
    let copies = damaged_copies(&store);
    assert_eq!(copies.len(), 1);
    assert_eq!(
        store.get_text(&copies[0].key).unwrap().as_deref(),
        Some(text)
    );
    assert_eq!(revisioned::save(&store, &register, read_at), Ok(5));
}
