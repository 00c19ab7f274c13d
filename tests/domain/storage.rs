//! Storage that does not lose data, natively: the stored documents, their
//! revisions, damaged values kept aside and saves that do not fit, against
//! a store in memory (`MemoryStore`). What needs the browser's own
//! localStorage is tested in the browser layer (`tests/browser/storage.rs`).

use care_home_toolkit::domain::records::agreement::Agreement;
use care_home_toolkit::domain::records::register::backup::Workspace;
use care_home_toolkit::domain::records::register::Register;
use care_home_toolkit::domain::rules::calendar::LocalHoliday;
use care_home_toolkit::storage::revisioned::{self, save_workspace, SaveError};
use care_home_toolkit::storage::together::write_together;
use care_home_toolkit::storage::{
    damaged_copies, local_holidays, KeyValueStore, MemoryStore, StorageError, StorageKey,
};

use crate::d;

const STAMP: &str = "2026-11-23T10:00:00Z";

fn one() -> Vec<LocalHoliday> {
    vec![LocalHoliday {
        date: d(2030, 6, 3),
        name: "Proclaimed".into(),
        instead_of: None,
    }]
}

fn sample(id: &str, name: &str) -> Agreement {
    let mut a = Agreement::new(id.into(), "2026-11-22T10:00:00Z".into(), "lsc-2026");
    a.care_home.name = name.into();
    a
}

#[test]
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

#[test]
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

#[test]
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

#[test]
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

#[test]
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

#[test]
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

#[test]
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

#[test]
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
        save_workspace(&store, &w, 0, 0, 0),
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
    let written = save_workspace(&roomy, &w, 0, 0, 0).unwrap();
    assert_eq!(
        (written.register, written.agreements, written.collected),
        (1, 1, 1)
    );
    assert_eq!(local_holidays::load(&roomy, STAMP).value, w.local_holidays);
}

/// Issue 22: one resident with an NHS number that fails its check digit no
/// longer sets the whole register aside. The rest loads; the user is told
/// which record was left out; the register as stored is copied aside whole.
#[test]
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

#[test]
fn a_stale_tab_cannot_save_over_a_newer_revision() {
    let store = MemoryStore::default();
    let r1 = revisioned::save(&store, &vec![sample("a", "First")], 0).unwrap();
    // Another tab saves from the same starting point.
    let r2 = revisioned::save(&store, &vec![sample("a", "Second")], r1).unwrap();
    assert!(r2 > r1);
    // This tab still thinks the store is at r1: refused, nothing written.
    assert_eq!(
        revisioned::save(&store, &vec![sample("a", "Stale")], r1),
        Err(SaveError::ChangedElsewhere)
    );
    assert_eq!(
        revisioned::load::<Vec<Agreement>>(&store, "2026-11-23T10:00:00Z")
            .value
            .0[0]
            .care_home
            .name,
        "Second"
    );
    // Keeping this tab's version is a deliberate choice.
    revisioned::force_save(&store, &vec![sample("a", "Stale")], r1).unwrap();
    assert_eq!(
        revisioned::load::<Vec<Agreement>>(&store, "2026-11-23T10:00:00Z")
            .value
            .0[0]
            .care_home
            .name,
        "Stale"
    );
}

#[test]
fn a_full_store_keeps_the_last_good_copy() {
    let store = MemoryStore::with_capacity(2_000);
    let r = revisioned::save(&store, &vec![sample("a", "Kept")], 0).unwrap();
    // Names that do not compress (agreements are kept deflated): too much
    // for the store however they are written.
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let big: Vec<Agreement> = (0..100)
        .map(|i| {
            let name: String = (0..8)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    format!("{:08x}", seed >> 32)
                })
                .collect();
            sample(&format!("id{i}"), &name)
        })
        .collect();
    assert_eq!(
        revisioned::save(&store, &big, r),
        Err(SaveError::Storage(StorageError::Full))
    );
    let (kept, revision) = revisioned::load::<Vec<Agreement>>(&store, "2026-11-23T10:00:00Z").value;
    assert_eq!(kept.len(), 1);
    assert_eq!(revision, r);
}

#[test]
fn damaged_agreements_are_kept_aside() {
    let store = MemoryStore::default();
    store
        .set(
            StorageKey::Agreements,
            "{\"format\":\"care-home-toolkit/agreements\",\"vers",
        )
        .unwrap();
    let loaded = revisioned::load::<Vec<Agreement>>(&store, "2026-11-23T10:00:00Z");
    assert!(loaded.value.0.is_empty());
    assert!(loaded.problem.unwrap().contains("kept aside"));
    assert!(store
        .get_text("care-home-toolkit:damaged:agreements-2026-11-23T10:00:00Z")
        .unwrap()
        .is_some());
}

