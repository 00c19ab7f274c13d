//! `#/agreements/print?id=…`: the agreement as the template reads, for the
//! browser's print or "save as PDF". Navigation and buttons do not print.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::ui::components::{AgreementDocument, PrintButton};
use crate::ui::records::Records;

#[component]
pub fn AgreementPrintPage(query: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let id = query::get(&query, "id").unwrap_or_default();
    let agreement = records
        .agreements
        .value
        .with_untracked(|l| crate::domain::records::agreement::list::find(l, &id).cloned());
    match agreement {
        None => view! {
            <h1>"Agreement not found"</h1>
            <p><a href=Route::AGREEMENTS.fixed_href()>"Back to agreements"</a></p>
        }
        .into_any(),
        Some(a) => {
            let back = Route::agreement_edit(&a.id).href();
            view! {
                <div class="nhsuk-button-group app-no-print">
                    <PrintButton label="Print or save as PDF"/>
                    <a class="nhsuk-button nhsuk-button--secondary" href=back>"Back to the form"</a>
                </div>
                <AgreementDocument agreement=a/>
            }
            .into_any()
        }
    }
}
