//! Issue 10: acting from where the GP looks: "Mark done" from the due list
//! with undo, the residents list's next due item, navigation that lands on
//! the new page's heading and comes back to where the user was, and
//! copying a calculator link.

use fantoccini::key::Key;

use crate::harness::Session;

#[tokio::test]
async fn mark_done_from_the_due_list_moves_the_date_and_undo_restores_it() {
    let s = Session::start().await;
    s.add_home("Oakwood House").await;
    s.add_resident("Ann Smith", "9434765919").await;
    s.wait_for_due("medication-review", "2027-05-02").await;

    // The residents list shows her next due item.
    s.open("#/residents").await;
    let next = s.find("[data-testid=next-due]").await.text().await.unwrap();
    assert!(
        next.contains("Mon 9 Nov 2026") && next.contains("Medicines reconciliation"),
        "{next}"
    );

    s.open("#/due-list").await;
    let row = "tr[data-due-row][data-obligation='medication-review']";
    s.click(&format!("{row} [data-testid=mark-done]")).await;
    s.type_date_in(row, "20", "11", "2026").await;
    s.click(&format!("{row} [data-testid=save-done]")).await;
    s.wait_for_text(
        "[data-testid=undo-banner]",
        "Marked done: Medication review or SMR for Ann Smith on Fri 20 Nov 2026",
    )
    .await;
    let due = || async {
        s.find(&format!("{row} time"))
            .await
            .attr("datetime")
            .await
            .unwrap()
            .unwrap_or_default()
    };
    assert_eq!(due().await, "2027-05-20");
    s.click("[data-testid=undo]").await;
    let start = std::time::Instant::now();
    while due().await != "2027-05-02" {
        assert!(
            start.elapsed().as_secs() < 10,
            "undo did not restore the date"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    s.wait_for_text(
        "[data-testid=undo-banner]",
        "Undone: Medication review or SMR for Ann Smith",
    )
    .await;
    assert!(
        !s.exists("[data-testid=undo]").await,
        "nothing left to undo"
    );
    s.click("[data-testid=close-banner]").await;
    assert!(!s.exists("[data-testid=undo-banner]").await);

    // A one-off marked done leaves the list.
    let pcsp = "tr[data-due-row][data-obligation='pcsp']";
    s.click(&format!("{pcsp} [data-testid=mark-done]")).await;
    s.click(&format!("{pcsp} [data-testid=save-done]")).await;
    s.wait_for_text("[data-testid=undo-banner]", "Marked done")
        .await;
    assert!(!s.exists(pcsp).await);
    s.close().await;
}

#[tokio::test]
async fn navigation_focuses_the_heading_and_back_returns_to_the_same_place() {
    let s = Session::start().await;
    s.client.set_window_size(768, 600).await.unwrap();
    s.open("#/rules").await;
    // Scroll down, then follow a link from the footer to another page.
    s.client
        .execute("window.scrollTo(0, 1500);", vec![])
        .await
        .unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    s.client
        .execute("location.hash = '#/calendar';", vec![])
        .await
        .unwrap();
    s.wait_for_text("main h1", "Bank holidays").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (y, active) = s.scroll_and_focus().await;
    assert_eq!(y, 0, "a new page starts at the top");
    assert_eq!(active, "H1", "focus is on the new page's heading");
    s.client.back().await.unwrap();
    s.wait_for_text("main h1", "The rules behind every date")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let (y, _) = s.scroll_and_focus().await;
    assert!(
        (1400..=1600).contains(&y),
        "back returns to where the user was: {y}"
    );
    s.close().await;
}

#[tokio::test]
async fn copy_link_puts_the_calculator_link_on_the_clipboard() {
    let s = Session::start().await;
    s.open("#/due?scheme=lsc-2026&admitted=2026-11-02").await;
    s.wait_for_due("pcsp", "2026-11-11").await;
    s.click("[data-testid=copy-link-button]").await;
    let status = s.wait_for_text("[data-testid=copy-link-status]", "o").await;
    let expected = format!("{}#/due?scheme=lsc-2026&admitted=2026-11-02", s.base);
    if status.contains("Link copied") {
        // Paste it into a box, as a person would.
        s.client
            .execute(
                "const i = document.createElement('input'); i.id = 'paste-here'; document.querySelector('main').prepend(i); i.focus();",
                vec![],
            )
            .await
            .unwrap();
        let input = s.find("#paste-here").await;
        input
            .send_keys(&format!("{}v", char::from(Key::Control)))
            .await
            .unwrap();
        let pasted = input.prop("value").await.unwrap().unwrap_or_default();
        assert_eq!(pasted, expected);
    } else {
        // The browser refused: the link is in a box, selected.
        let value = s
            .find("#copy-link-text")
            .await
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default();
        assert_eq!(value, expected);
    }
    // No "asof" in a link the user did not date.
    assert!(!expected.contains("asof"));
    s.close().await;
}

#[tokio::test]
async fn editing_a_residents_admission_date_moves_their_deadlines() {
    let s = Session::start().await;
    s.open_ann_smiths_details().await;
    // The same validation as adding.
    s.type_into("resident-nhs", "943 476 5918").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("[data-testid=error-summary]", "not a valid NHS number")
        .await;
    s.type_into("resident-nhs", "943 476 5919").await;
    s.type_into("resident-admitted-day", "3").await;
    s.type_into("resident-edit-by", "Practice manager").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_due("pcsp", "2026-11-12").await;
    s.wait_for_text(
        "[data-testid=history]",
        "Details changed: admission Mon 2 Nov 2026 to Tue 3 Nov 2026 (by Practice manager)",
    )
    .await;
    s.close().await;
}

#[tokio::test]
async fn on_a_phone_the_menu_folds_behind_a_button() {
    let s = Session::start().await;
    s.client.set_window_size(390, 844).await.unwrap();
    s.open("#/due").await;
    let link = "nav a[href='#/rules'], nav a[href='#/due-list']";
    let shown = |s: &Session| {
        let link = link.to_string();
        let client = s.client.clone();
        async move {
            client
                .find(fantoccini::Locator::Css(&link))
                .await
                .unwrap()
                .is_displayed()
                .await
                .unwrap()
        }
    };
    assert!(!shown(&s).await, "the menu starts folded on a phone");
    s.click("[data-testid=menu-toggle]").await;
    let expanded = s
        .find("[data-testid=menu-toggle]")
        .await
        .attr("aria-expanded")
        .await
        .unwrap();
    assert_eq!(expanded.as_deref(), Some("true"));
    assert!(shown(&s).await);
    // Choosing a page closes it again.
    s.click("nav a[href='#/due-list']").await;
    s.wait_for_text("main h1", "Due list").await;
    let start = std::time::Instant::now();
    while shown(&s).await {
        assert!(start.elapsed().as_secs() < 10, "the menu stayed open");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    s.close().await;
}
