//! Issue 11 §1: after one visit the app works with the network gone, every
//! page included, and a new build at the same address is offered, never
//! mixed in. The server sends Cache-Control: no-cache throughout.

use std::time::{Duration, Instant};

use crate::harness::Session;

const LINK: &str = "#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22";

/// The hex SHA-256 of `bytes`, as `tools/build-worker.sh` writes it.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Ask the browser to look for a new worker; what became of it: "installed"
/// (waiting to be offered), "redundant" (its install failed) or "none".
const CHECK_FOR_UPDATE: &str = r#"
const done = arguments[arguments.length - 1];
navigator.serviceWorker.getRegistration().then(async (r) => {
  try { await r.update(); } catch (e) {}
  const w = r.installing || r.waiting;
  if (!w) return done("none");
  if (w.state === "installed" || w.state === "redundant") return done(w.state);
  w.addEventListener("statechange", () => {
    if (w.state === "installed" || w.state === "redundant") done(w.state);
  });
});
"#;

/// Wait until a script returns true.
async fn wait_until(s: &Session, script: &str, what: &str) {
    let start = Instant::now();
    loop {
        let ok = s.client.execute(script, vec![]).await.unwrap();
        if ok == serde_json::json!(true) {
            return;
        }
        assert!(start.elapsed() < Duration::from_secs(30), "{what}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A calculator link opened once, the service worker in control.
async fn visited_once() -> Session {
    let s = Session::start().await;
    visit_the_link(&s).await;
    s
}

/// Open the calculator link and wait for the service worker to control
/// the page.
async fn visit_the_link(s: &Session) {
    s.open(LINK).await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    wait_until(
        s,
        "return !!(navigator.serviceWorker && navigator.serviceWorker.controller);",
        "the service worker took control of the page",
    )
    .await;
}

/// Look for a new build, see it offered, and choose Reload.
async fn reload_into_the_new_build(s: &Session) {
    s.client.refresh().await.unwrap();
    s.wait_for_text(
        "[data-testid=update-ready]",
        "A new version of the toolkit is ready",
    )
    .await;
    s.click("[data-testid=update-reload]").await;
}

#[tokio::test]
async fn works_offline_after_one_visit_and_offers_a_new_build() {
    let mut s = Session::start().await;
    // A home and a resident, so the register and assessment pages have
    // something to show offline.
    s.add_home("Oakwood House").await;
    s.add_resident("Ann Smith", "9434765919").await;
    s.wait_for_due("pcsp", "2026-11-11").await;
    let resident = s.fragment().await.split("id=").nth(1).unwrap().to_string();
    visit_the_link(&s).await;

    // The signal drops.
    s.stop_server();
    s.client.refresh().await.unwrap();
    s.wait_for_due("initial-review", "2026-11-13").await;
    // Every page, the full app's included, on its first visit offline.
    let resident_page = format!("#/residents/resident?id={resident}");
    let assessment = format!("#/residents/{resident}/assessment");
    for (page, heading) in [
        (resident_page.as_str(), "Ann Smith"),
        (assessment.as_str(), "Admission assessment"),
        ("#/residents", "Care homes and residents"),
        ("#/agreements", "Practice and care home agreements"),
        ("#/due-list", "Due list"),
        ("#/round", "Home round"),
        ("#/rules", "The rules behind every date"),
        ("#/calendar", "Bank holidays"),
        ("#/backup", "Back"),
        ("#/settings", "Default scheme"),
        ("#/commissioners", "A link for your scheme"),
    ] {
        s.open(page).await;
        s.wait_for_text("main h1", heading).await;
    }
    // A reload of a full-app page, still offline.
    s.client.refresh().await.unwrap();
    s.wait_for_text("main h1", "A link for your scheme").await;

    // A new build is put at the same address.
    let index = s.site_file("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    std::fs::write(
        &index,
        html.replace(
            "<head>",
            "<head>\n<meta name=\"build-marker\" content=\"2\">",
        ),
    )
    .unwrap();
    // Its worker names the new page's SHA-256, as the build writes it.
    rebuild_worker(&s, "new-build");
    s.start_server();
    s.open("#/due").await;
    s.client.refresh().await.unwrap();
    // It installs in the background and is offered, not mixed in.
    s.wait_for_text(
        "[data-testid=update-ready]",
        "A new version of the toolkit is ready",
    )
    .await;
    assert!(
        !s.exists("meta[name=build-marker]").await,
        "the page keeps the build it started with"
    );
    s.click("[data-testid=update-reload]").await;
    wait_until(
        &s,
        "return !!document.querySelector('meta[name=build-marker]');",
        "Reload brought the new build",
    )
    .await;
    s.find("main h1").await;
    // The working version is kept until the new one has started whole,
    // the full app included; then only the new build's cache is kept.
    assert_eq!(build_caches(&s).await.len(), 2);
    s.open("#/due-list").await;
    s.wait_for_text("main h1", "Due list").await;
    wait_until(
        &s,
        "return caches.keys().then((k) => \
           k.filter((n) => n.startsWith('care-home-toolkit-')).length === 1);",
        "the earlier version's cache deleted once the new one started",
    )
    .await;
    let keys = build_caches(&s).await;
    assert!(keys[0].starts_with("care-home-toolkit-new-"), "{keys:?}");
    s.close().await;
}

/// The caches holding a build's files (not the worker's own state).
async fn build_caches(s: &Session) -> Vec<String> {
    let keys = s
        .client
        .execute("return caches.keys();", vec![])
        .await
        .unwrap();
    let keys: Vec<String> = serde_json::from_value(keys).unwrap();
    keys.into_iter()
        .filter(|k| k.starts_with("care-home-toolkit-"))
        .collect()
}

/// Write into the served sw.js the files now in the site with the SHA-256
/// of each, and a new build name, as tools/build-worker.sh does for a
/// build: what a deploy made by the build itself would serve.
fn rebuild_worker(s: &Session, build: &str) {
    let dir = s.root.join(crate::harness::SUB_PATH);
    // The page names its build.
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let at = index
        .find("name=\"care-home-toolkit:build\" content=\"")
        .unwrap()
        + "name=\"care-home-toolkit:build\" content=\"".len();
    let named = &index[at..at + index[at..].find('"').unwrap()];
    let index = index.replacen(
        &format!("care-home-toolkit:build\" content=\"{named}\""),
        &format!("care-home-toolkit:build\" content=\"{build}\""),
        1,
    );
    std::fs::write(dir.join("index.html"), index).unwrap();
    let mut files = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().unwrap() != "sw.js" {
                let name = path
                    .strip_prefix(&dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, sha256_hex(&std::fs::read(&path).unwrap())));
            }
        }
    }
    let index = sha256_hex(&std::fs::read(dir.join("index.html")).unwrap());
    files.push(("./".to_string(), index));
    let list: serde_json::Map<String, serde_json::Value> = files
        .into_iter()
        .map(|(f, h)| (f, serde_json::Value::String(h)))
        .collect();
    let sw = dir.join("sw.js");
    let worker = std::fs::read_to_string(&sw).unwrap();
    let start = worker.find("const FILES = ").unwrap();
    let end = start + worker[start..].find(";\n").unwrap();
    let build_at = worker.find("const BUILD = \"").unwrap();
    let build_end = build_at + worker[build_at..].find(";\n").unwrap();
    let mut next = worker.clone();
    next.replace_range(
        start..end,
        &format!("const FILES = {}", serde_json::Value::Object(list)),
    );
    let old_build = &worker[build_at..build_end];
    let next = next.replacen(old_build, &format!("const BUILD = \"{build}\""), 1);
    std::fs::write(&sw, next).unwrap();
}

