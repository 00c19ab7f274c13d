//! The quarterly return page's "Figures" table: each figure of the return,
//! its number (and why it differs from the register's count, if it does),
//! and the residents in the register behind it.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::returns::{Figure, Figures, QuarterReturn};
use crate::ui::records::Records;

/// The "Figures" table.
#[component]
pub(super) fn FiguresTable(
    records: Records,
    /// The figures worked out from the register.
    figs: Memo<Figures>,
    /// The return as kept (its adjustments).
    kept: Memo<QuarterReturn>,
) -> impl IntoView {
    let figure_rows = move || {
        let f = figs.get();
        let names = |ids: &[String]| -> Vec<(String, String)> {
            records.register.value.with(|r| {
                ids.iter()
                    .filter_map(|id| r.resident(id))
                    .map(|x| (x.id.clone(), x.name.clone()))
                    .collect()
            })
        };
        Figure::ALL
            .into_iter()
            .map(|fig| {
                let value = f.value(fig);
                let counted = f.counted(fig);
                let adjusted = kept.with(|k| k.adjustment(fig).cloned());
                let behind = names(f.residents(fig));
                let listed = (Figure::ADJUSTABLE.contains(&fig)).then(|| {
                    let n = behind.len();
                    view! {
                        <details class="nhsuk-details nhsuk-u-margin-bottom-0" data-testid=format!("behind-{}", fig.key())>
                            <summary class="nhsuk-details__summary">
                                <span class="nhsuk-details__summary-text">{format!("{n} in the register")}</span>
                            </summary>
                            <div class="nhsuk-details__text">
                                {if behind.is_empty() {
                                    view! { <p>"None."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="nhsuk-list">
                                            {behind.into_iter().map(|(id, name)| view! {
                                                <li><a href=Route::resident(&id).href()>{name}</a></li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </div>
                        </details>
                    }
                });
                view! {
                    <tr class="nhsuk-table__row">
                        <th scope="row" class="nhsuk-table__header">
                            {fig.label()}
                            <span class="nhsuk-body-s nhsuk-u-margin-bottom-0 app-figure-reading">{fig.reading()}</span>
                        </th>
                        <td class="nhsuk-table__cell app-nowrap">
                            <span class="app-table__label" aria-hidden="true">"Figure"</span>
                            <strong class="nhsuk-u-font-size-24" data-figure=fig.key()>{value.to_string()}</strong>
                            {adjusted.map(|a| view! {
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0" data-testid="adjusted">
                                    {format!("Adjusted from {counted}: {}", a.reason)}
                                </p>
                            })}
                            // The quarter before's adjusted carry-forward
                            // opens this one (domain rules 6.1).
                            {(fig == Figure::Start && f.adjusted[0].is_none()).then_some(f.carried).flatten().map(|(from, _)| view! {
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0" data-testid="carried">
                                    {format!("Opens at the quarter before\u{2019}s carry-forward, which follows an adjustment made in {}; the register counts {counted}.", from.label())}
                                </p>
                            })}
                        </td>
                        <td class="nhsuk-table__cell">
                            <span class="app-table__label" aria-hidden="true">"Residents"</span>
                            {listed}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <table class="nhsuk-table app-table" data-testid="figures">
            <caption class="nhsuk-table__caption">"Figures"</caption>
            <thead class="nhsuk-table__head"><tr>
                <th scope="col" class="nhsuk-table__header">"Figure"</th>
                <th scope="col" class="nhsuk-table__header">"Number"</th>
                <th scope="col" class="nhsuk-table__header">"Residents behind it"</th>
            </tr></thead>
            <tbody class="nhsuk-table__body">{figure_rows}</tbody>
        </table>
    }
}
