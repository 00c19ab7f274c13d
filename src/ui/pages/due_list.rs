//! `#/due-list`: every open obligation across homes, with counts, filters,
//! search, and exports (calendar file and CSV).

use leptos::prelude::*;

use crate::domain::date_text::{iso, short};
use crate::domain::obligation::ObligationId;
use crate::domain::query;
use crate::domain::register::due_list::{counts, counts_by_home, due_list, Counts, DueRow, Filter};
use crate::domain::register::exports::{csv, ics, NameDetail};
use crate::domain::register::marking::DoneTarget;
use crate::domain::register::nhs_number;
use crate::domain::route::Route;
use crate::storage::files;
use crate::ui::components::{
    rule_link, Checkbox, JustMarked, MarkDone, SelectField, StatusTag, TextField, UndoBanner,
};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// Rows drawn at first (more than a tablet's screen); "Show more" draws
/// the rest in pages. Every row drawn costs layout time on the first
/// screen, so the page stays short.
const PAGE: usize = 25;

/// With more homes than this, their counts are folded under "Counts for
/// each home": the list's first row stays on a tablet's first screen.
const MANY_HOMES: usize = 1;

/// Obligation filter values that pick a kind of row rather than one id.
const HOME_DUTIES: &str = "home-duties";
const RESIDENTS: &str = "residents";

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

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

