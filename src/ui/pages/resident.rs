//! `#/residents/resident?id=…`: one resident: their deadlines, their
//! history, recording what was done, a concern for the round, discharge.

use crate::domain::returns::monitoring::Metric;
use leptos::prelude::*;

use crate::domain::date_text::{short, DateEntry, DatePart, DateParts};
use crate::domain::deadlines::{deadlines, Deadline, Status};
use crate::domain::obligation::ObligationId;
use crate::domain::query;
use crate::domain::register::facts::facts;
use crate::domain::register::marking::DoneTarget;
use crate::domain::register::{nhs_number, Discharge, Event, EventKind, LeftBecause};
use crate::domain::route::Route;
use crate::domain::schemes::Scheme;
use crate::ui::components::{
    Conflicts, DateInput, DeadlineTableWithActions, JustMarked, MarkDone, SelectField, TextField,
    UndoBanner,
};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The things that can be recorded under `scheme` (every review when the
/// home has none), as (value, label).
fn event_choices(scheme: Option<&'static Scheme>) -> Vec<(String, String)> {
    let mut out = vec![(String::new(), "Choose what happened".to_string())];
    let ids = match scheme {
        Some(s) => s.all_ids(),
        None => ObligationId::PER_RESIDENT.to_vec(),
    };
    out.extend(
        ObligationId::PER_RESIDENT
            .into_iter()
            .filter(|id| ids.contains(id))
            .map(|id| {
                (
                    id.as_str().to_string(),
                    format!("Done: {}", id.done_label()),
                )
            }),
    );
    out.push((
        "hospital-admission".into(),
        "Admitted to hospital as an emergency".into(),
    ));
    out.push((
        "hospital-admission-elective".into(),
        "Admitted to hospital for a planned stay".into(),
    ));
    out.push((
        "return-from-hospital".into(),
        "Returned from hospital (re-admission to the home)".into(),
    ));
    // LSC monitoring metrics, each recordable on its own (000 Appendix 1).
    out.extend(Metric::ALL.into_iter().map(|m| {
        (
            format!("metric:{}", m.key()),
            format!("Recorded for monitoring: {}", m.label()),
        )
    }));
    out
}

fn event_kind(value: &str) -> Option<EventKind> {
    match value {
        "hospital-admission" => Some(EventKind::HospitalAdmission),
        "hospital-admission-elective" => Some(EventKind::ElectiveAdmission),
        "return-from-hospital" => Some(EventKind::ReturnFromHospital),
        other => match other.strip_prefix("metric:") {
            Some(key) => Metric::parse(key).map(EventKind::Recorded),
            None => ObligationId::parse(other).map(EventKind::Done),
        },
    }
}

#[component]
pub fn ResidentPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let id = query::get(&query, "id").unwrap_or_default();
    let resident = {
        let id = id.clone();
        Memo::new(move |_| {
            records
                .register
                .value
                .with(|r| r.residents.iter().find(|x| x.id == id).cloned())
        })
    };
    let Some(first) = resident.get_untracked() else {
        return view! {
            <h1>"Resident not found"</h1>
            <p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
        }
        .into_any();
    };
    let home = records
        .register
        .value
        .with_untracked(|r| r.homes.iter().find(|h| h.id == first.home_id).cloned())
        .unwrap_or_default();
    let scheme = Scheme::by_id(&home.scheme);
    let edit = move |f: &dyn Fn(&mut crate::domain::register::Resident)| {
        let Some(current) = resident.get_untracked() else {
            return;
        };
        records.register.update(|r| {
            if let Some(x) = r.resident_mut(&current.id) {
                f(x);
            }
        });
    };

    let just_marked = RwSignal::new(Option::<JustMarked>::None);

    // Recording an event.
    let what = RwSignal::new(String::new());
    let when = RwSignal::new(DateParts::from_date(app.today));
    let by = RwSignal::new(String::new());
    let what_error = RwSignal::new(Option::<String>::None);
    let when_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let record = move |_| {
        what_error.set(None);
        when_error.set(None);
        let kind = event_kind(&what.get_untracked());
        if kind.is_none() {
            what_error.set(Some("Choose what happened".into()));
        }
        let date = match when.get_untracked().past_event("Date", app.today) {
            Ok(d) => Some(d),
            Err(e) => {
                when_error.set(Some(e));
                None
            }
        };
        if let (Some(kind), Some(date)) = (kind, date) {
            let event = Event {
                id: String::new(),
                date,
                kind,
                by: by.get_untracked().trim().to_string(),
            };
            let id = resident.with_untracked(|r| r.as_ref().map(|r| r.id.clone()));
            if let Some(id) = id {
                let mut result = Ok(());
                records
                    .register
                    .update(|reg| result = reg.record_event(&id, event));
                if let Err(e) = result {
                    what_error.set(Some(e));
                }
            }
            what.set(String::new());
        }
    };

    // Leaving the home.
    let leave_date = RwSignal::new(DateParts::default());
    let leave_reason = RwSignal::new(String::new());
    let leave_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let discharge = move |_| {
        leave_error.set(None);
        let reason = match leave_reason.get_untracked().as_str() {
            "died" => LeftBecause::Died,
            "moved-out" => LeftBecause::MovedOut,
            _ => {
                leave_error.set(Some(("Choose why the resident left".into(), DatePart::All)));
                return;
            }
        };
        match leave_date.get_untracked().event_entry("Date") {
            DateEntry::Valid(date) => edit(&|r| r.discharged = Some(Discharge { date, reason })),
            DateEntry::Empty => leave_error.set(Some(("Enter the date".into(), DatePart::All))),
            DateEntry::Invalid { message, part } => leave_error.set(Some((message, part))),
        }
    };

    let deadlines_view = move || {
        let Some(r) = resident.get() else {
            return ().into_any();
        };
        let Some(scheme) = scheme else {
            return view! { <p>"The home has no scheme chosen, so no deadlines can be worked out."</p> }.into_any();
        };
        if !r.is_current() {
            return view! { <p data-testid="discharged">"This resident has left the home and is out of the due lists."</p> }.into_any();
        }
        let home = records
            .register
            .value
            .with(|reg| reg.homes.iter().find(|h| h.id == r.home_id).cloned());
        let report = app
            .calendar
            .with(|c| deadlines(scheme, &facts(&r, home.as_ref()), app.today, c));
        let (home_id, resident_id, name) = (r.home_id.clone(), r.id.clone(), r.name.clone());
        let row_action = Callback::new(move |d: Deadline| {
            // A one-off already done needs no button.
            if matches!(d.status, Status::Done { .. }) {
                return ().into_any();
            }
            let target = DoneTarget {
                home_id: home_id.clone(),
                resident_id: Some(resident_id.clone()),
                obligation: d.obligation.id,
            };
            view! {
                <MarkDone
                    target
                    key=d.row_key().into_owned()
                    what=format!("{} for {}", d.obligation.title, name)
                    on_marked=Callback::new(move |j| just_marked.set(Some(j)))
                />
            }
            .into_any()
        });
        view! { <DeadlineTableWithActions report row_action/> }.into_any()
    };
    let history = move || {
        let Some(r) = resident.get() else {
            return ().into_any();
        };
        let mut events: Vec<(usize, Event)> = r.events.iter().cloned().enumerate().collect();
        events.reverse();
        if events.is_empty() {
            return view! { <p>"Nothing recorded yet."</p> }.into_any();
        }
        view! {
            <ul class="nhsuk-list nhsuk-list--border" data-testid="history">
                {events.into_iter().map(|(i, e)| view! {
                    <li>
                        <strong>{short(e.date)}</strong>
                        {format!(": {}", e.kind.label())}
                        {(!e.by.is_empty()).then(|| format!(" (by {})", e.by))}
                        " "
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-no-print" type="button" on:click=move |_| edit(&|r| { if i < r.events.len() { r.events.remove(i); } })>
                            "Remove"<span class="nhsuk-u-visually-hidden">" this entry"</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    view! {
        <p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
        <h1>{move || resident.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default())}</h1>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"NHS number"</dt>
                <dd class="nhsuk-summary-list__value">{move || resident.with(|r| r.as_ref().map(|r| nhs_number::format(&r.nhs_number)).unwrap_or_default())}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Care home"</dt>
                <dd class="nhsuk-summary-list__value">{format!("{}{}", home.name, if first.room.is_empty() { String::new() } else { format!(", room {}", first.room) })}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Admitted"</dt>
                <dd class="nhsuk-summary-list__value">{format!("{}{}", short(first.admitted), if first.temporary { " (temporary resident)" } else { "" })}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Scheme"</dt>
                <dd class="nhsuk-summary-list__value">{scheme.map(|s| s.name).unwrap_or("None chosen")}</dd>
            </div>
        </dl>
        <Conflicts resident_id=first.id.clone()/>
        <crate::ui::components::KeptApart resident_id=first.id.clone()/>
        <div class="nhsuk-button-group app-no-print">
            <a class="nhsuk-button nhsuk-button--secondary" data-testid="edit-resident" href=Route::resident_edit(&first.id).href()>"Change details"</a>
            <a class="nhsuk-button nhsuk-button--secondary" data-testid="open-assessment" href=Route::Assessment { resident_id: first.id.clone() }.href()>"Admission assessment"</a>
        </div>
        <h2>"Deadlines"</h2>
        <UndoBanner just=just_marked/>
        {deadlines_view}

        <h2>"Record what happened"</h2>
        <form novalidate class="app-no-print" on:submit=move |ev| { ev.prevent_default(); record(()); }>
            <SelectField id="event-kind" label="What happened" options=event_choices(scheme) value=what on_change=Callback::new(move |v| what.set(v)) error=what_error/>
            <DateInput id="event-date" label="Date" value=when on_input=Callback::new(move |p| when.set(p)) error=when_error/>
            <TextField id="event-by" label="Done by (optional)" hint="Name or role" value=by on_input=Callback::new(move |v| by.set(v)) error=Signal::derive(|| None::<String>)/>
            <button class="nhsuk-button" type="submit" data-testid="record-event">"Record"</button>
        </form>
        <h2>"History"</h2>
        {history}

        <h2>"Concern for the next round"</h2>
        <TextField
            id="resident-concern"
            label="The care home\u{2019}s concern (optional)"
            hint="Flags the resident for the weekly home round worklist. Clear it once seen."
            value=Signal::derive(move || resident.with(|r| r.as_ref().map(|r| r.concern.clone()).unwrap_or_default()))
            on_input=Callback::new(move |v: String| edit(&|r| r.concern = v.clone()))
            error=Signal::derive(|| None::<String>)
        />

        {move || resident.with(|r| r.as_ref().is_some_and(|r| r.is_current())).then(|| view! {
            <details class="nhsuk-details app-no-print">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"The resident has left the home"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <SelectField
                        id="leave-reason"
                        label="Why"
                        options=vec![(String::new(), "Choose".to_string()), ("moved-out".into(), "Moved out".into()), ("died".into(), "Died".into())]
                        value=leave_reason
                        on_change=Callback::new(move |v| leave_reason.set(v))
                    />
                    <DateInput id="leave-date" label="Date" value=leave_date on_input=Callback::new(move |p| leave_date.set(p)) error=leave_error/>
                    <button class="nhsuk-button nhsuk-button--warning" type="button" data-testid="discharge" on:click=discharge>"Record that the resident has left"</button>
                </div>
            </details>
        })}
    }
    .into_any()
}
