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
// Reload, the new worker takes over and the old caches are deleted.
//
// The build (tools/build-worker.sh) writes the two values below: FILES maps
// each file to the hex SHA-256 of its contents.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const PREFIX = "care-home-toolkit-";
const CACHE = PREFIX + BUILD;

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

self.addEventListener("install", (event) => {
  event.waitUntil(install());
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith(PREFIX) && k !== CACHE)
            .map((k) => caches.delete(k))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  // Only this app's own files; the app requests nothing else.
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      if (request.mode === "navigate") {
        const page = (await cache.match("./")) || (await cache.match("index.html"));
        if (page) return page;
      }
      const hit = await cache.match(request, { ignoreSearch: true });
      return hit || fetch(request);
    })
  );
});