/// Issue 23: a new build whose files are all whole but which fails to
/// start (a fault in the build itself) left the app blank for good, as
/// the working version's cache was deleted when it took over. The working
/// version is now kept until the new one's full app has started: a start
/// that fails goes back to it, says so once, and stays there.
#[tokio::test]
async fn a_build_that_fails_to_start_falls_back_to_the_working_version() {
    // The full app's JavaScript throws as it starts.
    full_app_failing_to_start_falls_back(false).await;
}

/// The same, when the full app's WebAssembly cannot be compiled on the
/// device (it came whole, as built): a fault in the build, not the
/// connection.
#[tokio::test]
async fn a_full_app_that_cannot_be_compiled_falls_back_too() {
    full_app_failing_to_start_falls_back(true).await;
}

async fn full_app_failing_to_start_falls_back(wasm_broken: bool) {
    let mut s = visited_once().await;
    // This build's full app starts here once.
    s.open("#/due-list").await;
    s.wait_for_text("main h1", "Due list").await;
    let working = s
        .find("meta[name='care-home-toolkit:full-app']")
        .await
        .attr("content")
        .await
        .unwrap()
        .unwrap();

    // A new build, every file as it was built, whose full app fails as it
    // starts.
    s.stop_server();
    let broken = "full-0badb0170badb017";
    let working_stem = working.trim_end_matches(".js");
    for (from, to) in [
        (format!("{working_stem}.js"), format!("{broken}.js")),
        (
            format!("{working_stem}_bg.wasm"),
            format!("{broken}_bg.wasm"),
        ),
        (format!("{working_stem}.css"), format!("{broken}.css")),
    ] {
        std::fs::copy(s.site_file(&from), s.site_file(&to)).unwrap();
    }
    if wasm_broken {
        // Not WebAssembly at all past its header.
        let wasm = s.site_file(&format!("{broken}_bg.wasm"));
        let mut bytes = std::fs::read(&wasm).unwrap();
        bytes.truncate(64);
        std::fs::write(&wasm, bytes).unwrap();
    } else {
        std::fs::write(
            s.site_file(&format!("{broken}.js")),
            "export default async function () { throw new Error(\"this build fails to start\"); }\n",
        )
        .unwrap();
    }
    let index = s.site_file("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    std::fs::write(&index, html.replace(&working, &format!("{broken}.js"))).unwrap();
    rebuild_worker(&s, "new-broken");
    s.start_server();

    // It installs whole, is offered, and the user reloads into it.
    s.open(LINK).await;
    reload_into_the_new_build(&s).await;
    wait_until(
        &s,
        &format!(
            "return !!document.querySelector(\"meta[content='{broken}.js']\") \
               && !!document.querySelector('main h1');"
        ),
        "Reload brought the new build",
    )
    .await;
    s.wait_for_due("initial-review", "2026-11-13").await;

    // Its full app fails to start: the page goes back to the working
    // version, which says so, and the page asked for is there.
    s.client
        .goto(&format!("{}#/due-list", s.base))
        .await
        .unwrap();
    s.wait_for_text("main h1", "Due list").await;
    s.wait_for_text(
        "[data-testid=fell-back]",
        "could not start on this device, so this is the version you had before",
    )
    .await;
    assert!(
        s.exists(&format!("meta[content='{working}']")).await,
        "the working version runs"
    );
    let keys = build_caches(&s).await;
    assert_eq!(keys.len(), 1, "{keys:?}");
    assert!(!keys[0].contains("new-broken"), "{keys:?}");

    // And stays there, offline too; the notice is said once.
    s.stop_server();
    s.client.refresh().await.unwrap();
    s.wait_for_text("main h1", "Due list").await;
    wait_until(
        &s,
        "return document.documentElement.dataset.fellBack === 'no';",
        "the page asked the worker whether it went back",
    )
    .await;
    assert!(s.exists(&format!("meta[content='{working}']")).await);
    assert!(!s.exists("[data-testid=fell-back]").await);
    assert!(!s.exists("[data-testid=update-ready]").await);
    s.close().await;
}

/// Issue 23: a damaged deploy (one byte of the full app changed, so it is
/// not the file the build made) was cached without a check, offered as a
/// new version, and after Reload the app was blank for good. The worker
/// checks every file against the build's SHA-256 first: the damaged
/// version is never offered, the working one and its cache stay, and the
/// app keeps working, every page included.
#[tokio::test]
async fn a_damaged_deploy_is_refused_and_the_working_version_kept() {
    let mut s = visited_once().await;
    let keys = s
        .client
        .execute("return caches.keys();", vec![])
        .await
        .unwrap();

    // A new build whose full app arrives with one byte changed.
    s.stop_server();
    let wasm = std::fs::read_dir(&s.root.join(crate::harness::SUB_PATH))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with("full-") && name.ends_with("_bg.wasm")
        })
        .expect("the full app's wasm");
    let mut bytes = std::fs::read(&wasm).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    std::fs::write(&wasm, bytes).unwrap();
    let sw = s.site_file("sw.js");
    let worker = std::fs::read_to_string(&sw).unwrap();
    std::fs::write(
        &sw,
        worker.replacen("const BUILD = \"", "const BUILD = \"new-", 1),
    )
    .unwrap();
    s.start_server();

    let outcome = s
        .client
        .execute_async(CHECK_FOR_UPDATE, vec![])
        .await
        .unwrap();
    assert_eq!(
        outcome,
        serde_json::json!("redundant"),
        "the damaged build installed"
    );
    s.client.refresh().await.unwrap();
    s.wait_for_due("initial-review", "2026-11-13").await;
    // The full app, from the working version's cache.
    s.open("#/due-list").await;
    s.wait_for_text("main h1", "Due list").await;
    assert!(
        !s.exists("[data-testid=update-ready]").await,
        "a damaged version was offered"
    );
    assert_eq!(
        s.client
            .execute("return caches.keys();", vec![])
            .await
            .unwrap(),
        keys,
        "the working version's cache was not kept alone"
    );
    s.close().await;
}

