//! Adding a newly proclaimed bank holiday moves deadlines, and is kept.

use crate::harness::Session;

#[tokio::test]
async fn a_one_off_holiday_moves_a_deadline_and_survives_a_reload() {
    let s = Session::start().await;
    let link = "#/due?scheme=lsc-2026&admitted=2026-11-02&asof=2026-11-02";
    s.open(link).await;
    s.wait_for_due("initial-review", "2026-11-11").await;

    s.open("#/calendar?year=2026").await;
    assert!(s.exists("tr[data-holiday='2026-12-28']").await);
    s.type_date("holiday-date", "10", "11", "2026").await;
    s.type_into("holiday-name", "Proclaimed for a test").await;
    s.click("#add-holiday").await;
    let confirmation = s
        .find("[data-testid=holiday-confirmation]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        confirmation.contains("Tuesday 10 November 2026"),
        "{confirmation}"
    );
    let row = s
        .find("tr[data-holiday='2026-11-10']")
        .await
        .text()
        .await
        .unwrap();
    assert!(row.contains("Added on this device"), "{row}");

    // The deadline skips the new holiday, and still does after a reload.
    s.open(link).await;
    s.wait_for_due("initial-review", "2026-11-12").await;
    s.client.refresh().await.unwrap();
    s.wait_for_due("initial-review", "2026-11-12").await;
    s.close().await;
}

#[tokio::test]
async fn a_holiday_on_a_weekend_or_an_existing_holiday_is_refused() {
    let s = Session::start().await;
    s.open("#/calendar?year=2026").await;
    s.type_date("holiday-date", "25", "12", "2026").await;
    s.type_into("holiday-name", "Duplicate").await;
    s.click("#add-holiday").await;
    let summary = s
        .find("[data-testid=error-summary]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        summary.contains("already a bank holiday (Christmas Day)"),
        "{summary}"
    );
    s.type_date("holiday-date", "31", "2", "2026").await;
    s.click("#add-holiday").await;
    s.find("[data-testid=error-summary]").await;
    let summary = s
        .find("[data-testid=error-summary]")
        .await
        .text()
        .await
        .unwrap();
    assert!(summary.contains("must be a real date"), "{summary}");
    assert!(!s.exists("[data-testid=holiday-confirmation]").await);
    s.close().await;
}

/// A proclamation that moves a bank holiday: the old day is a working day
/// again and the new one is skipped, after a reload too; removing it undoes
/// both. A day that is not a bank holiday cannot be moved.
#[tokio::test]
async fn a_moved_holiday_frees_the_old_day_and_removing_it_undoes_the_move() {
    let s = Session::start().await;
    // Seven working days from Tuesday 21 May 2030 skip the spring bank
    // holiday (Monday 27 May): due Friday 31 May.
    let link = "#/due?scheme=lsc-2026&admitted=2030-05-21&asof=2030-05-21";
    s.open(link).await;
    s.wait_for_due("initial-review", "2030-05-31").await;

    s.open("#/calendar?year=2030").await;
    s.type_date("holiday-date", "4", "6", "2030").await;
    s.type_date("holiday-moved-from", "28", "5", "2030").await;
    s.type_into("holiday-name", "Spring bank holiday (moved)")
        .await;
    s.click("#add-holiday").await;
    s.wait_for_text(
        "[data-testid=error-summary]",
        "There is no bank holiday on Tuesday 28 May 2030 to move",
    )
    .await;

    s.type_date("holiday-moved-from", "27", "5", "2030").await;
    s.click("#add-holiday").await;
    s.wait_for_text(
        "[data-testid=holiday-confirmation]",
        "Monday 27 May 2030 is a working day again",
    )
    .await;
    let row = s
        .find("tr[data-holiday='2030-06-04']")
        .await
        .text()
        .await
        .unwrap();
    assert!(row.contains("moved from Monday 27 May 2030"), "{row}");
    assert!(!s.exists("tr[data-holiday='2030-05-27']").await);

    // 27 May now counts: due Thursday 30 May, after a reload too.
    s.open(link).await;
    s.wait_for_due("initial-review", "2030-05-30").await;
    s.client.refresh().await.unwrap();
    s.wait_for_due("initial-review", "2030-05-30").await;

    // Removing the moved holiday brings the rule day back.
    s.open("#/calendar?year=2030").await;
    s.click("tr[data-holiday='2030-06-04'] button").await;
    s.wait_for_text("[data-testid=holiday-confirmation]", "Removed")
        .await;
    assert!(s.exists("tr[data-holiday='2030-05-27']").await);
    s.open(link).await;
    s.wait_for_due("initial-review", "2030-05-31").await;
    s.close().await;
}

/// Two tabs each add a bank holiday: the second tab's save wrote over the
/// first's. Both are kept, and the first tab shows the second's at once.
#[tokio::test]
async fn two_tabs_add_holidays_and_both_stay() {
    let s = Session::start().await;
    s.open("#/calendar?year=2026").await;
    let first_tab = s.client.window().await.unwrap();
    let second_tab = s.client.new_window(true).await.unwrap().handle;
    s.client.switch_to_window(second_tab.clone()).await.unwrap();
    s.open("#/calendar?year=2026").await;

    s.client.switch_to_window(first_tab.clone()).await.unwrap();
    s.type_date("holiday-date", "10", "11", "2026").await;
    s.type_into("holiday-name", "Added in the first tab").await;
    s.click("#add-holiday").await;
    s.find("tr[data-holiday='2026-11-10']").await;

    s.client.switch_to_window(second_tab).await.unwrap();
    s.type_date("holiday-date", "17", "11", "2026").await;
    s.type_into("holiday-name", "Added in the second tab").await;
    s.click("#add-holiday").await;
    s.find("tr[data-holiday='2026-11-17']").await;
    s.find("tr[data-holiday='2026-11-10']").await;

    s.client.switch_to_window(first_tab).await.unwrap();
    s.find("tr[data-holiday='2026-11-17']").await;
    s.client.refresh().await.unwrap();
    s.find("tr[data-holiday='2026-11-10']").await;
    s.find("tr[data-holiday='2026-11-17']").await;
    s.close().await;
}
