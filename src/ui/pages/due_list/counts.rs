//! The due list's "How many are due": the counts of what is overdue, due
//! within 7 days and within 30 days, for all homes and for each home.

use leptos::prelude::*;

use crate::domain::records::register::due_list::{counts, counts_by_home, Counts, DueList};
use crate::ui::records::Records;

/// One card of counts: overdue, due within 7 days, due within 30 days.
fn count_cards(title: String, c: Counts, testid: String) -> impl IntoView {
    view! {
        <div class="app-counts nhsuk-u-margin-bottom-2" data-testid=testid>
            <h3 class="nhsuk-heading-xs">{title}</h3>
            <p class="nhsuk-body-s">
                <strong class="nhsuk-tag nhsuk-tag--red">{format!("{} overdue", c.overdue)}</strong>
                " "
                <strong class="nhsuk-tag nhsuk-tag--yellow">{format!("{} due within 7 days", c.this_week)}</strong>
                " "
                <strong class="nhsuk-tag nhsuk-tag--blue">{format!("{} due within 30 days", c.within_30_days)}</strong>
            </p>
        </div>
    }
}

/// The counts: all homes' (or the only home's), then each home's, folded
/// when there are many.
#[component]
pub(super) fn CountsOfWhatIsDue(list: Memo<DueList>) -> impl IntoView {
    let records = expect_context::<Records>();
    let counts_open = RwSignal::new(false);
    // Counts for every home in one pass over the list.
    let per_home = Memo::new(move |_| list.with(|l| counts_by_home(&l.rows)));
    view! {
        <section aria-labelledby="counts-heading" data-testid="counts">
            // Headings go down one level at a time (h1, h2, h3).
            <h2 class="nhsuk-u-visually-hidden" id="counts-heading">"How many are due"</h2>
            // With one home, its counts are all the counts: one card, with
            // its name.
            {move || {
                let title = records.register.value.with(|r| match r.homes.as_slice() {
                    [only] => only.name.clone(),
                    _ => "All homes".to_string(),
                });
                count_cards(title, list.with(|l| counts(&l.rows)), "counts-all".into())
            }}
            {move || {
                // Each home's id and name, in the register's order.
                let homes: Vec<(String, String)> = records.register.value.with(|r| {
                    r.homes.iter().map(|h| (h.id.clone(), h.name.clone())).collect()
                });
                let cards = move |homes: Vec<(String, String)>| homes.into_iter().map(|(id, name)| {
                    let c = per_home.with(|m| m.get(id.as_str()).copied().unwrap_or_default());
                    count_cards(name, c, format!("counts-{id}"))
                }).collect_view();
                // One home's counts are the card above. More homes' cards
                // would push the list's first row off a tablet's first
                // screen: they fold away, one click from view, and are
                // drawn only when opened.
                if homes.len() < 2 {
                    ().into_any()
                } else {
                    let homes = StoredValue::new(homes);
                    view! {
                        <details class="nhsuk-details nhsuk-u-margin-bottom-2" data-testid="counts-by-home"
                            on:toggle=move |ev| counts_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                            <summary class="nhsuk-details__summary">
                                <span class="nhsuk-details__summary-text">"Counts for each home"</span>
                            </summary>
                            <div class="nhsuk-details__text">
                                {move || counts_open.get().then(|| cards(homes.get_value()))}
                            </div>
                        </details>
                    }.into_any()
                }
            }}
        </section>
    }
}
