//! A static server, ChromeDriver and a fresh Chromium profile per test.

use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

/// The sub-path the site is served from, as on a real static host.
pub const SUB_PATH: &str = "tools/carehome/";

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what} did not start on port {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn temp_dir(label: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "cht-e2e-{label}-{}-{}",
        std::process::id(),
        Instant::now().elapsed().as_nanos() ^ (free_port() as u128)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The browser engines the suite drives: Chromium for everything, WebKit
/// (the iPad's engine, as WebKitGTK's MiniBrowser) and Firefox (ESR) for
/// the smoke suite (`smoke.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

/// WebKitGTK's own browser, which its WebDriver starts.
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// Start the WebDriver server for `engine` on `port`, in its own process
/// group, so that the browsers it starts end with it even when a test
/// fails before closing its session. WebKitGTK has no headless mode here:
/// its driver runs under a virtual display (`xvfb-run`).
fn start_driver(engine: Engine, port: u16) -> Child {
    let mut command = match engine {
        Engine::Chromium => Command::new("chromedriver"),
        Engine::Firefox => Command::new("geckodriver"),
        Engine::WebKit => {
            let mut c = Command::new("xvfb-run");
            c.args(["-a", "-s", "-screen 0 1280x1400x24", "WebKitWebDriver"]);
            c
        }
    };
    let port_arg = match engine {
        Engine::Firefox => vec!["--port".to_string(), port.to_string()],
        _ => vec![format!("--port={port}")],
    };
    command
        .process_group(0)
        .args(port_arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("the {engine:?} WebDriver is installed (tools/setup.sh test): {e}")
        })
}

/// What to ask the WebDriver server for: a fresh profile that saves
/// downloads to `downloads` without asking.
fn capabilities(
    engine: Engine,
    profile: &Path,
    downloads: &Path,
    user_agent: Option<&str>,
) -> serde_json::Map<String, serde_json::Value> {
    let caps = match engine {
        Engine::Chromium => {
            let mut args = vec![
                json!("--headless"),
                json!("--no-sandbox"),
                json!("--disable-gpu"),
                json!("--disable-quic"),
                json!("--no-first-run"),
                json!("--disable-background-networking"),
                json!("--disable-component-update"),
                json!("--disable-sync"),
                json!("--window-size=1024,1400"),
                json!(format!("--user-data-dir={}", profile.display())),
            ];
            if let Some(ua) = user_agent {
                args.push(json!(format!("--user-agent={ua}")));
            }
            json!({
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "args": args,
                    "prefs": {
                        "download.default_directory": downloads.display().to_string(),
                        "download.prompt_for_download": false
                    }
                }
            })
        }
        Engine::Firefox => json!({
            "moz:firefoxOptions": {
                "binary": "/usr/bin/firefox-esr",
                "args": ["-headless", "-width", "1024", "-height", "1400"],
                "prefs": {
                    "browser.download.folderList": 2,
                    "browser.download.dir": downloads.display().to_string(),
                    "browser.download.useDownloadDir": true,
                    "browser.helperApps.neverAsk.saveToDisk": "application/json,text/calendar,text/csv",
                    // Nothing but the page: this machine's network is closed.
                    "app.update.enabled": false,
                    "browser.safebrowsing.malware.enabled": false,
                    "browser.safebrowsing.phishing.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                    "extensions.update.enabled": false
                }
            }
        }),
        Engine::WebKit => json!({
            "webkitgtk:browserOptions": {
                "binary": MINIBROWSER,
                "args": ["--automation"]
            }
        }),
    };
    caps.as_object().unwrap().clone()
}

/// A running site and browser. Dropping it stops both.
pub struct Session {
    pub client: Client,
    /// e.g. "http://127.0.0.1:41234/tools/carehome/"
    pub base: String,
    pub origin: String,
    /// Where Chromium saves downloads.
    pub downloads: PathBuf,
    server: Child,
    /// The served folder (`dist/` copied under the sub-path) and its port.
    pub root: PathBuf,
    port: u16,
    driver: Child,
    dirs: Vec<PathBuf>,
    /// How long to wait for the page: WebKitGTK and Firefox under a
    /// virtual display on two cores take several times Chromium's time to
    /// compile the full app's wasm, now and then over ten seconds.
    patience: Duration,
}

