//! The app's addresses (`domain::formats::route`): every page's link reads back as
//! that page, and the links people already hold still open what they did.

use care_home_toolkit::domain::formats::route::Route;
use proptest::prelude::*;

#[test]
fn links_people_hold_open_the_page_they_name() {
    let cases = [
        (
            "",
            Route::Home {
                query: String::new(),
            },
        ),
        (
            "#/",
            Route::Home {
                query: String::new(),
            },
        ),
        (
            "#/?scheme=lsc-2026",
            Route::Home {
                query: "scheme=lsc-2026".into(),
            },
        ),
        (
            "#/due?scheme=lsc-2026&admitted=2026-11-02",
            Route::Due {
                query: "scheme=lsc-2026&admitted=2026-11-02".into(),
            },
        ),
        ("#/residents", Route::Register),
        ("#/residents/", Route::Register),
        ("#/residents/resident?id=r1", Route::resident("r1")),
        (
            "#/residents/r1/assessment",
            Route::Assessment {
                resident_id: "r1".into(),
            },
        ),
        (
            "#/residents/r1/assessment/print",
            Route::AssessmentPrint {
                resident_id: "r1".into(),
            },
        ),
        ("#/due-list?home=h1", Route::due_list_of("h1")),
        (
            "#/round?home=h1&date=2026-12-08",
            Route::round_of("h1", Some("2026-12-08")),
        ),
        (
            "#/rules?scheme=lsc-2026&obligation=pcsp",
            Route::Rules {
                query: "scheme=lsc-2026&obligation=pcsp".into(),
            },
        ),
        ("#/agreements/edit?id=a1&new=1", Route::agreement_new("a1")),
        (
            "#/returns?home=h1&year=2026&q=2",
            Route::return_of("h1", 2026, 2),
        ),
        ("#/calendar?year=2027", Route::calendar_of(2027)),
        ("#/settings", Route::Settings),
        (
            "#/nowhere",
            Route::NotFound {
                path: "/nowhere".into(),
            },
        ),
    ];
    for (hash, route) in cases {
        assert_eq!(Route::parse(hash), route, "{hash}");
    }
}

#[test]
fn a_link_is_written_as_before() {
    assert_eq!(
        Route::resident("r-1a").href(),
        "#/residents/resident?id=r-1a"
    );
    assert_eq!(Route::Register.href(), "#/residents");
    assert_eq!(
        Route::Home {
            query: String::new()
        }
        .href(),
        "#/"
    );
    assert_eq!(
        Route::Assessment {
            resident_id: "r1".into()
        }
        .href(),
        "#/residents/r1/assessment"
    );
    assert_eq!(
        Route::Due {
            query: "scheme=lsc-2026".into()
        }
        .link("https://example.nhs.uk/toolkit/"),
        "https://example.nhs.uk/toolkit/#/due?scheme=lsc-2026"
    );
    // An id with characters that would end the path is encoded, and read
    // back whole.
    let odd = Route::Assessment {
        resident_id: "a/b?c#d%e+f".into(),
    };
    assert_eq!(Route::parse(&odd.href()), odd);
    // Values are encoded in a query.
    assert_eq!(
        Route::care_home("Oak & Ash").href(),
        "#/homes/home?id=Oak%20%26%20Ash"
    );
}

#[test]
fn the_start_app_has_the_pages_a_link_usually_opens() {
    for (route, full) in [
        (
            Route::Home {
                query: String::new(),
            },
            false,
        ),
        (
            Route::Due {
                query: String::new(),
            },
            false,
        ),
        (Route::NotFound { path: "/x".into() }, false),
        // A commissioner's link is read by the full app.
        (
            Route::Home {
                query: "scheme=lsc-2026".into(),
            },
            true,
        ),
        (Route::Register, true),
        (Route::Settings, true),
        (Route::resident("r1"), true),
    ] {
        assert_eq!(route.needs_full_app(), full, "{route:?}");
    }
}

