//! `#/returns/monitoring?home=<id>`: LSC monitoring (000 Appendix 1), for
//! one home or the practice (every home): the number and share of current
//! residents with each metric recorded in the last 12 months (medication
//! review also in the last 6), today and at the baseline of 1 April.
//! Printable.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::long;
use crate::domain::records::returns::monitoring::{
    baseline, monitoring, window_words, Metric, MetricLine,
};
use crate::storage::location;
use crate::ui::components::{PrintButton, SelectField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

#[component]
pub fn ReturnsMonitoringPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let home = RwSignal::new(query::get(&query, "home").unwrap_or_default());
    Effect::new(move |_| {
        let h = home.get();
        let query = if h.is_empty() {
            String::new()
        } else {
            query::build([("home", h)])
        };
        location::replace_hash(&Route::ReturnsMonitoring { query }.href());
    });
    let options = move || {
        let mut o = vec![(String::new(), "Every home (the practice)".to_string())];
        records.register.value.with(|r| {
            o.extend(r.homes.iter().map(|h| (h.id.clone(), h.name.clone())));
        });
        o
    };
    let start = baseline(app.today);
    let lines = Memo::new(move |_| {
        let h = home.get();
        let only = (!h.is_empty()).then_some(h.as_str());
        records
            .register
            .value
            .with(|r| (monitoring(r, only, app.today), monitoring(r, only, start)))
    });
    let rows = move || {
        let (now, then) = lines.get();
        now.into_iter()
            .zip(then)
            .map(|(n, b)| {
                let six = |l: &MetricLine| {
                    l.in_6_months
                        .map(|x| format!("; in 6 months {}", MetricLine::share(x, l.residents)))
                        .unwrap_or_default()
                };
                view! {
                    <tr class="nhsuk-table__row" data-metric=n.metric.key()>
                        <th scope="row" class="nhsuk-table__header">
                            {n.metric.label()}
                            {(n.metric == Metric::Delirium).then(|| view! {
                                <span class="nhsuk-body-s app-figure-reading" data-testid="delirium-denominator">
                                    "Of the current residents with acute confusion recorded (the 4AT\u{2019}s acute change present), not of every resident."
                                </span>
                            })}
                        </th>
                        <td class="nhsuk-table__cell" data-when="now">
                            <span class="app-table__label" aria-hidden="true">"Now"</span>
                            {format!("{}{}", MetricLine::share(n.in_12_months, n.residents), six(&n))}
                        </td>
                        <td class="nhsuk-table__cell" data-when="baseline">
                            <span class="app-table__label" aria-hidden="true">"Baseline"</span>
                            {format!("{}{}", MetricLine::share(b.in_12_months, b.residents), six(&b))}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h1>"LSC monitoring"</h1>
        <p class="nhsuk-lede-text">"How many current residents have each metric recorded in the last 12 months (LSC specification 2026/27, Appendix 1)."</p>
        <p>"A metric counts when a completed admission assessment has the item filled in, when the matching review is in the resident\u{2019}s history, or when it is recorded on its own on the resident\u{2019}s page. Delirium assessment is asked for residents with acute confusion."</p>
        <p data-testid="window">{format!(
            "The last 12 months: {}. Current residents are those admitted on or before that day who had not left or died by it; the baseline counts the same way on {}.",
            window_words(app.today),
            long(start)
        )}</p>
        <div class="app-no-print">
            <SelectField id="monitoring-home" label="Care home" options=Signal::derive(options) value=home on_change=Callback::new(move |v| home.set(v))/>
        </div>
        <table class="nhsuk-table app-table" data-testid="monitoring">
            <thead class="nhsuk-table__head"><tr>
                <th scope="col" class="nhsuk-table__header">"Metric"</th>
                <th scope="col" class="nhsuk-table__header">{format!("Now ({})", long(app.today))}</th>
                <th scope="col" class="nhsuk-table__header">{format!("Baseline ({})", long(start))}</th>
            </tr></thead>
            <tbody class="nhsuk-table__body">{rows}</tbody>
        </table>
        <div class="app-no-print"><PrintButton label="Print the report"/></div>
    }
}
