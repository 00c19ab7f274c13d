//! `make bench`: what the first load costs. Prints a table; asserts nothing
//! (speed and size targets are reported, never tested).
//!
//! - bytes of every file in `dist/`, raw and gzipped, and which of them the
//!   first load of a calculator link fetches (the start app) and which wait
//!   for the first visit to another page (the full app);
//! - time from navigation to the first rendered result in headless
//!   Chromium, read from the Element Timing API (`elementtiming` on the
//!   results summary), cold (fresh profile) and warm (cached).

use std::io::Write;

#[allow(dead_code)]
#[path = "../e2e/harness.rs"]
mod harness;
#[path = "../domain/large_register.rs"]
mod large_register;
use std::path::{Path, PathBuf};
use std::time::Duration;

use care_home_toolkit::domain::records::register::backup::{write_backup, Workspace};
use care_home_toolkit::domain::records::register::{Event, EventKind, Home, Resident};
use care_home_toolkit::domain::rules::obligation::ObligationId;
use chrono::{Duration as Days, NaiveDate};
use fantoccini::Client;
use flate2::write::GzEncoder;
use flate2::Compression;

const BUDGET_GZ: u64 = 150 * 1024;
const LINK: &str = "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22";

fn gz_len(bytes: &[u8]) -> u64 {
    let mut e = GzEncoder::new(Vec::new(), Compression::new(6));
    e.write_all(bytes).unwrap();
    e.finish().unwrap().len() as u64
}

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let p = entry.unwrap().path();
        if p.is_dir() {
            out.extend(files(&p));
        } else {
            out.push(p);
        }
    }
    out
}

fn kind(p: &Path) -> &'static str {
    match p.extension().and_then(|e| e.to_str()) {
        Some("wasm") => "wasm",
        Some("js") => "JS",
        Some("css") => "CSS",
        Some("html") => "HTML",
        _ => "other",
    }
}

fn kb(n: u64) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

async fn first_result_ms(client: &Client, url: &str) -> Option<f64> {
    client.goto("about:blank").await.ok()?;
    client.goto(url).await.ok()?;
    let script = "const done = arguments[arguments.length - 1];\
        setTimeout(() => done(null), 15000);\
        new PerformanceObserver((list) => {\
          const e = list.getEntries().find(x => x.identifier === 'first-result');\
          if (e) done(e.renderTime || e.loadTime);\
        }).observe({type: 'element', buffered: true});";
    client.execute_async(script, vec![]).await.ok()?.as_f64()
}