/// Undo after bringing a file in writes the earlier copy back. It says so
/// first, naming the revisions it writes over, so that another tab that
/// merged the file and changed nothing since takes the earlier copy rather
/// than merging the file's records back; and it is refused once anything
/// was saved after the file came in, which it would take away.
#[test]
fn undoing_a_bring_in_is_marked_for_other_tabs_and_refused_after_a_change() {
    let store = MemoryStore::default();
    let mut before = Workspace::default();
    before.agreements = vec![sample("a1", "Oakwood House")];
    save_workspace(&store, &before, 0, 0, 0).unwrap();
    // A file brought in.
    let mut merged = before.clone();
    merged.agreements.push(sample("a2", "Elm Lodge"));
    let after = save_workspace(&store, &merged, 1, 1, 1).unwrap();
    assert_eq!(after, revisioned::stored_revisions(&store));
    assert_eq!(
        (after.register, after.agreements, after.collected),
        (2, 2, 2)
    );
    assert_eq!(revisioned::undoes::<Vec<Agreement>>(&store, 3), None);

    // Undo: marked, then written.
    revisioned::mark_undoing(&store, &after).unwrap();
    let undone = save_workspace(&store, &before, 2, 2, 2).unwrap();
    assert_eq!((undone.register, undone.agreements), (3, 3));
    assert_eq!(revisioned::undoes::<Vec<Agreement>>(&store, 3), Some(2));
    assert_eq!(revisioned::undoes::<Register>(&store, 3), Some(2));
    // A save after it (by a tab that took it in) still tells a tab left
    // at revision 2 (with the file's records) what was undone.
    assert_eq!(revisioned::undoes::<Vec<Agreement>>(&store, 4), Some(2));

    // Another file, then a change saved by another tab: Undo is refused,
    // and nothing is marked.
    let after = save_workspace(&store, &merged, 3, 3, 3).unwrap();
    revisioned::save(&store, &merged.agreements, after.agreements).unwrap();
    assert_eq!(
        revisioned::mark_undoing(&store, &after),
        Err(SaveError::ChangedElsewhere)
    );
    // (Still the earlier Undo's revision, not the refused one's.)
    assert_eq!(revisioned::undoes::<Vec<Agreement>>(&store, 5), Some(2));

    // Settings saved after a file came in (they keep no revision) refuse
    // it too: a backup made since, say, which the settings record.
    let after = save_workspace(&store, &merged, 4, 5, 4).unwrap();
    let mut settings = merged.settings.clone();
    settings.last_backup = Some("2026-12-07".into());
    care_home_toolkit::storage::settings::save(&store, &settings).unwrap();
    assert_eq!(
        revisioned::mark_undoing(&store, &after),
        Err(SaveError::ChangedElsewhere)
    );
    // And a save that started from an older collection is refused whole.
    assert_eq!(
        save_workspace(&store, &before, 5, 6, 4),
        Err(SaveError::ChangedElsewhere)
    );
}

/// Issue 22: the resident left out is fixed in the form and brought back,
/// with their history and assessment; until then they are listed to fix,
/// and details that are still wrong change nothing.
#[test]
fn a_resident_set_aside_is_fixed_in_the_form_and_brought_back() {
    use care_home_toolkit::domain::records::assessment::Assessment;
    use care_home_toolkit::domain::records::register::details::ResidentDraft;
    use care_home_toolkit::storage::left_out_of_copy;
    let assessment = serde_json::to_string(&Assessment {
        resident_id: "r2".into(),
        mental_health: "Settled".into(),
        ..Assessment::default()
    })
    .unwrap();
    let store = MemoryStore::default();
    let text = format!(
        r#"{{"format":"care-home-toolkit/register","version":3,"revision":4,
        "homes":[{{"id":"h1","name":"Oakwood House","scheme":"lsc-2026","round_day":"Tuesday"}}],
        "residents":[
          {{"id":"r1","home_id":"h1","name":"Ann Smith","nhs_number":"9434765919","admitted":"2026-11-02"}},
          {{"id":"r2","home_id":"h1","name":"Bad Number","nhs_number":"9434765918","admitted":"2026-11-02",
            "events":[{{"date":"2026-11-05","kind":"hospital-admission"}}]}}],
        "assessments":[{assessment}]}}"#
    );
    store.set(StorageKey::Register, &text).unwrap();
    let (mut register, _) = revisioned::load::<Register>(&store, STAMP).value;
    assert!(
        register.assessments.is_empty(),
        "left out with its resident"
    );
    let key = damaged_copies(&store)[0].key.clone();
    let left_out = left_out_of_copy(&store, &key);
    let to_fix: Vec<&str> = register
        .residents_to_fix(&left_out)
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(to_fix, ["Bad Number"]);

    // As recorded, the NHS number is still refused: nothing changes.
    let draft = ResidentDraft::from_resident(&left_out.residents[0]);
    assert!(draft.validate().is_err(), "the form shows what to fix");
    let before = register.clone();
    let unchecked = care_home_toolkit::domain::records::register::details::ResidentDetails {
        name: "Bad Number".into(),
        date_of_birth: None,
        nhs_number: "9434765918".into(),
        room: String::new(),
        temporary: false,
        admitted: d(2026, 11, 2),
        informed: None,
    };
    let refused = register.bring_back(&left_out, "r2", unchecked, d(2026, 12, 8), "Nurse Bluebell");
    assert!(refused.unwrap_err().contains("NHS number"));
    assert_eq!(register, before);

    // Fixed in the form: back with their history, the fix in it, and
    // their assessment.
    let mut fixed = draft;
    fixed.nhs_number = "401 023 2137".into();
    let details = fixed.validate().unwrap();
    register
        .bring_back(
            &left_out,
            "r2",
            details.clone(),
            d(2026, 12, 8),
            "Nurse Bluebell",
        )
        .unwrap();
    let back = register.resident("r2").unwrap();
    assert_eq!(back.nhs_number, "4010232137");
    let history: Vec<String> = back.events.iter().map(|e| e.kind.label()).collect();
    assert_eq!(history[0], "Admitted to hospital (emergency)");
    assert_eq!(
        history[1],
        "Details changed: NHS number 943 476 5918 to 401 023 2137"
    );
    assert_eq!(back.events[1].by, "Nurse Bluebell");
    assert_eq!(register.assessments.len(), 1);
    assert_eq!(register.assessments[0].mental_health, "Settled");
    assert!(register.validate().is_ok());
    assert!(register.residents_to_fix(&left_out).is_empty());
    // Once back, not brought back twice.
    assert!(register
        .bring_back(&left_out, "r2", details, d(2026, 12, 8), "")
        .is_err());
    // Only a copy of the register has records to fix.
    assert!(left_out_of_copy(&store, "no-such-key").residents.is_empty());
}
