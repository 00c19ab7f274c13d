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
