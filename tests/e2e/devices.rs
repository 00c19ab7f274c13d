//! Issue 22: one register across the team's devices, with nothing lost.
//! Two browser profiles (two devices) send each other sealed copies; two
//! tabs of one browser change the register at once; a stored register with
//! one bad record; a conflict on an NHS number.

use crate::harness::Session;

/// The resident's page of the first resident listed.
async fn open_first_resident(s: &Session) {
    s.open("#/residents").await;
    s.click("tr[data-resident] a").await;
    s.find("[data-testid=history], [data-testid=record-event]")
        .await;
}

async fn record(s: &Session, obligation: &str, day: &str, by: &str) {
    open_first_resident(s).await;
    s.click(&format!("#event-kind option[value={obligation}]"))
        .await;
    s.type_date("event-date", day, "11", "2026").await;
    s.type_into("event-by", by).await;
    s.click("[data-testid=record-event]").await;
    s.wait_for_text("[data-testid=history]", by).await;
}

/// Save a copy to send, sealed with `passphrase`; the file's text.
async fn send_sealed(s: &Session, passphrase: &str) -> String {
    s.open("#/residents").await;
    s.type_into("send-copy-passphrase", passphrase).await;
    s.click("[data-testid=send-copy]").await;
    s.wait_for_text("[data-testid=send-copy-done]", "sealed")
        .await;
    std::fs::read_to_string(s.downloaded("-sealed.json").await).unwrap()
}

/// Bring in a sealed file: the preview's words.
async fn bring_in_sealed(s: &mut Session, name: &str, text: &str, passphrase: &str) -> String {
    let file = s.scratch_file(name, text);
    s.choose_backup(&file).await;
    s.find("[data-testid=sealed-file]").await;
    s.type_into("open-passphrase", passphrase).await;
    s.click("[data-testid=open-sealed]").await;
    let preview = s.find_text("[data-testid=restore-preview]").await;
    s.click("[data-testid=restore-confirm]").await;
    s.wait_for_text("[data-testid=backup-done]", "Brought in")
        .await;
    preview
}

/// A device with one home and one resident, Ann Smith, and its backup.
async fn device_with_one_resident() -> (Session, String) {
    let a = Session::start().await;
    a.add_home("Oakwood House").await;
    a.add_resident("Ann Smith", "9434765919").await;
    a.wait_for_due("pcsp", "2026-11-11").await;
    a.open("#/backup").await;
    a.click("[data-testid=download-backup]").await;
    let backup = std::fs::read_to_string(a.downloaded(".json").await).unwrap();
    (a, backup)
}

/// Two devices that start from the same register: the second restored
/// the first's backup.
async fn two_devices_with_one_resident() -> (Session, Session) {
    let (a, backup) = device_with_one_resident().await;
    let mut b = Session::start().await;
    let file = b.scratch_file("start.json", &backup);
    b.restore_backup(&file).await;
    (a, b)
}

/// A device with one home, Elm Lodge, and another device's backup (one
/// home and one resident) ready to bring in.
async fn elm_lodge_with_a_copy_to_bring_in() -> (Session, std::path::PathBuf) {
    let (a, start) = device_with_one_resident().await;
    a.close().await;
    let mut b = Session::start().await;
    b.add_home("Elm Lodge").await;
    let file = b.scratch_file("from-a.json", &start);
    (b, file)
}

/// Bring the other device's copy in, and see what it added.
async fn bring_in_the_copy(b: &Session, file: &std::path::Path) {
    b.restore_backup(file).await;
    b.wait_for_text(
        "[data-testid=backup-done]",
        "Adds 1 care home and 1 resident",
    )
    .await;
}

async fn due_list_text(s: &Session) -> String {
    s.open("#/due-list").await;
    s.find("[data-testid=due-list]").await.text().await.unwrap()
}

