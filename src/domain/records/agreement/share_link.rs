//! The share link: a whole agreement in the URL fragment
//! (`#/agreements/view?d=…`), never sent to a server.
//!
//! The `d` value is a version prefix and base64url data:
//!
//! | prefix | data |
//! |---|---|
//! | `1.`  | the JSON envelope (version 1 links: uncompressed) |
//! | `2.`  | the JSON envelope, deflate-compressed (current) |
//! | `2e.` | 16-byte salt, 12-byte nonce, then AES-256-GCM of the compressed envelope, key from the passphrase by PBKDF2-HMAC-SHA256 with [`PBKDF2_ROUNDS`] rounds; the prefix is authenticated too |
//!
//! The envelope is `{"format": "care-home-toolkit/agreement", "version": 1,
//! "agreement": {…}}`. Old prefixes keep decoding when new ones are added.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use serde::{Deserialize, Serialize};

use super::model::Agreement;
use crate::domain::formats::base64url;
use crate::domain::formats::stored::{check_large, ReadError};

pub const LINK_FORMAT: &str = "care-home-toolkit/agreement";
pub const LINK_ENVELOPE_VERSION: u32 = 1;
/// OWASP's figure for PBKDF2-HMAC-SHA256 (2023).
pub const PBKDF2_ROUNDS: u32 = 600_000;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 12;
const TAG_LEN: usize = 16;
/// Decompressed data larger than this is refused (no "zip bombs").
const MAX_JSON: usize = 1_000_000;

/// A passphrase with the random salt and nonce to use for it.
pub struct Secret<'a> {
    pub passphrase: &'a str,
    pub salt: [u8; SALT_LEN],
    pub nonce: [u8; NONCE_LEN],
}

/// Why a link could not be opened, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    UnknownVersion(String),
    /// Cut short or altered: the data does not decode.
    Damaged,
    NeedsPassphrase,
    WrongPassphrase,
    NotAnAgreement(ReadError),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::Empty => write!(f, "This link holds no agreement."),
            LinkError::UnknownVersion(v) => write!(
                f,
                "This link was made by a newer or different tool (link type \u{201c}{v}\u{201d}). Ask for a new link, or update the toolkit."
            ),
            LinkError::Damaged => write!(
                f,
                "This link is incomplete or has been changed, so the agreement cannot be read. Copy the whole link again, or ask for a new one."
            ),
            LinkError::NeedsPassphrase => write!(f, "This agreement is protected: enter the passphrase you were given."),
            LinkError::WrongPassphrase => write!(
                f,
                "The passphrase is wrong, or the link has been changed. Check the passphrase and try again."
            ),
            LinkError::NotAnAgreement(e) => write!(f, "This link does not hold an agreement: {e}."),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Envelope {
    format: String,
    version: u32,
    agreement: Agreement,
}

pub fn derive_key(passphrase: &str, salt: &[u8]) -> [u8; 32] {
    let mut key = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<sha2::Sha256>(passphrase.as_bytes(), salt, PBKDF2_ROUNDS, &mut key);
    key
}

/// The additional data AES-GCM authenticates with a sealed link: its prefix.
pub const SEALED_AAD: &[u8] = b"2e";

/// The agreement's envelope, deflate-compressed: what a link carries, and
/// what a protected link encrypts.
pub fn compressed_envelope(agreement: &Agreement) -> Vec<u8> {
    let json = serde_json::to_vec(&Envelope {
        format: LINK_FORMAT.into(),
        version: LINK_ENVELOPE_VERSION,
        agreement: agreement.clone(),
    })
    .expect("plain data always serialises");
    miniz_oxide::deflate::compress_to_vec(&json, 9)
}

/// The `d` value of a protected link from its parts: the salt, the nonce
/// and the AES-256-GCM output (ciphertext then tag), however it was made.
pub fn sealed_link(salt: &[u8], nonce: &[u8], sealed: &[u8]) -> String {
    let mut data = Vec::with_capacity(salt.len() + nonce.len() + sealed.len());
    data.extend_from_slice(salt);
    data.extend_from_slice(nonce);
    data.extend_from_slice(sealed);
    format!("2e.{}", base64url::encode(&data))
}

/// The parts of a protected link to decrypt: (salt, nonce, sealed).
pub type SealedParts = (Vec<u8>, Vec<u8>, Vec<u8>);

/// Split a protected link's `d` value, or say why it cannot be.
pub fn split_sealed(d: &str) -> Result<SealedParts, LinkError> {
    let data = d.trim().strip_prefix("2e.").ok_or(LinkError::Damaged)?;
    let bytes = base64url::decode(data).ok_or(LinkError::Damaged)?;
    if bytes.len() < SALT_LEN + NONCE_LEN + TAG_LEN {
        return Err(LinkError::Damaged);
    }
    let (salt, rest) = bytes.split_at(SALT_LEN);
    let (nonce, sealed) = rest.split_at(NONCE_LEN);
    Ok((salt.to_vec(), nonce.to_vec(), sealed.to_vec()))
}

