//! The resident form itself: its fields, checks and what saving does in
//! each mode (adding, changing details, fixing a resident kept aside).

use leptos::prelude::*;

use super::{fields, Mode};
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{DatePart, DateParts};
use crate::domain::records::register::details::{stay_changed_on, ResidentDraft};
use crate::domain::records::register::done_before::{asked_for, check_done_before};
use crate::domain::records::register::Resident;
use crate::domain::rules::obligation::ObligationId;
use crate::storage::location;
use crate::ui::browser::new_id;
use crate::ui::components::{DateInput, ErrorSummary, RadioGroup, SummaryError, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

pub(super) fn resident_form(mode: Mode, title: String, draft: ResidentDraft) -> AnyView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let fields = fields::Fields::new(draft);
    let fields::Fields {
        name,
        nhs,
        room,
        stay,
        dob,
        admitted,
        informed,
        ..
    } = fields;
    // Editing: the day a change of stay took effect, asked only when the
    // stay is changed (issue 24).
    let stay_from = RwSignal::new(DateParts::default());
    let stay_changed = move || fields.stay_changed();
    let by = RwSignal::new(String::new());
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
    let editing = matches!(mode, Mode::Edit { .. });
    let fixing = matches!(mode, Mode::Fix { .. });
    // Adding: the reviews and plans already done, as the calculator asks
    // (issue 23), for a resident already living in the home.
    let done_fields: Vec<(ObligationId, String, &'static str, RwSignal<DateParts>)> = match &mode {
        Mode::Add { home_id } => asked_for(
            records
                .register
                .value
                .with_untracked(|r| r.scheme_of_home(home_id)),
        )
        .into_iter()
        .map(|(id, key, label)| {
            (
                id,
                format!("resident-{key}"),
                label,
                RwSignal::new(DateParts::default()),
            )
        })
        .collect(),
        Mode::Edit { .. } | Mode::Fix { .. } => Vec::new(),
    };
    let done_open = RwSignal::new(false);
    let done_fields = StoredValue::new(done_fields);
    let mode = StoredValue::new(mode);
    let nothing_changed = RwSignal::new(false);
    if let Mode::Edit { resident_id } = mode.get_value() {
        fields.follow_the_record(records, resident_id);
    }

    let summary = |problems: Vec<crate::domain::records::register::details::Problem>| {
        problems
            .into_iter()
            .map(|p| SummaryError {
                target_id: p.field.into(),
                message: p.message,
            })
            .collect::<Vec<_>>()
    };
    // Fixing: what is wrong is shown as the form opens.
    if fixing {
        if let Err(problems) = fields.draft(records, None).validate() {
            errors.set(summary(problems));
        }
    }
    // The register refused the change: said at the top of the form.
    let refused = move |message: String| {
        errors.set(vec![SummaryError {
            target_id: "resident-name".into(),
            message,
        }]);
        crate::ui::components::focus_error_summary();
    };
    let save = move || {
        nothing_changed.set(false);
        let draft = mode.with_value(|mode| match mode {
            Mode::Edit { resident_id } => fields.draft(records, Some(resident_id)),
            Mode::Add { .. } | Mode::Fix { .. } => fields.draft(records, None),
        });
        let details = match draft.validate() {
            Ok(d) => {
                errors.set(Vec::new());
                d
            }
            Err(problems) => {
                errors.set(summary(problems));
                crate::ui::components::focus_error_summary();
                return;
            }
        };
        match mode.get_value() {
            Mode::Add { home_id } => {
                let typed: Vec<(ObligationId, DateParts)> = done_fields.with_value(|f| {
                    f.iter()
                        .map(|(o, _, _, v)| (*o, v.get_untracked()))
                        .collect()
                });
                let done = match check_done_before(&typed, details.admitted, app.today) {
                    Ok(done) => done,
                    Err(problems) => {
                        let id_of = |o: ObligationId| {
                            done_fields.with_value(|f| {
                                f.iter()
                                    .find(|x| x.0 == o)
                                    .map(|x| x.1.clone())
                                    .unwrap_or_default()
                            })
                        };
                        errors.set(
                            problems
                                .into_iter()
                                .map(|(o, message)| SummaryError {
                                    target_id: format!("{}-day", id_of(o)),
                                    message,
                                })
                                .collect(),
                        );
                        done_open.set(true);
                        crate::ui::components::focus_error_summary();
                        return;
                    }
                };
                let resident = Resident::new(new_id(), home_id, details);
                let id = resident.id.clone();
                records
                    .register
                    .update(|r| r.add_resident_with_done(resident, &done));
                location::go_to(&Route::resident(&id).href());
            }
            Mode::Edit { resident_id } => {
                let from = if stay_changed() {
                    match stay_changed_on(&stay_from.get_untracked(), details.admitted, app.today) {
                        Ok(day) => Some(day),
                        Err(p) => {
                            errors.set(vec![SummaryError {
                                target_id: p.field.into(),
                                message: p.message,
                            }]);
                            crate::ui::components::focus_error_summary();
                            return;
                        }
                    }
                } else {
                    None
                };
                let mut result = Ok(Vec::new());
                let who = by.get_untracked();
                records.register.update(|r| {
                    result = r.edit_resident_stay_from(&resident_id, details, app.today, from, &who)
                });
                match result {
                    Ok(changes) if changes.is_empty() => nothing_changed.set(true),
                    Ok(_) => location::go_to(&Route::resident(&resident_id).href()),
                    Err(message) => refused(message),
                }
            }
            Mode::Fix {
                resident_id,
                left_out,
            } => {
                let mut result = Ok(());
                let who = by.get_untracked();
                records.register.update(|r| {
                    result = r.bring_back(&left_out, &resident_id, details, app.today, &who)
                });
                match result {
                    Ok(()) => location::go_to(&Route::resident(&resident_id).href()),
                    Err(message) => refused(message),
                }
            }
        }
    };
    let back = match mode.get_value() {
        Mode::Add { .. } => Route::Register.fixed_href().to_string(),
        Mode::Edit { resident_id } => Route::resident(&resident_id).href(),
        Mode::Fix { .. } => Route::Backup.fixed_href().to_string(),
    };

    view! {
        <p><a href=back>"Back"</a></p>
        <h1>{title}</h1>
        {fixing.then(|| view! {
            <p>"This resident was left out of the register because their record did not pass the form\u{2019}s checks. Correct what is wrong and they are brought back, with their history."</p>
        })}
        <ErrorSummary errors=errors/>
        <form novalidate on:submit=move |ev| { ev.prevent_default(); save(); }>
            <TextField id="resident-name" label="Full name" value=name on_input=Callback::new(move |v| name.set(v)) error=error_at("resident-name")/>
            <DateInput id="resident-dob" label="Date of birth" hint="For example, 1 5 1936" value=dob on_input=Callback::new(move |p: DateParts| dob.set(p)) error=date_error("resident-dob")/>
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
            {move || (editing && stay_changed()).then(|| view! {
                <DateInput id="resident-stay-from" label="Date the stay changed (optional)" hint="Leave blank if it changed today. The quarterly return counts the new stay from this date." value=stay_from on_input=Callback::new(move |p| stay_from.set(p)) error=date_error("resident-stay-from")/>
            })}
            <DateInput id="resident-admitted" label="Date of admission" value=admitted on_input=Callback::new(move |p| admitted.set(p)) error=date_error("resident-admitted")/>
            <DateInput id="resident-informed" label="Date the practice was informed (optional)" hint="The LSC initial review counts from this date when it is after the admission (LSC specification, section 2.6)." value=informed on_input=Callback::new(move |p| informed.set(p)) error=date_error("resident-informed")/>
            {done_fields.with_value(|f| !f.is_empty()).then(|| view! {
                <details class="nhsuk-details" data-testid="done-before" prop:open=done_open
                    on:toggle=move |ev| done_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">"Reviews and plans already done (optional)"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <p class="nhsuk-hint">"For a resident already living in the home: the date each was last done. Leave blank what has not been done since admission: it then counts from admission. Only those of the home\u{2019}s scheme are asked."</p>
                        {done_fields.with_value(|f| f.clone()).into_iter().map(|(_, id, label, value)| {
                            let at = id.clone();
                            let error = Signal::derive(move || errors.with(|e| {
                                e.iter()
                                    .find(|x| x.target_id.starts_with(&format!("{at}-")))
                                    .map(|x| (x.message.clone(), DatePart::All))
                            }));
                            view! { <DateInput id=id label=label value=value on_input=Callback::new(move |p| value.set(p)) error=error/> }
                        }).collect_view()}
                    </div>
                </details>
            })}
            {(editing || fixing).then(|| view! {
                <TextField id="resident-edit-by" label="Changed by (optional)" hint="Name or role, kept in the history with the change" value=by on_input=Callback::new(move |v| by.set(v)) error=Signal::derive(|| None::<String>)/>
            })}
            <p role="status" data-testid="nothing-changed">{move || nothing_changed.get().then_some("Nothing has changed.")}</p>
            <button class="nhsuk-button" type="submit" data-testid="save-resident">
                {if fixing { "Bring them back" } else if editing { "Save changes" } else { "Add resident" }}
            </button>
        </form>
    }
    .into_any()
}
