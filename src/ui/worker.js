// Registering the service worker (public/sw.js), and offering a new
// version when one has installed. Plain JS: it runs beside either app and
// survives the start app handing the page over to the full app.

let userAskedToReload = false;

// Anything the Content-Security-Policy blocks is kept here (and said in the
// console), so it can be found; this module runs before either app starts.
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});

export function registerWorker() {
  if (!("serviceWorker" in navigator)) return;
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
  const box = document.createElement("div");
  box.className = "nhsuk-inset-text app-update app-no-print";
  box.setAttribute("role", "status");
  box.dataset.testid = "update-ready";
  const text = document.createElement("p");
  text.textContent = "A new version of the toolkit is ready. Reload to use it; nothing you have saved is lost.";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "nhsuk-button nhsuk-u-margin-bottom-0";
  button.textContent = "Reload";
  button.dataset.testid = "update-reload";
  button.addEventListener("click", () => {
    userAskedToReload = true;
    worker.postMessage("skip-waiting");
  });
  box.append(text, button);
  document.body.prepend(box);
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