#[tokio::test]
async fn the_app_can_be_installed_from_its_sub_path() {
    let s = Session::start().await;
    s.open("#/").await;
    let manifest = std::fs::read_to_string(s.site_file("manifest.webmanifest")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["start_url"], "./");
    assert_eq!(manifest["scope"], "./");
    // The page links it, and every icon it names is there.
    s.find("link[rel=manifest][href='manifest.webmanifest']")
        .await;
    for icon in manifest["icons"].as_array().unwrap() {
        let src = icon["src"].as_str().unwrap();
        let png = std::fs::read(s.site_file(src)).unwrap();
        assert!(png.starts_with(b"\x89PNG"), "{src} is a PNG");
    }
    s.close().await;
}

#[tokio::test]
async fn settings_and_backup_say_whether_the_browser_keeps_the_data() {
    let s = Session::start().await;
    s.add_home("Oakwood House").await;
    for page in ["#/settings", "#/backup"] {
        s.open(page).await;
        let text = s
            .wait_for_text(
                "[data-testid=storage-kept]",
                "characters this browser keeps",
            )
            .await;
        // The words follow what the browser says.
        let kept = s
            .client
            .execute("return navigator.storage.persisted();", vec![])
            .await
            .unwrap();
        if kept == serde_json::json!(true) {
            assert!(text.contains("keeps the toolkit"), "{text}");
        } else {
            assert!(text.contains("has not agreed to keep"), "{text}");
        }
    }
    s.close().await;
}

