//! The admission assessment printed: its plain-text summary laid out for
//! the care home's folder.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::short;
use crate::domain::records::assessment::summary::plain_text;
use crate::domain::rules::schemes::Scheme;
use crate::ui::records::Records;

/// `#/residents/<id>/assessment/print`: one or two A4 pages for the care
/// home's folder (003 §9: the care plan's first pages easy to find for
/// out-of-hours doctors).
#[component]
pub fn AssessmentPrintPage(resident_id: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let data = records.register.value.with_untracked(|r| {
        let resident = r.resident(&resident_id).cloned()?;
        let home = r
            .homes
            .iter()
            .find(|h| h.id == resident.home_id)
            .cloned()
            .unwrap_or_default();
        let assessment = r.assessment(&resident_id).cloned().unwrap_or_default();
        Some((resident, home, assessment))
    });
    let Some((resident, home, assessment)) = data else {
        return view! { <h1>"Resident not found"</h1> }.into_any();
    };
    let text = plain_text(&assessment, &resident, &home.scheme);
    let mut lines = text.lines();
    let title = lines.next().unwrap_or_default().to_string();
    let rows = lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| match l.split_once(": ") {
            Some((k, v)) => {
                view! { <div><dt>{k.to_string()}</dt><dd>{v.to_string()}</dd></div> }.into_any()
            }
            None => view! { <div><dd>{l.to_string()}</dd></div> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="nhsuk-button-group app-no-print">
            <crate::ui::components::PrintButton label="Print or save as PDF"/>
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::Assessment { resident_id: resident.id.clone() }.href()>"Back to the assessment"</a>
        </div>
        <article data-testid="assessment-summary">
            <h1>{title}</h1>
            <p>{format!("{} \u{b7} {}{}", home.name, resident.date_of_birth.map(|d| format!("born {} \u{b7} ", short(d))).unwrap_or_default(), Scheme::by_id(&home.scheme).map(|s| s.name).unwrap_or(""))}</p>
            <dl class="app-summary">{rows}</dl>
        </article>
    }
    .into_any()
}
