// Loading the full app (see hand_over.rs). The build names the full app's
// JavaScript in <meta name="care-home-toolkit:full-app" content="full-<hash>.js">;
// its WebAssembly and extra styles sit next to it as full-<hash>_bg.wasm and
// full-<hash>.css. All come from the app's own origin, relative to the page.

import { startFailed, tellWorker } from "./worker.js";

function fullAppUrls() {
  const meta = document.querySelector('meta[name="care-home-toolkit:full-app"]');
  const js = meta ? meta.getAttribute("content") : "";
  if (!js) {
    throw new Error("this copy of the toolkit was built without the rest of the app");
  }
  return {
    js: new URL(js, document.baseURI).href,
    wasm: new URL(js.replace(/\.js$/, "_bg.wasm"), document.baseURI).href,
    css: new URL(js.replace(/\.js$/, ".css"), document.baseURI).href,
  };
}

// Add the full app's styles to the page; resolves once they apply.
function addStyles(href) {
  return new Promise((resolve, reject) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`the styles at ${href} could not be loaded`));
    document.head.append(link);
  });
}

// Fetch and compile everything first, so the start app stays on screen
// (saying "Loading") until the full app can start at once.
export async function fetchFullApp() {
  try {
    return await fetchAndCompile();
  } catch (e) {
    // A full app that came whole but cannot be read or compiled is a fault
    // in the build: back to the version the worker kept, if any. (Not
    // fetched at all is the connection, said as such.)
    const fault = [SyntaxError, WebAssembly.CompileError, WebAssembly.LinkError, WebAssembly.RuntimeError];
    if (fault.some((kind) => e instanceof kind) && (await startFailed())) return new Promise(() => {});
    throw e;
  }
}

async function fetchAndCompile() {
  const urls = fullAppUrls();
  const [app, module] = await Promise.all([
    import(urls.js),
    fetch(urls.wasm)
      .then((response) => {
        if (!response.ok) {
          throw new Error(`the server answered ${response.status} for ${urls.wasm}`);
        }
        return response.arrayBuffer();
      })
      .then((bytes) => WebAssembly.compile(bytes)),
    addStyles(urls.css), // nothing to return: the styles only have to apply
  ]);
  return { app, module };
}

// Instantiate the compiled module; its start function mounts the full app.
// The worker is told whether it started: if not, it goes back to the
// version it kept, if any, and the page reloads into it (never resolving
// here); otherwise the start app says why.
export async function startFullApp(prepared) {
  // The user moved to another page: the full app focuses its heading.
  document.documentElement.setAttribute("data-handed-over", "");
  try {
    await prepared.app.default({ module_or_path: prepared.module });
  } catch (e) {
    if (await startFailed()) return new Promise(() => {});
    throw e;
  }
  tellWorker("started");
}
