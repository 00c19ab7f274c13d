//! The commissioner's due dates for quarterly returns, as they set them on
//! `#/commissioners` (for the link) and in Settings: a day of the month
//! after each quarter ends, every year, and dates for particular quarters.
//! Only a rule that holds together is ever set; what cannot be used stays
//! in its field with the reason beside it.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{focus_element, DateInput, SelectField, TextField};
use crate::domain::helpers::date_text::{short, DateEntry, DatePart, DateParts};
use crate::domain::records::returns::{Quarter, ReturnDueRule};

#[component]
pub fn ReturnDueFields(
    /// The rule as it stands.
    rule: RwSignal<ReturnDueRule>,
    /// True while the day's field holds a day that could not be used.
    pending: RwSignal<bool>,
    /// For the quarters offered.
    today: NaiveDate,
    /// Called after each change that was taken.
    on_change: Callback<()>,
) -> impl IntoView {
    let day_text =
        RwSignal::new(rule.with_untracked(|r| r.day.map(|d| d.to_string()).unwrap_or_default()));
    let day_error = RwSignal::new(Option::<String>::None);
    // The rule set from elsewhere (another tab's, as Settings follows it):
    // the day's field shows its day, unless it holds what was typed for it.
    Effect::new(move |_| {
        let day = rule.with(|r| r.day);
        let typed = day_text.with_untracked(|t| rule.with_untracked(|r| r.with_day(t)));
        if !pending.get_untracked() && typed.map(|r| r.day) != Ok(day) {
            day_text.set(day.map(|d| d.to_string()).unwrap_or_default());
        }
    });
    let set_day = move |typed: String| {
        day_text.set(typed.clone());
        match rule.with_untracked(|r| r.with_day(&typed)) {
            Ok(new) => {
                day_error.set(None);
                pending.set(false);
                rule.set(new);
                on_change.run(());
            }
            Err(why) => {
                day_error.set(Some(why));
                pending.set(true);
            }
        }
    };

    let quarters = ReturnDueRule::quarters_around(today);
    let options: Vec<(String, String)> =
        quarters.iter().map(|q| (q.link_key(), q.label())).collect();
    let quarter = RwSignal::new(Quarter::of(today).link_key());
    let date = RwSignal::new(DateParts::default());
    let date_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let said = RwSignal::new(Option::<String>::None);
    let add = move |_| {
        said.set(None);
        let Some(q) = quarter.with_untracked(|k| Quarter::from_link_key(k)) else {
            return;
        };
        let due = match date.with_untracked(|d| d.event_entry("The date")) {
            DateEntry::Valid(d) => d,
            DateEntry::Empty => {
                date_error.set(Some((
                    "Enter the date the return is due".into(),
                    DatePart::All,
                )));
                focus_element("return-due-date-day");
                return;
            }
            DateEntry::Invalid { message, part } => {
                date_error.set(Some((message, part)));
                focus_element("return-due-date-day");
                return;
            }
        };
        match rule.with_untracked(|r| r.with_date(q, due)) {
            Ok(new) => {
                rule.set(new);
                date_error.set(None);
                date.set(DateParts::default());
                said.set(Some(format!(
                    "Added: {} due {}.",
                    q.short_label(),
                    short(due)
                )));
                on_change.run(());
            }
            Err(why) => {
                date_error.set(Some((why, DatePart::All)));
                focus_element("return-due-date-day");
            }
        }
    };
    let remove = move |q: Quarter| match rule.with_untracked(|r| r.without_date(q)) {
        Ok(new) => {
            rule.set(new);
            said.set(Some(format!("Removed the date for {}.", q.short_label())));
            on_change.run(());
            focus_element("return-due-quarter");
        }
        Err(why) => {
            said.set(Some(format!(
                "The date for {} was not removed: {why}",
                q.short_label()
            )));
            request_animation_frame(|| focus_element("return-due-said"));
        }
    };

    view! {
        <TextField
            id="return-due-day"
            label="Day of the month after each quarter ends (optional)"
            hint="Every year. With 20, the return for April to June is due on 20 July. Left blank, returns are due on the 15th."
            width="nhsuk-input--width-2"
            value=day_text
            on_input=Callback::new(set_day)
            error=day_error
        />
        <h3 class="nhsuk-heading-xs">"Dates for particular quarters (optional)"</h3>
        {move || rule.with(|r| {
            if r.dates.is_empty() {
                return view! { <p data-testid="return-due-dates">"None set."</p> }.into_any();
            }
            view! {
                <dl class="nhsuk-summary-list" data-testid="return-due-dates">
                    {r.dates.iter().filter_map(|d| d.quarter().map(|q| (q, d.due))).map(|(q, due)| view! {
                        <div class="nhsuk-summary-list__row">
                            <dt class="nhsuk-summary-list__key">{q.label()}</dt>
                            <dd class="nhsuk-summary-list__value">{format!("Due {}", short(due))}</dd>
                            <dd class="nhsuk-summary-list__actions">
                                <button class="nhsuk-button nhsuk-button--secondary app-small-button nhsuk-u-margin-bottom-0" type="button"
                                    on:click=move |_| remove(q)>
                                    "Remove"<span class="nhsuk-u-visually-hidden">{format!(" the date for {}", q.short_label())}</span>
                                </button>
                            </dd>
                        </div>
                    }).collect_view()}
                </dl>
            }
            .into_any()
        })}
        <SelectField
            id="return-due-quarter"
            label="Quarter"
            options=Signal::derive(move || options.clone())
            value=quarter
            on_change=Callback::new(move |k| quarter.set(k))
        />
        <DateInput
            id="return-due-date"
            label="Its return is due"
            value=date
            on_input=Callback::new(move |p| date.set(p))
            error=date_error
        />
        <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="return-due-add" on:click=add>
            "Add this date"
        </button>
        <p role="status" id="return-due-said" tabindex="-1" data-testid="return-due-said">{move || said.get()}</p>
    }
}
