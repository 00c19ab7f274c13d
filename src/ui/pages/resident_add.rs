//! `#/residents/add?home=…`: add a resident to a home.

use leptos::prelude::*;

use crate::domain::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::query;
use crate::domain::register::{nhs_number, Resident};
use crate::storage::location;
use crate::ui::browser::new_id;
use crate::ui::components::{DateInput, ErrorSummary, RadioGroup, SummaryError, TextField};
use crate::ui::records::Records;

#[component]
pub fn ResidentAddPage(query: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let home_id = query::get(&query, "home").unwrap_or_default();
    let Some(home) = records
        .register
        .value
        .with_untracked(|r| r.homes.iter().find(|h| h.id == home_id).cloned())
    else {
        return view! {
            <h1>"Care home not found"</h1>
            <p><a href="#/residents">"Back to care homes"</a></p>
        }
        .into_any();
    };
    let name = RwSignal::new(String::new());
    let nhs = RwSignal::new(String::new());
    let room = RwSignal::new(String::new());
    let stay = RwSignal::new("permanent".to_string());
    let dob = RwSignal::new(DateParts::default());
    let admitted = RwSignal::new(DateParts::default());
    let informed = RwSignal::new(DateParts::default());
    let errors = RwSignal::new(Vec::<SummaryError>::new());
    let error_at = move |id: &'static str| {
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.target_id.starts_with(id))
                    .map(|x| x.message.clone())
            })
        })
    };
    let date_error = move |id: &'static str| {
        Signal::derive(move || error_at(id).get().map(|m| (m, DatePart::All)))
    };

    let save = move |_| {
        let mut problems = Vec::new();
        let mut problem = |id: &str, message: String| {
            problems.push(SummaryError {
                target_id: id.into(),
                message,
            })
        };
        if name.get_untracked().trim().is_empty() {
            problem("resident-name", "Enter the resident\u{2019}s name".into());
        }
        let nhs_digits = nhs_number::parse(&nhs.get_untracked());
        if let Err(e) = &nhs_digits {
            problem("resident-nhs", e.to_string());
        }
        // Event dates must be plausible (1990 to 2100); a date of birth may
        // be long before 1990.
        let date = |parts: DateParts, label: &str, required: bool| match if label == "Date of birth"
        {
            parts.entry(label)
        } else {
            parts.event_entry(label)
        } {
            DateEntry::Valid(d) => Ok(Some(d)),
            DateEntry::Empty if !required => Ok(None),
            DateEntry::Empty => Err(format!("Enter the {}", label.to_lowercase())),
            DateEntry::Invalid { message, .. } => Err(message),
        };
        let dob_v = date(dob.get_untracked(), "Date of birth", false);
        let admitted_v = date(admitted.get_untracked(), "Date of admission", true);
        let informed_v = date(
            informed.get_untracked(),
            "Date the practice was informed",
            false,
        );
        if let Err(m) = &dob_v {
            problem("resident-dob-day", m.clone());
        }
        if let Err(m) = &admitted_v {
            problem("resident-admitted-day", m.clone());
        }
        if let Err(m) = &informed_v {
            problem("resident-informed-day", m.clone());
        }
        if let (Ok(Some(b)), Ok(Some(a))) = (&dob_v, &admitted_v) {
            if b > a {
                problem(
                    "resident-dob-day",
                    "Date of birth must be before the date of admission".into(),
                );
            }
        }
        errors.set(problems.clone());
        let (Ok(digits), Ok(dob_v), Ok(Some(admitted_v)), Ok(informed_v)) =
            (nhs_digits, dob_v, admitted_v, informed_v)
        else {
            return;
        };
        if !problems.is_empty() {
            return;
        }
        let resident = Resident {
            id: new_id(),
            home_id: home_id.clone(),
            name: name.get_untracked().trim().to_string(),
            date_of_birth: dob_v,
            nhs_number: digits,
            room: room.get_untracked().trim().to_string(),
            temporary: stay.get_untracked() == "temporary",
            admitted: admitted_v,
            informed: informed_v,
            events: Vec::new(),
            discharged: None,
            concern: String::new(),
        };
        let id = resident.id.clone();
        records.register.update(|r| r.residents.push(resident));
        location::go_to(&format!("#/residents/resident?id={id}"));
    };

    view! {
        <p><a href="#/residents">"Back to care homes"</a></p>
        <h1>{format!("Add a resident to {}", home.name)}</h1>
        <ErrorSummary errors=errors/>
        <form novalidate on:submit=move |ev| { ev.prevent_default(); save(()); }>
            <TextField id="resident-name" label="Full name" value=name on_input=Callback::new(move |v| name.set(v)) error=error_at("resident-name")/>
            <DateInput id="resident-dob" label="Date of birth" hint="For example, 1 5 1936" value=dob on_input=Callback::new(move |p| dob.set(p)) error=date_error("resident-dob")/>
            <TextField id="resident-nhs" label="NHS number" hint="10 digits, for example 943 476 5919" width="nhsuk-input--width-10" value=nhs on_input=Callback::new(move |v| nhs.set(v)) error=error_at("resident-nhs")/>
            <TextField id="resident-room" label="Room (optional)" width="nhsuk-input--width-5" value=room on_input=Callback::new(move |v| room.set(v)) error=Signal::derive(|| None::<String>)/>
            <RadioGroup
                name="resident-stay"
                legend="Permanent or temporary"
                options=vec![("permanent", "Permanent"), ("temporary", "Temporary")]
                inline=true
                selected=stay
                on_select=Callback::new(move |v| stay.set(v))
                error=Signal::derive(|| None::<String>)
            />
            <DateInput id="resident-admitted" label="Date of admission" value=admitted on_input=Callback::new(move |p| admitted.set(p)) error=date_error("resident-admitted")/>
            <DateInput id="resident-informed" label="Date the practice was informed (optional)" hint="The LSC initial review counts from this date (000 \u{a7}2.6)." value=informed on_input=Callback::new(move |p| informed.set(p)) error=date_error("resident-informed")/>
            <button class="nhsuk-button" type="submit" data-testid="save-resident">"Add resident"</button>
        </form>
    }
    .into_any()
}
