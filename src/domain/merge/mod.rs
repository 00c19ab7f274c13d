//! Keeping every device's copy whole when copies meet (no server): each
//! change carries a stamp ([`Stamp`], a hybrid logical clock and the
//! device's id); every history entry has its own id; a removal is a
//! stamped fact, never a deletion; and [`merge`] brings two copies
//! together: the union of entries and removals, and for each field the
//! value with the later stamp. Merging is commutative, associative and
//! idempotent. Conflicting changes to a field that identifies a person are
//! kept and shown ([`conflicts`]).

pub mod conflicts;
pub mod kept_apart;
pub mod register;
pub mod stamping;
pub mod summary;
pub mod workspace;

// The stamps and the records' field lists, where the pages and tests have
// always found them.
pub use crate::domain::records::register::{fields_of, legacy};
pub use crate::domain::stamps::{device, fields, stamp};

pub use conflicts::Conflict;
pub use fields::{FieldStamps, FieldVersion, Removed};
pub use register::{merge, rebase};
pub use stamp::{Clock, Stamp};
pub use summary::MergeSummary;
pub use workspace::{preview, restore, RestorePreview};