/// Read the agreement from a protected link's decrypted data.
pub fn open_compressed(compressed: &[u8]) -> Result<Agreement, LinkError> {
    read_envelope(&inflate(compressed)?)
}

/// Make the `d` value for an agreement: compressed, and encrypted when a
/// secret is given. (The app encrypts with the browser's Web Crypto, which
/// gives the same link; this is the native path, and the tests'.)
pub fn encode_link(agreement: &Agreement, secret: Option<Secret<'_>>) -> String {
    match secret {
        None => encode_open_link(agreement),
        Some(s) => seal_native(&compressed_envelope(agreement), &s),
    }
}

/// `data` sealed with the secret, natively: the `2e.` value a protected
/// link or a sealed file carries (the app seals with Web Crypto, which
/// gives the same bytes; this is the tests' path).
pub fn seal_native(data: &[u8], s: &Secret<'_>) -> String {
    let key = derive_key(s.passphrase, &s.salt);
    let cipher = Aes256Gcm::new_from_slice(&key).expect("a 32-byte key");
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&s.nonce),
            Payload {
                msg: data,
                aad: SEALED_AAD,
            },
        )
        .expect("encryption of plain bytes cannot fail");
    sealed_link(&s.salt, &s.nonce, &sealed)
}

/// The data inside a `2e.` value, opened natively with `passphrase`.
pub fn open_native(d: &str, passphrase: &str) -> Result<Vec<u8>, LinkError> {
    let (salt, nonce, sealed) = split_sealed(d)?;
    let key = derive_key(passphrase, &salt);
    let cipher = Aes256Gcm::new_from_slice(&key).expect("a 32-byte key");
    cipher
        .decrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: &sealed,
                aad: SEALED_AAD,
            },
        )
        .map_err(|_| LinkError::WrongPassphrase)
}

/// The `d` value of an unprotected link. The app uses this and
/// [`decode_open_link`], and the browser's Web Crypto for protected ones,
/// so the Rust ciphers stay out of the app (they are the tests' path).
pub fn encode_open_link(agreement: &Agreement) -> String {
    format!("2.{}", base64url::encode(&compressed_envelope(agreement)))
}

/// Read an unprotected link's `d` value; a protected one needs a
/// passphrase (`LinkError::NeedsPassphrase`).
pub fn decode_open_link(d: &str) -> Result<Agreement, LinkError> {
    let d = d.trim();
    if d.is_empty() {
        return Err(LinkError::Empty);
    }
    let Some((prefix, data)) = d.split_once('.') else {
        return Err(LinkError::Damaged);
    };
    if prefix == "2e" {
        return Err(LinkError::NeedsPassphrase);
    }
    let bytes = base64url::decode(data).ok_or(LinkError::Damaged)?;
    match prefix {
        "1" => read_envelope(&bytes),
        "2" => read_envelope(&inflate(&bytes)?),
        other => Err(LinkError::UnknownVersion(other.to_string())),
    }
}

/// True when the link needs a passphrase.
pub fn is_protected(d: &str) -> bool {
    d.trim().starts_with("2e.")
}

fn read_envelope(json: &[u8]) -> Result<Agreement, LinkError> {
    let text = std::str::from_utf8(json).map_err(|_| LinkError::Damaged)?;
    check_large(text, LINK_FORMAT, LINK_ENVELOPE_VERSION, &[]).map_err(|e| match e {
        ReadError::NotJson(_) => LinkError::Damaged,
        other => LinkError::NotAnAgreement(other),
    })?;
    // Parsed straight from the text, as every file is: one deserialiser
    // for the app's types keeps the full app smaller.
    let envelope: Envelope = serde_json::from_str(text)
        .map_err(|e| LinkError::NotAnAgreement(ReadError::BadShape(e.to_string())))?;
    // The checks a file's agreements pass: one saved from a link that a
    // file would refuse (a bad id, a scheme this tool does not know) would
    // make the stored list unreadable.
    super::check_ids(std::slice::from_ref(&envelope.agreement))
        .map_err(LinkError::NotAnAgreement)?;
    Ok(envelope.agreement)
}

fn inflate(data: &[u8]) -> Result<Vec<u8>, LinkError> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(data, MAX_JSON)
        .map_err(|_| LinkError::Damaged)
}

/// Read a link's `d` value. A protected link needs `passphrase`.
pub fn decode_link(d: &str, passphrase: Option<&str>) -> Result<Agreement, LinkError> {
    let d = d.trim();
    if !d.starts_with("2e.") {
        return decode_open_link(d);
    }
    let passphrase = passphrase
        .filter(|p| !p.is_empty())
        .ok_or(LinkError::NeedsPassphrase)?;
    open_compressed(&open_native(d, passphrase)?)
}
