//! Small things asked of the browser: the clock, random bytes, the clipboard.

/// Now, as ISO 8601 UTC to the second: "2026-11-22T10:30:00Z".
pub fn now_iso() -> String {
    let s = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    // "2026-11-22T10:30:00.123Z" -> drop the milliseconds.
    match s.split_once('.') {
        Some((head, _)) => format!("{head}Z"),
        None => s,
    }
}

/// Cryptographically random bytes (crypto.getRandomValues).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .expect("Web Crypto is available");
    crypto
        .get_random_values_with_u8_array(&mut bytes)
        .expect("random values");
    bytes
}

/// A new random id: 16 hex digits.
pub fn new_id() -> String {
    random_bytes::<8>()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Put text on the clipboard; the promise is not awaited.
pub fn copy_to_clipboard(text: &str) -> bool {
    match web_sys::window() {
        Some(w) => {
            let _ = w.navigator().clipboard().write_text(text);
            true
        }
        None => false,
    }
}

/// Put text on the clipboard and say whether the browser did (it refuses
/// without permission, or outside a secure context).
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let promise = w.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

fn share_function() -> Option<(web_sys::Navigator, js_sys::Function)> {
    use wasm_bindgen::JsCast;
    let navigator = web_sys::window()?.navigator();
    let f = js_sys::Reflect::get(&navigator, &"share".into()).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    Some((navigator, f))
}

/// True where the browser has a share sheet (Web Share API).
pub fn can_share() -> bool {
    share_function().is_some()
}

/// Open the browser's share sheet with a link; the user may cancel.
pub fn share_link(title: &str, url: &str) {
    let Some((navigator, f)) = share_function() else {
        return;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    let _ = f.call1(&navigator, &data);
}

/// An ISO 8601 instant ("2026-11-22T10:30:00Z") as this device's local
/// date and time: "Sun 22 Nov 2026 10:30". `None` when it is not one.
pub fn local_date_time(iso: &str) -> Option<String> {
    let (date, time) = local_instant(iso)?;
    Some(format!(
        "{} {}",
        crate::domain::helpers::date_text::short(date),
        crate::domain::helpers::date_text::clock(time)
    ))
}

/// An ISO 8601 instant as this device's local date and time of day.
pub fn local_instant(iso: &str) -> Option<(chrono::NaiveDate, chrono::NaiveTime)> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if d.get_time().is_nan() {
        return None;
    }
    let date = chrono::NaiveDate::from_ymd_opt(
        i32::try_from(d.get_full_year()).ok()?,
        d.get_month() + 1,
        d.get_date(),
    )?;
    Some((
        date,
        chrono::NaiveTime::from_hms_opt(d.get_hours(), d.get_minutes(), 0)?,
    ))
}

/// Where this browser keeps data (`domain::merge::device::keeping`): Safari
/// on an iPad or iPhone in a tab, the app from the Home Screen, or another.
pub fn keeping() -> crate::domain::merge::device::Keeping {
    let Some(w) = web_sys::window() else {
        return crate::domain::merge::device::Keeping::Browser;
    };
    let navigator = w.navigator();
    let ua = navigator.user_agent().unwrap_or_default();
    // `navigator.standalone` is Safari's own; display-mode the others'.
    let standalone = js_sys::Reflect::get(&navigator, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
        || w.match_media("(display-mode: standalone)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
    crate::domain::merge::device::keeping(&ua, navigator.max_touch_points(), standalone)
}
