//! Browser storage: local holidays saved, read back, and kept safe when damaged.

use care_home_toolkit::domain::records::register::Register;
use care_home_toolkit::domain::rules::calendar::LocalHoliday;
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
    // No-break spaces keep each number with its word.
    let text = status(1_414_093).describe().replace('\u{a0}', " ");
    assert!(
        text.ends_with("The records take about 1.4 million of the 5.0 million characters this browser keeps for a site (29%)."),
        "{text}"
    );
    assert!(status(4_990_000).describe().contains("(100%)"));
    assert!(status(12_345).describe().contains("about 13\u{a0}thousand"));
    assert!(status(0).describe().ends_with("Nothing is stored yet."));
    // What is counted: the toolkit's own values.
    let store = care_home_toolkit::storage::MemoryStore::default();
    store.set(StorageKey::Agreements, "0123456789").unwrap();
    let n = care_home_toolkit::storage::characters_used(&store);
    assert!((10..60).contains(&n), "{n}");
}

/// Issue 22: a tab whose stored register could not be read (saving
/// blocked) brought a file in without stamping its own edits first, so a
/// file with a later change to the same field took the edit made here.
#[wasm_bindgen_test]
fn a_blocked_tab_keeps_its_own_edit_when_it_brings_a_file_in() {
    use care_home_toolkit::domain::merge::{merge, Stamp};
    use care_home_toolkit::domain::records::register::Home;
    use care_home_toolkit::ui::synced::Synced;
    use leptos::prelude::{GetUntracked, WithUntracked};
    let store = BrowserStore;
    // Written by a newer build: it cannot be read, and is not saved over.
    store
        .set(
            StorageKey::Register,
            "{\"format\":\"care-home-toolkit/register\",\"version\":99}",
        )
        .unwrap();
    let (synced, problem) = Synced::<Register>::load();
    assert!(synced.blocked.get_untracked(), "{problem:?}");
    let file = |name: &str, ms: u64| {
        let mut ann = crate::dom::resident("r1", name, "9434765919");
        ann.made = Stamp {
            ms: 1,
            n: 0,
            device: "file".into(),
        };
        ann.stamps.set(
            "name",
            Stamp {
                ms,
                n: 0,
                device: "file".into(),
            },
        );
        Register {
            homes: vec![Home {
                id: "h1".into(),
                name: "Oakwood House".into(),
                ..Home::default()
            }],
            residents: vec![ann],
            ..Register::default()
        }
    };
    let first = file("Ann Smith", 1_000);
    synced.bring_in(|r| *r = merge(r, &first));
    // Corrected here (not saved: saving is blocked)...
    assert!(!synced.update(|r| r.residents[0].name = "Ann Smyth".into()));
    // ...then a file whose change to the name is later than the first file's
    // but earlier than this edit.
    let second = file("Ann Smith-Jones", 2_000);
    synced.bring_in(|r| *r = merge(r, &second));
    assert_eq!(
        synced.value.with_untracked(|r| r.residents[0].name.clone()),
        "Ann Smyth"
    );
    store.remove(StorageKey::Register).unwrap();
}

/// Issue 22: another tab undid bringing a file in while this tab had
/// typing not yet saved (within its pause). This tab's save merged the
/// file's records back in, so the Undo did not hold. Now what was typed
/// is made to the copy from before the file: when the other tab's save is
/// heard...
#[wasm_bindgen_test]
fn an_undo_in_another_tab_holds_while_this_tab_has_typing_not_yet_saved() {
    undone_in_another_tab_while_typing(|_| {
        js_sys::eval(&format!(
            "window.dispatchEvent(new StorageEvent('storage', {{ key: '{}' }}))",
            StorageKey::Register.as_str()
        ))
        .unwrap();
    });
}

/// ...and when this tab's typing pause ends first, its save finding the
/// other tab's Undo stored (its changes then stamped, not yet stored).
#[wasm_bindgen_test]
fn an_undo_in_another_tab_holds_when_this_tabs_save_comes_first() {
    undone_in_another_tab_while_typing(|synced| synced.flush());
}

