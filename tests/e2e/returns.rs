//! Issue 13 end to end: restore a backup, open a return link, read the
//! figures and the payment, adjust one, mark it submitted late, and export
//! the return file.

use crate::harness::Session;

/// A Rotherham 2020/21 home with, for Q3 2020/21 (priced at the rates in
/// force then): two residents at the start, one new, one temporary, one
/// who died in the quarter.
fn backup() -> String {
    let resident = |id: &str, name: &str, admitted: &str, temporary: bool, died: Option<&str>| {
        serde_json::json!({
            "id": id, "home_id": "h1", "name": name, "date_of_birth": null,
            "nhs_number": "9434765919", "admitted": admitted, "temporary": temporary,
            "discharged": died.map(|d| serde_json::json!({"date": d, "reason": "died"}))
        })
    };
    let mut bob = resident("r2", "Bob Jones", "2020-06-01", false, Some("2020-11-20"));
    bob["events"] =
        serde_json::json!([{"date": "2020-10-03", "kind": "hospital-admission", "by": ""}]);
    serde_json::json!({
        "format": "care-home-toolkit/backup", "version": 2, "made_at": "2020-11-23T10:00:00Z",
        "homes": [{"id": "h1", "name": "Elm Lodge", "scheme": "rotherham-2020", "round_day": "Friday",
                   "duties": [{"date": "2020-11-10", "duty": "lead-gp-manager-meeting", "by": "Dr Lead",
                               "attended": "Dr Lead, J. Smith (manager)"}]}],
        "residents": [
            resident("r1", "Ann Smith", "2020-05-01", false, None),
            bob,
            resident("r3", "Cath Brown", "2020-11-02", false, None),
            resident("r4", "Dev Patel", "2020-12-01", true, None)
        ],
        "settings": {"practice_name": "Oak Surgery", "practice_ods": "C87001"}
    })
    .to_string()
}

async fn figure(s: &Session, key: &str) -> String {
    s.find(&format!("[data-figure='{key}']"))
        .await
        .text()
        .await
        .unwrap()
}