impl Session {
    /// Serve `dist/` at a sub-path and open a fresh Chromium profile.
    pub async fn start() -> Session {
        Session::start_as(None).await
    }

    /// The same, with Chromium saying it is another browser (`user_agent`).
    pub async fn start_as(user_agent: Option<&str>) -> Session {
        Session::start_with(Engine::Chromium, user_agent).await
    }

    /// Serve `dist/` at a sub-path and open a fresh profile of `engine`.
    pub async fn start_in(engine: Engine) -> Session {
        Session::start_with(engine, None).await
    }

    async fn start_with(engine: Engine, user_agent: Option<&str>) -> Session {
        let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
        assert!(
            dist.join("index.html").exists(),
            "dist/ is missing: run `make test`, which builds it with `trunk build --release` first"
        );
        let root = temp_dir("site");
        copy_dir(&dist, &root.join(SUB_PATH));

        let port = free_port();
        let server = serve(&root, port);

        let driver_port = free_port();
        let driver = start_driver(engine, driver_port);
        wait_for_port(driver_port, "the WebDriver server");

        let profile = temp_dir("profile");
        let downloads = temp_dir("downloads");
        let caps = capabilities(engine, &profile, &downloads, user_agent);
        let client = ClientBuilder::native()
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{driver_port}"))
            .await
            .unwrap_or_else(|e| panic!("a WebDriver session in {engine:?}: {e}"));
        if engine != Engine::Chromium {
            client.set_window_size(1024, 1400).await.unwrap();
        }
        let origin = format!("http://127.0.0.1:{port}");
        Session {
            client,
            base: format!("{origin}/{SUB_PATH}"),
            origin,
            downloads: downloads.clone(),
            server,
            root: root.clone(),
            port,
            driver,
            dirs: vec![root, profile, downloads],
            patience: Duration::from_secs(if engine == Engine::Chromium { 10 } else { 30 }),
        }
    }

    /// Open a fragment address, e.g. "#/due?scheme=lsc-2026".
    pub async fn open(&self, fragment: &str) {
        self.client
            .goto(&format!("{}{fragment}", self.base))
            .await
            .unwrap();
        self.client
            .wait()
            .at_most(self.patience * 2)
            .for_element(Locator::Css("main h1"))
            .await
            .expect("the app renders a heading");
        self.assert_no_csp_violations().await;
    }

