//! This device's clock: every saved change is stamped from it
//! (`domain::merge::Clock`, a hybrid logical clock with this browser's
//! device id). The id is made once and kept (`storage::device`).

use std::cell::RefCell;

use crate::domain::merge::device::{device_id_from, Device};
use crate::domain::merge::{Clock, Stamp};
use crate::storage::BrowserStore;

thread_local! {
    static CLOCK: RefCell<Option<(Device, Clock)>> = const { RefCell::new(None) };
}

fn with<T>(f: impl FnOnce(&mut Device, &mut Clock) -> T) -> T {
    CLOCK.with(|c| {
        let mut c = c.borrow_mut();
        let (device, clock) = c.get_or_insert_with(|| {
            let device = crate::storage::device::load_or_make(&BrowserStore, || {
                device_id_from(crate::ui::browser::random_bytes::<5>())
            });
            // Each tab (each page load) stamps as its own part of the device:
            // two tabs' clocks run apart, and must never make the same stamp
            // (an entry's id is its stamp).
            let tab: String = device_id_from(crate::ui::browser::random_bytes::<5>())
                .chars()
                .take(4)
                .collect();
            let clock = Clock::new(&format!("{}{tab}", device.id));
            (device, clock)
        });
        f(device, clock)
    })
}

/// The stamp of a change saved now.
pub fn stamp_now() -> Stamp {
    let now = js_sys::Date::now().max(0.0) as u64;
    with(|_, clock| clock.tick(now))
}

/// A stamp seen in a copy brought in: later changes here stamp after it.
pub fn observe(seen: &Stamp) {
    with(|_, clock| clock.observe(seen));
}

/// This device.
pub fn this_device() -> Device {
    with(|d, _| d.clone())
}

/// Name this device ("GP tablet"); kept in this browser.
pub fn rename_device(name: &str) -> Result<(), String> {
    with(|d, _| {
        d.name = crate::domain::merge::device::clean_name(name);
        crate::storage::device::save(&BrowserStore, d).map_err(|e| e.to_string())
    })
}

/// This device's copy left it today (sent, or a backup).
pub fn note_sent(today: chrono::NaiveDate) {
    with(|d, _| {
        d.last_sent = Some(today);
        let _ = crate::storage::device::save(&BrowserStore, d);
    });
}

/// A copy from `from` was brought in today.
pub fn note_brought_in(from: &Device, today: chrono::NaiveDate) {
    with(|d, _| {
        d.brought_in(from, today);
        let _ = crate::storage::device::save(&BrowserStore, d);
    });
}