async fn payment(s: &Session, key: &str) -> String {
    s.find(&format!("[data-payment='{key}']"))
        .await
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_return_link_shows_the_figures_and_payment_and_exports_the_file() {
    let mut s = Session::start().await;
    let file = s.scratch_file("backup.json", &backup());
    s.restore_backup(&file).await;

    // Not submitted, years past its due date: no payment, not the full
    // amount (domain rules 6.1).
    s.open("#/returns?home=h1&year=2020&q=3").await;
    s.wait_for_text(
        "[data-testid=if-sent-today]",
        "more than 21 days late, so no payment",
    )
    .await;
    assert_eq!(payment(&s, "net").await, "£0.00");
    s.wait_for_text("[data-testid=loss-bands]", "Later than that: no payment.")
        .await;
    // A quarter no version of the scheme covers is not priced.
    s.open("#/returns?home=h1&year=2026&q=2").await;
    s.wait_for_text(
        "[data-testid=no-rates]",
        "No rates are known for Q2 2026/27",
    )
    .await;
    assert!(!s.exists("[data-testid=payment]").await);

    // The return link, submitted 3 days late.
    s.open("#/returns?home=h1&year=2020&q=3&submitted=2021-01-18")
        .await;
    s.wait_for_text("[data-testid=return-title]", "Elm Lodge: Q3 2020/21")
        .await;
    let expected = [
        ("start", "2"),
        ("new-permanent", "1"),
        ("temporary", "1"),
        ("moved", "0"),
        ("died", "1"),
        ("other-home", "0"),
        ("carry-forward", "2"),
    ];
    for (key, value) in expected {
        assert_eq!(figure(&s, key).await, value, "{key}");
    }
    // 003: £103.53 + 2 × £60.90 + £60.90 = £286.23; 3 days late: 5% (£14.31).
    assert_eq!(payment(&s, "new-permanent").await, "£103.53");
    assert_eq!(payment(&s, "continuing").await, "£121.80");
    assert_eq!(payment(&s, "temporary").await, "£60.90");
    assert_eq!(payment(&s, "gross").await, "£286.23");
    assert_eq!(payment(&s, "deduction").await, "£14.31");
    assert_eq!(payment(&s, "net").await, "£271.92");
    let late = s.find("[data-testid=lateness]").await.text().await.unwrap();
    assert!(late.contains("3 calendar days late"), "{late}");
    // The residents behind a figure.
    s.click("[data-testid=behind-died] summary").await;
    s.wait_for_text("[data-testid=behind-died]", "Bob Jones")
        .await;

    // Adjust one: the new figure, carry-forward and the payment follow.
    s.click("#adjust-figure option[value=new-permanent]").await;
    s.type_into("adjust-value", "2").await;
    s.click("[data-testid=adjust]").await;
    s.wait_for_text("#adjust-reason-error", "reason").await;
    s.type_into("adjust-reason", "Admitted on 30 December, added late")
        .await;
    s.click("[data-testid=adjust]").await;
    s.wait_for_text("[data-testid=adjustments]", "added late")
        .await;
    assert_eq!(figure(&s, "new-permanent").await, "2");
    assert_eq!(figure(&s, "carry-forward").await, "3");
    assert_eq!(payment(&s, "gross").await, "£389.76");

    // Mark it submitted; it stays after a reload.
    s.click("[data-testid=mark-submitted]").await;
    s.open("#/returns?home=h1&year=2020&q=3").await;
    s.wait_for_text("[data-testid=lateness]", "Submitted on Mon 18 Jan 2021")
        .await;
    assert_eq!(figure(&s, "new-permanent").await, "2");

    // The return file carries the practice, the figures and the reason.
    s.click("[data-testid=export-return]").await;
    let text = std::fs::read_to_string(s.downloaded("return-C87001-elm-lodge-2020-q3.json").await)
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "care-home-toolkit/return");
    assert_eq!(v["practice"]["ods"], "C87001");
    assert_eq!(v["figures"]["carry-forward"], 3);
    assert_eq!(v["submitted"], "2021-01-18");
    assert_eq!(
        v["adjustments"][0]["reason"],
        "Admitted on 30 December, added late"
    );
    // The same return as a link (made later, so newer than the file).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    s.click("[data-testid=make-return-link]").await;
    let link = s
        .find("#return-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    assert!(link.contains("#/returns/collect?d=2."), "{link}");

    // The outcomes report for the half-year: the admission and the meeting
    // come from the register; what the practice writes is kept.
    s.open("#/returns/outcomes?home=h1&year=2020&half=2").await;
    s.wait_for_text("[data-testid=admissions]", "Bob Jones")
        .await;
    s.wait_for_text(
        "[data-testid=meetings]",
        "attended by Dr Lead, J. Smith (manager)",
    )
    .await;
    s.type_into("outcomes-actions", "Falls huddle every week")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    s.client.refresh().await.unwrap();
    let kept = s
        .find("#outcomes-actions")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("Falls huddle every week"));
    s.close().await;
    // The commissioner, in a fresh profile, collects it with two others:
    // another practice's return and a broken file.
    let mut c = Session::start().await;
    let mut other = v.clone();
    other["practice"] = serde_json::json!({"name": "Birch Practice", "ods": "B81002"});
    other["home"] = serde_json::json!({"id": "h7", "name": "Ash Court"});
    other["adjustments"] = serde_json::json!([]);
    other["figures"] = serde_json::json!({"start": 4, "new-permanent": 0, "temporary": 0,
        "moved": 1, "died": 0, "other-home": 0, "carry-forward": 3});
    other["submitted"] = serde_json::json!("2021-01-15");
    // A draft (not marked submitted), and a forgery claiming to be made in
    // 2999 so as to displace any genuine return.
    let mut draft = other.clone();
    draft["home"] = serde_json::json!({"id": "h8", "name": "Beech House"});
    draft["submitted"] = serde_json::Value::Null;
    let mut forged = v.clone();
    forged["made_at"] = serde_json::json!("2999-01-01T00:00:00Z");
    forged["figures"]["new-permanent"] = serde_json::json!(99);
    let ours = c.scratch_file("ours.json", &text);
    let theirs = c.scratch_file("theirs.json", &other.to_string());
    let broken = c.scratch_file("broken.json", &text[..text.len() / 2]);
    let draft = c.scratch_file("draft.json", &draft.to_string());
    let forged = c.scratch_file("forged.json", &forged.to_string());
    // The commissioner's own due date: the 12th of the month after each
    // quarter (their link), so Q3 2020/21 is due on 12 January 2021.
    c.open("#/?scheme=rotherham-2020&due-day=12").await;
    c.wait_for_text("[data-testid=scheme-set]", "due on the 12th")
        .await;
    c.open("#/returns/collect").await;
    c.find("[data-testid=no-returns]").await;
    c.wait_for_text(
        "[data-testid=collect-due-rule]",
        "the 12th of the month after",
    )
    .await;
    let paths = [&ours, &theirs, &broken, &draft, &forged]
        .iter()
        .map(|p| p.display().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    c.find("#return-files")
        .await
        .send_keys(&paths)
        .await
        .unwrap();
    let notices = c
        .wait_for_text("[data-testid=import-notices]", "broken.json was not added")
        .await;
    assert!(
        notices
            .contains("ours.json: adds the return of Oak Surgery (C87001), Elm Lodge, Q3 2020/21"),
        "{notices}"
    );
    assert!(notices.contains("theirs.json: adds"), "{notices}");
    assert!(
        notices
            .contains("forged.json was not added: it says it was made on 2999-01-01, after today"),
        "{notices}"
    );
    // Nothing is added before the commissioner says so.
    assert_eq!(c.active_id().await, "confirm-returns");
    assert!(!c.exists("[data-testid=collected]").await);
    let found = crate::accessibility::violations(&c).await;
    assert!(found.is_empty(), "the check before adding: {found:?}");
    c.click("[data-testid=confirm-add]").await;
    // The draft is listed apart, in no total.
    c.wait_for_text("[data-testid=drafts]", "Beech House").await;
    // Lateness is the commissioner's: the files reached them today, years
    // after the 12 January 2021 due date; set to the e-mails' dates.
    for (row, day, weekday) in [
        ("C87001-h1-2020-q3", "18", "Mon"),
        ("B81002-h7-2020-q3", "15", "Fri"),
    ] {
        let row = format!("tr[data-return='{row}']");
        c.click(&format!("{row} details summary")).await;
        c.type_date_in(&row, day, "1", "2021").await;
        c.click(&format!("{row} [data-testid=save-received]")).await;
        c.wait_for_text(
            &format!("{row} [data-testid=late]"),
            &format!("Received {weekday} {day}"),
        )
        .await;
    }
    c.wait_for_text(
        "tr[data-return='C87001-h1-2020-q3'] [data-testid=late]",
        "6 days late, 5%",
    )
    .await;
    c.wait_for_text(
        "tr[data-return='B81002-h7-2020-q3'] [data-testid=late]",
        "3 days late, 5%",
    )
    .await;
    c.wait_for_text(
        "tr[data-return='C87001-h1-2020-q3'] [data-testid=received-changed]",
        "changed by you",
    )
    .await;
    // Start 2 + 4 and carry-forward 3 + 3; gross £389.76 + 4 × £60.90 =
    // £633.36; deductions £19.49 (5% of £389.76) and £12.18 (5% of
    // £243.60), £31.67; net £601.69.
    let total = |what: &'static str, key: &'static str| {
        let c = &c;
        async move {
            c.find(&format!(
                "[data-testid=overall-total] [data-{what}='{key}']"
            ))
            .await
            .text()
            .await
            .unwrap()
        }
    };
    assert!(total("total", "start").await.ends_with('6'));
    assert!(total("total", "carry-forward").await.ends_with('6'));
    assert!(total("money", "gross").await.ends_with("£633.36"));
    assert!(total("money", "deduction").await.ends_with("£31.67"));
    assert!(total("money", "net").await.ends_with("£601.69"));
    // The collection with its checks, drafts and actions passes axe-core.
    let found = crate::accessibility::violations(&c).await;
    assert!(found.is_empty(), "the collection: {found:?}");
    // Removed, the totals follow; Undo puts it back.
    c.click("tr[data-return='B81002-h7-2020-q3'] [data-testid=remove-return]")
        .await;
    c.wait_for_text(
        "[data-testid=removed-return]",
        "Removed the return of Birch Practice",
    )
    .await;
    assert_eq!(c.active_id().await, "removed-return");
    assert!(total("money", "gross").await.ends_with("£389.76"));
    c.click("[data-testid=undo-remove]").await;
    c.find("tr[data-return='B81002-h7-2020-q3']").await;
    assert!(total("money", "gross").await.ends_with("£633.36"));
    // The link, pasted: newer than the file, so it replaces it, with a notice.
    c.type_into("return-links", &link).await;
    c.click("[data-testid=add-links]").await;
    c.wait_for_text(
        "[data-testid=import-notices]",
        "Link 1: replaces the older return of Oak Surgery (C87001), Elm Lodge",
    )
    .await;
    // Shown side by side before it replaces anything.
    let side = c
        .wait_for_text("[data-testid=replacement]", "Here now")
        .await;
    assert!(side.contains("In the newer return"), "{side}");
    c.click("[data-testid=confirm-add]").await;
    c.wait_for_text("[data-testid=import-notices]", "Added.")
        .await;
    assert_eq!(
        c.client
            .find_all(fantoccini::Locator::Css(
                "[data-testid=collected] tr[data-return]"
            ))
            .await
            .unwrap()
            .len(),
        2
    );
    // Kept on the device.
    c.client.refresh().await.unwrap();
    c.wait_for_text("[data-testid=collected]", "Ash Court")
        .await;
    // Issue 23: the collection ran off the right edge at 1024 and 1280 px.
    for w in [1280, 1024, 768, 390] {
        c.client.set_window_size(w, 900).await.unwrap();
        c.find("[data-testid=collected]").await;
        let by = c
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                vec![],
            )
            .await
            .unwrap();
        assert!(
            by.as_i64().unwrap_or(1) <= 0,
            "the collection scrolls sideways by {by} px at {w} px"
        );
    }
    c.close().await;
}

