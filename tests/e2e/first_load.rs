//! The first load is the start app alone; the first visit to another page
//! loads the full app, which takes over the same page and storage.

use std::time::Duration;

use crate::harness::Session;

const LINK: &str = "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22";

/// The files this page has fetched, by name.
async fn fetched(s: &Session) -> Vec<String> {
    let names = s
        .client
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name);",
            vec![],
        )
        .await
        .unwrap();
    serde_json::from_value(names).unwrap()
}

fn full_app_wasm(names: &[String]) -> usize {
    names
        .iter()
        .filter(|n| n.contains("/full-") && n.ends_with("_bg.wasm"))
        .count()
}

#[tokio::test]
async fn a_calculator_link_loads_only_the_start_app_and_other_pages_load_the_rest() {
    let s = Session::start().await;
    s.open(LINK).await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    let first = fetched(&s).await;
    assert!(
        first.iter().any(|n| n.ends_with("_bg.wasm")),
        "the start app's wasm was fetched: {first:?}"
    );
    assert_eq!(full_app_wasm(&first), 0, "the full app waited: {first:?}");
    // Only the snippets the start app imports are preloaded: the Web
    // Crypto one is the full app's.
    assert!(
        !first.iter().any(|n| n.ends_with("/web_crypto.js")),
        "a snippet the start app does not use was fetched: {first:?}"
    );

    // A page the start app does not have: the full app loads and takes over.
    s.click("a[href='#/agreements']").await;
    s.wait_for_text("main h1", "Practice and care home agreements")
        .await;
    // Focus is on the new page's heading, as after any move (issue 23:
    // this first move left it on the page's body).
    let start = std::time::Instant::now();
    loop {
        let (_, tag) = s.scroll_and_focus().await;
        if tag == "H1" {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(5), "focus on {tag}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(full_app_wasm(&fetched(&s).await), 1);
    assert_eq!(s.count("header.app-header").await, 1, "one app on the page");
    assert_eq!(s.count("main").await, 1);

    // Back to the calculator: the full app shows it, with the same result,
    // and fetches nothing more.
    s.client.back().await.unwrap();
    s.wait_for_due("initial-review", "2026-11-13").await;
    assert_eq!(s.count("header.app-header").await, 1);
    s.click("a[href='#/calendar']").await;
    s.wait_for_text("main h1", "Bank holidays").await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(full_app_wasm(&fetched(&s).await), 1, "loaded once");
    s.close().await;
}

#[tokio::test]
async fn a_link_to_a_full_app_page_opens_it_directly() {
    let s = Session::start().await;
    s.open("#/residents").await;
    s.wait_for_text("main h1", "Care homes and residents").await;
    assert_eq!(s.count("header.app-header").await, 1);
    // A change made in the full app is kept: reload on the calculator (the
    // start app), then go to the register (the full app again).
    s.add_home("Oak Lodge").await;
    s.open(LINK).await;
    s.client.refresh().await.unwrap();
    s.wait_for_due("initial-review", "2026-11-13").await;
    assert_eq!(full_app_wasm(&fetched(&s).await), 0, "the start app alone");
    s.click("a[href='#/residents']").await;
    s.wait_for_text("main", "Oak Lodge").await;
    assert_eq!(s.count("header.app-header").await, 1);
    s.close().await;
}

/// Issue 23: after the hand-over the start app could still fire an input's
/// change handler (`RuntimeError: unreachable` in Chromium): typing in the
/// calculator's admission day, then going to the due list by the address
/// bar. No error reaches the page, and the full app works.
#[tokio::test]
async fn typing_in_the_calculator_then_leaving_by_the_address_bar_throws_nothing() {
    let s = Session::start().await;
    s.open(LINK).await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    s.client
        .execute(
            "window.__errors = [];
             addEventListener('error', (e) => window.__errors.push(String(e.message)));
             addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));",
            vec![],
        )
        .await
        .unwrap();
    // The form is folded under the answer when opened from a link.
    s.click("[data-testid=resident-details] > summary").await;
    let day = s.find("input[id$='-day']").await;
    day.click().await.unwrap();
    day.send_keys("3").await.unwrap();
    // The address bar: the page is not told anything but the new address.
    s.client
        .execute("location.hash = '#/due-list';", vec![])
        .await
        .unwrap();
    s.wait_for_text("main h1", "Due list").await;
    // Focus moving on in the full app is when the old handler fired.
    s.click("a[href='#/residents']").await;
    s.wait_for_text("main h1", "Care homes and residents").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let errors = s
        .client
        .execute(
            "return window.__errors || ['the page was reloaded'];",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(errors, serde_json::json!([]), "errors on the page");
    s.close().await;
}
