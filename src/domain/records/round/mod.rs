//! The weekly home round prepared by the care home and closed by the
//! practice (issue 26, docs/rules.md §8): the home's request of the
//! residents to see, with the reason and background for each; the send-by
//! time before the round; matching a request to the register; the
//! practice's outcomes sent back; and the files that carry them.

pub mod file;
pub mod home_side;
pub mod matching;
pub mod outcome;
pub mod practice;
pub mod reason;
pub mod request;
pub mod send_by;

pub use matching::{match_entry, Match};
pub use outcome::{OutcomeDraft, RoundOutcome};
pub use reason::Reason;
pub use request::{EntryDraft, RequestEntry, RoundRequest};
pub use send_by::{send_by, Notice, SendBy};
