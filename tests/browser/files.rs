//! Files the user picks are read as the browser itself reads them.

use care_home_toolkit::storage::files::read_text;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::wasm_bindgen_test;

fn file(bytes: &[u8]) -> web_sys::File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    web_sys::File::new_with_u8_array_sequence(&parts, "picked.json").unwrap()
}

/// `file.text()`, the browser's own reading, for comparison.
async fn browser_text(f: &web_sys::File) -> String {
    JsFuture::from(f.text()).await.unwrap().as_string().unwrap()
}

#[wasm_bindgen_test]
async fn a_picked_file_reads_exactly_as_the_browser_reads_it() {
    let cases: [&[u8]; 11] = [
        b"",
        b"{\"format\":\"care-home-toolkit/backup\"}",
        "Zo\u{eb} \u{2019}s caf\u{e9} \u{1f600}".as_bytes(),
        // A byte-order mark is dropped; a second one, or one later, is kept.
        b"\xef\xbb\xbf{}",
        b"\xef\xbb\xbf\xef\xbb\xbf{}",
        b"{}\xef\xbb\xbf",
        // Broken UTF-8: each maximal broken part becomes one U+FFFD.
        b"a\xffb",
        b"\xe2\x82",
        b"\xc0\xaf\xed\xa0\x80x",
        b"\x80\x80\xf4\x90\x80\x80",
        b"\xf0\x9f\x98",
    ];
    for bytes in cases {
        let f = file(bytes);
        let ours = read_text(f.clone()).await.unwrap();
        assert_eq!(ours, browser_text(&f).await, "{bytes:?}");
    }
    // Not just agreeing: the mark really is dropped and the broken byte
    // really replaced.
    let f = file(b"\xef\xbb\xbfa\xffb");
    assert_eq!(read_text(f).await.unwrap(), "a\u{fffd}b");
}
