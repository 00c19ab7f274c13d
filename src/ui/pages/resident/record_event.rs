//! A resident's "Record what happened": a review done, a hospital stay, a
//! monitoring metric, with its date and who did it.

use crate::domain::records::returns::monitoring::Metric;
use leptos::prelude::*;

use crate::domain::helpers::date_text::{DatePart, DateParts};
use crate::domain::records::register::{Event, EventKind, Resident};
use crate::domain::rules::obligation::ObligationId;
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::{DateInput, SelectField, TextField};
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

/// The form that records an event in the resident's history.
#[component]
pub(super) fn RecordWhatHappened(
    resident: Memo<Option<Resident>>,
    /// The home's scheme: what can be recorded under it.
    scheme: Option<&'static Scheme>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
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

    view! {
        <form novalidate class="app-no-print" on:submit=move |ev| { ev.prevent_default(); record(()); }>
            <SelectField id="event-kind" label="What happened" options=event_choices(scheme) value=what on_change=Callback::new(move |v| what.set(v)) error=what_error/>
            <DateInput id="event-date" label="Date" value=when on_input=Callback::new(move |p| when.set(p)) error=when_error/>
            <TextField id="event-by" label="Done by (optional)" hint="Name or role" value=by on_input=Callback::new(move |v| by.set(v)) error=Signal::derive(|| None::<String>)/>
            <button class="nhsuk-button" type="submit" data-testid="record-event">"Record"</button>
        </form>
    }
}
