//! The agreement's form: every field of the template, in its order,
//! saved as it is typed, each with its check at the field.

use leptos::prelude::*;

use super::form_state::FormState;
use crate::domain::records::agreement::fields::{sections, spec, Field, Kind, Section};
use crate::domain::records::agreement::template::*;
use crate::domain::records::agreement::{AgreementField as F, RoundMode, ServiceType};
use crate::domain::rules::schemes::ALL;
use crate::ui::components::RadioGroup;

pub fn agreement_form(s: FormState) -> impl IntoView {
    view! {
        <form novalidate on:submit=move |ev| ev.prevent_default() data-testid="agreement-form">
            {sections().into_iter().map(|(section, fields)| view! {
                <h2>{section.title()}</h2>
                {(section == Section::InformationSharing).then(|| view! { <p>{INFORMATION_SHARING} "."</p> })}
                {fields.into_iter().map(|f| field(s, f)).collect_view()}
                {(section == Section::Seamless).then(|| view! {
                    <crate::ui::components::PrepareRoundLink agreement=Signal::derive(move || s.current.get())/>
                })}
            }).collect_view()}
        </form>
    }
}

/// One field of the table on the form: every text field from the table
/// alone; a choice, the confirmations and a date by their own controls.
fn field(s: FormState, f: &'static Field) -> AnyView {
    match f.kind {
        Kind::Text { .. } | Kind::Telephone { .. } | Kind::Email { .. } | Kind::Time => {
            s.text(f.field).into_any()
        }
        // "Other, please specify": only when "Other" is chosen.
        Kind::OtherMode => view! {
            {move || s.current.with(|a| a.as_ref().and_then(|a| a.round.mode) == Some(RoundMode::Other)).then(|| s.text(F::RoundOther))}
        }
        .into_any(),
        Kind::SignedDate { .. } => match f.field {
            F::HomeSignDate => s.signed_date(f.field, "home-sign-date", |a| &a.care_home_sign_off, |a| &mut a.care_home_sign_off).into_any(),
            _ => s.signed_date(f.field, "practice-sign-date", |a| &a.practice_sign_off, |a| &mut a.practice_sign_off).into_any(),
        },
        Kind::Choice { .. } | Kind::Optional | Kind::Day { .. } | Kind::Confirmations | Kind::Scheme => {
            control(s, f.field)
        }
    }
}

