//! Issue 12 end to end: a crafted backup is refused with the field named;
//! two damaged values are both kept and downloadable; a calendar made from
//! hostile names parses as exactly one event per deadline.

use crate::harness::Session;

/// A backup with one home and the residents given as (id, name, NHS number).
fn backup(home_name: &str, residents: &[(&str, &str, &str)]) -> String {
    let residents: Vec<serde_json::Value> = residents
        .iter()
        .map(|(id, name, nhs)| {
            serde_json::json!({
                "id": id, "home_id": "h1", "name": name, "date_of_birth": null,
                "nhs_number": nhs, "admitted": "2026-11-02"
            })
        })
        .collect();
    serde_json::json!({
        "format": "care-home-toolkit/backup", "version": 2, "made_at": "2026-11-23T10:00:00Z",
        "homes": [{"id": "h1", "name": home_name, "scheme": "lsc-2026", "round_day": "Tuesday"}],
        "residents": residents
    })
    .to_string()
}

#[tokio::test]
async fn a_backup_whose_nhs_number_is_not_digits_is_refused_with_the_field_named() {
    let mut s = Session::start().await;
    // The probe's backup: it was restored, and then the register pages died.
    let file = s.scratch_file(
        "crafted.json",
        &backup("Oakwood House", &[("r1", "Ann Smith", "ab\u{e9}123456")]),
    );
    s.choose_backup(&file).await;
    let error = s
        .wait_for_text("[data-testid=restore-error]", "NHS number")
        .await;
    assert!(
        error.contains("Ann Smith") && error.contains("must be 10 digits"),
        "{error}"
    );
    assert!(error.contains("Nothing was changed"), "{error}");
    assert!(!s.exists("[data-testid=restore-preview]").await);
    // Nothing changed, and the register pages work.
    s.open("#/residents").await;
    s.find("[data-testid=no-homes]").await;
    s.open("#/due-list").await;
    s.wait_for_text("main h1", "Due list").await;
    s.close().await;
}

#[tokio::test]
async fn two_damaged_values_are_both_kept_and_downloadable() {
    let s = Session::start().await;
    s.add_home("Oakwood House").await;
    let damage = |text: &'static str| {
        let s = &s;
        async move {
            s.client
                .execute(
                    "localStorage.setItem('care-home-toolkit:register', arguments[0]);",
                    vec![serde_json::Value::from(text)],
                )
                .await
                .unwrap();
            s.client.refresh().await.unwrap();
            let banner = s
                .wait_for_text("[data-testid=storage-problem]", "could not be read")
                .await;
            assert!(banner.contains("kept aside"), "{banner}");
            assert!(banner.contains("damaged"), "{banner}");
        }
    };
    damage("{\"format\":\"care-home-toolkit/register\",\"vers").await;
    // The app carries on: a change after the damage is saved (not refused
    // as "changed in another tab").
    s.add_home("Elm Lodge").await;
    assert!(!s.exists("[data-testid=save-problem]").await);
    damage("{\"format\":\"care-home-toolkit/register\",\"version\":1,\"homes\":7}").await;

    s.open("#/backup").await;
    s.wait_for_text("[data-testid=damaged]", "kept aside on")
        .await;
    let copies = s
        .client
        .find_all(fantoccini::Locator::Css("[data-testid=damaged-copy]"))
        .await
        .unwrap();
    assert_eq!(copies.len(), 2, "both damaged values are kept");
    for copy in &copies {
        copy.find(fantoccini::Locator::Css("[data-testid=download-damaged]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    // Both files arrive, each with its own text.
    let mut texts = Vec::new();
    for _ in 0..100 {
        texts = std::fs::read_dir(&s.downloads)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                name.starts_with("damaged-register-") && name.ends_with(".txt")
            })
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter(|t| !t.is_empty())
            .collect();
        if texts.len() == 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    texts.sort();
    assert_eq!(
        texts,
        [
            "{\"format\":\"care-home-toolkit/register\",\"vers",
            "{\"format\":\"care-home-toolkit/register\",\"version\":1,\"homes\":7}",
        ]
    );
    // Deleting one, once confirmed, leaves the other.
    s.click("[data-testid=delete-damaged]").await;
    s.click("[data-testid=delete-damaged-yes]").await;
    for _ in 0..50 {
        let left = s
            .client
            .find_all(fantoccini::Locator::Css("[data-testid=damaged-copy]"))
            .await
            .unwrap()
            .len();
        if left == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(
        s.client
            .find_all(fantoccini::Locator::Css("[data-testid=damaged-copy]"))
            .await
            .unwrap()
            .len(),
        1
    );
    s.close().await;
}

#[tokio::test]
async fn a_calendar_from_hostile_names_has_exactly_one_event_per_deadline() {
    let mut s = Session::start().await;
    let home = "Oak \"House\"\r\nATTACH:https://evil.example/x;a,b\\c";
    let file = s.scratch_file(
        "hostile.json",
        &backup(
            home,
            &[
                ("r1", "Ann\r\nEND:VEVENT\r\nBEGIN:VEVENT", "9434765919"),
                ("r2", "=cmd|' /C calc'!A0, \"Bob\"; \\ \r", "4010232137"),
            ],
        ),
    );
    s.restore_backup(&file).await;
    s.open("#/due-list").await;
    let count = s
        .wait_for_text("[data-testid=row-count]", "deadlines match")
        .await;
    let rows: usize = count
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(rows >= 4, "{count}");
    s.click("#ics-full-names").await;
    s.click("[data-testid=export-ics]").await;
    let ics = std::fs::read_to_string(s.downloaded(".ics").await).unwrap();
    // Unfold, then every line is a property we wrote: no injected lines.
    let unfolded = ics.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").filter(|l| !l.is_empty()).collect();
    let events = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    assert_eq!(events, rows, "one event per deadline");
    assert_eq!(lines.iter().filter(|l| **l == "END:VEVENT").count(), rows);
    for line in &lines {
        let name = line.split([':', ';']).next().unwrap();
        assert!(
            [
                "BEGIN",
                "END",
                "VERSION",
                "PRODID",
                "CALSCALE",
                "METHOD",
                "UID",
                "DTSTAMP",
                "DTSTART",
                "DTEND",
                "SUMMARY",
                "DESCRIPTION",
                "X-WR-CALNAME",
                "TRANSP",
                "CATEGORIES",
                "STATUS",
                "X-WR-TIMEZONE",
                "CLASS"
            ]
            .contains(&name),
            "an unexpected line in the calendar: {line:?}"
        );
    }
    assert!(!unfolded.contains("\r\nATTACH"));
    assert!(unfolded.contains("ATTACH:https://evil.example/x\\;a\\,b\\\\c"));
    s.close().await;
}
