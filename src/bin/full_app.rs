//! The full app, loaded by the start app on the first visit to a page that
//! needs the agreements or the register (`ui::hand_over`).

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(care_home_toolkit::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Care Home Toolkit runs in the browser: build it with `make build` and open dist/.");
}