fn undone_in_another_tab_while_typing(
    this_tab_learns: impl Fn(&care_home_toolkit::ui::synced::Synced<Register>),
) {
    use care_home_toolkit::domain::merge::merge;
    use care_home_toolkit::storage::revisioned::{self, mark_undoing, stored_revisions};
    use care_home_toolkit::ui::synced::Synced;
    use leptos::prelude::{GetUntracked, WithUntracked};
    let store = BrowserStore;
    // Ids no other test uses: a page an earlier test left running hears
    // the storage event too and saves its own register, whose "r1" is
    // another person (kept apart from this one, as it should be).
    store.remove(StorageKey::Register).unwrap();
    store.remove(StorageKey::Undone).unwrap();
    let oakwood = |residents| Register {
        homes: vec![crate::dom::oakwood_house()],
        residents,
        ..Register::default()
    };
    let person = |id: &str, name: &str, nhs: &str| {
        let mut r = crate::dom::resident(id, name, nhs);
        r.date_of_birth = Some(d(1940, 3, 1));
        r
    };
    let (synced, _) = Synced::<Register>::load();
    assert!(synced.set(oakwood(vec![person("undo-r1", "Ann Smith", "9434765919")])));
    let before = synced.value.get_untracked();
    let file = oakwood(vec![person("undo-r9", "Cy Brown", "9434765870")]);
    assert!(synced.bring_in(|r| *r = merge(r, &file)));
    // Typing in this tab, not yet saved...
    synced.edit(|r| r.edit_assessment("undo-r1", |a| a.oral_health = "Dentures".into()));
    assert!(synced.unsaved.get_untracked());
    // ...when another tab undoes the file: it writes the copy from before
    // and says which revision it undid.
    let now = stored_revisions(&store);
    assert_eq!(now.register, synced.revision());
    mark_undoing(&store, &now).unwrap();
    revisioned::save(&store, &before, now.register).unwrap();
    this_tab_learns(&synced);

    let (stored, _) = revisioned::load::<Register>(&store, "2026-12-07T10:00:00Z").value;
    for shown in [synced.value.get_untracked(), stored] {
        assert!(
            shown.resident("undo-r9").is_none(),
            "the file's record came back"
        );
        assert_eq!(
            shown.assessment("undo-r1").map(|a| a.oral_health.as_str()),
            Some("Dentures"),
            "what was typed was lost"
        );
    }
    assert!(!synced.unsaved.get_untracked());
    assert!(synced
        .value
        .with_untracked(|r| r.resident("undo-r1").is_some()));
    store.remove(StorageKey::Register).unwrap();
    store.remove(StorageKey::Undone).unwrap();
}

/// Issue 22: the practice's details open in a form while another tab saves
/// a new ODS code. Saving a new name here used to stamp the ODS code the
/// form showed, putting back the older code. Now only the fields changed
/// on the form are saved, even before the form has caught up.
#[wasm_bindgen_test]
async fn saving_the_practices_name_keeps_an_ods_code_saved_since_elsewhere() {
    use care_home_toolkit::domain::records::settings::Settings;
    use care_home_toolkit::storage::settings;
    use care_home_toolkit::ui::pages::SettingsPage;
    use care_home_toolkit::ui::AppState;
    use leptos::prelude::*;
    let store = BrowserStore;
    store.remove(StorageKey::Settings).unwrap();
    let app = StoredValue::new_local(None::<AppState>);
    let root = crate::dom::mount(d(2026, 12, 7), move || {
        app.set_value(Some(expect_context::<AppState>()));
        view! { <SettingsPage/> }.into_any()
    });
    let app = app.get_value().unwrap();
    crate::dom::type_into(&root, "practice-name", "Oak Surgery");
    crate::dom::type_into(&root, "practice-ods", "C87001");
    crate::dom::click(&root, "[data-testid=save-practice]");
    crate::dom::settle().await;
    // Another tab saves a new code (as that tab would, and as this tab
    // takes it in)...
    app.save_settings(Settings {
        practice_ods: Some("Y01234".into()),
        ..app.settings.get_untracked()
    })
    .unwrap();
    // ...and at once, before the form has shown it, a new name is saved
    // here.
    crate::dom::type_into(&root, "practice-name", "Oak Surgery and Branch");
    crate::dom::click(&root, "[data-testid=save-practice]");
    let stored = settings::load(&store, "2026-12-07T10:00:00Z").value;
    assert_eq!(stored.practice_ods.as_deref(), Some("Y01234"));
    assert_eq!(
        stored.practice_name.as_deref(),
        Some("Oak Surgery and Branch")
    );
    // And the form shows the code once it has caught up.
    crate::dom::settle().await;
    let ods: web_sys::HtmlInputElement =
        wasm_bindgen::JsCast::unchecked_into(crate::dom::find(&root, "#practice-ods").unwrap());
    assert_eq!(ods.value(), "Y01234");
    store.remove(StorageKey::Settings).unwrap();
}