/// The files (relative to the site) a fresh load of `url` fetched once its
/// first result is on screen.
/// On a first visit, the time from navigation until the service worker
/// controls the page, which it does once every file of the build (the full
/// app included) is in its cache: the full app is then ready offline.
async fn full_app_ready_ms(client: &Client) -> Option<f64> {
    for _ in 0..600 {
        let t = client
            .execute(
                "return navigator.serviceWorker && navigator.serviceWorker.controller ? performance.now() : null;",
                vec![],
            )
            .await
            .ok()?;
        if let Some(ms) = t.as_f64() {
            return Some(ms);
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    None
}

async fn fetched_for(client: &Client, url: &str) -> Vec<String> {
    first_result_ms(client, url).await;
    let names = client
        .execute(
            "return performance.getEntriesByType('resource').map(e => e.name);",
            vec![],
        )
        .await
        .unwrap();
    let names: Vec<String> = serde_json::from_value(names).unwrap();
    names
        .iter()
        .filter_map(|n| n.split(harness::SUB_PATH).nth(1))
        .map(|n| n.split(['?', '#']).next().unwrap_or(n).to_string())
        .collect()
}

/// A register of `residents` residents spread over 50 homes, with a few
/// recorded reviews each, as a backup file; the first `reviewed` of them
/// with one review more (another device's copy of the same register).
fn synthetic_backup(residents: usize) -> String {
    synthetic_backup_with(residents, 0)
}

fn synthetic_backup_with(residents: usize, reviewed: usize) -> String {
    let schemes = ["lsc-2026", "ehch-des", "rotherham-2020"];
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    let homes: Vec<Home> = (0..50)
        .map(|i| Home {
            id: format!("home-{i}"),
            name: format!("Care Home {i:02}"),
            scheme: schemes[i % schemes.len()].to_string(),
            round_day: days[i % days.len()].to_string(),
            ..Home::default()
        })
        .collect();
    let start = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    let people: Vec<Resident> = (0..residents)
        .map(|i| {
            let admitted = start + Days::days((i * 7 % 690) as i64);
            Resident {
                made: care_home_toolkit::domain::merge::Stamp {
                    ms: 1,
                    n: 0,
                    device: "test".into(),
                },
                stamps: Default::default(),
                versions: Vec::new(),
                id: format!("res-{i}"),
                home_id: format!("home-{}", i % 50),
                name: format!("Resident Number{i} Surname"),
                date_of_birth: NaiveDate::from_ymd_opt(
                    1935 + (i % 20) as i32,
                    1 + (i % 12) as u32,
                    1 + (i % 28) as u32,
                ),
                nhs_number: "9434765919".into(),
                room: format!("{}", i % 60),
                temporary: i % 10 == 0,
                admitted,
                informed: Some(admitted + Days::days(1)),
                events: vec![
                    Event {
                        id: String::new(),
                        date: admitted + Days::days(5),
                        kind: EventKind::Done(ObligationId::InitialReview),
                        by: "GP".into(),
                    },
                    Event {
                        id: String::new(),
                        date: admitted + Days::days(40),
                        kind: EventKind::Done(ObligationId::MedicationReview),
                        by: String::new(),
                    },
                ],
                discharged: None,
                concern: String::new(),
            }
        })
        .collect();
    let mut people = people;
    for r in people.iter_mut().take(reviewed) {
        r.events.push(Event {
            id: String::new(),
            date: r.admitted + Days::days(90),
            kind: EventKind::Done(ObligationId::MedicationReview),
            by: "Pharmacist on the other device".into(),
        });
    }
    write_backup(
        &Workspace {
            register: care_home_toolkit::domain::records::register::Register {
                homes,
                residents: people,
                ..Default::default()
            },
            ..Workspace::default()
        },
        "2026-11-22T00:00:00Z",
    )
}

/// In the page: restore `text` as a backup and draw the due list; the
/// milliseconds from choosing the file to the first row on screen.
async fn restore_and_draw_ms(client: &Client, base: &str, text: &str) -> Option<Stages> {
    bring_in_and_draw_ms(client, base, text, true).await
}

/// Bring `text` in on the Backup page (into an empty browser when `fresh`,
/// else merged with what is stored) and draw the due list.
async fn bring_in_and_draw_ms(
    client: &Client,
    base: &str,
    text: &str,
    fresh: bool,
) -> Option<Stages> {
    client.goto(&format!("{base}#/backup")).await.ok()?;
    if fresh {
        client.execute("localStorage.clear();", vec![]).await.ok()?;
    }
    client.refresh().await.ok()?;
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css("#restore-file"))
        .await
        .ok()?;
    // The clock starts when the file is chosen (the input's change event):
    // making a File from a 2 MB string stands in for the system's file
    // picker, and is not the app's work.
    let script = "const [text, done] = arguments;\
        const input = document.querySelector('#restore-file');\
        const dt = new DataTransfer(); dt.items.add(new File([text], 'backup.json', {type: 'application/json'}));\
        input.files = dt.files;\
        const t0 = performance.now();\
        input.dispatchEvent(new Event('change', {bubbles: true}));\
        const wait = (sel, then) => { const el = document.querySelector(sel); if (el) then(el); else requestAnimationFrame(() => wait(sel, then)); };\
        setTimeout(() => done(null), 60000);\
        wait('[data-testid=restore-confirm]', (b) => { const t1 = performance.now(); b.click();\
          wait('[data-testid=backup-done]', () => { const t2 = performance.now(); location.hash = '#/due-list';\
            wait('tr[data-due-row]', () => requestAnimationFrame(() => { const t3 = performance.now();\
              done([t3 - t0, t1 - t0, t2 - t1, t3 - t2]); })); }); });";
    let v = client
        .execute_async(script, vec![serde_json::Value::String(text.to_string())])
        .await
        .ok()?;
    let t: Vec<f64> = serde_json::from_value(v).ok()?;
    Some(Stages {
        total: t[0],
        read: t[1],
        save: t[2],
        draw: t[3],
    })
}

/// Where a restore's time goes: reading the file and showing what it
/// would change; saving it after "Restore" is pressed; drawing the due list.
#[derive(Clone, Copy)]
struct Stages {
    total: f64,
    read: f64,
    save: f64,
    draw: f64,
}

/// With the 5,000-resident register restored: type one character into an
/// assessment field. Returns (keystroke to the next frame, keystroke to the
/// register saved less the pause the app waits for), in milliseconds.
async fn keystroke_ms(client: &Client, base: &str) -> Option<(f64, f64)> {
    client
        .goto(&format!("{base}#/residents/res-7/assessment"))
        .await
        .ok()?;
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css("#a-bone-falls"))
        .await
        .ok()?;
    let script = "const [pause, done] = arguments;\
        setTimeout(() => done(null), 20000);\
        const set = Storage.prototype.setItem; let saved = null;\
        Storage.prototype.setItem = function (k, v) { const r = set.call(this, k, v);\
          if (k === 'care-home-toolkit:register' && saved === null) saved = performance.now(); return r; };\
        const el = document.querySelector('#a-bone-falls');\
        const t0 = performance.now();\
        el.value = el.value + 'x'; el.dispatchEvent(new Event('input', {bubbles: true}));\
        requestAnimationFrame(() => { const frame = performance.now() - t0;\
          const wait = () => saved === null ? setTimeout(wait, 2) : done([frame, saved - t0 - pause]); wait(); });";
    let v = client
        .execute_async(script, vec![serde_json::Value::from(PAUSE_MS)])
        .await
        .ok()?;
    let pair: Vec<f64> = serde_json::from_value(v).ok()?;
    Some((pair[0], pair[1]))
}

