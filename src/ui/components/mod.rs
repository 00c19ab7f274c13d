//! Reusable pieces, each following the NHS.UK design system's markup.

mod agreement_document;
mod checkbox;
mod conflicts;
mod copy_link;
mod date_input;
mod deadline_table;
mod error_message;
mod error_summary;
mod focus;
mod following;
mod kept_apart;
mod long_word;
mod mark_done;
mod prepare_round_link;
mod print_button;
mod radio_group;
mod return_due_fields;
mod scheme_choice;
mod sealed_file;
mod select_field;
mod send_copy;
mod show_more;
mod status_tag;
mod storage_kept;
mod text_area;
mod text_field;
mod warning_callout;
mod working_details;

pub use agreement_document::AgreementDocument;
pub use checkbox::Checkbox;
pub use conflicts::Conflicts;
pub use copy_link::CopyLink;
pub use date_input::{DateInput, BOXES};
pub use deadline_table::{rule_link, DeadlineTable, DeadlineTableWithActions};
pub use error_message::ErrorMessage;
pub use error_summary::{focus_error_summary, ErrorSummary, SummaryError};
pub use focus::{focus_element, focus_within};
pub use following::follow_if_untouched;
pub use kept_apart::KeptApart;
pub use long_word::long_word_class;
pub use mark_done::{JustMarked, MarkDone, UndoBanner};
pub use prepare_round_link::PrepareRoundLink;
pub use print_button::PrintButton;
pub use radio_group::RadioGroup;
pub use return_due_fields::ReturnDueFields;
pub use scheme_choice::SchemeChoice;
pub use sealed_file::{OpenSealed, SendSealed};
pub use select_field::SelectField;
pub use send_copy::SendCopy;
pub use show_more::ShowMore;
pub use status_tag::StatusTag;
pub use storage_kept::StorageKept;
pub use text_area::TextArea;
pub use text_field::TextField;
pub use warning_callout::WarningCallout;

/// Text typed over several lines (a background, a change to a care plan),
/// drawn with its line breaks; blank lines dropped. (Inline styles are
/// refused by the app's security policy, so not `white-space`.)
pub fn text_lines(text: &str) -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    let lines: Vec<String> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, l)| view! { {l} {(i < last).then(|| view! { <br/> })} })
        .collect_view()
}

/// A clause (or a rule or note citing one) as drawn: documents in plain
/// words, "§" as "section", "(b)(i)" kept on one line.
pub fn clause_text(clause: &str) -> String {
    crate::domain::rules::sources::plain(clause).replace(")(", ")\u{2060}(")
}
