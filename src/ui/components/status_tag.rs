//! A deadline's status as an NHS tag: colour and words, never colour alone.

use leptos::prelude::*;

use crate::domain::rules::deadlines::Status;
use crate::ui::markup::Markup;

/// The tag's class: its colour.
fn class(status: Status) -> &'static str {
    match status {
        Status::Overdue => "nhsuk-tag nhsuk-tag--red",
        Status::DueSoon => "nhsuk-tag nhsuk-tag--yellow",
        Status::Upcoming => "nhsuk-tag nhsuk-tag--blue",
        Status::Done { on_time: true } => "nhsuk-tag nhsuk-tag--green",
        Status::Done { on_time: false } => "nhsuk-tag nhsuk-tag--orange",
    }
}

#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    view! { <strong class=class(status)>{status.label()}</strong> }
}

/// The same tag, as markup (`ui::markup`).
pub fn push_status_tag(m: &mut Markup, status: Status) {
    m.tag("<strong class=\"")
        .tag(class(status))
        .tag("\">")
        .tag(status.label())
        .tag("</strong>");
}
