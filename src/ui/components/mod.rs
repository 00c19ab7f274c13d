//! Reusable pieces, each following the NHS.UK design system's markup.

mod date_input;
mod deadline_table;
mod error_summary;
mod focus;
mod scheme_choice;
mod status_tag;
mod working_details;

pub use date_input::DateInput;
pub use deadline_table::DeadlineTable;
pub use error_summary::{ErrorSummary, SummaryError};
pub use focus::focus_element;
pub use scheme_choice::SchemeChoice;
pub use status_tag::StatusTag;
pub use working_details::WorkingDetails;
