//! The due-date calculator, as a GP on a tablet uses it.

use crate::harness::Session;

const LINK: &str = "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22";

#[tokio::test]
async fn a_deep_link_shows_the_dates_and_a_reload_keeps_them() {
    let s = Session::start().await;
    s.open(LINK).await;
    assert_eq!(s.due("initial-review").await, "2026-11-13");
    assert_eq!(s.due("pcsp").await, "2026-11-11");
    assert_eq!(s.due("medication-review").await, "2027-05-02");
    let row = s.find("tr[data-obligation='initial-review']").await;
    assert_eq!(
        row.attr("data-status").await.unwrap().as_deref(),
        Some("overdue")
    );
    let text = row.text().await.unwrap();
    assert!(text.contains("Fri 13 Nov 2026"), "{text}");
    // The rule and its clause are behind the row's disclosure.
    s.click("tr[data-obligation='initial-review'] summary")
        .await;
    let text = row.text().await.unwrap();
    assert!(
        text.contains("LSC specification 2026/27, section 2.6 and section 6.1"),
        "{text}"
    );

    // Change an input: the address follows. Opened from a link, the form
    // is folded under the answer: "The resident's details" opens it.
    s.click("[data-testid=resident-details] > summary").await;
    s.type_into("informed-day", "9").await;
    s.wait_for_due("initial-review", "2026-11-18").await;
    assert!(
        s.fragment().await.contains("informed=2026-11-09"),
        "{}",
        s.fragment().await
    );

    // Reload: the same result from the address alone.
    s.client.refresh().await.unwrap();
    s.wait_for_due("initial-review", "2026-11-18").await;
    assert_eq!(s.due("pcsp").await, "2026-11-11");
    s.close().await;
}

/// Issue 23: the first result of a link sat 2,280 px down on a tablet.
/// Opened from a complete link, the form is folded, and the answer (its
/// summary; on a portrait tablet the first date too) is on the first
/// screen of a tablet and a phone; filled by hand, or from a link with a
/// mistake, the form is open.
#[tokio::test]
async fn a_link_puts_the_answer_on_the_first_screen() {
    let s = Session::start().await;
    for (w, h) in [(768, 1024), (1024, 768), (390, 844)] {
        s.client.set_window_size(w, h).await.unwrap();
        s.open(LINK).await;
        s.client.refresh().await.unwrap();
        s.wait_for_due("initial-review", "2026-11-13").await;
        assert!(!s.is_open("[data-testid=resident-details]").await);
        assert!(
            s.in_view("[data-testid=results-summary]").await,
            "the answer is not on the first screen at {w}×{h}"
        );
        if w == 768 {
            assert!(
                s.in_view("tr[data-obligation] time").await,
                "the first date is not on the first screen at {w}×{h}"
            );
        }
    }
    s.open("#/due?scheme=lsc-2026&admitted=2026-13-02").await;
    s.client.refresh().await.unwrap();
    s.find("#error-summary").await;
    assert!(s.is_open("[data-testid=resident-details]").await);
    s.open("#/due").await;
    s.client.refresh().await.unwrap();
    s.find("[data-testid=results-prompt]").await;
    assert!(s.is_open("[data-testid=resident-details]").await);
    s.close().await;
}

#[tokio::test]
async fn filling_the_form_by_hand_gives_the_rotherham_deadlines() {
    let s = Session::start().await;
    s.open("#/due").await;
    assert!(s.exists("[data-testid=results-prompt]").await);
    s.click("#scheme-rotherham-2019").await;
    s.type_date("admitted", "3", "6", "2019").await;
    s.type_date("asof", "20", "6", "2019").await;
    s.wait_for_due("admission-assessment", "2019-06-17").await;
    assert_eq!(s.due("care-plan").await, "2019-09-03");
    let fragment = s.fragment().await;
    assert_eq!(
        fragment,
        "/due?scheme=rotherham-2019&admitted=2019-06-03&asof=2019-06-20"
    );
    s.close().await;
}

#[tokio::test]
async fn a_broken_link_explains_itself_and_shows_no_dates() {
    let s = Session::start().await;
    s.open("#/due?scheme=lsc-2026&admitted=2026-02-30&asof=2026-11-22")
        .await;
    let summary = s
        .find("[data-testid=error-summary]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        summary.contains("Date of admission must be a real date"),
        "{summary}"
    );
    assert!(!s.exists("tr[data-obligation]").await);
    // The error links to the box to fix, and fixing it brings the dates.
    s.click("[data-testid=error-summary] a").await;
    let active = s
        .client
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(active, "admitted-day");
    s.type_into("admitted-day", "2").await;
    s.wait_for_due("pcsp", "2026-02-11").await;
    s.close().await;
}

/// Issue 23: a link giving `temporary` twice was taken as "not temporary"
/// without a word. The box says so, no dates are shown, and ticking it
/// brings them.
#[tokio::test]
async fn a_link_giving_temporary_twice_is_refused_at_the_box() {
    let s = Session::start().await;
    s.open(
        "#/due?scheme=rotherham-2020&admitted=2026-11-02&temporary=1&temporary=0&asof=2026-11-22",
    )
    .await;
    s.wait_for_text("[data-testid=error-summary]", "Temporary resident")
        .await;
    s.wait_for_text("[data-field=temporary] .nhsuk-error-message", "twice")
        .await;
    assert!(!s.exists("tr[data-obligation]").await);
    s.click("[data-testid=error-summary] a").await;
    assert_eq!(s.active_id().await, "temporary");
    s.click("#temporary").await;
    s.find("tr[data-obligation]").await;
    assert!(
        !s.exists("[data-field=temporary] .nhsuk-error-message")
            .await
    );
    s.close().await;
}
