//! An agreement laid out as the template reads (seed 004): the same
//! headings in the same order, the filled values, dotted lines where blank,
//! and both sign-off blocks. Used for the printed copy and for previews.

use leptos::prelude::*;

use crate::domain::agreement::template::*;
use crate::domain::agreement::{Agreement, RoundMode};
use crate::domain::date_text::{day_month_year, DateEntry};
use crate::domain::schemes::Scheme;

/// One "Label ..... value" line of the template.
fn line(label: &'static str, value: String) -> impl IntoView {
    let blank = value.trim().is_empty();
    view! {
        <div class="app-doc-line">
            <dt class="app-doc-label">{label}</dt>
            <dd class="app-doc-value" class=("app-doc-blank", blank)>
                {if blank { "\u{a0}".to_string() } else { value }}
            </dd>
        </div>
    }
}

fn contact(tel: &str, email: &str) -> String {
    [tel.trim(), email.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" / ")
}

fn tick(done: bool) -> &'static str {
    if done {
        "[x]"
    } else {
        "[ ]"
    }
}

#[component]
pub fn AgreementDocument(agreement: Agreement) -> impl IntoView {
    let a = agreement;
    let scheme = Scheme::by_id(&a.scheme)
        .map(|s| s.name.to_string())
        .unwrap_or_default();
    let mode = match a.round.mode {
        Some(RoundMode::Other) => format!("Other: {}", a.round.other.trim()),
        Some(m) => m.label().to_string(),
        None => String::new(),
    };
    let sharing = match a.information_sharing {
        Some(true) => "Y",
        Some(false) => "N",
        None => "Y / N",
    };
    let sign = |who: &'static str, s: &crate::domain::agreement::SignOff| {
        let date = match s.date.entry("Date") {
            DateEntry::Valid(d) => day_month_year(d),
            _ => String::new(),
        };
        view! {
            <section class="app-doc-sign">
                <h3>{who}</h3>
                <dl>
                    {line("Name", s.name.clone())}
                    {line("Role", s.role.clone())}
                    {line("Signature", String::new())}
                    {line("Date", date)}
                </dl>
            </section>
        }
    };
    view! {
        <article class="app-doc" data-testid="agreement-document">
            <h1 class="app-doc-title">{TITLE}</h1>
            <p class="app-doc-retain">"(" {RETAIN} ")"</p>

            <h2>"Care Home Details"</h2>
            <dl>
                {line("Care Home Name", a.care_home.name.clone())}
                {line("Type of Service (Residential / Nursing / LD)", a.care_home.service_type.map(|t| t.label().to_string()).unwrap_or_default())}
                {line("Care Home Manager / Designated Person within the Care Home", a.care_home.manager.clone())}
                {line("Contact Details (Tel. / NHS.net email)", contact(&a.care_home.telephone, &a.care_home.email))}
            </dl>

            <h2>"GP Practice Details"</h2>
            <dl>
                {line("Practice Name", a.practice.name.clone())}
                {line("Designated Point of Contact", a.practice.contact.clone())}
                {line("Contact Details (Tel. / NHS.net email)", contact(&a.practice.telephone, &a.practice.email))}
            </dl>

            <h2>"Clinical Lead"</h2>
            <dl>
                {line("Named Clinical Lead", a.clinical_lead.name.clone())}
                {line("Contact Details (Tel. / NHS.net email)", contact(&a.clinical_lead.telephone, &a.clinical_lead.email))}
                {line("Profession / Role", a.clinical_lead.role.clone())}
            </dl>

            <h2>"Information Sharing & Coding"</h2>
            <p>{INFORMATION_SHARING} " \u{2013} " <strong data-testid="doc-sharing">{sharing}</strong></p>

            <h2>"Weekly Care Home Round"</h2>
            <dl>
                {line("Day", a.round.day.clone())}
                {line("Time", a.round.time.clone())}
                {line("Virtual / Face-to-Face / Other (please specify)", mode)}
            </dl>

            <h2>"Seamless Processes"</h2>
            <p>{SEAMLESS_INTRO}</p>
            <ul class="app-doc-ticks">
                <li>{tick(a.seamless.secure_communication)} " " {SEAMLESS_SECURE}</li>
                <li>{tick(a.seamless.care_plan_changes)} " " {SEAMLESS_CARE_PLAN}</li>
                <li>{tick(a.seamless.designated_people)} " " {SEAMLESS_DESIGNATED}</li>
                <li>{tick(a.seamless.residents_identified)} " " {SEAMLESS_RESIDENTS}</li>
            </ul>

            <h2>"Primary Care Network and Scheme"</h2>
            <dl>
                {line("Aligned Primary Care Network (PCN)", a.pcn.clone())}
                {line("Scheme in force", scheme)}
            </dl>

            <h2>"Signed"</h2>
            <div class="app-doc-signs">
                {sign("For the care home", &a.care_home_sign_off)}
                {sign("For the practice", &a.practice_sign_off)}
            </div>
        </article>
    }
}
