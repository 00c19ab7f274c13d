//! A return as a link, like the agreement's share link: the return file
//! deflate-compressed in the address (`#/returns/collect?d=2.<base64url>`),
//! or encrypted with a passphrase (`d=2e.…`, the agreement link's sealing,
//! done in the app by the browser's Web Crypto). Opening one on
//! `#/returns/collect` adds it to the commissioner's collection.

use super::file::{read_return, write_return, ReturnFile};
use crate::domain::formats::base64url;

/// The largest return a link may unpack to (a return is a few KB).
const MAX_JSON: usize = 256 * 1024;

/// The return file, compressed: what a link carries, and what a protected
/// link encrypts.
pub fn compressed(r: &ReturnFile) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(write_return(r).as_bytes(), 9)
}

/// An unprotected link's `d` value.
pub fn encode_open(r: &ReturnFile) -> String {
    format!("2.{}", base64url::encode(&compressed(r)))
}

/// The return in decrypted or unprotected compressed data, checked as a
/// file is.
pub fn open_compressed(data: &[u8]) -> Result<ReturnFile, String> {
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_JSON)
        .map_err(|_| "The link is damaged or incomplete: copy all of it".to_string())?;
    let text = std::str::from_utf8(&json)
        .map_err(|_| "The link is damaged or incomplete: copy all of it".to_string())?;
    read_return(text).map_err(|e| e.to_string())
}

/// Read an unprotected link's `d` value (or a whole address holding one).
pub fn decode_open(d: &str) -> Result<ReturnFile, String> {
    let d = d_value(d);
    if d.starts_with("2e.") {
        return Err("This link is protected: enter its passphrase".into());
    }
    let data = d
        .strip_prefix("2.")
        .and_then(base64url::decode)
        .ok_or_else(|| {
            "This is not a return link: it may be cut short or another kind of link".to_string()
        })?;
    open_compressed(&data)
}

/// The `d` value of a pasted link: the whole address, or the value alone.
pub fn d_value(text: &str) -> &str {
    let t = text.trim();
    match t.split_once("?d=").or_else(|| t.split_once("&d=")) {
        Some((_, rest)) => rest.split('&').next().unwrap_or(rest),
        None => t,
    }
}
