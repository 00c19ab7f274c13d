//! Screenshots of the main pages at a phone, a portrait tablet and a
//! landscape tablet width, kept as test artefacts in
//! `target/screenshots/<page>-<width>.png` for a person to look at. The
//! test fails if a page scrolls sideways at any of the widths.

use std::path::PathBuf;

use crate::harness::Session;

// Tall windows, so each picture shows most of the page.
const WIDTHS: [(u32, u32); 3] = [(390, 2600), (768, 2600), (1024, 2000)];

/// Every visible word in the page's main content, as a DOM Range: a word
/// laid out on more than one line is broken inside itself. Hyphens and
/// slashes are places a word may break, so the parts between them are
/// checked; a link written out for copying may break anywhere. Returns the first few broken words with where they are.
const BROKEN_WORDS: &str = r#"
const out = [];
const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node && out.length < 5; node = walker.nextNode()) {
  // A link written out (class app-link-text) is an address, not words: it
  // wraps anywhere by design.
  if (node.parentElement.closest('.app-link-text')) continue;
  const text = node.textContent;
  const re = /[^\s\-\/\u2013\u2014]+/g;
  let m;
  while ((m = re.exec(text)) && out.length < 5) {
    const r = document.createRange();
    r.setStart(node, m.index);
    r.setEnd(node, m.index + m[0].length);
    const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
    if (lines.size > 1) out.push(m[0] + ' in ' + node.parentElement.tagName + '.' + node.parentElement.className);
  }
}
return out;
"#;

#[tokio::test]
async fn main_pages_at_phone_and_tablet_widths() {
    let s = Session::start().await;
    let (resident, home) = s.home_with_resident().await;
    let pages = [
        (
            "calculator",
            "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&readmitted=2026-11-20"
                .to_string(),
        ),
        ("rules", "#/rules".to_string()),
        ("resident", format!("#/residents/resident?id={resident}")),
        ("home", format!("#/homes/home?id={home}")),
        ("due-list", "#/due-list".to_string()),
        ("register", "#/residents".to_string()),
        ("assessment", format!("#/residents/{resident}/assessment")),
        ("worklist", format!("#/round?home={home}")),
        ("agreements", "#/agreements".to_string()),
        ("returns", format!("#/returns?home={home}&year=2026&q=2")),
        ("collect", "#/returns/collect".to_string()),
        ("outcomes", format!("#/returns/outcomes?home={home}")),
        ("monitoring", "#/returns/monitoring".to_string()),
        ("commissioners", "#/commissioners".to_string()),
        ("settings", "#/settings".to_string()),
    ];
    for (w, h) in WIDTHS {
        s.client.set_window_size(w, h).await.unwrap();
        for (name, page) in &pages {
            s.open(page).await;
            shoot(&s, name, w).await;
        }
    }
    let dir = screenshots_dir();
    // The printed worklist, on A4, kept as a PDF and a picture of page 1.
    s.open(&format!("#/round?home={home}")).await;
    let config = fantoccini::wd::PrintConfiguration::builder()
        .size(fantoccini::wd::PrintSize::A4)
        .build()
        .unwrap();
    let pdf = s.client.print(config).await.unwrap();
    let pdf_path = dir.join("worklist-print.pdf");
    std::fs::write(&pdf_path, &pdf).unwrap();
    let _ = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1"])
        .arg(&pdf_path)
        .arg(dir.join("worklist-print"))
        .status();
    s.close().await;
}

fn screenshots_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Keep a picture of the page as it is, `<name>-<w>.png`, and fail if it
/// scrolls sideways or breaks a word inside itself.
async fn shoot(s: &Session, name: &str, w: u32) {
    let png = s.client.screenshot().await.unwrap();
    std::fs::write(screenshots_dir().join(format!("{name}-{w}.png")), png).unwrap();
    let sideways = s
        .client
        .execute(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(sideways, false, "{name} scrolls sideways at {w} px");
    let broken = s.client.execute(BROKEN_WORDS, vec![]).await.unwrap();
    assert_eq!(
        broken,
        serde_json::json!([]),
        "{name} at {w} px breaks words inside themselves"
    );
}

/// The page at `fragment` at the three widths (another test's pages, as
/// they are once filled in).
pub async fn at_three_widths(s: &Session, name: &str, fragment: &str) {
    for (w, h) in WIDTHS {
        s.client.set_window_size(w, h).await.unwrap();
        s.open(fragment).await;
        shoot(s, name, w).await;
    }
}
