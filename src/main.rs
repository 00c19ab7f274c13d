//! Mount the start app (`ui::StartApp`): the pages a link usually opens.
//! It loads the full app (`src/bin/full_app.rs`) when another page is asked.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Panic messages in the console while developing; the release start
    // app leaves the hook out to keep the first load small (the full app
    // has it).
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let body = leptos::prelude::document()
        .body()
        .expect("a page has a body");
    let mounted = leptos::mount::mount_to(body, care_home_toolkit::ui::StartApp);
    care_home_toolkit::ui::keep_until_hand_over(mounted);
    // Offline use from the next load on (public/sw.js).
    care_home_toolkit::ui::register_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Care Home Toolkit runs in the browser: build it with `make build` and open dist/.");
}
