// Care Home Toolkit's service worker: the app keeps working with no signal.
//
// On install it caches every file of this build (the page, its styles, the
// start app and the full app) in a cache named by the build's content hash;
// it then answers every request for them from that cache. A new build
// installs beside the old one and waits, so a page never mixes versions: the
// page says "A new version is ready" and, when the user chooses Reload, the
// new worker takes over and the old caches are deleted.
//
// The build (tools/build-worker.sh) writes the two values below.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const PREFIX = "care-home-toolkit-";
const CACHE = PREFIX + BUILD;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" })))
    )
  );
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
