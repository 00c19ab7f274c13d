//! The outcomes the practice sent back, newest round first: for each
//! resident seen, the changes to make to the care plan and medicines and
//! the follow-up, each ticked once made in the home's records.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::fields::{left_off, Part, PrintPart};
use super::Page;
use crate::domain::helpers::date_text::long;
use crate::domain::records::round::file::{OutcomeLine, RoundOutcomes};
use crate::domain::records::round::home_side::line_key;
use crate::ui::components::long_word_class;

#[component]
pub fn Outcomes(page: Page) -> impl IntoView {
    // The outcomes alone (not the ticks): ticking a line does not draw the
    // list again, so focus stays on the box ticked.
    let received = Memo::new(move |_| {
        let mut list: Vec<RoundOutcomes> = page
            .records
            .home_rounds
            .value
            .with(|h| h.outcomes.iter().map(|x| x.outcomes.clone()).collect());
        crate::domain::helpers::stable_sort::sort_by_key(&mut list, |o| std::cmp::Reverse(o.round));
        list
    });
    move || {
        let mut next_index = 0;
        received
            .get()
            .into_iter()
            .map(|o| {
                let start = next_index;
                next_index += o.residents.len();
                round_outcomes(page, o, start)
            })
            .collect_view()
    }
}

/// Whether the line `key` of the round's outcomes is ticked as made.
fn is_made(page: Page, round: NaiveDate, key: &str) -> bool {
    page.records.home_rounds.value.with(|h| {
        h.outcomes
            .iter()
            .find(|x| x.outcomes.round == round)
            .is_some_and(|x| x.made.iter().any(|k| k == key))
    })
}

fn round_outcomes(page: Page, o: RoundOutcomes, start: usize) -> impl IntoView {
    let round = o.round;
    let keys: Vec<String> = o.residents.iter().map(line_key).collect();
    let total = keys.len();
    let made_count = move || {
        let made = keys.iter().filter(|k| is_made(page, round, k)).count();
        format!("{made} of {total} made in your records")
    };
    let from = if o.practice.is_empty() {
        String::new()
    } else {
        format!("From {}", o.practice)
    };
    view! {
        <section
            class="nhsuk-u-margin-top-5"
            class=("app-no-print", left_off(page.printing, Part::Outcomes(round)))
            data-testid="outcomes"
            data-round=crate::domain::helpers::date_text::iso(round)
        >
            <h2 class="nhsuk-u-margin-bottom-2">{format!("Outcomes of the round on {}", long(round))}</h2>
            {(!from.is_empty()).then(|| view! { <p class="nhsuk-body-s">{from}</p> })}
            <p data-testid="made-count"><strong>{made_count}</strong></p>
            <ul class="nhsuk-list">
                {o.residents
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| line_view(page, round, l, start + i))
                    .collect_view()}
            </ul>
            <div class="nhsuk-button-group app-no-print">
                <PrintPart label="Print the outcomes" testid="print-outcomes" part=Part::Outcomes(round) printing=page.printing/>
            </div>
        </section>
    }
}

fn line_view(page: Page, round: NaiveDate, l: OutcomeLine, index: usize) -> impl IntoView {
    let key = line_key(&l);
    let title = if l.room.is_empty() {
        l.name.clone()
    } else {
        format!("{}, room {}", l.name, l.room)
    };
    let changes: Vec<(&'static str, String)> = [
        ("Changes to the care plan", l.care_plan),
        ("Changes to medicines", l.medicines),
        ("Follow-up", l.follow_up),
    ]
    .into_iter()
    .filter(|(_, v)| !v.trim().is_empty())
    .collect();
    let checked = {
        let key = key.clone();
        Signal::derive(move || is_made(page, round, &key))
    };
    let toggle = {
        let key = key.clone();
        Callback::new(move |made: bool| {
            page.records
                .home_rounds
                .update(|h| h.set_made(round, &key, made));
        })
    };
    view! {
        <li class="nhsuk-card nhsuk-u-margin-bottom-4" data-outcome=key>
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <span class=long_word_class(&l.name)>{title}</span>
                </h3>
                {(!l.seen_by.is_empty()).then(|| view! {
                    <p class="nhsuk-body-s nhsuk-u-margin-bottom-2">{format!("Seen by {}", l.seen_by)}</p>
                })}
                {if changes.is_empty() {
                    view! { <p data-testid="no-changes">"No changes"</p> }.into_any()
                } else {
                    view! {
                        <dl class="nhsuk-summary-list nhsuk-u-margin-bottom-3">
                            {changes.into_iter().map(|(k, v)| view! {
                                <div class="nhsuk-summary-list__row">
                                    <dt class="nhsuk-summary-list__key">{k}</dt>
                                    <dd class="nhsuk-summary-list__value">{crate::ui::components::text_lines(&v)}</dd>
                                </div>
                            }).collect_view()}
                        </dl>
                    }
                    .into_any()
                }}
                <div class="nhsuk-form-group nhsuk-u-margin-bottom-0">
                    <div class="nhsuk-checkboxes">
                        <crate::ui::components::Checkbox id=format!("made-{index}") label="Made in our records" hidden=format!("for {}", l.name) checked=checked on_toggle=toggle/>
                    </div>
                </div>
            </div>
        </li>
    }
}
