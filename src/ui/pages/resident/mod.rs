//! `#/residents/resident?id=…`: one resident: their deadlines, their
//! history, recording what was done, a concern for the round, discharge.
//! The page: the resident's details and the order of its sections.

mod deadlines;
mod history;
mod left_the_home;
mod record_event;

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::short;
use crate::domain::records::register::{nhs_number, Resident};
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::{Conflicts, JustMarked, TextField, UndoBanner};
use crate::ui::records::Records;

use deadlines::TheResidentsDeadlines;
use history::History;
use left_the_home::TheResidentHasLeft;
use record_event::RecordWhatHappened;

/// Changes the resident shown, in the register (nothing once they are
/// gone from it).
fn editor(
    resident: Memo<Option<Resident>>,
) -> impl Fn(&dyn Fn(&mut Resident)) + Copy + Send + Sync + 'static {
    let records = expect_context::<Records>();
    move |f: &dyn Fn(&mut Resident)| {
        let Some(current) = resident.get_untracked() else {
            return;
        };
        records.register.update(|r| {
            if let Some(x) = r.resident_mut(&current.id) {
                f(x);
            }
        });
    }
}

#[component]
pub fn ResidentPage(query: String) -> impl IntoView {
    let records = expect_context::<Records>();
    let id = query::get(&query, "id").unwrap_or_default();
    let resident = {
        let id = id.clone();
        Memo::new(move |_| records.register.value.with(|r| r.resident(&id).cloned()))
    };
    let Some(first) = resident.get_untracked() else {
        return view! {
            <h1>"Resident not found"</h1>
            <p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
        }
        .into_any();
    };
    let home = records
        .register
        .value
        .with_untracked(|r| r.homes.iter().find(|h| h.id == first.home_id).cloned())
        .unwrap_or_default();
    let scheme = Scheme::by_id(&home.scheme);
    let edit = editor(resident);

    let just_marked = RwSignal::new(Option::<JustMarked>::None);

    view! {
        <p><a href=Route::Register.fixed_href()>"Back to care homes"</a></p>
        <h1>{move || resident.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default())}</h1>
        // What needs checking first, where the page opens.
        <Conflicts resident_id=first.id.clone()/>
        <crate::ui::components::KeptApart resident_id=first.id.clone()/>
        <dl class="nhsuk-summary-list">
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"NHS number"</dt>
                <dd class="nhsuk-summary-list__value">{move || resident.with(|r| r.as_ref().map(|r| nhs_number::format(&r.nhs_number)).unwrap_or_default())}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Care home"</dt>
                <dd class="nhsuk-summary-list__value">{format!("{}{}", home.name, if first.room.is_empty() { String::new() } else { format!(", room {}", first.room) })}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Admitted"</dt>
                <dd class="nhsuk-summary-list__value">{format!("{}{}", short(first.admitted), if first.temporary { " (temporary resident)" } else { "" })}</dd>
            </div>
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">"Scheme"</dt>
                <dd class="nhsuk-summary-list__value">{scheme.map(|s| s.name).unwrap_or("None chosen")}</dd>
            </div>
        </dl>
        <div class="nhsuk-button-group app-no-print">
            <a class="nhsuk-button nhsuk-button--secondary" data-testid="edit-resident" href=Route::resident_edit(&first.id).href()>"Change details"</a>
            <a class="nhsuk-button nhsuk-button--secondary" data-testid="open-assessment" href=Route::Assessment { resident_id: first.id.clone() }.href()>"Admission assessment"</a>
        </div>
        <h2>"Deadlines"</h2>
        <UndoBanner just=just_marked/>
        <TheResidentsDeadlines resident scheme just_marked/>

        <h2>"Record what happened"</h2>
        <RecordWhatHappened resident scheme/>
        <h2>"History"</h2>
        <History resident/>

        <h2>"Concern for the next round"</h2>
        <TextField
            id="resident-concern"
            label="The care home\u{2019}s concern (optional)"
            hint="Flags the resident for the weekly home round worklist. Clear it once seen."
            value=Signal::derive(move || resident.with(|r| r.as_ref().map(|r| r.concern.clone()).unwrap_or_default()))
            on_input=Callback::new(move |v: String| edit(&|r| r.concern = v.clone()))
            error=Signal::derive(|| None::<String>)
        />

        <TheResidentHasLeft resident/>
    }
    .into_any()
}
