//! Issue 23: axe-core (the npm package, pinned in `package.json`, run in
//! the page; nothing fetched) on every route and on the states a user
//! meets — a form sent empty, "Mark done" open, a calculator link with a
//! mistake — at a phone's, a portrait tablet's, a landscape tablet's and a
//! desktop's width. Any WCAG 2.2 A or AA violation, or breach of axe's best
//! practices, fails the test, named with its rule and where it is.

use std::time::Duration;

use serde_json::{json, Value};

use crate::agreements::fill_new_agreement;
use crate::harness::Session;

const WIDTHS: [(u32, u32); 4] = [(390, 844), (768, 1024), (1024, 768), (1280, 800)];

/// axe-core's rules for WCAG 2.0, 2.1 and 2.2 at levels A and AA, and its
/// best practices (headings in order, landmarks, one main).
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
}).then(r => done(r.violations.map(v =>
  v.id + ' (' + v.impact + '): ' + v.help + ' at ' +
  v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; '))))
  .catch(e => done(['axe did not run: ' + e]));
"#;

/// The violations axe finds on the page as it is now.
pub async fn violations(s: &Session) -> Vec<String> {
    let loaded = s
        .client
        .execute("return typeof window.axe !== 'undefined';", vec![])
        .await
        .unwrap();
    if loaded != json!(true) {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/node_modules/axe-core/axe.min.js"
        );
        let source = std::fs::read_to_string(path)
            .expect("axe-core is installed (tools/setup.sh runs npm ci)");
        s.client.execute(&source, vec![]).await.unwrap();
    }
    // Let the page settle (focus moves and drawing on the next frame).
    tokio::time::sleep(Duration::from_millis(200)).await;
    let found = s.client.execute_async(RUN_AXE, vec![]).await.unwrap();
    match found {
        Value::Array(v) => v
            .into_iter()
            .map(|x| x.as_str().unwrap_or_default().to_string())
            .collect(),
        other => vec![format!("axe answered {other}")],
    }
}

#[tokio::test]
async fn every_page_passes_the_accessibility_checks_at_four_widths() {
    let s = Session::start().await;
    let (resident, home) = s.home_with_resident().await;
    let agreement = fill_new_agreement(&s).await;

    let pages: Vec<(&str, String)> = vec![
        ("start", "#/".into()),
        ("commissioner's link", "#/?scheme=rotherham-2019".into()),
        (
            "calculator",
            "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04".into(),
        ),
        (
            "calculator with a mistake",
            "#/due?scheme=lsc-2026&admitted=2026-13-02".into(),
        ),
        ("bank holidays", "#/calendar".into()),
        ("rules", "#/rules".into()),
        ("agreements", "#/agreements".into()),
        (
            "agreement form",
            format!("#/agreements/edit?id={agreement}"),
        ),
        (
            "agreement printed",
            format!("#/agreements/print?id={agreement}"),
        ),
        ("shared agreement, no link", "#/agreements/view".into()),
        ("commissioners", "#/commissioners".into()),
        ("poster", "#/poster?scheme=rotherham-2019".into()),
        ("register", "#/residents".into()),
        ("add a resident", format!("#/residents/add?home={home}")),
        ("resident", format!("#/residents/resident?id={resident}")),
        (
            "resident's details",
            format!("#/residents/edit?id={resident}"),
        ),
        ("assessment", format!("#/residents/{resident}/assessment")),
        (
            "assessment printed",
            format!("#/residents/{resident}/assessment/print"),
        ),
        ("care home", format!("#/homes/home?id={home}")),
        ("due list", "#/due-list".into()),
        ("round", format!("#/round?home={home}")),
        ("care home's round, not set up", "#/home-round".into()),
        (
            "care home's round",
            "#/home-round?home=Oakwood%20House&practice=Oak%20Surgery&day=Tuesday&time=10%3A30&notice=24".into(),
        ),
        ("return", format!("#/returns?home={home}&year=2026&q=2")),
        ("collect returns", "#/returns/collect".into()),
        ("outcomes", format!("#/returns/outcomes?home={home}")),
        ("monitoring", "#/returns/monitoring".into()),
        ("backup", "#/backup".into()),
        ("settings", "#/settings".into()),
        ("page not found", "#/no-such-page".into()),
    ];
    // The check can fail: an image without a text alternative is found.
    s.open("#/").await;
    s.client
        .execute(
            "const i = document.createElement('img'); i.id = 'axe-probe';
             i.width = 10; i.height = 10; document.querySelector('main').append(i);",
            vec![],
        )
        .await
        .unwrap();
    let probe = violations(&s).await;
    assert!(
        probe
            .iter()
            .any(|v| v.starts_with("image-alt") && v.contains("#axe-probe")),
        "axe did not find the image without a text alternative: {probe:?}"
    );
    s.client
        .execute("document.getElementById('axe-probe').remove();", vec![])
        .await
        .unwrap();

    let mut found = Vec::new();
    for (w, h) in WIDTHS {
        s.client.set_window_size(w, h).await.unwrap();
        for (name, page) in &pages {
            s.open(page).await;
            for v in violations(&s).await {
                found.push(format!("{name} at {w} px: {v}"));
            }
        }
        // States a user meets on the way.
        s.open(&format!("#/residents/add?home={home}")).await;
        s.click("[data-testid=save-resident]").await;
        s.find("#error-summary").await;
        for v in violations(&s).await {
            found.push(format!("add a resident sent empty at {w} px: {v}"));
        }
        s.open("#/due-list").await;
        let row = "tr[data-due-row][data-obligation='medication-review']";
        s.click(&format!("{row} [data-testid=mark-done]")).await;
        s.find(&format!("{row} [data-testid=mark-done-form]")).await;
        for v in violations(&s).await {
            found.push(format!("due list with Mark done open at {w} px: {v}"));
        }
    }
    assert!(
        found.is_empty(),
        "{} accessibility problems:\n{}",
        found.len(),
        found.join("\n")
    );
    s.close().await;
}
