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
//!   sideways on the due list and register at a tablet's width;
//! - a backup is restored from a file;
//! - an agreement link protected by a passphrase, sealed in Chromium, opens
//!   with it (Web Crypto in both engines agreeing);
//! - after one visit, with the network gone, a reload still shows the
//!   calculator and the full app's pages (the service worker).

use std::time::{Duration, Instant};

use crate::agreements::seal_new_agreement;
use crate::harness::{Engine, Session};

/// Reload the page as a person does (F5, not a hard reload), and wait
/// until the new page has drawn its heading.
async fn reload(s: &Session) {
    s.client
        .execute("window.beforeReload = true; location.reload();", vec![])
        .await
        .unwrap();
    let start = Instant::now();
    loop {
        let done = s
            .client
            .execute(
                "return !window.beforeReload && !!document.querySelector('main h1');",
                vec![],
            )
            .await
            .unwrap_or_default();
        if done == serde_json::json!(true) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the page did not reload"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// An agreement link sealed with a passphrase, made in Chromium: its
/// fragment ("#/agreements/view?d=…").
async fn sealed_link() -> String {
    let s = Session::start().await;
    let link = seal_new_agreement(&s).await;
    s.close().await;
    format!("#{}", link.split_once('#').unwrap().1)
}

const LINK: &str = "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22";

async fn journey(engine: Engine) {
    let mut s = Session::start_in(engine).await;

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
    s.find(&format!("{row} [data-testid=mark-done-form] input"))
        .await;
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
        assert_eq!(
            broken,
            serde_json::json!([]),
            "{engine:?}: {page} wraps inside"
        );
    }
    s.client.set_window_size(1024, 1400).await.unwrap();

    // A backup restored from a file: a home of three residents merged in.
    let backup = s.scratch_file("backup.json", &crate::register::residents_in_homes(1, 3));
    s.open("#/backup").await;
    s.restore_backup(&backup).await;
    s.open("#/residents").await;
    s.wait_for_text("main", "Number03").await;
    s.wait_for_text("main", "Ann Smith").await;

    // A protected agreement link sealed in Chromium opens here.
    s.open(&sealed_link().await).await;
    s.type_into("link-passphrase", "blue tractor 42").await;
    s.click("[data-testid=unlock]").await;
    s.wait_for_text("[data-testid=agreement-document]", "Oakwood House")
        .await;

    // Offline after one visit: the service worker answers. Once it is
    // active, a plain reload puts the page under it (Firefox's WebDriver
    // reload bypasses the worker, as a hard reload does).
    s.client
        .execute_async(
            "const done = arguments[0]; navigator.serviceWorker.ready.then(() => done(true));",
            vec![],
        )
        .await
        .unwrap();
    reload(&s).await;
    let start = Instant::now();
    while s
        .client
        .execute(
            "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);",
            vec![],
        )
        .await
        .unwrap()
        != serde_json::json!(true)
    {
        if start.elapsed() > Duration::from_secs(30) {
            let state = s
                .client
                .execute_async(
                    "const done = arguments[0];
                     navigator.serviceWorker.getRegistration().then(r => done(r ? JSON.stringify({
                       active: r.active && r.active.state, installing: r.installing && r.installing.state,
                       waiting: r.waiting && r.waiting.state }) : 'no registration'));",
                    vec![],
                )
                .await
                .unwrap();
            panic!("{engine:?}: the service worker never took control: {state}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    s.stop_server();
    s.open(LINK).await;
    reload(&s).await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    s.open("#/due-list").await;
    s.wait_for_text("main h1", "Due list").await;
    s.wait_for_text("main", "Number03").await;
    s.close().await;
}

/// WebKitGTK's WebDriver, under a virtual display on two cores, now and
/// then drops a click it reported as done (seen at a different step each
/// time, about one run in six, never in Chromium or Firefox, and not when
/// the same step is repeated by hand): the journey is run again once, in a
/// fresh profile, and must then pass whole. The first failure is printed.
#[tokio::test]
async fn in_webkit_links_reviews_a_backup_a_sealed_link_and_offline() {
    if let Err(e) = tokio::spawn(journey(Engine::WebKit)).await {
        eprintln!("WebKit journey failed once, running it again: {e}");
        journey(Engine::WebKit).await;
    }
}

#[tokio::test]
async fn in_firefox_links_reviews_a_backup_a_sealed_link_and_offline() {
    journey(Engine::Firefox).await;
}
