//! `#/agreements/edit?id=…`: every field of the template, autosaved on
//! every keystroke, with checks at the field and a completeness count.

use leptos::prelude::*;

use crate::domain::agreement::template::*;
use crate::domain::agreement::{
    check, completeness, encode_open_link, write_agreements, Agreement, AgreementField as F,
    RoundMode, ServiceType, Severity, SignOff,
};
use crate::domain::date_text::{DatePart, DateParts};
use crate::domain::query;
use crate::domain::route::Route;
use crate::domain::schemes::ALL;
use crate::domain::small_map::SmallMap;
use crate::storage::{files, location};
use crate::ui::browser::{copy_to_clipboard, now_iso, random_bytes};
use crate::ui::components::{
    AgreementDocument, Checkbox, DateInput, ErrorSummary, RadioGroup, SummaryError, TextField,
};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// A file name like "agreement-oakwood-house-2026-11-22.json".
pub fn file_name(prefix: &str, title: &str, today: chrono::NaiveDate) -> String {
    let slug: String = title
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let date = crate::domain::date_text::iso(today);
    if slug.is_empty() {
        format!("{prefix}-{date}.json")
    } else {
        format!("{prefix}-{slug}-{date}.json")
    }
}

#[component]
pub fn AgreementEditPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let id = query::get(&query, "id").unwrap_or_default();
    // "New agreement" opens a draft that is stored only once something is
    // typed: going straight back leaves nothing behind.
    let is_new = query::get(&query, "new").as_deref() == Some("1")
        && records
            .agreements
            .value
            .with_untracked(|l| crate::domain::agreement::list::find(l, &id).is_none());
    let draft = is_new.then(|| {
        let scheme = app.default_scheme().map(|s| s.id).unwrap_or_default();
        Agreement::new(id.clone(), now_iso(), scheme)
    });
    let current = {
        let id = id.clone();
        Memo::new(move |_| {
            records
                .agreements
                .value
                .with(|l| crate::domain::agreement::list::find(l, &id).cloned())
                .or_else(|| draft.clone())
        })
    };
    if current.get_untracked().is_none() {
        return view! {
            <h1>"Agreement not found"</h1>
            <p data-testid="not-found">"There is no agreement with that id on this device. It may have been deleted."</p>
            <p><a href=Route::AGREEMENTS.fixed_href()>"Back to agreements"</a></p>
        }
        .into_any();
    }

    let update = move |f: &dyn Fn(&mut Agreement)| {
        if let Some(mut a) = current.get_untracked() {
            f(&mut a);
            a.edited_at = now_iso();
            // Typing: shown at once, saved when it pauses (synced.rs).
            records.edit_agreement(a);
        }
    };
    // The fields the user has left: a small map, not a `BTreeSet`, which
    // would bring its own node code (issue 12's full-app size).
    let touched = RwSignal::new(SmallMap::<F, ()>::new());
    let check_all = RwSignal::new(false);
    let findings = Memo::new(move |_| {
        current.with(|a| {
            a.as_ref()
                .map(|a| check(a, check_all.get()))
                .unwrap_or_default()
        })
    });
    let visible = move |severity: Severity| {
        let shown = touched.get();
        let all = check_all.get();
        findings.with(|fs| {
            fs.iter()
                .filter(|f| {
                    f.severity == severity
                        && (all || shown.contains_key(&f.field) || severity == Severity::Warning)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let error = move |field: F| {
        Signal::derive(move || {
            visible(Severity::Error)
                .into_iter()
                .find(|f| f.field == field)
                .map(|f| f.message)
        })
    };
    let warning = move |field: F| {
        Signal::derive(move || {
            visible(Severity::Warning)
                .into_iter()
                .find(|f| f.field == field)
                .map(|f| f.message)
        })
    };
    let touch = move |field: F| {
        Callback::new(move |_| {
            touched.update(|t| {
                t.insert(field, ());
            })
        })
    };
    let summary = Signal::derive(move || {
        visible(Severity::Error)
            .into_iter()
            .map(|f| SummaryError {
                target_id: f.field.id().to_string(),
                message: f.message,
            })
            .collect::<Vec<_>>()
    });
    let progress = Memo::new(move |_| current.with(|a| a.as_ref().map(completeness)));

    // One text field of the template: how to read and write it.
    let text = move |field: F,
                     label: &'static str,
                     hint: &'static str,
                     kind: &'static str,
                     get: fn(&Agreement) -> &String,
                     set: fn(&mut Agreement, String)| {
        let autocomplete = match kind {
            "tel" => "tel",
            "email" => "email",
            _ => "off",
        };
        view! {
            <TextField
                id=field.id()
                label
                hint
                input_type=kind
                autocomplete
                width=if kind == "text" { "nhsuk-u-width-two-thirds" } else { "nhsuk-input--width-20" }
                value=Signal::derive(move || current.with(|a| a.as_ref().map(|a| get(a).clone()).unwrap_or_default()))
                on_input=Callback::new(move |v: String| update(&|a| set(a, v.clone())))
                on_change=touch(field)
                error=error(field)
                warning=warning(field)
            />
        }
    };
    let sign_off = move |who: &'static str,
                         name: F,
                         role: F,
                         date: F,
                         date_id: &'static str,
                         get: fn(&Agreement) -> &SignOff,
                         set: fn(&mut Agreement) -> &mut SignOff| {
        view! {
            <TextField
                id=name.id()
                label="Name"
                value=Signal::derive(move || current.with(|a| a.as_ref().map(|a| get(a).name.clone()).unwrap_or_default()))
                on_input=Callback::new(move |v: String| update(&|a| set(a).name = v.clone()))
                on_change=touch(name)
                error=error(name)
            />
            <TextField
                id=role.id()
                label="Role"
                value=Signal::derive(move || current.with(|a| a.as_ref().map(|a| get(a).role.clone()).unwrap_or_default()))
                on_input=Callback::new(move |v: String| update(&|a| set(a).role = v.clone()))
                on_change=touch(role)
                error=error(role)
            />
            <DateInput
                id=date_id
                label=who
                hint="For example, 20 11 2026"
                value=Signal::derive(move || current.with(|a| a.as_ref().map(|a| get(a).date.clone()).unwrap_or_default()))
                on_input=Callback::new(move |p: DateParts| update(&|a| set(a).date = p.clone()))
                on_change=touch(date)
                error=Signal::derive(move || error(date).get().map(|m| (m, DatePart::All)))
            />
        }
    };
    let seamless = move |id: &'static str,
                         label: &'static str,
                         get: fn(&Agreement) -> bool,
                         set: fn(&mut Agreement, bool)| {
        view! {
            <Checkbox
                id
                label
                checked=Signal::derive(move || current.with(|a| a.as_ref().is_some_and(get)))
                on_toggle=Callback::new(move |on: bool| update(&|a| set(a, on)))
            />
        }
    };

    // Export and share.
    let export = move |_| {
        if let Some(a) = current.get_untracked() {
            let name = file_name("agreement", &a.title(), app.today);
            if let Err(e) = files::download(&name, "application/json", &write_agreements(&[a], 0)) {
                records.agreements.save_problem.set(Some(e));
            }
        }
    };
    let passphrase = RwSignal::new(String::new());
    let link = RwSignal::new(Option::<String>::None);
    let copied = RwSignal::new(false);
    // "Protecting…" while the browser derives the key (Web Crypto,
    // asynchronous: the page stays responsive).
    let protecting = RwSignal::new(false);
    let link_problem = RwSignal::new(Option::<String>::None);
    let make_link = move |_| {
        let Some(a) = current.get_untracked() else {
            return;
        };
        let pass = passphrase.get_untracked();
        copied.set(false);
        link_problem.set(None);
        let show = move |d: String| {
            link.set(Some(
                Route::AgreementView {
                    // As sealed or packed: already fit for a link.
                    query: format!("d={d}"),
                }
                .link(&location::page_base()),
            ))
        };
        if pass.is_empty() {
            show(encode_open_link(&a));
            return;
        }
        protecting.set(true);
        link.set(None);
        wasm_bindgen_futures::spawn_local(async move {
            match crate::ui::web_crypto::seal_link(&a, &pass, random_bytes(), random_bytes()).await
            {
                Ok(d) => show(d),
                Err(e) => link_problem.set(Some(e)),
            }
            protecting.set(false);
        });
    };

    let id_for_print = id.clone();
    view! {
        <p class="app-no-print"><a href=Route::AGREEMENTS.fixed_href()>"Back to agreements"</a></p>
        <h1>{move || current.with(|a| a.as_ref().map(Agreement::title).unwrap_or_default())}</h1>
        <p class="nhsuk-body-l" data-testid="completeness">
            {move || progress.get().map(|p| p.summary()).unwrap_or_default()}
        </p>
        {move || progress.get().filter(|p| !p.missing.is_empty()).map(|p| view! {
            <details class="nhsuk-details">
                <summary class="nhsuk-details__summary">
                    <span class="nhsuk-details__summary-text">"Fields still to complete"</span>
                </summary>
                <div class="nhsuk-details__text">
                    <ul class="nhsuk-list nhsuk-list--bullet">
                        {p.missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                </div>
            </details>
        })}
        <p class="nhsuk-hint">"Every change is saved in this browser as you type."</p>
        // Printed from the browser's own menu, the page prints as the
        // document (the form itself is not printed).
        <div class="app-print-only">
            {move || current.get().map(|agreement| view! { <AgreementDocument agreement/> })}
        </div>
        <div class="nhsuk-button-group app-no-print">
            <button class="nhsuk-button" type="button" data-testid="check" on:click=move |_| {
                check_all.set(true);
                // The answer where the user looks (issue 23): "No problems
                // found" or the problems, focused and scrolled to.
                let ok = summary.with_untracked(Vec::is_empty);
                request_animation_frame(move || {
                    crate::ui::components::focus_element(if ok { "check-ok" } else { "error-summary" })
                });
            }>
                "Check the agreement"
            </button>
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::agreement_print(&id_for_print).href()>
                "Print or save as PDF"
            </a>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-one" on:click=export>
                "Export this agreement"
            </button>
        </div>
        {move || (check_all.get() && summary.with(Vec::is_empty)).then(|| view! {
            <div class="nhsuk-inset-text" role="status" data-testid="check-ok" id="check-ok" tabindex="-1">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>"No problems found."</p>
            </div>
        })}
        <ErrorSummary errors=summary/>

        <form novalidate on:submit=move |ev| ev.prevent_default() data-testid="agreement-form">
            <h2>"Care home details"</h2>
            {text(F::CareHomeName, "Care home name", "", "text", |a| &a.care_home.name, |a, v| a.care_home.name = v)}
            <RadioGroup
                name="service-type"
                legend="Type of service"
                options=ServiceType::ALL.iter().map(|t| (t.key(), t.label())).collect()
                selected=Signal::derive(move || current.with(|a| a.as_ref().and_then(|a| a.care_home.service_type).map(|t| t.key().to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| update(&|a| a.care_home.service_type = ServiceType::ALL.into_iter().find(|t| t.key() == k)))
                error=error(F::ServiceType)
            />
            {text(F::Manager, "Care home manager or designated person", "", "text", |a| &a.care_home.manager, |a, v| a.care_home.manager = v)}
            {text(F::CareHomeTelephone, "Care home telephone", "A UK number, for example 01632 960 001", "tel", |a| &a.care_home.telephone, |a, v| a.care_home.telephone = v)}
            {text(F::CareHomeEmail, "Care home NHS.net email", "", "email", |a| &a.care_home.email, |a, v| a.care_home.email = v)}

            <h2>"GP practice details"</h2>
            {text(F::PracticeName, "Practice name", "", "text", |a| &a.practice.name, |a, v| a.practice.name = v)}
            {text(F::PracticeContact, "Designated point of contact", "", "text", |a| &a.practice.contact, |a, v| a.practice.contact = v)}
            {text(F::PracticeTelephone, "Practice telephone", "", "tel", |a| &a.practice.telephone, |a, v| a.practice.telephone = v)}
            {text(F::PracticeEmail, "Practice NHS.net email", "", "email", |a| &a.practice.email, |a, v| a.practice.email = v)}

            <h2>"Clinical lead"</h2>
            {text(F::LeadName, "Named clinical lead", "", "text", |a| &a.clinical_lead.name, |a, v| a.clinical_lead.name = v)}
            {text(F::LeadTelephone, "Clinical lead telephone", "", "tel", |a| &a.clinical_lead.telephone, |a, v| a.clinical_lead.telephone = v)}
            {text(F::LeadEmail, "Clinical lead NHS.net email", "", "email", |a| &a.clinical_lead.email, |a, v| a.clinical_lead.email = v)}
            {text(F::LeadRole, "Profession or role", "For example, GP or advanced nurse practitioner", "text", |a| &a.clinical_lead.role, |a, v| a.clinical_lead.role = v)}

            <h2>"Information sharing and coding"</h2>
            <p>{INFORMATION_SHARING} "."</p>
            <RadioGroup
                name="information-sharing"
                legend="Are these systems in place?"
                options=vec![("yes", "Y (yes)"), ("no", "N (no)")]
                inline=true
                selected=Signal::derive(move || current.with(|a| match a.as_ref().and_then(|a| a.information_sharing) {
                    Some(true) => "yes".to_string(),
                    Some(false) => "no".to_string(),
                    None => String::new(),
                }))
                on_select=Callback::new(move |k: String| update(&|a| a.information_sharing = Some(k == "yes")))
                error=error(F::InformationSharing)
            />

            <h2>"Weekly care home round"</h2>
            <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || error(F::RoundDay).with(Option::is_some)) data-field="round-day">
                <label class="nhsuk-label" for="round-day">"Day"</label>
                {move || error(F::RoundDay).get().map(|m| view! {
                    <span class="nhsuk-error-message" id="round-day-error">
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>
                        {m}
                    </span>
                })}
                <select
                    class="nhsuk-select"
                    id="round-day"
                    name="round-day"
                    prop:value=move || current.with(|a| a.as_ref().map(|a| a.round.day.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&|a| a.round.day = v.clone());
                        touched.update(|t| {
                            t.insert(F::RoundDay, ());
                        });
                    }
                >
                    <option value="">"Choose a day"</option>
                    {WEEKDAYS.map(|d| view! { <option value=d>{d}</option> }).collect_view()}
                </select>
            </div>
            {text(F::RoundTime, "Time", "For example, 10:30 or 2pm", "text", |a| &a.round.time, |a, v| a.round.time = v)}
            <RadioGroup
                name="round-mode"
                legend="How the round is held"
                options=RoundMode::ALL.iter().map(|m| (m.key(), m.label())).collect()
                selected=Signal::derive(move || current.with(|a| a.as_ref().and_then(|a| a.round.mode).map(|m| m.key().to_string()).unwrap_or_default()))
                on_select=Callback::new(move |k: String| update(&|a| a.round.mode = RoundMode::ALL.into_iter().find(|m| m.key() == k)))
                error=error(F::RoundMode)
            />
            {move || current.with(|a| a.as_ref().and_then(|a| a.round.mode) == Some(RoundMode::Other)).then(|| {
                text(F::RoundOther, "Other, please specify", "", "text", |a| &a.round.other, |a, v| a.round.other = v)
            })}

            <h2>"Seamless processes"</h2>
            <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || error(F::Seamless).with(Option::is_some)) data-field="seamless">
                <fieldset class="nhsuk-fieldset">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{SEAMLESS_INTRO} " (confirm each)"</legend>
                    {move || error(F::Seamless).get().map(|m| view! {
                        <span class="nhsuk-error-message">
                            <span class="nhsuk-u-visually-hidden">"Error: "</span>
                            {m}
                        </span>
                    })}
                    <div class="nhsuk-checkboxes">
                        {seamless("seamless-secure-communication", SEAMLESS_SECURE, |a| a.seamless.secure_communication, |a, v| a.seamless.secure_communication = v)}
                        {seamless("seamless-care-plan-changes", SEAMLESS_CARE_PLAN, |a| a.seamless.care_plan_changes, |a, v| a.seamless.care_plan_changes = v)}
                        {seamless("seamless-designated-people", SEAMLESS_DESIGNATED, |a| a.seamless.designated_people, |a, v| a.seamless.designated_people = v)}
                        {seamless("seamless-residents-identified", SEAMLESS_RESIDENTS, |a| a.seamless.residents_identified, |a, v| a.seamless.residents_identified = v)}
                    </div>
                </fieldset>
            </div>

            <h2>"Primary care network and scheme"</h2>
            {text(F::Pcn, "Aligned primary care network (PCN)", "", "text", |a| &a.pcn, |a, v| a.pcn = v)}
            <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || error(F::Scheme).with(Option::is_some)) data-field="agreement-scheme">
                <label class="nhsuk-label" for="agreement-scheme">"Scheme in force"</label>
                {move || error(F::Scheme).get().map(|m| view! {
                    <span class="nhsuk-error-message">
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>
                        {m}
                    </span>
                })}
                <select
                    class="nhsuk-select"
                    id="agreement-scheme"
                    name="agreement-scheme"
                    prop:value=move || current.with(|a| a.as_ref().map(|a| a.scheme.clone()).unwrap_or_default())
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        update(&|a| a.scheme = v.clone());
                    }
                >
                    <option value="">"Choose a scheme"</option>
                    {ALL.map(|s| view! { <option value=s.id>{s.name}</option> }).collect_view()}
                </select>
            </div>

            <h2>"Signed for the care home"</h2>
            {sign_off("Date signed for the care home", F::HomeSignName, F::HomeSignRole, F::HomeSignDate, "home-sign-date", |a| &a.care_home_sign_off, |a| &mut a.care_home_sign_off)}
            <h2>"Signed for the practice"</h2>
            {sign_off("Date signed for the practice", F::PracticeSignName, F::PracticeSignRole, F::PracticeSignDate, "practice-sign-date", |a| &a.practice_sign_off, |a| &mut a.practice_sign_off)}
        </form>

        <section class="app-no-print" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share a link"</h2>
            <p>
                "A link holds the whole agreement in the part of the address after \u{201c}#\u{201d}, which browsers never send to a server. "
                "Whoever opens it sees a read-only copy they can save on their own device."
            </p>
            <div class="nhsuk-warning-callout">
                <h3 class="nhsuk-warning-callout__label">
                    <span role="text"><span class="nhsuk-u-visually-hidden">"Important: "</span>"A link cannot be taken back"</span>
                </h3>
                <p>"Once sent, a link cannot be revoked: anyone who has it can open it. Add a passphrase and send it separately (for example by phone)."</p>
            </div>
            <TextField
                id="share-passphrase"
                label="Passphrase (optional)"
                hint="If you set one, the agreement is encrypted and the link asks for it."
                value=passphrase
                on_input=Callback::new(move |v| { passphrase.set(v); link.set(None); })
                error=Signal::derive(|| None::<String>)
            />
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="make-link" on:click=make_link prop:disabled=move || protecting.get()>
                "Create link"
            </button>
            <p role="status" data-testid="protecting">{move || protecting.get().then_some("Protecting\u{2026}")}</p>
            {move || link_problem.get().map(|p| view! { <p class="nhsuk-error-message">{p}</p> })}
            {move || link.get().map(|l| {
                let length = l.chars().count();
                let for_copy = l.clone();
                view! {
                    <div class="nhsuk-form-group">
                        <label class="nhsuk-label" for="share-link">"Link to this agreement"</label>
                        <div class="nhsuk-hint" id="share-link-hint" data-testid="link-length">
                            {format!("{length} characters long.")}
                            {(length > 2000).then_some(" Some email programs cut links this long: check it arrives whole.")}
                        </div>
                        <input class="nhsuk-input" id="share-link" readonly aria-describedby="share-link-hint" prop:value=l/>
                    </div>
                    <button class="nhsuk-button" type="button" on:click=move |_| copied.set(copy_to_clipboard(&for_copy))>
                        "Copy link"
                    </button>
                    {move || copied.get().then_some(view! { <p role="status">"Link copied."</p> })}
                }
            })}
        </section>
    }
    .into_any()
}