    /// Fail on anything the page's Content-Security-Policy blocked.
    pub async fn assert_no_csp_violations(&self) {
        let v = self
            .client
            .execute("return window.cspViolations || null;", vec![])
            .await
            .unwrap();
        assert!(
            v.is_array(),
            "the page did not start its CSP watch (worker.js): {v}"
        );
        assert_eq!(v, json!([]), "Content-Security-Policy violations");
    }

    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(self.patience)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("nothing matches {css}: {e}"))
    }

    pub async fn exists(&self, css: &str) -> bool {
        !self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap()
            .is_empty()
    }

    /// Click the element `css` names, once it is there. WebKit's driver
    /// now and then refuses a click while the page is still settling (an
    /// empty error): the element is scrolled into view and clicked again,
    /// up to three times.
    pub async fn click(&self, css: &str) {
        let mut last = None;
        for _ in 0..3 {
            match self.find(css).await.click().await {
                Ok(()) => return,
                Err(e) => last = Some(e),
            }
            tokio::time::sleep(Duration::from_millis(300)).await;
            let _ = self
                .client
                .execute(
                    "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'center'});",
                    vec![serde_json::json!(css)],
                )
                .await;
        }
        panic!(
            "could not click {css}: {}",
            last.map(|e| e.to_string()).unwrap_or_default()
        );
    }

    /// Print the page to an A4 PDF through WebDriver and return its text
    /// (`pdftotext`), with white space folded.
    pub async fn print_pdf_text(&mut self) -> String {
        let config = fantoccini::wd::PrintConfiguration::builder()
            .size(fantoccini::wd::PrintSize::A4)
            .build()
            .unwrap();
        let pdf = self.client.print(config).await.unwrap();
        let path = self.scratch_file("page.pdf", "");
        std::fs::write(&path, &pdf).unwrap();
        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext is installed");
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Oakwood House with Ann Smith in it: (her id, the home's id).
    pub async fn home_with_resident(&self) -> (String, String) {
        self.add_home("Oakwood House").await;
        self.add_resident("Ann Smith", "9434765919").await;
        self.wait_for_due("pcsp", "2026-11-11").await;
        let resident = self
            .fragment()
            .await
            .split("id=")
            .nth(1)
            .unwrap()
            .to_string();
        self.open("#/residents").await;
        self.click("[data-testid=open-home]").await;
        self.wait_for_text("main h1", "Oakwood House").await;
        let home = self
            .fragment()
            .await
            .split("id=")
            .nth(1)
            .unwrap()
            .to_string();
        (resident, home)
    }

    /// Add a care home under LSC 2026/27 with its round on Tuesdays.
    pub async fn add_home(&self, name: &str) {
        self.open("#/residents").await;
        self.open_add_home().await;
        self.type_into("home-name", name).await;
        self.click("#home-scheme option[value=lsc-2026]").await;
        self.click("#home-round-day option[value=Tuesday]").await;
        self.click("[data-testid=save-home]").await;
        self.wait_for_text("main", name).await;
    }

    /// Open the "Add a care home" disclosure (it stays open after adding one).
    pub async fn open_add_home(&self) {
        self.find("[data-testid=add-home]").await;
        self.client
            .execute(
                "document.querySelector('[data-testid=add-home]').open = true;",
                vec![],
            )
            .await
            .unwrap();
    }

    /// Start adding a resident admitted on Monday 2 November 2026 to the
    /// first home, and press "Add resident".
    pub async fn add_resident(&self, name: &str, nhs: &str) {
        self.open("#/residents").await;
        self.click("a[href^='#/residents/add']").await;
        self.type_into("resident-name", name).await;
        self.type_date("resident-dob", "1", "5", "1936").await;
        self.type_into("resident-nhs", nhs).await;
        self.type_into("resident-room", "12").await;
        self.type_date("resident-admitted", "2", "11", "2026").await;
        self.click("[data-testid=save-resident]").await;
    }

    /// Ann Smith added to Oakwood House, and the form to change her
    /// details open.
    pub async fn open_ann_smiths_details(&self) {
        self.add_home("Oakwood House").await;
        self.add_resident("Ann Smith", "9434765919").await;
        self.wait_for_due("pcsp", "2026-11-11").await;
        self.click("[data-testid=edit-resident]").await;
        self.wait_for_text("main h1", "Change Ann Smith").await;
    }

    /// Clear a box and type into it, as a person would.
    pub async fn type_into(&self, id: &str, text: &str) {
        let input = self.find(&format!("#{id}")).await;
        input.clear().await.unwrap();
        input.send_keys(text).await.unwrap();
    }

    /// Fill this origin's storage with other data until the browser
    /// refuses any more (keys `filler-…`).
    pub async fn fill_storage(&self) {
        self.client
            .execute(
                "const chunk = 'x'.repeat(256 * 1024); let i = 0;\
                 try { for (;;) { localStorage.setItem('filler-' + i, chunk); i++; } } catch (e) {}\
                 for (const size of [16384, 1024, 64, 1]) {\
                   const small = 'y'.repeat(size);\
                   try { for (;;) { localStorage.setItem('filler-' + i, small); i++; } } catch (e) {}\
                 }\
                 return i;",
                vec![],
            )
            .await
            .unwrap();
    }

    /// Type a date into the three boxes of an NHS date input.
    pub async fn type_date(&self, id: &str, day: &str, month: &str, year: &str) {
        self.type_into(&format!("{id}-day"), day).await;
        self.type_into(&format!("{id}-month"), month).await;
        self.type_into(&format!("{id}-year"), year).await;
    }

    /// Whether the `<details>` `css` names is open.
    pub async fn is_open(&self, css: &str) -> bool {
        self.find(css).await.attr("open").await.unwrap().is_some()
    }

    /// Whether the checkbox or radio `css` names is checked.
    pub async fn is_checked(&self, css: &str) -> bool {
        self.find(css)
            .await
            .prop("checked")
            .await
            .unwrap()
            .as_deref()
            == Some("true")
    }

    /// Type a date into the three boxes of the date input inside `css`.
    pub async fn type_date_in(&self, css: &str, day: &str, month: &str, year: &str) {
        for (part, text) in [("day", day), ("month", month), ("year", year)] {
            let input = self.find(&format!("{css} input[id$='-{part}']")).await;
            input.clear().await.unwrap();
            input.send_keys(text).await.unwrap();
        }
    }

    /// The due date (`<time datetime>`) of an obligation's result row.
    pub async fn due(&self, obligation: &str) -> String {
        let css = format!("tr[data-obligation='{obligation}'] time");
        self.find(&css)
            .await
            .attr("datetime")
            .await
            .unwrap()
            .unwrap_or_default()
    }

    /// Wait until an obligation's due date is `expected`.
    pub async fn wait_for_due(&self, obligation: &str, expected: &str) {
        let start = Instant::now();
        loop {
            let css = format!("tr[data-obligation='{obligation}'] time");
            let got = match self.client.find(Locator::Css(&css)).await {
                Ok(e) => e.attr("datetime").await.ok().flatten(),
                Err(_) => None,
            };
            if got.as_deref() == Some(expected) {
                return;
            }
            assert!(
                start.elapsed() < self.patience,
                "{obligation} due {got:?}, expected {expected}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The page's vertical scroll, and the tag of the focused element.
    pub async fn scroll_and_focus(&self) -> (i64, String) {
        let v = self
            .client
            .execute(
                "return [Math.round(window.scrollY), document.activeElement.tagName];",
                vec![],
            )
            .await
            .unwrap();
        (
            v[0].as_i64().unwrap_or(-1),
            v[1].as_str().unwrap_or_default().to_string(),
        )
    }

    /// How many elements match `css`.
    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.unwrap().len()
    }

    /// Size the window so the page itself (the viewport, without the
    /// browser's own bars) is `w` by `h`, as on a device whose browser
    /// leaves that much.
    pub async fn set_viewport(&self, w: u32, h: u32) {
        self.client.set_window_size(w, h).await.unwrap();
        let inner = self
            .client
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await
            .unwrap();
        let extra = |i: usize, want: u32| want as i64 - inner[i].as_i64().unwrap_or(want as i64);
        let (dw, dh) = (extra(0, w), extra(1, h));
        if dw != 0 || dh != 0 {
            self.client
                .set_window_size((w as i64 + dw) as u32, (h as i64 + dh) as u32)
                .await
                .unwrap();
        }
    }

    /// Whether the first element matching `css` is wholly inside the
    /// viewport.
    pub async fn in_view(&self, css: &str) -> bool {
        self.client
            .execute(
                "const r = document.querySelector(arguments[0]).getBoundingClientRect();
                 return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.height > 0;",
                vec![serde_json::Value::from(css)],
            )
            .await
            .unwrap()
            .as_bool()
            .unwrap_or(false)
    }

    /// The id of the focused element, once focus has settled (a message is
    /// focused on the frame after it is drawn): "" when none has one.
    pub async fn active_id(&self) -> String {
        tokio::time::sleep(Duration::from_millis(150)).await;
        self.client
            .execute("return document.activeElement.id || '';", vec![])
            .await
            .unwrap()
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Wait for a file to finish downloading and return its path.
    pub async fn downloaded(&self, ends_with: &str) -> PathBuf {
        let start = Instant::now();
        loop {
            // Chromium may show the final name (empty) before it has written
            // the file, and writes through a ".crdownload" file: wait until
            // no download is in progress and the file has content.
            let paths: Vec<PathBuf> = std::fs::read_dir(&self.downloads)
                .unwrap()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .collect();
            let in_progress = paths
                .iter()
                .any(|p| p.to_string_lossy().ends_with(".crdownload"));
            let done = paths.into_iter().find(|p| {
                p.to_string_lossy().ends_with(ends_with)
                    && std::fs::metadata(p).is_ok_and(|m| m.len() > 0)
            });
            if let (false, Some(path)) = (in_progress, done) {
                return path;
            }
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "no download ending {ends_with}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Wait until the text of `css` contains `needle`.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let found = match self.client.find(Locator::Css(css)).await {
                Ok(e) => Some(e.text().await.unwrap_or_default()),
                Err(_) => None,
            };
            let text = found.clone().unwrap_or_default();
            if found.is_some_and(|t| t.contains(needle)) {
                return text;
            }
            if start.elapsed() > self.patience {
                let page = match self.client.find(Locator::Css("body")).await {
                    Ok(e) => e.text().await.unwrap_or_default(),
                    Err(_) => String::new(),
                };
                panic!("{css} never said {needle:?}; it says {text:?}. The page says:\n{page}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The text of the element `css`, once it is there.
    pub async fn find_text(&self, css: &str) -> String {
        self.find(css).await.text().await.unwrap_or_default()
    }

    /// Wait until the box `css` holds `value`.
    pub async fn wait_for_value(&self, css: &str, value: &str) {
        let start = Instant::now();
        loop {
            let now = match self.client.find(Locator::Css(css)).await {
                Ok(e) => e.prop("value").await.ok().flatten().unwrap_or_default(),
                Err(_) => String::new(),
            };
            if now == value {
                return;
            }
            assert!(
                start.elapsed() < self.patience,
                "{css} never held {value:?}; it holds {now:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// A scratch file for the test, removed with the session.
    pub fn scratch_file(&mut self, name: &str, contents: &str) -> PathBuf {
        let dir = temp_dir("files");
        let path = dir.join(name);
        std::fs::write(&path, contents).unwrap();
        self.dirs.push(dir);
        path
    }

    /// On the Backup page, choose `file` to restore (the page then shows
    /// what it would change, or why it cannot).
    pub async fn choose_backup(&self, file: &std::path::Path) {
        self.open("#/backup").await;
        self.find("#restore-file")
            .await
            .send_keys(&file.display().to_string())
            .await
            .unwrap();
    }

    /// Restore `file` as a backup and wait until it is saved.
    pub async fn restore_backup(&self, file: &std::path::Path) {
        self.choose_backup(file).await;
        self.click("[data-testid=restore-confirm]").await;
        // Said in words, with the page's text if it never comes.
        self.wait_for_text("[data-testid=backup-done]", "").await;
    }

    /// The fragment of the current address.
    pub async fn fragment(&self) -> String {
        self.client
            .current_url()
            .await
            .unwrap()
            .fragment()
            .unwrap_or_default()
            .to_string()
    }

    /// Take the site off the network, as when the signal drops.
    pub fn stop_server(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }

    /// Serve the site again, on the same address, from `root` as it is now.
    pub fn start_server(&mut self) {
        self.server = serve(&self.root, self.port);
    }

    /// The served copy of a file of the build, e.g. "index.html".
    pub fn site_file(&self, name: &str) -> PathBuf {
        self.root.join(SUB_PATH).join(name)
    }

    /// Stop the browser; the server and driver stop on drop. Fails on any
    /// Content-Security-Policy violation on the page last shown.
    pub async fn close(self) {
        if self
            .client
            .execute("return document.readyState", vec![])
            .await
            .is_ok()
        {
            self.assert_no_csp_violations().await;
        }
        let _ = self.client.clone().close().await;
    }
}

/// Serve `root` on `port` with tests/e2e/static_server.py (no-cache).
fn serve(root: &Path, port: u16) -> Child {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/static_server.py");
    let child = Command::new("python3")
        .arg(script)
        .arg(port.to_string())
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 serves the static files");
    wait_for_port(port, "the static server");
    child
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--"])
            .arg(format!("-{}", self.driver.id()))
            .stderr(Stdio::null())
            .status();
        let _ = self.driver.kill();
        let _ = self.server.kill();
        let _ = self.driver.wait();
        let _ = self.server.wait();
        for dir in &self.dirs {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}