/// Any route the app can name, with any query and any id.
fn any_route() -> impl Strategy<Value = Route> {
    let q = ".*";
    prop_oneof![
        q.prop_map(|query| Route::Home { query }),
        q.prop_map(|query| Route::Due { query }),
        q.prop_map(|query| Route::Calendar { query }),
        q.prop_map(|query| Route::Agreements { query }),
        q.prop_map(|query| Route::AgreementEdit { query }),
        q.prop_map(|query| Route::AgreementPrint { query }),
        q.prop_map(|query| Route::AgreementView { query }),
        Just(Route::Register),
        q.prop_map(|query| Route::ResidentAdd { query }),
        q.prop_map(|query| Route::ResidentEdit { query }),
        q.prop_map(|query| Route::Resident { query }),
        ".*".prop_map(|resident_id| Route::Assessment { resident_id }),
        ".*".prop_map(|resident_id| Route::AssessmentPrint { resident_id }),
        q.prop_map(|query| Route::DueList { query }),
        q.prop_map(|query| Route::Round { query }),
        q.prop_map(|query| Route::HomeRound { query }),
        q.prop_map(|query| Route::CareHome { query }),
        q.prop_map(|query| Route::Rules { query }),
        Just(Route::Commissioners),
        q.prop_map(|query| Route::Poster { query }),
        q.prop_map(|query| Route::Returns { query }),
        q.prop_map(|query| Route::ReturnsCollect { query }),
        q.prop_map(|query| Route::ReturnsOutcomes { query }),
        q.prop_map(|query| Route::ReturnsMonitoring { query }),
        Just(Route::Backup),
        Just(Route::Settings),
        // A path no page has.
        "/x[a-z/]{0,8}[a-z]".prop_map(|path| Route::NotFound { path }),
    ]
}

proptest! {
    #[test]
    fn every_link_reads_back_as_the_page_it_names(route in any_route()) {
        prop_assert_eq!(Route::parse(&route.href()), route);
    }

    #[test]
    fn any_fragment_reads_without_panicking(hash in ".*") {
        let _ = Route::parse(&hash).href();
    }

    #[test]
    fn a_pages_links_read_back_whatever_the_id(id in ".*", year in 1990i32..2100, q in 1u8..=4) {
        for route in [
            Route::resident(&id), Route::resident_edit(&id), Route::resident_add(&id),
            Route::care_home(&id), Route::due_list_of(&id), Route::round_of(&id, Some(&id)),
            Route::rules_of(&id), Route::agreement_edit(&id), Route::agreement_new(&id),
            Route::agreement_print(&id), Route::calendar_of(year), Route::return_of(&id, year, q),
            Route::outcomes_of(&id), Route::sealed_for_practice(&id), Route::sealed_for_home(&id),
        ] {
            prop_assert_eq!(Route::parse(&route.href()), route);
        }
    }
}

/// The menu's and the start app's links, known when compiling, are the
/// pages' own addresses.
#[test]
fn the_fixed_addresses_are_the_pages_addresses() {
    for page in [
        Route::START,
        Route::CALCULATOR,
        Route::BANK_HOLIDAYS,
        Route::AGREEMENTS,
        Route::DUE_LIST,
        Route::ROUND,
        Route::RETURNS,
        Route::COLLECT_RETURNS,
        Route::MONITORING,
        &Route::Register,
        &Route::Commissioners,
        &Route::Backup,
        &Route::Settings,
    ] {
        assert_eq!(page.href(), page.fixed_href(), "{page:?}");
        assert_eq!(&Route::parse(page.fixed_href()), page);
    }
}

/// Issue 25: every link in the UI is built through `Route` (`href()`, or
/// `fixed_href()` for a page without a query, which costs the start app's
/// first load almost nothing): no file writes a page's address by hand,
/// "#/…" or "{}#/…" after the site's address, outside a comment.
#[test]
fn no_link_in_the_ui_is_written_by_hand() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/ui")];
    let mut read = 0;
    let mut by_hand = Vec::new();
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        read += 1;
        let name = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&path).unwrap();
        for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (i, _) in line.match_indices("#/") {
                let before = &line[..i];
                if before.ends_with('"') || before.ends_with("\"{}") {
                    by_hand.push(format!("{name}: {}", line.trim()));
                }
            }
        }
    }
    assert!(read > 50, "only {read} files read");
    assert!(
        by_hand.is_empty(),
        "build these links with Route:\n{}",
        by_hand.join("\n")
    );
}