/// With the 5,000-resident register stored: from the due list to the
/// first screen of `#/residents`, and the longest task meanwhile (issue
/// 23: 5.2 s with a 3.1 s freeze before); then typing "a" in its search
/// (which finds most residents) to the residents found drawn, the 250 ms
/// pause included, and the longest task of that. Milliseconds.
async fn residents_page_ms(client: &Client, base: &str) -> Option<[f64; 4]> {
    client.goto(&format!("{base}#/due-list")).await.ok()?;
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css("tr[data-due-row]"))
        .await
        .ok()?;
    let script = "const done = arguments[0];\
        let longest = 0;\
        const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) longest = Math.max(longest, e.duration); });\
        try { obs.observe({entryTypes: ['longtask']}); } catch (e) {}\
        setTimeout(() => done(null), 30000);\
        const t0 = performance.now();\
        location.hash = '#/residents';\
        const search = (t, first) => { longest = 0;\
          const input = document.getElementById('find-resident');\
          const t1 = performance.now();\
          input.value = 'a'; input.dispatchEvent(new Event('input', {bubbles: true}));\
          const found = () => document.querySelector('[data-testid=found-residents] tbody tr')\
            ? requestAnimationFrame(() => { const s = performance.now() - t1;\
                setTimeout(() => { obs.disconnect(); done([t, first, s, longest]); }, 300); })\
            : requestAnimationFrame(found);\
          found(); };\
        const wait = () => document.querySelector('section[data-home]')\
          ? requestAnimationFrame(() => { const t = performance.now() - t0;\
              setTimeout(() => search(t, longest), 300); })\
          : requestAnimationFrame(wait);\
        wait();";
    let v = client.execute_async(script, vec![]).await.ok()?;
    let four: Vec<f64> = serde_json::from_value(v).ok()?;
    Some([four[0], four[1], four[2], four[3]])
}

