//! The due list's "Filter or search the list": by home, obligation and
//! status, and a search by name or NHS number.

use leptos::prelude::*;

use crate::domain::rules::obligation::ObligationId;
use crate::ui::components::{SelectField, TextField};
use crate::ui::records::Records;

use super::PAGE;

/// Obligation filter values that pick a kind of row rather than one id.
pub(super) const HOME_DUTIES: &str = "home-duties";
pub(super) const RESIDENTS: &str = "residents";

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The filters, folded until used; each change draws the first page again.
#[component]
pub(super) fn FilterOrSearch(
    /// Open from the start (the page was opened for one home).
    open: bool,
    home: RwSignal<String>,
    obligation: RwSignal<String>,
    status: RwSignal<String>,
    search: RwSignal<String>,
    /// How many matching rows are drawn.
    shown: RwSignal<usize>,
) -> impl IntoView {
    let records = expect_context::<Records>();
    let home_options = Signal::derive(move || {
        let mut o = vec![(String::new(), "All homes".to_string())];
        o.extend(records.register.value.with(|r| {
            r.homes
                .iter()
                .map(|h| (h.id.clone(), h.name.clone()))
                .collect::<Vec<_>>()
        }));
        o
    });
    let obligation_options: Vec<(String, String)> = [
        (String::new(), "All obligations".to_string()),
        (
            RESIDENTS.to_string(),
            "Residents\u{2019} reviews only".to_string(),
        ),
        (
            HOME_DUTIES.to_string(),
            "Duties of the homes only".to_string(),
        ),
    ]
    .into_iter()
    .chain(
        ObligationId::PER_RESIDENT
            .into_iter()
            .chain(ObligationId::PER_HOME)
            .map(|id| (id.as_str().to_string(), capitalised(id.done_label()))),
    )
    .collect();
    let status_options: Vec<(String, String)> = vec![
        (String::new(), "Any status".into()),
        ("overdue".into(), "Overdue".into()),
        ("due-soon".into(), "Due within 7 days".into()),
        ("upcoming".into(), "Upcoming".into()),
    ];

    view! {
        // Folded until used, so the first row is on a tablet's first
        // screen; open when the page was opened for one home.
        <details class="nhsuk-details app-no-print nhsuk-u-margin-bottom-2" data-testid="filters" open=open>
            <summary class="nhsuk-details__summary">
                <span class="nhsuk-details__summary-text">"Filter or search the list"</span>
            </summary>
            <div class="nhsuk-details__text app-filters">
                <SelectField id="filter-home" label="Home" options=home_options value=home on_change=Callback::new(move |v| { home.set(v); shown.set(PAGE); })/>
                <SelectField id="filter-obligation" label="Obligation" options=obligation_options value=obligation on_change=Callback::new(move |v| { obligation.set(v); shown.set(PAGE); })/>
                <SelectField id="filter-status" label="Status" options=status_options value=status on_change=Callback::new(move |v| { status.set(v); shown.set(PAGE); })/>
                <TextField id="filter-search" label="Search by name or NHS number" input_type="search" value=search on_input=Callback::new(move |v| { search.set(v); shown.set(PAGE); }) error=Signal::derive(|| None::<String>)/>
            </div>
        </details>
    }
}