#[tokio::test]
async fn two_devices_send_each_other_sealed_copies_and_both_keep_both_reviews() {
    // Both devices start from the same register.
    let (mut a, mut b) = two_devices_with_one_resident().await;

    // Each records a different review of the same resident.
    record(&a, "medication-review", "20", "Pharmacist Amberley").await;
    record(&b, "pcsp", "12", "Nurse Bluebell").await;

    // Each sends the other a sealed copy; each brings the other's in.
    let from_a = send_sealed(&a, "oak tree passphrase").await;
    assert!(
        !from_a.contains("Ann Smith"),
        "a sealed copy shows no patient data"
    );
    let from_b = send_sealed(&b, "oak tree passphrase").await;
    let preview =
        bring_in_sealed(&mut b, "from-a-sealed.json", &from_a, "oak tree passphrase").await;
    assert!(
        preview.contains("Adds 1 review; removes nothing."),
        "{preview}"
    );
    assert!(!preview.to_lowercase().contains("replace"), "{preview}");
    bring_in_sealed(&mut a, "from-b-sealed.json", &from_b, "oak tree passphrase").await;

    for s in [&a, &b] {
        open_first_resident(s).await;
        let history = s.find_text("[data-testid=history]").await;
        assert!(
            history.contains("Pharmacist Amberley") && history.contains("Nurse Bluebell"),
            "{history}"
        );
    }
    let (list_a, list_b) = (due_list_text(&a).await, due_list_text(&b).await);
    assert_eq!(list_a, list_b);

    // The register names the other device and when its copy came in.
    b.open("#/residents").await;
    b.wait_for_text("[data-testid=team-copies]", "its copy brought in today")
        .await;

    // The same file twice: the second time brings nothing new, and there is
    // nothing to confirm.
    let file = b.scratch_file("again-sealed.json", &from_a);
    b.choose_backup(&file).await;
    // Enter in the passphrase box opens it, as a form does.
    b.type_into("open-passphrase", "oak tree passphrase\u{e007}")
        .await;
    b.wait_for_text("[data-testid=restore-preview]", "Nothing new")
        .await;
    assert!(!b.exists("[data-testid=restore-confirm]").await);
    b.click("[data-testid=restore-cancel]").await;
    assert_eq!(due_list_text(&b).await, list_b);

    // A wrong passphrase opens nothing and says so at the field.
    let file = b.scratch_file("wrong-sealed.json", &from_a);
    b.choose_backup(&file).await;
    b.type_into("open-passphrase", "not the passphrase").await;
    b.click("[data-testid=open-sealed]").await;
    b.wait_for_text("[data-testid=sealed-file]", "passphrase is wrong")
        .await;
    assert!(!b.exists("[data-testid=restore-preview]").await);
    a.close().await;
    b.close().await;
}

#[tokio::test]
async fn two_tabs_change_the_register_at_once_and_both_changes_stay() {
    let s = Session::start().await;
    s.add_home("Oakwood House").await;
    s.add_resident("Ann Smith", "9434765919").await;
    s.wait_for_due("pcsp", "2026-11-11").await;
    let first_tab = s.client.window().await.unwrap();
    let second_tab = s.client.new_window(true).await.unwrap().handle;

    // Tab 2 marks a review done for Ann while tab 1 adds a resident.
    s.client.switch_to_window(second_tab.clone()).await.unwrap();
    s.client
        .goto(&format!("{}#/residents", s.base))
        .await
        .unwrap();
    record(&s, "smr", "20", "Dr Tab Two").await;
    s.client.switch_to_window(first_tab.clone()).await.unwrap();
    s.add_resident("Cat Green", "4010232137").await;
    s.wait_for_due("pcsp", "2026-11-11").await;
    assert!(!s.exists("[data-testid=save-problem]").await);

    // Tab 2 has both, without being asked to choose.
    s.client.switch_to_window(second_tab).await.unwrap();
    s.open("#/residents").await;
    s.wait_for_text("main", "Cat Green").await;
    assert!(!s.exists("[data-testid=save-problem]").await);
    // And so does what is stored.
    s.client.refresh().await.unwrap();
    s.wait_for_text("main", "Cat Green").await;
    open_first_resident(&s).await;
    s.wait_for_text("[data-testid=history]", "Dr Tab Two").await;
    s.close().await;
}