fn row_view(r: DueRow, on_marked: Callback<JustMarked>) -> impl IntoView {
    let who = match &r.resident {
        Some(x) => view! {
            <a href=Route::resident(&x.id).href()>{x.name.clone()}</a>
            <br/>
            <span class="nhsuk-body-s"><span class="app-nowrap">{nhs_number::format(&x.nhs_number)}</span>{format!(" \u{b7} {}", r.home_name)}</span>
        }
        .into_any(),
        None => view! {
            <a href=Route::care_home(&r.home_id).href()>{r.home_name.clone()}</a>
            <br/>
            <span class="nhsuk-body-s">"Duty of the home"</span>
        }
        .into_any(),
    };
    let resident_id = r
        .resident
        .as_ref()
        .map(|x| x.id.clone())
        .unwrap_or_default();
    let rule = rule_link(r.scheme, r.obligation);
    let target = DoneTarget {
        home_id: r.home_id.to_string(),
        resident_id: r.resident.as_ref().map(|x| x.id.clone()),
        obligation: r.obligation.id,
    };
    let key = format!(
        "{}-{}",
        if resident_id.is_empty() {
            &*r.home_id
        } else {
            resident_id.as_str()
        },
        r.key
    );
    let what = format!("{} for {}", r.obligation.title, r.who());
    view! {
        <tr class="nhsuk-table__row" data-due-row="" data-obligation=r.obligation.id.as_str() data-status=r.status.as_str() data-resident=resident_id data-home=r.home_id.clone()>
            <td class="nhsuk-table__cell app-nowrap">
                <span class="app-table__label" aria-hidden="true">"Due "</span>
                <time datetime=iso(r.due)>{short(r.due)}</time>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Who "</span>
                {who}
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Obligation "</span>
                {r.obligation.title}
                <br/>
                <span class="nhsuk-body-s">
                    {format!("{}. From {}: ", r.explanation(), r.scheme.short_name)}
                    <cite>{crate::ui::components::clause_text(r.obligation.clause)}</cite>
                    " \u{b7} "
                    <a href=rule>"About this rule"</a>
                </span>
            </td>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Status "</span>
                <StatusTag status=r.status/>
                <MarkDone target key what on_marked/>
            </td>
        </tr>
    }
}

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
    let full_names = RwSignal::new(false);
    let just_marked = RwSignal::new(Option::<JustMarked>::None);
    let counts_open = RwSignal::new(false);
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
    let matching_rows = move || {
        filtered.with_untracked(|idx| {
            list.with_untracked(|l| idx.iter().map(|i| l.rows[*i].clone()).collect::<Vec<_>>())
        })
    };
    // Counts for every home in one pass over the list.
    let per_home = Memo::new(move |_| list.with(|l| counts_by_home(&l.rows)));

    let home_options = Signal::derive(move || {
        let mut o = vec![(String::new(), "All homes".to_string())];
        o.extend(records.register.value.with(|r| {
            r.homes
                .iter()
                .map(|h| (h.id.clone(), h.name.clone()))
                .collect::<Vec<_>>()
        }));
        o
    });
    let obligation_options: Vec<(String, String)> = [
        (String::new(), "All obligations".to_string()),
        (
            RESIDENTS.to_string(),
            "Residents\u{2019} reviews only".to_string(),
        ),
        (
            HOME_DUTIES.to_string(),
            "Duties of the homes only".to_string(),
        ),
    ]
    .into_iter()
    .chain(
        ObligationId::PER_RESIDENT
            .into_iter()
            .chain(ObligationId::PER_HOME)
            .map(|id| (id.as_str().to_string(), capitalised(id.done_label()))),
    )
    .collect();
    let status_options: Vec<(String, String)> = vec![
        (String::new(), "Any status".into()),
        ("overdue".into(), "Overdue".into()),
        ("due-soon".into(), "Due within 7 days".into()),
        ("upcoming".into(), "Upcoming".into()),
    ];

    let export_csv = move |_| {
        let text = csv(&matching_rows());
        let _ = files::download(
            &format!("due-list-{}.csv", iso(app.today)),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let export_ics = move |_| {
        let detail = if full_names.get_untracked() {
            NameDetail::FullName
        } else {
            NameDetail::Initials
        };
        let stamp = crate::ui::browser::now_iso().replace(['-', ':'], "");
        let text = ics(&matching_rows(), detail, &stamp);
        let _ = files::download(
            &format!("due-dates-{}.ics", iso(app.today)),
            "text/calendar;charset=utf-8",
            &text,
        );
    };

    // Quarterly returns not yet submitted (Rotherham homes), due or overdue.
    let returns_due_view = move || {
        let due = records.register.value.with(|r| {
            app.settings
                .with(|s| crate::domain::returns::due::returns_due(r, app.today, &s.return_dates))
        });
        (!due.is_empty()).then(|| {
            view! {
                <h2>"Quarterly returns"</h2>
                <ul class="nhsuk-list" data-testid="returns-due">
                    {due.into_iter().map(|d| {
                        let (tag, text) = if d.days_left < 0 {
                            ("nhsuk-tag nhsuk-tag--red", format!("Overdue by {} days", -d.days_left))
                        } else if d.days_left <= 7 {
                            ("nhsuk-tag nhsuk-tag--yellow", "Due within 7 days".to_string())
                        } else {
                            ("nhsuk-tag nhsuk-tag--blue", "Not yet due".to_string())
                        };
                        view! {
                            <li data-return-due=d.home_id.clone()>
                                <a href=Route::return_of(&d.home_id, d.quarter.year, d.quarter.q).href()>
                                    {format!("{}: return for {}", d.home_name, d.quarter.label())}
                                </a>
                                {format!(", due {} ", short(d.due))}
                                <strong class=tag>{text}</strong>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    };

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
                // Many homes' cards would push the list off the screen:
                // they fold away, one click from view, and are drawn only
                // when opened (fifty homes' cards cost the first screen).
                if homes.len() <= MANY_HOMES {
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
        {move || list.with(|l| l.problems.clone()).into_iter().map(|p| view! {
            <div class="nhsuk-warning-callout"><h2 class="nhsuk-warning-callout__label"><span role="text">"Not shown"</span></h2><p>{p}</p></div>
        }).collect_view()}
        // Folded until used, so the first row is on a tablet's first
        // screen; open when the page was opened for one home.
        <details class="nhsuk-details app-no-print nhsuk-u-margin-bottom-2" data-testid="filters" open=filters_open>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"Filter or search the list"</span>
            </summary>
            <div class="nhsuk-details__text app-filters">
                <SelectField id="filter-home" label="Home" options=home_options value=home on_change=Callback::new(move |v| { home.set(v); shown.set(PAGE); })/>
                <SelectField id="filter-obligation" label="Obligation" options=obligation_options value=obligation on_change=Callback::new(move |v| { obligation.set(v); shown.set(PAGE); })/>
                <SelectField id="filter-status" label="Status" options=status_options value=status on_change=Callback::new(move |v| { status.set(v); shown.set(PAGE); })/>
                <TextField id="filter-search" label="Search by name or NHS number" input_type="search" value=search on_input=Callback::new(move |v| { search.set(v); shown.set(PAGE); }) error=Signal::derive(|| None::<String>)/>
            </div>
        </details>
        <UndoBanner just=just_marked/>
        <p class="nhsuk-u-margin-bottom-2" data-testid="row-count" aria-live="polite">{move || format!("{} deadlines match.", filtered.with(Vec::len))}</p>
        // Below the first screen it is drawn when it comes near (see the style).
        <div class="app-render-when-seen">
            <table class="nhsuk-table app-table" data-testid="due-list">
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
                            .map(|r| row_view(r, on_marked))
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
        {move || (filtered.with(Vec::len) > shown.get()).then(|| view! {
            <button class="nhsuk-button nhsuk-button--secondary app-no-print" type="button" data-testid="show-more" on:click=move |_| shown.update(|n| *n += PAGE)>
                {move || format!("Show {} more", filtered.with(Vec::len).saturating_sub(shown.get()).min(PAGE))}
            </button>
        })}
        // Below the list, so its first row stays on the first screen.
        {returns_due_view}
        <h2 class="app-no-print">"Export"</h2>
        <div class="app-no-print">
            <p>"Exports hold the deadlines shown above (with the filters applied)."</p>
            <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-3">
                <Checkbox id="ics-full-names" label="Put full names in the calendar file (initials otherwise)" checked=full_names on_toggle=Callback::new(move |v| full_names.set(v))/>
            </div>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-ics" on:click=export_ics>"Download calendar (.ics)"</button>
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-csv" on:click=export_csv>"Download for Excel (.csv)"</button>
            </div>
        </div>
    }
}
