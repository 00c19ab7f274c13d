//! Issue 23: what every page shows can be read. A focused menu link was
//! white on the yellow focus colour (1.2:1), and the header's title turned
//! visited purple on the blue header (2.4:1); WCAG 2.2 asks for 4.5:1.

use serde_json::json;

use crate::harness::Session;

/// The contrast of the focused element's text on its background, as WCAG
/// defines it (relative luminance of the computed colours).
const CONTRAST: &str = r#"
const el = document.activeElement;
const rgb = (c) => (c.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
const lum = (c) => {
  const [r, g, b] = rgb(c).map((v) => {
    v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
let bgEl = el;
let bg = getComputedStyle(bgEl).backgroundColor;
while (bgEl && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
  bgEl = bgEl.parentElement;
  bg = bgEl ? getComputedStyle(bgEl).backgroundColor : 'rgb(255, 255, 255)';
}
const a = lum(getComputedStyle(el).color), b = lum(bg);
return [(Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05), el.textContent.trim()];
"#;

#[tokio::test]
async fn a_focused_menu_link_and_the_header_title_can_be_read() {
    let s = Session::start().await;
    // Visited links: every menu page, then the title.
    for page in ["#/due-list", "#/residents", "#/settings", "#/"] {
        s.open(page).await;
    }
    let links = s
        .client
        .execute(
            "return [...document.querySelectorAll('.app-nav a, .app-header__title')].length;",
            vec![],
        )
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    assert!(links >= 5, "{links} links in the header");
    for i in 0..links {
        let v = s
            .client
            .execute(
                &format!(
                    "document.querySelectorAll('.app-nav a, .app-header__title')[{i}].focus(); {CONTRAST}"
                ),
                vec![],
            )
            .await
            .unwrap();
        let (ratio, text) = (
            v[0].as_f64().unwrap(),
            v[1].as_str().unwrap_or_default().to_string(),
        );
        assert!(ratio >= 4.5, "focused {text:?}: contrast {ratio:.2}:1");
    }
    // (A visited link's colours cannot be read from a page: browsers
    // answer as if unvisited. The style sheet sets them white.)

    // At 1280 px the menu is one line ("Settings" wrapped alone before).
    s.client.set_window_size(1280, 800).await.unwrap();
    s.open("#/due-list").await;
    let lines = s
        .client
        .execute(
            "return new Set([...document.querySelectorAll('.app-nav a')].map(a => a.getBoundingClientRect().top)).size;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        lines,
        serde_json::json!(1),
        "the menu on one line at 1280 px"
    );
    s.close().await;
}

/// Type `text` into the box `id` at once (as a paste does): typing 10,000
/// characters key by key would take minutes.
async fn paste_into(s: &Session, id: &str, text: &str) {
    s.find(&format!("#{id}")).await;
    s.client
        .execute(
            "const e = document.getElementById(arguments[0]);
             e.value = arguments[1];
             e.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(id), json!(text)],
        )
        .await
        .unwrap();
}

/// Before: a 10,000-character name widened the residents page to 106,336
/// px, and a 500-character home name the return page at 768 px. Names
/// that long (one unbroken word, the worst case) now break inside the
/// page, on every page that shows them, at every width.
#[tokio::test]
async fn very_long_names_never_push_a_page_sideways() {
    let s = Session::start().await;
    let home_name = format!("Oakwood{}", "h".repeat(493));
    let person = format!("Ann{}", "e".repeat(9_997));
    s.open("#/residents").await;
    s.open_add_home().await;
    paste_into(&s, "home-name", &home_name).await;
    s.click("#home-scheme option[value=lsc-2026]").await;
    s.click("#home-round-day option[value=Tuesday]").await;
    s.click("[data-testid=save-home]").await;
    s.wait_for_text("main", "Oakwoodhhh").await;
    s.click("a[href^='#/residents/add']").await;
    paste_into(&s, "resident-name", &person).await;
    s.type_date("resident-dob", "1", "5", "1936").await;
    s.type_into("resident-nhs", "9434765919").await;
    s.type_into("resident-room", "12").await;
    s.type_date("resident-admitted", "2", "11", "2026").await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_due("pcsp", "2026-11-11").await;
    let resident = s.fragment().await.split("id=").nth(1).unwrap().to_string();
    s.open("#/residents").await;
    s.click("[data-testid=open-home]").await;
    s.find("main h1").await;
    let home = s.fragment().await.split("id=").nth(1).unwrap().to_string();
    let pages = [
        "#/residents".to_string(),
        format!("#/residents/resident?id={resident}"),
        format!("#/residents/edit?id={resident}"),
        format!("#/residents/{resident}/assessment"),
        format!("#/homes/home?id={home}"),
        "#/due-list".to_string(),
        format!("#/round?home={home}"),
        format!("#/returns?home={home}&year=2026&q=3"),
        format!("#/returns/outcomes?home={home}"),
        "#/backup".to_string(),
    ];
    let mut wide = Vec::new();
    for w in [390, 768, 1024, 1280] {
        s.client.set_window_size(w, 1000).await.unwrap();
        for page in &pages {
            s.open(page).await;
            let by = s
                .client
                .execute(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;",
                    vec![],
                )
                .await
                .unwrap()
                .as_i64()
                .unwrap_or(0);
            if by > 0 {
                wide.push(format!("{page} at {w} px: {by} px sideways"));
            }
        }
    }
    assert!(wide.is_empty(), "{}", wide.join("\n"));
    s.close().await;
}
