//! Formats: how saved documents, files and links are written and read,
//! with their limits (public contracts: docs/formats.md).

pub mod base64url;
pub mod due_link;
pub mod limits;
pub mod qr;
pub mod query;
pub mod route;
pub mod scheme_link;
pub mod small_json;
pub mod stored;