/// Issue 24: a temporary stay that became permanent before it was
/// recorded. Dev Patel, temporary from 1 December 2020, is recorded as
/// permanent from 10 December 2020: Q3 2020/21 then counts two new
/// permanent patients and no temporary one. A day before admission is
/// refused at the field.
#[tokio::test]
async fn a_stay_changed_before_today_counts_from_the_day_given() {
    let mut s = Session::start().await;
    let file = s.scratch_file("backup.json", &backup());
    s.restore_backup(&file).await;
    s.open("#/residents/edit?id=r4").await;
    assert!(!s.exists("#resident-stay-from-day").await);
    s.click("#resident-stay-permanent").await;
    s.type_date("resident-stay-from", "30", "11", "2020").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text(
        "#resident-stay-from-error",
        "must be on or after the date of admission",
    )
    .await;
    s.type_date("resident-stay-from", "10", "12", "2020").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("h1", "Dev Patel").await;
    s.open("#/returns?home=h1&year=2020&q=3").await;
    s.wait_for_text("[data-testid=return-title]", "Elm Lodge: Q3 2020/21")
        .await;
    assert_eq!(figure(&s, "new-permanent").await, "2");
    assert_eq!(figure(&s, "temporary").await, "0");
    s.close().await;
}

/// Issue 23: with the browser's storage full, adding a return to the
/// collection said "Nothing was added: … your change is still on screen",
/// when nothing was. It now says the collection is as it was, and no
/// banner says otherwise.
#[tokio::test]
async fn a_collection_the_browser_cannot_save_says_nothing_was_added() {
    let mut c = Session::start().await;
    let file = serde_json::json!({
        "format": "care-home-toolkit/return", "version": 1,
        "practice": {"name": "Oak Surgery", "ods": "C87001"},
        "home": {"id": "h1", "name": "Elm Lodge"},
        "scheme": "rotherham-2020", "year": 2020, "q": 3,
        "due": "2021-01-15", "submitted": "2021-01-14",
        "figures": {"start": 20, "new-permanent": 2, "temporary": 1, "moved": 1,
                    "died": 1, "other-home": 0, "carry-forward": 20},
        "adjustments": [], "made_at": "2021-01-14T10:00:00Z"
    });
    let path = c.scratch_file("full.json", &file.to_string());
    c.open("#/returns/collect").await;
    c.find("[data-testid=no-returns]").await;
    c.fill_storage().await;
    c.find("#return-files")
        .await
        .send_keys(&path.display().to_string())
        .await
        .unwrap();
    c.click("[data-testid=confirm-add]").await;
    let said = c
        .wait_for_text("[data-testid=import-notices]", "Nothing was added")
        .await;
    assert!(said.contains("The collection is as it was"), "{said}");
    assert!(!said.contains("still on screen"), "{said}");
    assert!(!c.exists("[data-testid=collected]").await);
    assert!(!c.exists("[data-testid=save-problem]").await);
    c.close().await;
}
