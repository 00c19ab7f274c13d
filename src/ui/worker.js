// Registering the service worker (public/sw.js), and offering a new
// version when one has installed; telling the worker whether this build
// started, so that a new build which fails to start goes back to the
// version the worker kept, and the page is never left blank. Plain JS: it
// runs before either app starts and survives the start app handing the
// page over to the full app.

let userAskedToReload = false;

// Anything the Content-Security-Policy blocks is kept here (and said in the
// console), so it can be found; this module runs before either app starts.
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});

// This page's build, as the build names it in the page and the worker.
function thisBuild() {
  const meta = document.querySelector('meta[name="care-home-toolkit:build"]');
  return meta ? meta.content : "";
}

// Tell the worker how this build's start went ("started", "failed") or
// ask it "fell-back?"; resolves to its answer (public/sw.js).
export function tellWorker(kind) {
  const worker = "serviceWorker" in navigator && navigator.serviceWorker.controller;
  if (!worker) return Promise.resolve("no-worker");
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => resolve(e.data);
    setTimeout(() => resolve("no-answer"), 5000);
    worker.postMessage({ kind, build: thisBuild() }, [channel.port2]);
  });
}

// Either app failed to start: go back to the version the worker kept, if
// it kept one; resolves to whether the page is reloading into it.
let failed = false;
export async function startFailed() {
  if (failed) return false;
  failed = true;
  if ((await tellWorker("failed")) !== "fell-back") return false;
  window.location.reload();
  return true;
}

// The start app failing before trunk's loader has started it (it sets
// window.wasmBindings then): never a blank page.
function onStartError() {
  if (window.wasmBindings || failed) return;
  startFailed().then((reloading) => {
    if (!reloading) {
      box("The toolkit could not start. Your saved data has not been changed. Reload the page to try again.", "alert", "start-failed");
    }
  });
}
window.addEventListener("error", onStartError);
window.addEventListener("unhandledrejection", onStartError);
// WebKit does not report a start that fails as an error: the WebAssembly
// failing to compile, link or start is watched where it is instantiated.
// (A host sending it with the wrong type fails streaming, which
// wasm-bindgen recovers from, as it does.) And when the files come from
// the worker's cache, a start still not done after 20 seconds has failed.
for (const name of ["instantiate", "instantiateStreaming"]) {
  const original = WebAssembly[name];
  if (!original) continue;
  WebAssembly[name] = (...args) =>
    original.apply(WebAssembly, args).catch(async (e) => {
      const type = name === "instantiateStreaming"
        ? await Promise.resolve(args[0]).then((r) => r.headers.get("Content-Type"), () => "")
        : "application/wasm";
      if (type === "application/wasm") onStartError();
      throw e;
    });
}
// From the network on a first visit a slow start is not a failure: the
// page says so, until it starts.
setTimeout(() => {
  if (window.wasmBindings || failed) return;
  if ("serviceWorker" in navigator && navigator.serviceWorker.controller) return onStartError();
  const wait = box("The toolkit has not started yet. If this page stays empty, reload it; your saved data has not been changed.", "status", "start-slow");
  window.addEventListener("TrunkApplicationStarted", () => wait.remove(), { once: true });
}, 20000);

// A message at the top of the page, outside either app.
function box(words, role, testid) {
  const div = document.createElement("div");
  div.className = "nhsuk-inset-text app-update app-no-print";
  div.setAttribute("role", role);
  div.dataset.testid = testid;
  const text = document.createElement("p");
  text.textContent = words;
  div.append(text);
  document.body.prepend(div);
  return div;
}

export function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
  tellWorker("fell-back?").then((answer) => {
    document.documentElement.dataset.fellBack = answer;
    if (answer === "yes") {
      box("The newest version of the toolkit could not start on this device, so this is the version you had before. Nothing you saved is lost.", "status", "fell-back");
    }
  });
  // After the first screen: the worker's install then fetches the rest of
  // the app (the full app included) in the background.
  const start = () =>
    navigator.serviceWorker
      .register("sw.js", { scope: "./" })
      .then(watch)
      .catch(() => {});
  if (document.readyState === "complete") {
    setTimeout(start, 0);
  } else {
    window.addEventListener("load", start);
  }
  // The new worker took over because the user chose Reload: load the new
  // build, whole. (The first worker taking over a page does not reload it.)
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (userAskedToReload) window.location.reload();
  });
}

function watch(registration) {
  if (registration.waiting && navigator.serviceWorker.controller) {
    offer(registration.waiting);
  }
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller) {
        offer(worker);
      }
    });
  });
}

function offer(worker) {
  if (document.querySelector("[data-testid=update-ready]")) return;
  const offer = box("A new version of the toolkit is ready. Reload to use it; nothing you have saved is lost.", "status", "update-ready");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "nhsuk-button nhsuk-u-margin-bottom-0";
  button.textContent = "Reload";
  button.dataset.testid = "update-reload";
  button.addEventListener("click", () => {
    userAskedToReload = true;
    worker.postMessage("skip-waiting");
  });
  offer.append(button);
}

// Ask the browser to keep this site's storage (not evict it when space is
// short). Resolves to whether it is kept; asked once there is data to lose.
export async function keepStorage() {
  if (!(navigator.storage && navigator.storage.persist)) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

// Whether storage is kept, and how much of the quota is used, in bytes:
// [kept, usage, quota]; usage and quota are -1 where the browser does not say.
export async function storageStatus() {
  if (!navigator.storage) return [false, -1, -1];
  const kept = navigator.storage.persisted ? await navigator.storage.persisted() : false;
  const estimate = navigator.storage.estimate ? await navigator.storage.estimate() : {};
  return [kept, estimate.usage ?? -1, estimate.quota ?? -1];
}
