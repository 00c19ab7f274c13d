//! `#/due-list`: every open obligation across homes, with counts, filters,
//! search, and exports (calendar file and CSV). The page: its signals, the
//! list and its rows drawn a page at a time; the parts are in this folder.

mod counts;
mod exports;
mod filters;
mod returns_due;
mod row;

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::short;
use crate::domain::records::register::due_list::{due_list, Filter};
use crate::domain::rules::obligation::ObligationId;
use crate::ui::components::{JustMarked, ShowMore, UndoBanner};
use crate::ui::records::Records;
use crate::ui::state::AppState;

use counts::CountsOfWhatIsDue;
use exports::ExportTheList;
use filters::{FilterOrSearch, HOME_DUTIES, RESIDENTS};
use returns_due::QuarterlyReturnsDue;
use row::DeadlineRow;

/// Rows drawn at first (more than a tablet's screen); "Show more" draws
/// the rest in pages. Every row drawn costs layout time on the first
/// screen, so the page stays short.
const PAGE: usize = 25;

#[component]
pub fn DueListPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let start_home = query::get(&query, "home").unwrap_or_default();
    let filters_open = !start_home.is_empty();
    let home = RwSignal::new(start_home);
    let obligation = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    let search = RwSignal::new(String::new());
    let shown = RwSignal::new(PAGE);
    let just_marked = RwSignal::new(Option::<JustMarked>::None);
    let on_marked = Callback::new(move |j| just_marked.set(Some(j)));

    let list = Memo::new(move |_| {
        records
            .register
            .value
            .with(|r| app.calendar.with(|c| due_list(r, app.today, c)))
    });
    let filter = Memo::new(move |_| Filter {
        home_id: Some(home.get()).filter(|h| !h.is_empty()),
        obligation: ObligationId::parse(&obligation.get()),
        home_duties: match obligation.get().as_str() {
            HOME_DUTIES => Some(true),
            RESIDENTS => Some(false),
            _ => None,
        },
        status: Some(status.get()).filter(|s| !s.is_empty()),
        search: search.get(),
    });
    // Positions in `list` of the rows that match: no row is copied until
    // it is drawn or exported.
    let filtered = Memo::new(move |_| {
        let f = filter.get();
        list.with(|l| f.matching(&l.rows))
    });

    let table = NodeRef::<leptos::html::Table>::new();
    view! {
        <h1 class="nhsuk-u-margin-bottom-3">"Due list"</h1>
        <p>{format!("Open reviews and home duties as of {}, soonest first.", short(app.today))}</p>
        // Getting started: an empty list says what to do first (issue 23).
        {move || records.register.value.with(|r| {
            if r.homes.is_empty() {
                Some(("Nothing is due yet: there are no care homes in the register. Start by adding a care home, then its residents.", "Add a care home"))
            } else if r.residents.is_empty() {
                Some(("Nothing is due for residents yet: add the residents of each care home, with the reviews already done.", "Add residents"))
            } else {
                None
            }
        }).map(|(say, link)| view! {
            <div class="nhsuk-inset-text" data-testid="getting-started">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>{say}" "<a href=Route::Register.fixed_href()>{link}</a></p>
            </div>
        })}
        <CountsOfWhatIsDue list/>
        {move || list.with(|l| l.problems.clone()).into_iter().map(|p| view! {
            <div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label"><span role="text">"Not shown"</span></h2><p>{p}</p></div>
        }).collect_view()}
        <FilterOrSearch open=filters_open home obligation status search shown/>
        <UndoBanner just=just_marked/>
        <p class="nhsuk-u-margin-bottom-2" data-testid="row-count" aria-live="polite">{move || format!("{} deadlines match.", filtered.with(Vec::len))}</p>
        // Below the first screen it is drawn when it comes near (see the style).
        <div class="app-render-when-seen">
            <table class="nhsuk-table app-table" data-testid="due-list" node_ref=table>
                <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Deadlines"</caption>
                <thead class="nhsuk-table__head">
                    <tr>
                        <th scope="col" class="nhsuk-table__header">"Due"</th>
                        <th scope="col" class="nhsuk-table__header">"Who"</th>
                        <th scope="col" class="nhsuk-table__header">"Obligation and rule"</th>
                        <th scope="col" class="nhsuk-table__header">"Status"</th>
                    </tr>
                </thead>
                <tbody class="nhsuk-table__body">
                    {move || {
                        let n = shown.get();
                        filtered.with(|idx| list.with(|l| idx.iter().take(n).map(|i| l.rows[*i].clone()).collect::<Vec<_>>()))
                            .into_iter()
                            .map(|row| view! { <DeadlineRow row on_marked/> })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        <ShowMore
            matching=Signal::derive(move || filtered.with(Vec::len))
            shown
            page=PAGE
            testid="show-more"
            no_print=true
            on_more=Callback::new(move |()| {
                // Focus goes to the first row drawn, so it is not lost when
                // the button goes (issue 23), as on the residents page.
                let n = shown.get_untracked();
                shown.set(n + PAGE);
                request_animation_frame(move || {
                    if let Some(t) = table.get_untracked() {
                        let css = format!("tbody tr:nth-child({}) a", n + 1);
                        crate::ui::components::focus_within(&t, &css);
                    }
                });
            })
        />
        // Below the list, so its first row stays on the first screen.
        <QuarterlyReturnsDue/>
        <ExportTheList list filtered/>
    }
}
