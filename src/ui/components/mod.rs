//! Reusable pieces, each following the NHS.UK design system's markup.

mod agreement_document;
mod checkbox;
mod copy_link;
mod date_input;
mod deadline_table;
mod error_message;
mod error_summary;
mod focus;
mod radio_group;
mod scheme_choice;
mod select_field;
mod status_tag;
mod text_area;
mod text_field;
mod working_details;

pub use agreement_document::AgreementDocument;
pub use checkbox::Checkbox;
pub use copy_link::CopyLink;
pub use date_input::DateInput;
pub use deadline_table::{rule_link, DeadlineTable};
pub use error_message::ErrorMessage;
pub use error_summary::{ErrorSummary, SummaryError};
pub use focus::focus_element;
pub use radio_group::RadioGroup;
pub use scheme_choice::SchemeChoice;
pub use select_field::SelectField;
pub use status_tag::StatusTag;
pub use text_area::TextArea;
pub use text_field::TextField;
pub use working_details::WorkingDetails;

/// A clause as drawn: "(b)(i)" and the like joined (U+2060 word joiner), so
/// a line never breaks between ")" and "(" inside a reference.
pub fn clause_text(clause: &str) -> String {
    clause.replace(")(", ")\u{2060}(")
}