/// `practices` practices' return files for one quarter (issue 24: about
/// the number of practices in one ICB), each valid and consistent.
fn return_files(practices: usize) -> Vec<String> {
    (0..practices)
        .map(|i| {
            serde_json::json!({
                "format": "care-home-toolkit/return", "version": 1,
                "practice": {"name": format!("Practice {i}"), "ods": format!("C{:05}", 80_000 + i)},
                "home": {"id": format!("h{i}"), "name": format!("Home {i}")},
                "scheme": "rotherham-2020", "year": 2020, "q": 3,
                "due": "2021-01-15", "submitted": "2021-01-14",
                "figures": {"start": 20, "new-permanent": 2, "temporary": 1, "moved": 1,
                            "died": 1, "other-home": 0, "carry-forward": 20},
                "adjustments": [], "made_at": "2021-01-14T10:00:00Z"
            })
            .to_string()
        })
        .collect()
}

/// Collect `files` at once on `#/returns/collect` (an empty collection):
/// from the files chosen to "Check before adding", and to the table drawn
/// after "Add these returns", in milliseconds.
async fn collect_files_ms(client: &Client, base: &str, files: &[String]) -> Option<(f64, f64)> {
    client
        .goto(&format!("{base}#/returns/collect"))
        .await
        .ok()?;
    client
        .execute(
            "localStorage.removeItem('care-home-toolkit:collected-returns');",
            vec![],
        )
        .await
        .ok()?;
    client.refresh().await.ok()?;
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(fantoccini::Locator::Css("#return-files"))
        .await
        .ok()?;
    let script = "const [texts, done] = arguments;\
        const input = document.querySelector('#return-files');\
        const dt = new DataTransfer();\
        texts.forEach((t, i) => dt.items.add(new File([t], 'return-' + i + '.json', {type: 'application/json'})));\
        input.files = dt.files;\
        const t0 = performance.now();\
        input.dispatchEvent(new Event('change', {bubbles: true}));\
        const wait = (test, then) => { if (test()) then(); else requestAnimationFrame(() => wait(test, then)); };\
        setTimeout(() => done(null), 60000);\
        wait(() => document.querySelector('[data-testid=confirm-add]'), () => { const t1 = performance.now();\
          document.querySelector('[data-testid=confirm-add]').click();\
          wait(() => document.querySelectorAll('[data-testid=collected] tr[data-return]').length === texts.length,\
            () => requestAnimationFrame(() => done([t1 - t0, performance.now() - t0]))); });";
    let texts = serde_json::Value::from(files.to_vec());
    let v = client.execute_async(script, vec![texts]).await.ok()?;
    let pair: Vec<f64> = serde_json::from_value(v).ok()?;
    Some((pair[0], pair[1]))
}

/// How long the app waits after the last keystroke before saving
/// (`src/ui/synced.rs`).
const PAUSE_MS: u64 = 400;

