//! Fragment addresses to pages.

use care_home_toolkit::ui::route::Route;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test]
fn fragments_name_pages() {
    assert_eq!(
        Route::parse(""),
        Route::Home {
            query: String::new()
        }
    );
    assert_eq!(
        Route::parse("#/?scheme=lsc-2026"),
        Route::Home {
            query: "scheme=lsc-2026".into()
        }
    );
    assert_eq!(
        Route::parse("#/agreements/view?d=2.abc"),
        Route::AgreementView {
            query: "d=2.abc".into()
        }
    );
    assert_eq!(
        Route::parse("#/agreements/edit?id=x"),
        Route::AgreementEdit {
            query: "id=x".into()
        }
    );
    assert_eq!(
        Route::parse("#/due"),
        Route::Due {
            query: String::new()
        }
    );
    assert_eq!(
        Route::parse("#/due?scheme=lsc-2026&admitted=2026-11-02"),
        Route::Due {
            query: "scheme=lsc-2026&admitted=2026-11-02".into()
        }
    );
    assert_eq!(
        Route::parse("#/rules?scheme=lsc-2026&obligation=pcsp"),
        Route::Rules {
            query: "scheme=lsc-2026&obligation=pcsp".into()
        }
    );
    assert_eq!(
        Route::parse("#/homes/home?id=h1"),
        Route::CareHome {
            query: "id=h1".into()
        }
    );
    assert!(Route::parse("#/rules").needs_full_app());
    assert_eq!(
        Route::parse("#/poster?scheme=lsc-2026"),
        Route::Poster {
            query: "scheme=lsc-2026".into()
        }
    );
    assert!(Route::parse("#/homes/home?id=h1").needs_full_app());
    assert_eq!(
        Route::parse("#/calendar?year=2027"),
        Route::Calendar {
            query: "year=2027".into()
        }
    );
    assert_eq!(
        Route::parse("#/residents/abc123/assessment"),
        Route::Assessment {
            resident_id: "abc123".into()
        }
    );
    assert_eq!(
        Route::parse("#/residents/abc123/assessment/print"),
        Route::AssessmentPrint {
            resident_id: "abc123".into()
        }
    );
    assert_eq!(
        Route::parse("#/residents/abc123/other"),
        Route::NotFound {
            path: "/residents/abc123/other".into()
        }
    );
    assert_eq!(
        Route::parse("#/nowhere"),
        Route::NotFound {
            path: "/nowhere".into()
        }
    );
}

/// The start app (the first load) has the start page, the calculator and
/// "not found"; every other page, and a commissioner's link (opened once
/// per device), loads the full app.
#[wasm_bindgen_test]
fn only_start_pages_are_in_the_first_load() {
    let in_start_app = ["", "#/", "#/due?scheme=lsc-2026", "#/no-such-page"];
    for hash in in_start_app {
        assert!(!Route::parse(hash).needs_full_app(), "{hash}");
    }
    let in_full_app = [
        "#/?scheme=lsc-2026",
        "#/calendar",
        "#/settings",
        "#/agreements",
        "#/agreements/edit?id=x",
        "#/agreements/print?id=x",
        "#/agreements/view?d=2.abc",
        "#/residents",
        "#/residents/add",
        "#/residents/resident?id=r1",
        "#/residents/r1/assessment",
        "#/residents/r1/assessment/print",
        "#/due-list",
        "#/round",
        "#/backup",
    ];
    for hash in in_full_app {
        assert!(Route::parse(hash).needs_full_app(), "{hash}");
    }
}

#[wasm_bindgen_test]
fn a_failed_load_says_offline_when_the_device_is_offline() {
    use care_home_toolkit::ui::fetch_failure;
    let (title, why, advice) = fetch_failure(false, "Failed to fetch");
    assert_eq!(
        title,
        "You are offline and this page has not been saved on this device yet"
    );
    assert!(why.contains("saved the first time"));
    assert!(advice.contains("The due-date calculator works now"));
    let (title, why, _) = fetch_failure(true, "HTTP 404");
    assert_eq!(title, "This page could not be loaded");
    assert!(why.contains("HTTP 404"));
}
