//! The register's team section, "The team's other devices": each other
//! device's copy brought in, this device's sent, and sending one.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::ui::components::SendCopy;
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// The team's devices: each other device's copy brought in, this device's
/// sent, and sending one.
#[component]
pub(super) fn TheTeamsOtherDevices() -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let has_homes = move || records.register.value.with(|r| !r.homes.is_empty());
    // Bumped when a copy is sent, to say so in the list.
    let sent = RwSignal::new(0u32);
    view! {
        {move || has_homes().then(|| view! {
            <section class="app-no-print" aria-labelledby="team-copies">
                <h2 id="team-copies">"The team\u{2019}s other devices"</h2>
                <p>
                    {move || {
                        sent.track();
                        let device = crate::ui::clock::this_device();
                        if device.name.is_empty() {
                            "This device has no name yet: give it one under Settings, so colleagues know whose copy they bring in. ".to_string()
                        } else {
                            format!("This device is {}. ", device.name)
                        }
                    }}
                    "Each device keeps its own copy; send yours to a colleague, and bring theirs in on the "<a href=Route::Backup.fixed_href()>"Backup page"</a>". Copies are merged: nothing either side recorded is lost."
                </p>
                <ul class="nhsuk-list" data-testid="team-copies">
                    {move || {
                        sent.track();
                        crate::ui::clock::this_device()
                            .copies(app.today)
                            .into_iter()
                            .map(|l| view! { <li>{l}</li> })
                            .collect_view()
                    }}
                </ul>
                <SendCopy on_sent=Callback::new(move |_| sent.update(|n| *n += 1))/>
            </section>
        })}
    }
}
