//! A deadline's status as an NHS tag: colour and words, never colour alone.

use leptos::prelude::*;

use crate::domain::deadlines::Status;

#[component]
pub fn StatusTag(status: Status) -> impl IntoView {
    let colour = match status {
        Status::Overdue => "nhsuk-tag--red",
        Status::DueSoon => "nhsuk-tag--yellow",
        Status::Upcoming => "nhsuk-tag--blue",
        Status::Done { on_time: true } => "nhsuk-tag--green",
        Status::Done { on_time: false } => "nhsuk-tag--orange",
    };
    view! { <strong class=format!("nhsuk-tag {colour}")>{status.label()}</strong> }
}
