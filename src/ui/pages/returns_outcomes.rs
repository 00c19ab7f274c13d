//! `#/returns/outcomes?home=<id>&year=<yyyy>&half=<1|2>`: the Rotherham
//! outcomes report (001 §4.1), due in September and March: the emergency
//! admissions from the residents' histories and the Lead GP and manager
//! meetings held (with who attended) as the evidence, worked out; the
//! actions taken, unplanned visits and changes in practice written by the
//! practice (saved as typed). Printable.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{iso, short};
use crate::domain::records::returns::outcomes::{outcomes, HalfYear, OutcomeNotes};
use crate::storage::location;
use crate::ui::components::{PrintButton, SelectField, TextArea};
use crate::ui::records::Records;
use crate::ui::state::AppState;

#[component]
pub fn ReturnsOutcomesPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let homes = records.register.value.with_untracked(|r| r.homes.clone());
    if homes.is_empty() {
        return view! {
            <h1>"Outcomes report"</h1>
            <p data-testid="no-homes">"Add a care home first, on the " <a href=Route::Register.fixed_href()>"care homes"</a> " page."</p>
        }
        .into_any();
    }
    let get = |key: &str| query::get(&query, key);
    let period = get("year")
        .and_then(|y| y.parse().ok())
        .zip(get("half").and_then(|h| h.parse().ok()))
        .and_then(|(y, h)| HalfYear::new(y, h))
        .unwrap_or_else(|| HalfYear::of(app.today));
    let home = get("home")
        .filter(|h| homes.iter().any(|x| x.id == *h))
        .unwrap_or_else(|| homes[0].id.clone());
    let shown = RwSignal::new((home, period));
    Effect::new(move |_| {
        let (h, p) = shown.get();
        location::replace_hash(
            &Route::ReturnsOutcomes {
                query: query::build([
                    ("home", h),
                    ("year", p.year.to_string()),
                    ("half", p.half.to_string()),
                ]),
            }
            .href(),
        );
    });
    let home_name = Memo::new(move |_| {
        let id = shown.with(|s| s.0.clone());
        records.register.value.with(|r| {
            r.homes
                .iter()
                .find(|h| h.id == id)
                .map(|h| h.name.clone())
                .unwrap_or_default()
        })
    });
    let found = Memo::new(move |_| {
        let (id, p) = shown.get();
        records.register.value.with(|r| outcomes(r, &id, p))
    });
    let notes = Memo::new(move |_| {
        let (id, p) = shown.get();
        records.register.value.with(|r| r.outcome_notes(&id, p))
    });
    // Typing: shown at once, saved when it pauses (synced.rs).
    let write = move |f: fn(&mut OutcomeNotes, String), text: String| {
        let (id, p) = shown.get_untracked();
        records
            .register
            .edit(|r| r.edit_outcome_notes(&id, p, |n| f(n, text)));
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      get: fn(&OutcomeNotes) -> String,
                      set: fn(&mut OutcomeNotes, String)| {
        view! {
            <TextArea id=id label=label value=Signal::derive(move || notes.with(get)) on_input=Callback::new(move |v| write(set, v))/>
        }
    };
    let home_options = homes
        .iter()
        .map(|h| (h.id.clone(), h.name.clone()))
        .collect::<Vec<_>>();
    let period_options = move || {
        let last = HalfYear::of(app.today).year;
        (2019..=last)
            .rev()
            .flat_map(|y| [2u8, 1].map(|h| HalfYear { year: y, half: h }))
            .map(|p| (format!("{}-{}", p.year, p.half), p.label()))
            .collect::<Vec<_>>()
    };

    view! {
        <h1>"Outcomes report"</h1>
        <p class="nhsuk-lede-text">"The Rotherham outcomes report for a care home (Rotherham specification 2019/20, section 4.1), due in September and March."</p>
        <div class="app-no-print">
            <SelectField id="outcomes-home" label="Care home" options=Signal::derive(move || home_options.clone())
                value=Signal::derive(move || shown.with(|s| s.0.clone()))
                on_change=Callback::new(move |id: String| shown.update(|s| s.0 = id))/>
            <SelectField id="outcomes-period" label="Half-year" options=Signal::derive(period_options)
                value=Signal::derive(move || shown.with(|s| format!("{}-{}", s.1.year, s.1.half)))
                on_change=Callback::new(move |v: String| {
                    let parsed = v.split_once('-').and_then(|(y, h)| HalfYear::new(y.parse().ok()?, h.parse().ok()?));
                    if let Some(p) = parsed {
                        shown.update(|s| s.1 = p);
                    }
                })/>
        </div>
        <h2 data-testid="outcomes-title">{move || format!("{}: {}", home_name.get(), shown.with(|s| s.1.label()))}</h2>
        <h3>"Emergency admissions to hospital"</h3>
        <p class="nhsuk-hint">"From the residents\u{2019} histories (\u{201c}Admitted to hospital\u{201d})."</p>
        {move || {
            let list = found.with(|f| f.admissions.clone());
            if list.is_empty() {
                view! { <p data-testid="admissions">"None recorded in this period."</p> }.into_any()
            } else {
                view! {
                    <p data-testid="admission-count">{format!("{} in this period:", list.len())}</p>
                    <ul class="nhsuk-list nhsuk-list--bullet" data-testid="admissions">
                        {list.into_iter().map(|a| view! {
                            <li><time datetime=iso(a.date)>{short(a.date)}</time>": "<a href=Route::resident(&a.resident_id).href()>{a.name}</a></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        {field("outcomes-actions", "Actions taken", |n| n.actions.clone(), |n, v| n.actions = v)}
        {field("outcomes-visits", "Unplanned visits to the home", |n| n.unplanned_visits.clone(), |n, v| n.unplanned_visits = v)}
        {field("outcomes-changes", "Changes in practice", |n| n.changes.clone(), |n, v| n.changes = v)}
        <h3>"Lead GP and care home manager meetings about unplanned admissions"</h3>
        <p class="nhsuk-hint">"The evidence: the meetings recorded on the care home\u{2019}s page."</p>
        {move || {
            let list = found.with(|f| f.meetings.clone());
            if list.is_empty() {
                view! { <p data-testid="meetings">"No meeting recorded in this period."</p> }.into_any()
            } else {
                view! {
                    <ul class="nhsuk-list nhsuk-list--bullet" data-testid="meetings">
                        {list.into_iter().map(|m| view! {
                            <li>
                                <time datetime=iso(m.date)>{short(m.date)}</time>
                                {format!(": led by {}{}", if m.by.is_empty() { "(not recorded)" } else { &m.by }, if m.attended.is_empty() { String::new() } else { format!("; attended by {}", m.attended) })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }
        }}
        <div class="app-no-print">
            <PrintButton label="Print the report"/>
        </div>
    }
    .into_any()
}
