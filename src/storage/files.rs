//! Files the user exports and imports.

use wasm_bindgen::{JsCast, JsValue};

/// Offer `text` as a download called `filename`, through a Blob object URL
/// and a hidden `<a download>`.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("The file could not be made ({e:?})");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("No document")?;
    let a: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.style().set_property("display", "none").ok();
    document
        .body()
        .ok_or("No body")?
        .append_child(&a)
        .map_err(fail)?;
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url).ok();
    Ok(())
}

/// Read the text of a file the user picked, decoded as the browser's own
/// `file.text()` decodes it (UTF-8, a leading byte-order mark dropped, a
/// broken sequence read as U+FFFD). The bytes are copied into the app and
/// decoded there: a 2 MB backup does not pass through a JavaScript string
/// first, which would be encoded again to reach the app.
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "The file could not be read".to_string())?;
    Ok(utf8_text(js_sys::Uint8Array::new(&buffer).to_vec()))
}

/// The WHATWG "UTF-8 decode" of `bytes`, as `Blob.text()` does it.
pub fn utf8_text(bytes: Vec<u8>) -> String {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    };
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// The files picked in an `<input type="file" multiple>` (the input is
/// cleared so the same files can be picked again).
pub fn picked_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = list(input.files());
    input.set_value("");
    files
}

/// The files dropped on a drop zone.
pub fn dropped_files(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    list(ev.data_transfer().and_then(|d| d.files()))
}

fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Read every file's text (each refused unread when over the size limit),
/// then hand the names and texts, in order, to `then`.
pub fn read_all(
    files: Vec<web_sys::File>,
    then: impl FnOnce(Vec<(String, Result<String, String>)>) + 'static,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut out = Vec::with_capacity(files.len());
        for file in files {
            let name = file.name();
            let text = match crate::domain::formats::stored::check_byte_count(file.size() as usize)
            {
                Err(e) => Err(e.to_string()),
                Ok(()) => read_text(file).await,
            };
            out.push((name, text));
        }
        then(out);
    });
}

/// The file the user picked in an `<input type="file">`: its name and text,
/// read asynchronously and handed to `then`. The input is cleared so the
/// same file can be picked again.
pub fn read_picked(
    ev: &web_sys::Event,
    then: impl FnOnce(String, Result<String, String>) + 'static,
) {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let name = file.name();
    input.set_value("");
    // Refused unread when over the limit: reading 20 MB froze the page.
    if let Err(e) = crate::domain::formats::stored::check_byte_count(file.size() as usize) {
        then(name, Err(e.to_string()));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = read_text(file).await;
        then(name, text);
    });
}
