//! A resident's "Deadlines": each review worked out under the home's
//! scheme, with "Mark as done" on each row not yet done.

use leptos::prelude::*;

use crate::domain::records::register::facts::facts;
use crate::domain::records::register::marking::DoneTarget;
use crate::domain::records::register::Resident;
use crate::domain::rules::deadlines::{deadlines, Deadline, Status};
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::{DeadlineTableWithActions, JustMarked, MarkDone};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The resident's deadlines, or why there are none.
#[component]
pub(super) fn TheResidentsDeadlines(
    resident: Memo<Option<Resident>>,
    /// The home's scheme, if it has one.
    scheme: Option<&'static Scheme>,
    /// Set when a row is marked done, for the undo banner.
    just_marked: RwSignal<Option<JustMarked>>,
) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    move || {
        let Some(r) = resident.get() else {
            return ().into_any();
        };
        let Some(scheme) = scheme else {
            return view! { <p>"The home has no scheme chosen, so no deadlines can be worked out."</p> }.into_any();
        };
        if !r.is_current() {
            return view! { <p data-testid="discharged">"This resident has left the home and is out of the due lists."</p> }.into_any();
        }
        let home = records
            .register
            .value
            .with(|reg| reg.homes.iter().find(|h| h.id == r.home_id).cloned());
        let report = app
            .calendar
            .with(|c| deadlines(scheme, &facts(&r, home.as_ref()), app.today, c));
        let (home_id, resident_id, name) = (r.home_id.clone(), r.id.clone(), r.name.clone());
        let row_action = Callback::new(move |d: Deadline| {
            // A one-off already done needs no button.
            if matches!(d.status, Status::Done { .. }) {
                return ().into_any();
            }
            let target = DoneTarget {
                home_id: home_id.clone(),
                resident_id: Some(resident_id.clone()),
                obligation: d.obligation.id,
            };
            view! {
                <MarkDone
                    target
                    key=d.row_key().into_owned()
                    what=format!("{} for {}", d.obligation.title, name)
                    on_marked=Callback::new(move |j| just_marked.set(Some(j)))
                />
            }
            .into_any()
        });
        view! { <DeadlineTableWithActions report row_action/> }.into_any()
    }
}
