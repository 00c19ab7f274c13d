//! An agreement laid out as the template reads (seed 004): the same
//! headings in the same order, the filled values, dotted lines where blank,
//! and both sign-off blocks. Used for the printed copy and for previews.

use leptos::prelude::*;

use crate::domain::helpers::date_text::{day_month_year, DateEntry};
use crate::domain::records::agreement::template::*;
use crate::domain::records::agreement::{Agreement, RoundMode};
use crate::domain::rules::schemes::Scheme;
use crate::ui::markup::Markup;

/// One "Label ..... value" line of the template.
fn line(m: &mut Markup, label: &'static str, value: &str) {
    m.tag("<div class=\"app-doc-line\"><dt class=\"app-doc-label\">")
        .text(label)
        .tag("</dt>");
    if value.trim().is_empty() {
        m.tag("<dd class=\"app-doc-value app-doc-blank\">\u{a0}</dd></div>");
    } else {
        m.tag("<dd class=\"app-doc-value\">")
            .text(value)
            .tag("</dd></div>");
    }
}

/// A heading and its lines.
fn lines(m: &mut Markup, heading: &'static str, rows: &[(&'static str, &str)]) {
    m.tag("<h2>").text(heading).tag("</h2><dl>");
    for (label, value) in rows {
        line(m, label, value);
    }
    m.tag("</dl>");
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

/// Written as markup (`ui::markup`): nothing in it changes once drawn, and
/// the values are the user's, escaped.
#[component]
pub fn AgreementDocument(agreement: Agreement) -> impl IntoView {
    let a = agreement;
    let scheme = Scheme::by_id(&a.scheme).map_or("", |s| s.name);
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
    let mut m = Markup::new();
    m.tag("<h1 class=\"app-doc-title\">")
        .text(TITLE)
        .tag("</h1><p class=\"app-doc-retain\">(")
        .text(RETAIN)
        .tag(")</p>");
    lines(
        &mut m,
        "Care Home Details",
        &[
            ("Care Home Name", &a.care_home.name),
            (
                "Type of Service (Residential / Nursing / LD)",
                a.care_home.service_type.map_or("", |t| t.label()),
            ),
            (
                "Care Home Manager / Designated Person within the Care Home",
                &a.care_home.manager,
            ),
            (
                "Contact Details (Tel. / NHS.net email)",
                &contact(&a.care_home.telephone, &a.care_home.email),
            ),
        ],
    );
    lines(
        &mut m,
        "GP Practice Details",
        &[
            ("Practice Name", &a.practice.name),
            ("Designated Point of Contact", &a.practice.contact),
            (
                "Contact Details (Tel. / NHS.net email)",
                &contact(&a.practice.telephone, &a.practice.email),
            ),
        ],
    );
    lines(
        &mut m,
        "Clinical Lead",
        &[
            ("Named Clinical Lead", &a.clinical_lead.name),
            (
                "Contact Details (Tel. / NHS.net email)",
                &contact(&a.clinical_lead.telephone, &a.clinical_lead.email),
            ),
            ("Profession / Role", &a.clinical_lead.role),
        ],
    );
    m.tag("<h2>Information Sharing &amp; Coding</h2><p>")
        .text(INFORMATION_SHARING)
        .tag(" \u{2013} <strong data-testid=\"doc-sharing\">")
        .text(sharing)
        .tag("</strong></p>");
    // The notice is the app's addition to the template: printed only when
    // agreed.
    let notice = a
        .round
        .notice_hours
        .map(|h| format!("{h} hours before the round"));
    let mut round_lines = vec![
        ("Day", a.round.day.as_str()),
        ("Time", a.round.time.as_str()),
        (
            "Virtual / Face-to-Face / Other (please specify)",
            mode.as_str(),
        ),
    ];
    if let Some(n) = &notice {
        round_lines.push((
            "Residents\u{2019} information sent to the practice",
            n.as_str(),
        ));
    }
    lines(&mut m, "Weekly Care Home Round", &round_lines);
    m.tag("<h2>Seamless Processes</h2><p>")
        .text(SEAMLESS_INTRO)
        .tag("</p><ul class=\"app-doc-ticks\">");
    for (done, text) in [
        (a.seamless.secure_communication, SEAMLESS_SECURE),
        (a.seamless.care_plan_changes, SEAMLESS_CARE_PLAN),
        (a.seamless.designated_people, SEAMLESS_DESIGNATED),
        (a.seamless.residents_identified, SEAMLESS_RESIDENTS),
    ] {
        m.tag("<li>")
            .tag(tick(done))
            .tag(" ")
            .text(text)
            .tag("</li>");
    }
    m.tag("</ul>");
    lines(
        &mut m,
        "Primary Care Network and Scheme",
        &[
            ("Aligned Primary Care Network (PCN)", &a.pcn),
            ("Scheme in force", scheme),
        ],
    );
    m.tag("<h2>Signed</h2><div class=\"app-doc-signs\">");
    for (who, s) in [
        ("For the care home", &a.care_home_sign_off),
        ("For the practice", &a.practice_sign_off),
    ] {
        let date = match s.date.entry("Date") {
            DateEntry::Valid(d) => day_month_year(d),
            _ => String::new(),
        };
        m.tag("<section class=\"app-doc-sign\"><h3>")
            .text(who)
            .tag("</h3><dl>");
        line(&mut m, "Name", &s.name);
        line(&mut m, "Role", &s.role);
        line(&mut m, "Signature", "");
        line(&mut m, "Date", &date);
        m.tag("</dl></section>");
    }
    m.tag("</div>");
    view! { <article class="app-doc" data-testid="agreement-document" inner_html=m.finish()></article> }
}