#[tokio::test]
async fn one_bad_record_is_set_aside_and_the_rest_shows() {
    let s = Session::start().await;
    s.open("#/").await;
    let stored = r#"{"format":"care-home-toolkit/register","version":1,"revision":3,
        "homes":[{"id":"h1","name":"Oakwood House","scheme":"lsc-2026","round_day":"Tuesday"}],
        "residents":[
          {"id":"r1","home_id":"h1","name":"Ann Smith","nhs_number":"9434765919","admitted":"2026-11-02"},
          {"id":"r2","home_id":"h1","name":"Bad Number","nhs_number":"9434765918","admitted":"2026-11-02"}]}"#;
    s.client
        .execute(
            "localStorage.setItem('care-home-toolkit:register', arguments[0]);",
            vec![serde_json::json!(stored)],
        )
        .await
        .unwrap();
    s.client.refresh().await.unwrap();
    s.open("#/residents").await;
    s.wait_for_text("main", "Ann Smith").await;
    let problem = s.find_text("[data-testid=storage-problem]").await;
    assert!(
        problem.contains("Bad Number") && problem.contains("Everything else is here"),
        "{problem}"
    );
    assert!(!s.find_text("main").await.contains("No care homes yet"));
    // The register as it was stored is on the Backup page, with the
    // resident left out to fix in the form and bring back.
    s.open("#/backup").await;
    s.find("[data-testid=damaged-copy]").await;
    s.wait_for_text("[data-testid=to-fix]", "Fix and bring back Bad Number")
        .await;
    s.click("[data-testid=to-fix] a").await;
    s.wait_for_text("main h1", "Fix Bad Number").await;
    // What is wrong shows as the form opens, at the field.
    s.wait_for_text("#resident-nhs-error", "check digit").await;
    s.type_into("resident-nhs", "401 023 2137").await;
    s.type_into("resident-edit-by", "Nurse Bluebell").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("main h1", "Bad Number").await;
    s.wait_for_text("[data-testid=history]", "943 476 5918 to 401 023 2137")
        .await;
    s.open("#/residents").await;
    s.wait_for_text("main", "Bad Number").await;
    assert!(s.find_text("main").await.contains("Ann Smith"));
    // Nothing left to fix; the copy is deleted once asked, and said so.
    s.open("#/backup").await;
    s.find("[data-testid=damaged-copy]").await;
    assert!(!s.exists("[data-testid=to-fix]").await);
    s.click("[data-testid=delete-damaged]").await;
    assert_eq!(s.active_id().await, "delete-damaged-ask");
    s.click("[data-testid=delete-damaged-yes]").await;
    s.wait_for_text("[data-testid=damaged-done]", "deleted")
        .await;
    assert_eq!(s.active_id().await, "damaged-result");
    assert!(!s.exists("[data-testid=damaged-copy]").await);
    assert!(!s.exists("[data-testid=storage-problem]").await);
    s.close().await;
}

