//! `#/homes/home?id=…`: one care home: its duties (weekly round, planned
//! clinic, Lead GP and manager meeting, training) with their next due
//! dates, recording one held, and their history (docs/rules.md §3).

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{short, DatePart, DateParts};
use crate::domain::records::register::DutyRecord;
use crate::domain::rules::deadlines::home_deadlines;
use crate::domain::rules::obligation::ObligationId;
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::{DateInput, DeadlineTable, SelectField, SendCopy, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

#[component]
pub fn CareHomePage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let id = StoredValue::new(query::get(&query, "id").unwrap_or_default());
    let home = Memo::new(move |_| {
        records.register.value.with(|r| {
            r.homes
                .iter()
                .find(|h| id.with_value(|i| h.id == *i))
                .cloned()
        })
    });
    let Some(first) = home.get_untracked() else {
        return view! {
            <h1>"Care home not found"</h1>
            <p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
        }
        .into_any();
    };
    let scheme = Scheme::by_id(&first.scheme);
    let duties: Vec<ObligationId> = scheme
        .map(|s| {
            s.home_obligations(app.today)
                .into_iter()
                .map(|(_, o)| o.id)
                .collect()
        })
        .unwrap_or_default();

    let what = RwSignal::new(String::new());
    let when = RwSignal::new(DateParts::from_date(app.today));
    let by = RwSignal::new(String::new());
    let attended = RwSignal::new(String::new());
    let what_error = RwSignal::new(Option::<String>::None);
    let when_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let saved = RwSignal::new(Option::<String>::None);
    let record = move || {
        what_error.set(None);
        when_error.set(None);
        saved.set(None);
        let duty = ObligationId::parse(&what.get_untracked()).filter(|d| d.is_per_home());
        if duty.is_none() {
            what_error.set(Some("Choose what was held or done".into()));
        }
        let date = match when.get_untracked().past_event("Date", app.today) {
            Ok(d) => Some(d),
            Err(e) => {
                when_error.set(Some(e));
                None
            }
        };
        let (Some(duty), Some(date)) = (duty, date) else {
            return;
        };
        let entry = DutyRecord {
            id: String::new(),
            date,
            duty,
            by: by.get_untracked().trim().to_string(),
            attended: if duty == ObligationId::LeadGpManagerMeeting {
                attended.get_untracked().trim().to_string()
            } else {
                String::new()
            },
        };
        let mut problem = None;
        records.register.update(|r| {
            problem = id.with_value(|i| r.record_duty(i, entry.clone())).err();
        });
        match problem {
            Some(p) => what_error.set(Some(p)),
            None => {
                saved.set(Some(format!(
                    "Recorded: {} on {}.",
                    duty.done_label(),
                    short(date)
                )));
                attended.set(String::new());
            }
        }
    };
    let remove = move |index: usize| {
        records
            .register
            .update(|r| id.with_value(|i| r.remove_duty(i, index)));
    };

    let due_view = move || {
        let Some(scheme) = scheme else {
            return view! { <p>"The home has no scheme chosen, so its duties cannot be worked out."</p> }.into_any();
        };
        let Some(h) = home.get() else {
            return ().into_any();
        };
        let report = app
            .calendar
            .with(|c| home_deadlines(scheme, &h.duty_dates(), app.today, c));
        if report.deadlines.is_empty() && report.unavailable.is_empty() {
            return view! { <p>"The scheme sets no duties for the home itself on this date."</p> }
                .into_any();
        }
        view! { <DeadlineTable report/> }.into_any()
    };
    let history = move || {
        let list = home.with(|h| h.as_ref().map(|h| h.duties.clone()).unwrap_or_default());
        if list.is_empty() {
            return view! { <p data-testid="duty-history-empty">"Nothing recorded yet."</p> }
                .into_any();
        }
        view! {
            <ul class="nhsuk-list nhsuk-list--border" data-testid="duty-history">
                {list.into_iter().enumerate().rev().map(|(i, d)| view! {
                    <li data-duty=d.duty.as_str()>
                        <strong>{short(d.date)}</strong>
                        {format!(": {}", d.duty.done_label())}
                        {(!d.by.is_empty()).then(|| format!(" (by {})", d.by))}
                        {(!d.attended.is_empty()).then(|| format!(". Attended: {}", d.attended))}
                        " "
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-no-print" type="button" on:click=move |_| remove(i)>
                            "Remove"<span class="nhsuk-u-visually-hidden">" this entry"</span>
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let options: Vec<(String, String)> =
        std::iter::once((String::new(), "Choose what was held or done".to_string()))
            .chain(
                duties
                    .iter()
                    .map(|d| (d.as_str().to_string(), d.done_label().to_string())),
            )
            .collect();

    view! {
        <p class="app-no-print"><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
        <h1>{move || home.with(|h| h.as_ref().map(|h| h.name.clone()).unwrap_or_default())}</h1>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Scheme"</dt>
                <dd class="nhsuk-summary-list__value">{scheme.map(|s| s.name).unwrap_or("None chosen")}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Weekly round day"</dt>
                <dd class="nhsuk-summary-list__value">{if first.round_day.is_empty() { "Not set".to_string() } else { first.round_day.clone() }}</dd>
            </div>
        </dl>
        <div class="nhsuk-button-group app-no-print">
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::round_of(&first.id, None).href()>"Home round worklist"</a>
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::due_list_of(&first.id).href()>"Due list"</a>
        </div>
        <h2>"Duties of the home"</h2>
        {due_view}
        <h2>"Record a duty held or done"</h2>
        <form novalidate class="app-no-print" data-testid="duty-form" on:submit=move |ev| { ev.prevent_default(); record(); }>
            <SelectField id="duty-kind" label="What was held or done" options=options value=what on_change=Callback::new(move |v| what.set(v)) error=what_error/>
            <DateInput id="duty-date" label="Date" value=when on_input=Callback::new(move |p| when.set(p)) error=when_error/>
            <TextField id="duty-by" label="Led by or trained (optional)" hint="Name or role" value=by on_input=Callback::new(move |v| by.set(v)) error=Signal::derive(|| None::<String>)/>
            {move || (what.get() == ObligationId::LeadGpManagerMeeting.as_str()).then(|| view! {
                <TextField id="duty-attended" label="Who attended" hint="For example: Dr Lead (Lead GP), J. Smith (care home manager)" value=attended on_input=Callback::new(move |v| attended.set(v)) error=Signal::derive(|| None::<String>)/>
            })}
            <button class="nhsuk-button" type="submit" data-testid="record-duty">"Record"</button>
            <p role="status" data-testid="duty-saved">{move || saved.get()}</p>
        </form>
        <h2>"History"</h2>
        {history}
        <h2>"Send this home to a colleague"</h2>
        <p>"A copy of this home and its residents for another device of the team: they bring it in on their Backup page, and it is merged with what they have."</p>
        <SendCopy home=(first.id.clone(), first.name.clone())/>
    }
    .into_any()
}
