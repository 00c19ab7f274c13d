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