#[tokio::test]
async fn a_conflict_on_an_nhs_number_is_shown_and_resolved() {
    let (a, mut b) = two_devices_with_one_resident().await;

    // Each device corrects the NHS number, differently, A first.
    for (s, nhs) in [(&a, "401 023 2137"), (&b, "485 777 3457")] {
        open_first_resident(s).await;
        s.click("[data-testid=edit-resident]").await;
        s.type_into("resident-nhs", nhs).await;
        s.click("[data-testid=save-resident]").await;
        s.wait_for_text("main", nhs).await;
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    a.open("#/backup").await;
    a.click("[data-testid=download-backup]").await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let newest = std::fs::read_dir(&a.downloads)
        .unwrap()
        .filter_map(Result::ok)
        .max_by_key(|e| e.metadata().unwrap().modified().unwrap())
        .unwrap();
    let from_a = std::fs::read_to_string(newest.path()).unwrap();
    let file = b.scratch_file("from-a.json", &from_a);
    b.choose_backup(&file).await;
    b.wait_for_text("[data-testid=restore-preview]", "1 conflict to check")
        .await;
    b.click("[data-testid=restore-confirm]").await;
    b.find("[data-testid=backup-done]").await;

    // The later value applies; the other is listed on the resident's page,
    // which the answer links to.
    b.click("[data-testid=conflicts-to-check] a").await;
    let conflict = b.find_text("[data-testid=conflict]").await;
    assert!(
        conflict.contains("485 777 3457")
            && conflict.contains("401 023 2137")
            && conflict.contains("Check the NHS number"),
        "{conflict}"
    );
    b.click("[data-testid=conflict-use-other]").await;
    b.wait_for_text("[data-testid=conflict-done]", "401 023 2137 is kept")
        .await;
    assert!(!b.exists("[data-testid=conflict]").await);
    b.wait_for_text("main dl", "401 023 2137").await;
    b.client.refresh().await.unwrap();
    b.wait_for_text("main dl", "401 023 2137").await;
    assert!(!b.exists("[data-testid=conflict]").await);
    a.close().await;
    b.close().await;
}

/// Undo after bringing a copy in puts back what was there, and stays so
/// after a reload.
#[tokio::test]
async fn undo_after_bringing_a_copy_in_puts_back_what_was_there() {
    let (b, file) = elm_lodge_with_a_copy_to_bring_in().await;
    bring_in_the_copy(&b, &file).await;
    b.click("[data-testid=restore-undo]").await;
    b.wait_for_text("[data-testid=backup-done]", "Undone").await;
    let focused = b
        .client
        .execute("return document.activeElement.id;", vec![])
        .await
        .unwrap();
    assert_eq!(focused, serde_json::json!("restore-result"));
    for _ in 0..2 {
        b.open("#/residents").await;
        b.wait_for_text("main", "Elm Lodge").await;
        let main = b.find_text("main").await;
        assert!(
            !main.contains("Ann Smith") && !main.contains("Oakwood House"),
            "{main}"
        );
        b.client.refresh().await.unwrap();
    }
    b.close().await;
}

/// Undo after bringing a copy in, with another tab open: that tab had
/// merged the file and changed nothing since, so it takes the earlier copy
/// too, and its next save does not bring the file's records back (it did).
/// Once a tab has saved a change after the file came in, Undo is refused
/// rather than take that change away.
#[tokio::test]
async fn undo_with_another_tab_open_stays_undone_and_never_takes_a_later_change() {
    let (b, file) = elm_lodge_with_a_copy_to_bring_in().await;
    let first_tab = b.client.window().await.unwrap();
    let second_tab = b.client.new_window(true).await.unwrap().handle;
    b.client.switch_to_window(second_tab.clone()).await.unwrap();
    b.open("#/residents").await;
    b.wait_for_text("main", "Elm Lodge").await;

    b.client.switch_to_window(first_tab.clone()).await.unwrap();
    bring_in_the_copy(&b, &file).await;
    b.client.switch_to_window(second_tab.clone()).await.unwrap();
    b.wait_for_text("main", "Oakwood House").await;
    b.client.switch_to_window(first_tab.clone()).await.unwrap();
    b.click("[data-testid=restore-undo]").await;
    b.wait_for_text("[data-testid=backup-done]", "Undone").await;

    // The other tab takes the earlier copy, and a change it saves then
    // keeps the file's records out.
    b.client.switch_to_window(second_tab.clone()).await.unwrap();
    let start_wait = std::time::Instant::now();
    while b.find_text("main").await.contains("Oakwood House") {
        assert!(
            start_wait.elapsed().as_secs() < 10,
            "the other tab kept what the file brought"
        );
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    b.add_home("Ash Court").await;
    b.client.switch_to_window(first_tab.clone()).await.unwrap();
    b.open("#/residents").await;
    b.wait_for_text("main", "Ash Court").await;
    b.client.refresh().await.unwrap();
    b.wait_for_text("main", "Ash Court").await;
    let main = b.find_text("main").await;
    assert!(
        !main.contains("Oakwood House") && !main.contains("Ann Smith"),
        "{main}"
    );

    // Brought in again; the other tab then adds a home: Undo would take it
    // away, so it is refused, and everything stays.
    bring_in_the_copy(&b, &file).await;
    b.client.switch_to_window(second_tab.clone()).await.unwrap();
    b.wait_for_text("main", "Oakwood House").await;
    b.add_home("Birch Hall").await;
    b.client.switch_to_window(first_tab).await.unwrap();
    b.click("[data-testid=restore-undo]").await;
    b.wait_for_text("[data-testid=backup-done]", "Not undone")
        .await;
    let focused = b
        .client
        .execute("return document.activeElement.id;", vec![])
        .await
        .unwrap();
    assert_eq!(focused, serde_json::json!("restore-result"));
    b.open("#/residents").await;
    b.client.refresh().await.unwrap();
    for home in ["Oakwood House", "Birch Hall", "Ash Court", "Elm Lodge"] {
        b.wait_for_text("main", home).await;
    }
    b.close().await;
}

/// Two tabs' settings: a tab saving its settings wrote over what another
/// tab had saved since it read them (the practice's name went). Both
/// changes now stay, and the other tab shows the change at once.
#[tokio::test]
async fn two_tabs_change_settings_and_both_changes_stay() {
    let s = Session::start().await;
    s.open("#/settings").await;
    let first_tab = s.client.window().await.unwrap();
    let second_tab = s.client.new_window(true).await.unwrap().handle;
    s.client.switch_to_window(second_tab.clone()).await.unwrap();
    s.open("#/settings").await;

    s.client.switch_to_window(first_tab.clone()).await.unwrap();
    s.type_into("practice-name", "Oak Surgery").await;
    s.type_into("practice-ods", "C87001").await;
    s.click("[data-testid=save-practice]").await;
    s.find("[data-testid=practice-saved]").await;

    s.client.switch_to_window(second_tab).await.unwrap();
    s.click("#scheme-lsc-2026").await;
    s.find("[data-testid=settings-saved]").await;

    s.client.switch_to_window(first_tab).await.unwrap();
    wait_for_checked(&s, "#scheme-lsc-2026").await;
    s.client.refresh().await.unwrap();
    s.wait_for_value("#practice-name", "Oak Surgery").await;
    wait_for_checked(&s, "#scheme-lsc-2026").await;
    s.close().await;
}

/// The practice's details open in two tabs: the second tab saves a new
/// ODS code; the first, opened before, shows it, and saving a new name
/// there keeps it (it used to save back the code it showed when opened).
#[tokio::test]
async fn a_settings_form_open_in_two_tabs_keeps_the_other_tabs_change() {
    let s = Session::start().await;
    s.open("#/settings").await;
    s.type_into("practice-name", "Oak Surgery").await;
    s.type_into("practice-ods", "C87001").await;
    s.click("[data-testid=save-practice]").await;
    s.find("[data-testid=practice-saved]").await;
    let first_tab = s.client.window().await.unwrap();
    let second_tab = s.client.new_window(true).await.unwrap().handle;
    s.client.switch_to_window(second_tab.clone()).await.unwrap();
    s.open("#/settings").await;
    s.wait_for_value("#practice-ods", "C87001").await;
    s.type_into("practice-ods", "Y01234").await;
    s.click("[data-testid=save-practice]").await;
    s.find("[data-testid=practice-saved]").await;

    s.client.switch_to_window(first_tab).await.unwrap();
    s.wait_for_value("#practice-ods", "Y01234").await;
    s.type_into("practice-name", "Oak Surgery and Branch").await;
    s.click("[data-testid=save-practice]").await;
    s.find("[data-testid=practice-saved]").await;

    s.client.switch_to_window(second_tab).await.unwrap();
    s.wait_for_value("#practice-name", "Oak Surgery and Branch")
        .await;
    s.client.refresh().await.unwrap();
    s.wait_for_value("#practice-name", "Oak Surgery and Branch")
        .await;
    s.wait_for_value("#practice-ods", "Y01234").await;
    s.close().await;
}

/// A resident's details open in two tabs: the second tab corrects the NHS
/// number; the first, opened before, shows the correction, and saving a
/// new room there keeps it (it used to save back the number it showed,
/// as a change made later, on every device).
#[tokio::test]
async fn a_residents_details_open_in_two_tabs_keep_the_other_tabs_correction() {
    let s = Session::start().await;
    s.open_ann_smiths_details().await;
    let edit = s.client.current_url().await.unwrap();
    let first_tab = s.client.window().await.unwrap();
    let second_tab = s.client.new_window(true).await.unwrap().handle;
    s.client.switch_to_window(second_tab).await.unwrap();
    s.client.goto(edit.as_str()).await.unwrap();
    s.wait_for_text("main h1", "Change Ann Smith").await;
    s.type_into("resident-nhs", "401 023 2137").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("[data-testid=history]", "NHS number").await;

    s.client.switch_to_window(first_tab).await.unwrap();
    s.wait_for_value("#resident-nhs", "401 023 2137").await;
    s.type_into("resident-room", "12B").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("[data-testid=history]", "room").await;
    s.client.refresh().await.unwrap();
    s.wait_for_text("main", "12B").await;
    s.wait_for_text("main", "401 023 2137").await;
    s.close().await;
}

async fn wait_for_checked(s: &Session, css: &str) {
    let start = std::time::Instant::now();
    while !s.is_checked(css).await {
        assert!(start.elapsed().as_secs() < 10, "{css} never checked");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

/// Undo after bringing a copy in, once a backup has been downloaded since:
/// the settings record when the device was last backed up, which Undo
/// would put back, so it is refused and says why.
#[tokio::test]
async fn undo_is_refused_once_settings_changed_after_the_copy_came_in() {
    let (b, file) = elm_lodge_with_a_copy_to_bring_in().await;
    bring_in_the_copy(&b, &file).await;
    b.click("[data-testid=download-backup]").await;
    b.downloaded(".json").await;
    b.click("[data-testid=restore-undo]").await;
    b.wait_for_text("[data-testid=backup-done]", "Not undone")
        .await;
    b.open("#/residents").await;
    b.wait_for_text("main", "Oakwood House").await;
    b.close().await;
}

/// Safari on an iPad, in a tab: before anything is saved, the toolkit says
/// to add it to the Home Screen first, with the steps. Other browsers are
/// not told. (An iPad that says it is a Mac, and the app run from the Home
/// Screen, are told apart in the domain's tests: `merge.rs`.)
#[tokio::test]
async fn safari_on_an_ipad_is_told_to_add_the_toolkit_to_the_home_screen_first() {
    let ipad = "Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";
    let s = Session::start_as(Some(ipad)).await;
    s.open("#/residents").await;
    let advice = s.find_text("[data-testid=add-to-home-screen]").await;
    assert!(
        advice.contains("Add the toolkit to your Home Screen first"),
        "{advice}"
    );
    assert!(
        advice.contains("Add to Home Screen") && advice.contains("7 days"),
        "{advice}"
    );
    s.close().await;

    let other = Session::start().await;
    other.open("#/residents").await;
    other.find("main h1").await;
    assert!(!other.exists("[data-testid=add-to-home-screen]").await);
    other.close().await;
}
