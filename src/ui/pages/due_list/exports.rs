//! The due list's "Export": the deadlines shown (with the filters
//! applied) as a calendar file or a CSV file for Excel.

use leptos::prelude::*;

use crate::domain::helpers::date_text::iso;
use crate::domain::records::register::due_list::DueList;
use crate::domain::records::register::exports::{csv, ics, NameDetail};
use crate::storage::files;
use crate::ui::components::Checkbox;
use crate::ui::state::AppState;

/// The export buttons, with the choice of full names in the calendar.
#[component]
pub(super) fn ExportTheList(
    list: Memo<DueList>,
    /// Positions in `list` of the rows that match the filters.
    filtered: Memo<Vec<usize>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let full_names = RwSignal::new(false);
    let matching_rows = move || {
        filtered.with_untracked(|idx| {
            list.with_untracked(|l| idx.iter().map(|i| l.rows[*i].clone()).collect::<Vec<_>>())
        })
    };
    let export_csv = move |_| {
        let text = csv(&matching_rows());
        let _ = files::download(
            &format!("due-list-{}.csv", iso(app.today)),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let export_ics = move |_| {
        let detail = if full_names.get_untracked() {
            NameDetail::FullName
        } else {
            NameDetail::Initials
        };
        let stamp = crate::ui::browser::now_iso().replace(['-', ':'], "");
        let text = ics(&matching_rows(), detail, &stamp);
        let _ = files::download(
            &format!("due-dates-{}.ics", iso(app.today)),
            "text/calendar;charset=utf-8",
            &text,
        );
    };

    view! {
        <h2 class="app-no-print">"Export"</h2>
        <div class="app-no-print">
            <p>"Exports hold the deadlines shown above (with the filters applied)."</p>
            <div class="nhsuk-checkboxes nhsuk-u-margin-bottom-3">
                <Checkbox id="ics-full-names" label="Put full names in the calendar file (initials otherwise)" checked=full_names on_toggle=Callback::new(move |v| full_names.set(v))/>
            </div>
            <div class="nhsuk-button-group">
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-ics" on:click=export_ics>"Download calendar (.ics)"</button>
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-csv" on:click=export_csv>"Download for Excel (.csv)"</button>
            </div>
        </div>
    }
}
