//! Protected share links sealed and opened with the browser's Web Crypto
//! (`web_crypto.js`): asynchronous, so the page stays responsive while the
//! key is derived (600,000 PBKDF2 rounds). The link format and the bytes
//! are the domain's (`share_link.rs`); a browser test checks that a link
//! made here opens with the native code and the other way round.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::domain::records::agreement::{
    compressed_envelope, is_protected, open_compressed, sealed_link, split_sealed, Agreement,
    LinkError, PBKDF2_ROUNDS, SEALED_AAD,
};

#[wasm_bindgen(module = "/src/ui/web_crypto.js")]
extern "C" {
    #[wasm_bindgen(js_name = sealBytes)]
    fn seal_bytes(
        passphrase: &str,
        salt: &[u8],
        nonce: &[u8],
        aad: &[u8],
        rounds: u32,
        data: &[u8],
    ) -> js_sys::Promise;
    #[wasm_bindgen(js_name = openBytes)]
    fn open_bytes(
        passphrase: &str,
        salt: &[u8],
        nonce: &[u8],
        aad: &[u8],
        rounds: u32,
        sealed: &[u8],
    ) -> js_sys::Promise;
}

/// The `d` value of a protected link for `agreement`.
pub async fn seal_link(
    agreement: &Agreement,
    passphrase: &str,
    salt: [u8; 16],
    nonce: [u8; 12],
) -> Result<String, String> {
    seal_data(&compressed_envelope(agreement), passphrase, salt, nonce).await
}

/// The `d` value of a protected link carrying `data` (compressed JSON: an
/// agreement's envelope or a return file).
pub async fn seal_data(
    data: &[u8],
    passphrase: &str,
    salt: [u8; 16],
    nonce: [u8; 12],
) -> Result<String, String> {
    let out = JsFuture::from(seal_bytes(
        passphrase,
        &salt,
        &nonce,
        SEALED_AAD,
        PBKDF2_ROUNDS,
        data,
    ))
    .await
    .map_err(|_| "This browser could not protect the link".to_string())?;
    let sealed = js_sys::Uint8Array::new(&out).to_vec();
    Ok(sealed_link(&salt, &nonce, &sealed))
}

/// Open a protected link's `d` value with `passphrase`.
pub async fn open_link(d: &str, passphrase: &str) -> Result<Agreement, LinkError> {
    open_compressed(&open_data(d, passphrase).await?)
}

/// The compressed data of a protected link, decrypted with `passphrase`.
pub async fn open_data(d: &str, passphrase: &str) -> Result<Vec<u8>, LinkError> {
    if !is_protected(d) {
        return Err(LinkError::Damaged);
    }
    if passphrase.is_empty() {
        return Err(LinkError::NeedsPassphrase);
    }
    let (salt, nonce, sealed) = split_sealed(d)?;
    let out = JsFuture::from(open_bytes(
        passphrase,
        &salt,
        &nonce,
        SEALED_AAD,
        PBKDF2_ROUNDS,
        &sealed,
    ))
    .await
    .map_err(|_| LinkError::Damaged)?;
    if out.is_null() {
        return Err(LinkError::WrongPassphrase);
    }
    Ok(js_sys::Uint8Array::new(&out).to_vec())
}

/// A copy of the register sealed with `passphrase`, as a file's text
/// (`domain::records::register::sent_copy`).
pub async fn seal_copy(backup: &str, passphrase: &str) -> Result<String, String> {
    use crate::domain::records::register::sent_copy::{pack, sealed_file};
    let salt = crate::ui::browser::random_bytes::<16>();
    let nonce = crate::ui::browser::random_bytes::<12>();
    let d = seal_data(&pack(backup), passphrase, salt, nonce)
        .await
        .map_err(|_| "This browser could not seal the file".to_string())?;
    Ok(sealed_file(&d))
}

/// The backup inside a sealed file, opened with `passphrase`.
pub async fn open_copy(file: &str, passphrase: &str) -> Result<String, LinkError> {
    let d =
        crate::domain::records::register::sent_copy::sealed_data(file).ok_or(LinkError::Damaged)?;
    let data = open_data(&d, passphrase).await?;
    crate::domain::records::register::sent_copy::unpack(&data).ok_or(LinkError::Damaged)
}
