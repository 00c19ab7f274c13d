//! The smoke suite in the other engines (issue 23): WebKit (the iPad's
//! engine, as WebKitGTK) and Firefox, doing what a GP and a practice do
//! first, against the same release build the Chromium suite drives:
//!
//! - a calculator link opens with its dates (the start app);
//! - the first move to another page fetches the full app, and focus lands
//!   on that page's heading;
//! - a care home and a resident are added, a review is marked done from
//!   the due list and the answer (with Undo) is where the user is looking;
//! - a reload keeps all of it (the browser's storage in that engine);
//! - no word, number or date wraps inside itself and nothing scrolls
//!   sideways on the due list and register at a tablet's width.

use crate::harness::{Engine, Session};

const LINK: &str =
    "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22";

async fn journey(engine: Engine) {
    let s = Session::start_in(engine).await;

    // The start app: a calculator link.
    s.open(LINK).await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    assert_eq!(s.due("pcsp").await, "2026-11-11");
    assert_eq!(s.due("medication-review").await, "2027-05-02");

    // The full app, on the first move away: focus on the new heading.
    s.click("a[href='#/residents']").await;
    s.wait_for_text("main h1", "residents").await;
    let start = std::time::Instant::now();
    loop {
        let tag = s
            .client
            .execute("return document.activeElement.tagName", vec![])
            .await
            .unwrap();
        if tag == "H1" {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 10,
            "{engine:?}: focus stayed on {tag} after the full app took over"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // A home, a resident, a review marked done from the due list.
    s.add_home("Oakwood House").await;
    s.add_resident("Ann Smith", "9434765919").await;
    s.wait_for_due("medication-review", "2027-05-02").await;
    s.open("#/due-list").await;
    let row = "tr[data-due-row][data-obligation='medication-review']";
    s.click(&format!("{row} [data-testid=mark-done]")).await;
    // As a person does: the form is there before typing.
    s.find(&format!("{row} [data-testid=mark-done-form] input")).await;
    s.type_date_in(row, "20", "11", "2026").await;
    s.click(&format!("{row} [data-testid=save-done]")).await;
    s.wait_for_text(
        "[data-testid=undo-banner]",
        "Marked done: Medication review or SMR for Ann Smith on Fri 20 Nov 2026",
    )
    .await;
    assert!(
        s.in_view("[data-testid=undo-banner]").await,
        "{engine:?}: the answer is off the screen"
    );
    assert_eq!(s.active_id().await, "undo-banner", "{engine:?}: focus");

    // A reload keeps everything: this engine's storage.
    s.client.refresh().await.unwrap();
    s.wait_for_text("main h1", "Due list").await;
    let date = s
        .find(&format!("{row} time"))
        .await
        .attr("datetime")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(date, "2027-05-20", "{engine:?}: the review was not kept");

    // Nothing scrolls sideways or wraps inside a date or number at a
    // tablet's width, on the pages a GP uses in the home.
    s.client.set_window_size(768, 1024).await.unwrap();
    for page in ["#/due-list", "#/residents"] {
        s.open(page).await;
        s.find("main table").await;
        let wide = s
            .client
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
                vec![],
            )
            .await
            .unwrap();
        assert!(
            wide.as_i64().unwrap_or(1) <= 0,
            "{engine:?}: {page} scrolls sideways by {wide} px"
        );
        let broken = s
            .client
            .execute(
                "return [...document.querySelectorAll('main time, main .app-nowrap')]
                    .filter(e => e.getClientRects().length > 1)
                    .map(e => e.textContent)",
                vec![],
            )
            .await
            .unwrap();
        assert_eq!(broken, serde_json::json!([]), "{engine:?}: {page} wraps inside");
    }
    s.close().await;
}

#[tokio::test]
async fn in_webkit_a_link_a_review_marked_done_and_a_reload() {
    journey(Engine::WebKit).await;
}

#[tokio::test]
async fn in_firefox_a_link_a_review_marked_done_and_a_reload() {
    journey(Engine::Firefox).await;
}