#[tokio::main]
async fn main() {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(
        dist.join("index.html").exists(),
        "build first: `make bench` runs `make build`"
    );

    let session = harness::Session::start().await;
    let client = session.client.clone();

    // Sizes: the first load is what Chromium fetched to show a calculator
    // link (the page, its styles, the start app); the full app is fetched
    // on the first visit to another page.
    let first_load = fetched_for(&client, &format!("{}{LINK}", session.base)).await;
    // The first visit goes on to fetch the rest in the background: the
    // service worker caches every file of the build, the full app
    // included, and then controls the page.
    let full_app_ready = full_app_ready_ms(&client).await;
    let mut rows: Vec<(String, &str, u64, u64)> = Vec::new();
    for f in files(&dist) {
        let bytes = std::fs::read(&f).unwrap();
        let name = f.strip_prefix(&dist).unwrap().to_string_lossy().to_string();
        let when = if name == "index.html" || first_load.contains(&name) {
            "first load"
        } else if name.starts_with("full-") {
            "full app: first visit to another page"
        } else {
            "only when used (icons)"
        };
        rows.push((name, when, bytes.len() as u64, gz_len(&bytes)));
    }
    rows.sort_by_key(|r| (r.1, std::cmp::Reverse(r.3)));
    println!(
        "\n| file | {} | loaded | raw | gzipped |\n|---|---|---|---:|---:|",
        "kind"
    );
    for (name, when, r, g) in &rows {
        let kind = kind(Path::new(name));
        println!("| {name} | {kind} | {when} | {} | {} |", kb(*r), kb(*g));
    }
    let total = |when: &str| {
        rows.iter()
            .filter(|r| r.1 == when)
            .fold((0, 0), |(r, g), row| (r + row.2, g + row.3))
    };
    let (raw, gz) = total("first load");
    let (full_raw, full_gz) = total("full app: first visit to another page");
    println!(
        "| **first load** (page, styles, start app) | | | {} | {} |",
        kb(raw),
        kb(gz)
    );
    println!(
        "| budget for the first load | | | | {} ({}) |",
        kb(BUDGET_GZ),
        if gz <= BUDGET_GZ {
            "within".to_string()
        } else {
            format!("over by {}", kb(gz - BUDGET_GZ))
        }
    );
    println!(
        "| **full app**, added on the first visit to another page | | | {} | {} |",
        kb(full_raw),
        kb(full_gz)
    );

    // Time to the first rendered result: the same static server, driver and
    // fresh profile as the end-to-end tests.
    let url = format!("{}{LINK}", session.base);
    let cold = first_result_ms(&client, &url).await;
    let mut warm: Vec<f64> = Vec::new();
    for _ in 0..5 {
        if let Some(t) = first_result_ms(&client, &url).await {
            warm.push(t);
        }
    }
    warm.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let base = session.base.clone();
    let mut scale = Vec::new();
    for n in [500, 5000] {
        let text = synthetic_backup(n);
        let mut runs: Vec<Stages> = Vec::new();
        for _ in 0..3 {
            if let Some(t) = restore_and_draw_ms(&client, &base, &text).await {
                runs.push(t);
            }
        }
        runs.sort_by(|a, b| a.total.partial_cmp(&b.total).unwrap());
        scale.push((n, text.len(), runs.get(runs.len() / 2).copied()));
    }
    // Two devices' copies of one 5,000-resident register, differing in 500
    // residents: the first stored, the second brought in (preview, merge,
    // save, and the first due-list screen).
    let (copy_a, copy_b) = (synthetic_backup(5000), synthetic_backup_with(5000, 500));
    let mut merges: Vec<Stages> = Vec::new();
    for _ in 0..3 {
        if restore_and_draw_ms(&client, &base, &copy_a).await.is_some() {
            if let Some(t) = bring_in_and_draw_ms(&client, &base, &copy_b, false).await {
                merges.push(t);
            }
        }
    }
    merges.sort_by(|a, b| a.total.partial_cmp(&b.total).unwrap());
    let merge = merges.get(merges.len() / 2).copied();
    let stored_size = client
        .execute(
            "return (localStorage.getItem('care-home-toolkit:register') || '').length;",
            vec![],
        )
        .await
        .ok()
        .and_then(|v| v.as_u64());
    // The largest register tested (`tests/domain/merge.rs`), as stored.
    let largest = large_register::two_years_of_a_large_register(5_000);
    let largest_plain =
        care_home_toolkit::domain::records::register::store_file::write_register(&largest, 1).len();
    let largest_stored =
        care_home_toolkit::domain::records::register::store_file::write_register_stored(
            &largest, 1,
        )
        .len();
    // The 5,000-resident register is now stored: type into an assessment.
    let mut keys = Vec::new();
    for _ in 0..5 {
        if let Some(k) = keystroke_ms(&client, &base).await {
            keys.push(k);
        }
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v.get(v.len() / 2).copied()
    };
    let mut pages = Vec::new();
    for _ in 0..3 {
        if let Some(p) = residents_page_ms(&client, &base).await {
            pages.push(p);
        }
    }
    let residents_first = median(pages.iter().map(|p| p[0]).collect());
    let residents_task = median(pages.iter().map(|p| p[1]).collect());
    let search_found = median(pages.iter().map(|p| p[2]).collect());
    let search_task = median(pages.iter().map(|p| p[3]).collect());
    let key_frame = median(keys.iter().map(|k| k.0).collect());
    let key_saved = median(keys.iter().map(|k| k.1).collect());
    // Collecting 200 practices' files at once (issue 24).
    let files = return_files(200);
    let mut collects = Vec::new();
    for _ in 0..3 {
        if let Some(t) = collect_files_ms(&client, &base, &files).await {
            collects.push(t);
        }
    }
    let collect_check = median(collects.iter().map(|t| t.0).collect());
    let collect_all = median(collects.iter().map(|t| t.1).collect());
    session.close().await;
    let show = |t: Option<f64>| {
        t.map(|t| format!("{t:.0} ms"))
            .unwrap_or_else(|| "not measured".into())
    };
    println!("\n| navigation to first rendered result (headless Chromium, loopback) | time |\n|---|---:|");
    println!("| cold (empty cache) | {} |", show(cold));
    println!(
        "| first visit: the full app fetched and cached in the background (service worker in control) | {} |",
        show(full_app_ready)
    );
    println!(
        "| warm, median of {} | {} |",
        warm.len(),
        show(warm.get(warm.len() / 2).copied())
    );
    println!(
        "\n| residents in 50 homes | backup size | bring it in, compute every deadline, draw the due list (median of 3) | of which: read the file, show what it changes | save after \u{201c}Bring it in\u{201d} | open the due list | target |\n|---:|---:|---:|---:|---:|---:|---:|"
    );
    for (n, bytes, t) in &scale {
        println!(
            "| {n} | {} | {} | {} | {} | {} | 150 ms |",
            kb(*bytes as u64),
            show(t.map(|t| t.total)),
            show(t.map(|t| t.read)),
            show(t.map(|t| t.save)),
            show(t.map(|t| t.draw))
        );
    }
    println!(
        "\n| two devices' copies of 5,000 residents, differing in 500 (median of {}) | time | target |\n|---|---:|---:|",
        merges.len()
    );
    println!(
        "| bring the other copy in: preview, merge, save, first due-list screen | {} | 300 ms |",
        show(merge.map(|t| t.total))
    );
    println!(
        "| of which: read the file and show what it adds | {} | |",
        show(merge.map(|t| t.read))
    );
    println!(
        "| merge and save after \u{201c}Bring it in\u{201d} | {} | |",
        show(merge.map(|t| t.save))
    );
    println!("| open the due list | {} | |", show(merge.map(|t| t.draw)));
    println!(
        "\n| stored register (localStorage holds about 5,000,000 characters) | characters | target |\n|---|---:|---:|"
    );
    println!(
        "| 5,000 residents as in the rows above, merged | {} | |",
        stored_size
            .map(|n| n.to_string())
            .unwrap_or_else(|| "not measured".into())
    );
    println!(
        "| 5,000 residents in 50 homes, two years of history and stamps ({largest_plain} as plain text) | {largest_stored} | 2,500,000 |"
    );
    println!(
        "\n| typing in an assessment field, 5,000 residents (median of {}) | time | target |\n|---|---:|---:|",
        keys.len()
    );
    println!(
        "| keystroke to the next frame | {} | 16 ms |",
        show(key_frame)
    );
    println!(
        "| saved, after the {PAUSE_MS} ms pause the app waits for | {} | 100 ms |",
        show(key_saved)
    );
    println!(
        "\n| `#/residents`, 5,000 residents in 50 homes (median of {}) | time | target |\n|---|---:|---:|",
        pages.len()
    );
    println!(
        "| from the due list to the first screen | {} | 300 ms |",
        show(residents_first)
    );
    println!(
        "| longest task meanwhile | {} | 100 ms |",
        show(residents_task)
    );
    println!(
        "| typing \u{201c}a\u{201d} in its search (most residents match): to the residents found drawn, the 250 ms pause included | {} | |",
        show(search_found)
    );
    println!(
        "| longest task meanwhile | {} | 100 ms |",
        show(search_task)
    );
    println!(
        "\n| collecting 200 practices' return files at once (median of {}) | time | target |\n|---|---:|---:|",
        collects.len()
    );
    println!(
        "| from the files chosen to \u{201c}Check before adding\u{201d} | {} | |",
        show(collect_check)
    );
    println!(
        "| and the table of 200 drawn after \u{201c}Add these returns\u{201d} | {} | 2,000 ms |",
        show(collect_all)
    );
    println!(
        "\n| size | gzipped | ceiling |\n|---|---:|---:|\n| full app (wasm, JS, CSS) | {} | 580.0 KB |",
        kb(full_gz)
    );
}
