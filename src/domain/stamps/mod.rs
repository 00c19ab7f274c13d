//! Stamps: when a change was made and on which device (a hybrid logical
//! clock), each field's last change, the values an identifying field had,
//! removals, and this browser's device. The records carry them; merging
//! compares them (`domain::merge`).

pub mod device;
pub mod fields;
pub mod stamp;

pub use fields::{FieldStamps, FieldVersion, Removed};
pub use stamp::{Clock, Stamp};
