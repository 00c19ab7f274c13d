//! Mount the app; nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(care_home_toolkit::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Care Home Toolkit runs in the browser: build it with `make build` and open dist/.");
}