#[tokio::test]
async fn the_page_runs_under_its_content_security_policy() {
    let s = Session::start().await;
    s.open("#/due").await;
    // An inline script and a request to another origin are both refused,
    // and the refusals are recorded (which every other test checks is empty).
    let ran = s
        .client
        .execute(
            "window.ranInline = false;\
             const el = document.createElement('script');\
             el.textContent = 'window.ranInline = true;';\
             document.body.append(el);\
             const img = document.createElement('img');\
             img.src = 'https://example.invalid/x.png';\
             document.body.append(img);\
             return window.ranInline;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(ran, serde_json::json!(false), "an inline script ran");
    let start = std::time::Instant::now();
    loop {
        let v = s
            .client
            .execute("return window.cspViolations;", vec![])
            .await
            .unwrap();
        let seen: Vec<String> = serde_json::from_value(v).unwrap();
        if seen.len() >= 2 {
            assert!(seen.iter().any(|x| x.starts_with("script-src")), "{seen:?}");
            assert!(seen.iter().any(|x| x.starts_with("img-src")), "{seen:?}");
            break;
        }
        assert!(
            start.elapsed().as_secs() < 10,
            "violations not recorded: {seen:?}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Not through close(), which would rightly fail on these.
    let _ = s.client.clone().close().await;
}

/// Make the served build one whose start app fails to start, as a build
/// broken as built would: the start app's WebAssembly (under a new name,
/// as the build names files by their contents) is the full app's, which
/// the start app's JavaScript cannot link. The page, its policy and the
/// worker's list name it, as the build would write them.
fn break_start_app(s: &Session, build: &str) -> String {
    break_start(s, build, false)
}

/// As `break_start_app`, or (`hang`) a start app whose start never ends:
/// its JavaScript loads the page's scripts as the real one does, but its
/// start waits for ever.
fn break_start(s: &Session, build: &str, hang: bool) -> String {
    let index = s.site_file("index.html");
    let html = std::fs::read_to_string(&index).unwrap();
    let from = html.find("from './care-home-toolkit-").unwrap() + "from './".len();
    let stem = &html[from..from + html[from..].find(".js'").unwrap()];
    let broken = "care-home-toolkit-0bad5a7a0bad5a7a";
    std::fs::copy(
        s.site_file(&format!("{stem}.js")),
        s.site_file(&format!("{broken}.js")),
    )
    .unwrap();
    let full = std::fs::read_dir(s.root.join(crate::harness::SUB_PATH))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.to_string_lossy().ends_with("_bg.wasm") && p.to_string_lossy().contains("/full-")
        })
        .unwrap();
    std::fs::copy(full, s.site_file(&format!("{broken}_bg.wasm"))).unwrap();
    if hang {
        let at = html.find("href=\"./snippets/").unwrap() + "href=\"./".len();
        let snippet = &html[at..at + html[at..].find('"').unwrap()];
        let snippet = snippet.replace("hand_over.js", "worker.js");
        std::fs::write(
            s.site_file(&format!("{broken}.js")),
            format!(
                "import \"./{snippet}\";\nexport default function () {{ return new Promise(() => {{}}); }}\n"
            ),
        )
        .unwrap();
    }
    let mut html = html.replace(stem, broken);
    // The preloads' integrity is of the old files; the build writes the new.
    for kind in [
        "<link rel=\"preload\"",
        &format!("<link rel=\"modulepreload\" href=\"./{broken}"),
    ] {
        let preload = html.find(kind).unwrap();
        let tag_end = preload + html[preload..].find('>').unwrap();
        let tag = html[preload..tag_end].to_string();
        let integrity = tag.find(" integrity=\"").unwrap();
        let integrity_end = integrity + 1 + tag[integrity + 1..].find('"').unwrap() + 1;
        let integrity_end = integrity_end + 1 + tag[integrity_end + 1..].find('"').unwrap() + 1;
        html.replace_range(preload + integrity..preload + integrity_end, "");
    }
    // The policy allows the loader script by its SHA-256.
    let open = html.find("<script type=\"module\">").unwrap() + "<script type=\"module\">".len();
    let script = &html[open..open + html[open..].find("</script>").unwrap()];
    let digest = {
        use sha2::{Digest, Sha256};
        Sha256::digest(script.as_bytes())
    };
    let mut b64 = care_home_toolkit::domain::formats::base64url::encode(&digest)
        .replace('-', "+")
        .replace('_', "/");
    while b64.len() % 4 != 0 {
        b64.push('=');
    }
    let at = html.find("'sha256-").unwrap() + "'sha256-".len();
    let old = html[at..at + html[at..].find('\'').unwrap()].to_string();
    let html = html.replace(&old, &b64);
    std::fs::write(&index, html).unwrap();
    rebuild_worker(s, build);
    stem.to_string()
}

/// Issue 23: the start app of a new build failing to start (here its
/// WebAssembly cannot be linked) goes back to the working version; with
/// no working version on the device, the page says so instead of staying
/// blank.
#[tokio::test]
async fn a_start_app_that_fails_to_start_falls_back_or_says_so() {
    let mut s = visited_once().await;
    s.stop_server();
    let working = break_start_app(&s, "new-broken-start");
    s.start_server();
    reload_into_the_new_build(&s).await;
    s.wait_for_text(
        "[data-testid=fell-back]",
        "could not start on this device, so this is the version you had before",
    )
    .await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    assert!(
        s.exists(&format!("link[href='./{working}.js']")).await,
        "the working version runs"
    );
    s.close().await;

    // A first visit to the broken build: nothing to go back to.
    let s = Session::start().await;
    break_start_app(&s, "broken-first");
    s.client.goto(&format!("{}{LINK}", s.base)).await.unwrap();
    s.wait_for_text(
        "[data-testid=start-failed]",
        "The toolkit could not start. Your saved data has not been changed.",
    )
    .await;
    s.close().await;
}

/// A start app that fails to start is seen in every engine the users have
/// (a failed start is reported to the page as an error there too): the
/// page says so rather than staying blank.
#[tokio::test]
async fn in_webkit_and_firefox_a_start_that_fails_is_said() {
    for engine in [
        crate::harness::Engine::Firefox,
        crate::harness::Engine::WebKit,
    ] {
        let s = Session::start_in(engine).await;
        break_start_app(&s, "broken-first");
        s.client.goto(&format!("{}{LINK}", s.base)).await.unwrap();
        s.wait_for_text(
            "[data-testid=start-failed]",
            "The toolkit could not start. Your saved data has not been changed.",
        )
        .await;
        s.close().await;
    }
}

/// A new build whose start app never finishes starting (from the worker's
/// cache it would take a moment): after 20 seconds the page goes back to
/// the working version. With nothing kept, the page says so.
#[tokio::test]
async fn a_start_that_never_finishes_falls_back_after_a_while() {
    let mut s = visited_once().await;
    s.stop_server();
    let working = break_start(&s, "new-hanging-start", true);
    s.start_server();
    reload_into_the_new_build(&s).await;
    let start = Instant::now();
    wait_until(
        &s,
        "return !!document.querySelector('[data-testid=fell-back]');",
        "the page went back to the working version",
    )
    .await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    assert!(s.exists(&format!("link[href='./{working}.js']")).await);
    assert!(
        start.elapsed() >= Duration::from_secs(15),
        "it went back before the start had its time"
    );
    s.close().await;

    // On a first visit (from the network, nothing kept) a slow start is
    // not called a failure: the page says it has not started yet.
    let s = Session::start().await;
    break_start(&s, "hanging-first", true);
    s.client.goto(&format!("{}{LINK}", s.base)).await.unwrap();
    let text = {
        let start = Instant::now();
        loop {
            if s.exists("[data-testid=start-slow]").await {
                break s.find_text("[data-testid=start-slow]").await;
            }
            assert!(start.elapsed() < Duration::from_secs(40), "nothing said");
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    };
    assert!(text.contains("has not started yet"), "{text}");
    s.close().await;
}