/// The controls that offer options, each its own.
fn control(s: FormState, field: F) -> AnyView {
    match field {
        F::ServiceType => view! {
            <RadioGroup
                name="service-type"
                legend=spec(F::ServiceType).label
                options=ServiceType::ALL.iter().map(|t| (t.key(), t.label())).collect()
                selected=Signal::derive(move || s.current.with(|a| a.as_ref().and_then(|a| a.care_home.service_type).map(|t| t.key().to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| s.update(&|a| a.care_home.service_type = ServiceType::ALL.into_iter().find(|t| t.key() == k)))
                error=s.error(F::ServiceType)
            />
        }
        .into_any(),
        F::InformationSharing => view! {
            <RadioGroup
                name="information-sharing"
                legend=spec(F::InformationSharing).label
                options=vec![("yes", "Y (yes)"), ("no", "N (no)")]
                inline=true
                selected=Signal::derive(move || s.current.with(|a| match a.as_ref().and_then(|a| a.information_sharing) {
                    Some(true) => "yes".to_string(),
                    Some(false) => "no".to_string(),
                    None => String::new(),
                }))
                on_select=Callback::new(move |k: String| s.update(&|a| a.information_sharing = Some(k == "yes")))
                error=s.error(F::InformationSharing)
            />
        }
        .into_any(),
        F::RoundDay => view! {
            <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || s.error(F::RoundDay).with(Option::is_some)) data-field="round-day">
                <label class="nhsuk-label" for="round-day">{spec(F::RoundDay).label}</label>
                {move || s.error(F::RoundDay).get().map(|m| view! {
                    <span class="nhsuk-error-message" id="round-day-error">
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>
                        {m}
                    </span>
                })}
                <select
                    class="nhsuk-select"
                    id="round-day"
                    name="round-day"
                    prop:value=move || s.current.with(|a| a.as_ref().map(|a| a.round.day.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        s.update(&|a| a.round.day = v.clone());
                        s.touched.update(|t| {
                            t.insert(F::RoundDay, ());
                        });
                    }
                >
                    <option value="">"Choose a day"</option>
                    {WEEKDAYS.map(|d| view! { <option value=d>{d}</option> }).collect_view()}
                </select>
            </div>
        }
        .into_any(),
        F::RoundMode => view! {
            <RadioGroup
                name="round-mode"
                legend=spec(F::RoundMode).label
                options=RoundMode::ALL.iter().map(|m| (m.key(), m.label())).collect()
                selected=Signal::derive(move || s.current.with(|a| a.as_ref().and_then(|a| a.round.mode).map(|m| m.key().to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| s.update(&|a| a.round.mode = RoundMode::ALL.into_iter().find(|m| m.key() == k)))
                error=s.error(F::RoundMode)
            />
        }
        .into_any(),
        F::RoundNotice => view! {
            <RadioGroup
                name="round-notice"
                legend=spec(F::RoundNotice).label
                options=vec![("24", "24 hours before the round"), ("48", "48 hours before the round")]
                selected=Signal::derive(move || s.current.with(|a| a.as_ref().and_then(|a| a.round.notice_hours).map(|h| h.to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| s.update(&|a| a.round.notice_hours = k.parse().ok()))
                error=s.error(F::RoundNotice)
            />
        }
        .into_any(),
        F::Seamless => view! {
            <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || s.error(F::Seamless).with(Option::is_some)) data-field="seamless">
                <fieldset class="nhsuk-fieldset">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{SEAMLESS_INTRO} " (confirm each)"</legend>
                    {move || s.error(F::Seamless).get().map(|m| view! {
                        <span class="nhsuk-error-message">
                            <span class="nhsuk-u-visually-hidden">"Error: "</span>
                            {m}
                        </span>
                    })}
                    <div class="nhsuk-checkboxes">
                        {s.seamless("seamless-secure-communication", SEAMLESS_SECURE, |a| a.seamless.secure_communication, |a, v| a.seamless.secure_communication = v)}
                        {s.seamless("seamless-care-plan-changes", SEAMLESS_CARE_PLAN, |a| a.seamless.care_plan_changes, |a, v| a.seamless.care_plan_changes = v)}
                        {s.seamless("seamless-designated-people", SEAMLESS_DESIGNATED, |a| a.seamless.designated_people, |a, v| a.seamless.designated_people = v)}
                        {s.seamless("seamless-residents-identified", SEAMLESS_RESIDENTS, |a| a.seamless.residents_identified, |a, v| a.seamless.residents_identified = v)}
                    </div>
                </fieldset>
            </div>
        }
        .into_any(),
        _ => view! {
            <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || s.error(F::Scheme).with(Option::is_some)) data-field="agreement-scheme">
                <label class="nhsuk-label" for="agreement-scheme">{spec(F::Scheme).label}</label>
                {move || s.error(F::Scheme).get().map(|m| view! {
                    <span class="nhsuk-error-message">
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>
                        {m}
                    </span>
                })}
                <select
                    class="nhsuk-select"
                    id="agreement-scheme"
                    name="agreement-scheme"
                    prop:value=move || s.current.with(|a| a.as_ref().map(|a| a.scheme.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        s.update(&|a| a.scheme = v.clone());
                    }
                >
                    <option value="">"Choose a scheme"</option>
                    {ALL.map(|s| view! { <option value=s.id>{s.name}</option> }).collect_view()}
                </select>
            </div>
        }
        .into_any(),
    }
}
