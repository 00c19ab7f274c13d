//! Keeping every device's copy whole when copies meet (no server): each
//! change carries a stamp ([`Stamp`], a hybrid logical clock and the
//! device's id); every history entry has its own id; a removal is a
//! stamped fact, never a deletion; and [`merge`] brings two copies
//! together: the union of entries and removals, and for each field the
//! value with the later stamp. Merging is commutative, associative and
//! idempotent. Conflicting changes to a field that identifies a person are
//! kept and shown ([`conflicts`]).

pub mod conflicts;
pub mod device;
pub mod fields;
pub mod fields_of;
pub mod kept_apart;
pub mod legacy;
pub mod register;
pub mod stamp;
pub mod stamping;
pub mod summary;

pub use conflicts::Conflict;
pub use fields::{FieldStamps, FieldVersion, Removed};
pub use register::merge;
pub use stamp::{Clock, Stamp};
pub use summary::MergeSummary;
