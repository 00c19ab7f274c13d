// Care Home Toolkit's service worker: the app keeps working with no signal.
//
// On install it fetches every file of this build (the page, its styles, the
// start app and the full app), checks each against the SHA-256 the build
// recorded, and only when all are whole caches them, in a cache named by
// the build's content hash; it then answers every request for them from
// that cache. A file that is not what the build made (a damaged or
// half-finished deploy) fails the install: the new version is never
// offered, and the working one stays in use with its cache. A new build
// installs beside the old one and waits, so a page never mixes versions:
// the page says "A new version is ready" and, when the user chooses
// Reload, the new worker takes over.
//
// A build whose files are all whole can still fail to start (a fault in
// the build itself). So the version that was running is kept as a
// fallback until this build's full app has started on this device: the
// page says "started" then (and the fallback's cache is deleted), or
// "failed" if either app fails to start, and the worker then answers from
// the fallback's cache, for good, until a newer build arrives. The page
// names its build (a meta the build writes, the same as BUILD). Which
// build is running, which is kept and whether it failed are kept in a
// cache of their own (STATE), since a worker's variables last only while
// it runs.
//
// The build (tools/build-worker.sh) writes the two values below: FILES maps
// each file to the hex SHA-256 of its contents.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const PREFIX = "care-home-toolkit-";
const CACHE = PREFIX + BUILD;
const STATE = "care-home-toolkit:state";

async function sha256(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

// One file fetched afresh and checked; its response, ready to cache.
async function fetchChecked(file, want) {
  const response = await fetch(new Request(file, { cache: "reload" }));
  if (!response.ok) throw new Error(file + ": " + response.status);
  const got = await sha256(await response.clone().arrayBuffer());
  if (got !== want) throw new Error(file + " is not the file this build made");
  return response;
}

async function install() {
  const files = Object.entries(FILES);
  // Every file is fetched and checked before anything is cached.
  const responses = await Promise.all(files.map(([f, want]) => fetchChecked(f, want)));
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(files.map(([f], i) => cache.put(f, responses[i])));
  } catch (e) {
    // Nothing half-cached is left under this build's name.
    await caches.delete(CACHE);
    throw e;
  }
}

// The state: { build, confirmed, fallback, failed, told }. `build` is the
// worker that wrote it; `confirmed` that its full app has started here;
// `fallback` the build kept in case it fails (null once confirmed);
// `failed` that it did, so the fallback is served; `told` that a page has
// said so to the user.
let state = null;

async function readState() {
  if (state) return state;
  const saved = await (await caches.open(STATE)).match("state");
  state = saved ? await saved.json().catch(() => null) : null;
  return state;
}

async function writeState(next) {
  const body = JSON.stringify(next);
  await (await caches.open(STATE)).put("state", new Response(body, { headers: { "content-type": "application/json" } }));
  state = next;
}

// The build to keep when this one takes over: the one the last worker
// served, preferring one whose full app was seen to start.
function fallbackAfter(last, kept) {
  const has = (b) => typeof b === "string" && kept.includes(PREFIX + b);
  if (!last) {
    // A worker from before the state was kept: the cache it served.
    const others = kept.filter((k) => k.startsWith(PREFIX) && k !== CACHE);
    return others.length === 1 ? others[0].slice(PREFIX.length) : null;
  }
  if (last.build === BUILD) return has(last.fallback) ? last.fallback : null;
  if (last.confirmed && !last.failed && has(last.build)) return last.build;
  if (has(last.fallback)) return last.fallback;
  if (!last.failed && has(last.build)) return last.build;
  return null;
}

async function activate() {
  const last = await readState();
  const kept = await caches.keys();
  const fallback = fallbackAfter(last, kept);
  // The state first: a worker stopped part way leaves the kept version
  // named, and at worst a cache too many.
  if (!last || last.build !== BUILD) {
    await writeState({ build: BUILD, confirmed: false, fallback, failed: false, told: false });
  }
  await Promise.all(
    kept
      .filter((k) => k.startsWith(PREFIX) && k !== CACHE && k !== PREFIX + fallback)
      .map((k) => caches.delete(k))
  );
  await self.clients.claim();
}

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

self.addEventListener("activate", (event) => {
  event.waitUntil(activate());
});

// A page's word about its start, with the build it runs (the page names
// it): "started" (the full app started), "failed" (either app failed to
// start) or "fell-back?" (whether the worker went back to the earlier
// version, said once).
async function answer(message) {
  const st = await readState();
  if (!st || st.build !== BUILD) return "unknown";
  if (message.kind === "fell-back?") {
    if (!st.failed || st.told) return "no";
    await writeState({ ...st, told: true });
    return "yes";
  }
  if (message.build !== BUILD) return "not-this-build";
  // Another tab of this build failed first: this one reloads too.
  if (st.failed) return message.kind === "failed" ? "fell-back" : "not-this-build";
  if (message.kind === "started") {
    if (!st.confirmed) {
      if (st.fallback) await caches.delete(PREFIX + st.fallback);
      await writeState({ ...st, confirmed: true, fallback: null });
    }
    return "confirmed";
  }
  if (message.kind === "failed") {
    if (st.confirmed || !st.fallback || !(await caches.has(PREFIX + st.fallback))) return "no-fallback";
    await writeState({ ...st, failed: true });
    await caches.delete(CACHE);
    return "fell-back";
  }
  return "unknown";
}

let queue = Promise.resolve();

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
    return;
  }
  if (!event.data || typeof event.data !== "object") return;
  const port = event.ports && event.ports[0];
  // One at a time: tabs' words about the same build never interleave.
  queue = queue.then(() => answer(event.data).catch(() => "unknown")).then((a) => port && port.postMessage(a));
  event.waitUntil(queue);
});

// The caches to answer from: this build's, or the fallback's once this
// build failed to start; then the kept one's, if any.
async function serving() {
  const st = await readState().catch(() => null);
  if (!st || st.build !== BUILD || !st.fallback) return [CACHE];
  return st.failed ? [PREFIX + st.fallback] : [CACHE, PREFIX + st.fallback];
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Only this app's own files; the app requests nothing else.
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    serving().then(async ([name, kept]) => {
      const cache = await caches.open(name);
      if (request.mode === "navigate") {
        const page = (await cache.match("./")) || (await cache.match("index.html"));
        if (page) return page;
      }
      // A page of the kept build (open in another tab when this one took
      // over) still finds the files named by their contents; a snippet,
      // whose name is the same in every build, comes from this build.
      let hit = await cache.match(request, { ignoreSearch: true });
      if (!hit && kept) hit = await (await caches.open(kept)).match(request, { ignoreSearch: true });
      return hit || fetch(request);
    })
  );
});
