//! A practice's link opened again (from the e-mail) on a browser whose
//! rounds were set up differently since, by the form or another link: the
//! home chooses which to keep, instead of the link replacing the setup each
//! time it is opened.

use leptos::prelude::*;

use super::words::setup_words;
use crate::domain::records::round::home_side::RoundSetup;
use crate::ui::components::{focus_element, WarningCallout};
use crate::ui::records::Records;

#[component]
pub fn LinkSetupOffer(
    /// The link's setup, while the home has not chosen.
    offered: RwSignal<Option<RoundSetup>>,
) -> impl IntoView {
    let records = expect_context::<Records>();
    let said = RwSignal::new(Option::<String>::None);
    let choose = move |use_link: bool| {
        let Some(link) = offered.get_untracked() else {
            return;
        };
        if use_link {
            let before = records.home_rounds.value.get_untracked();
            if records.home_rounds.update(|h| h.setup = Some(link)) {
                said.set(Some("Set up as the practice\u{2019}s link says.".into()));
            } else {
                let why = records.home_rounds.take_back(before);
                said.set(Some(format!(
                    "The link\u{2019}s setup could not be saved in this browser ({why}), so the setup here is unchanged."
                )));
            }
        } else {
            said.set(Some("This browser\u{2019}s setup is kept.".into()));
        }
        offered.set(None);
        request_animation_frame(|| focus_element("link-setup-said"));
    };
    view! {
        {move || offered.get().map(|link| {
            let here = records
                .home_rounds
                .value
                .with_untracked(|h| h.setup.as_ref().map(setup_words).unwrap_or_default());
            view! {
                <WarningCallout title="The link sets up your rounds differently" testid="link-setup-offer">
                    <p>"Set up in this browser: " {here}</p>
                    <p>"In the practice\u{2019}s link: " {setup_words(&link)}</p>
                    <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                        <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button"
                            data-testid="use-link-setup" on:click=move |_| choose(true)>
                            "Use the link\u{2019}s"
                        </button>
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button"
                            data-testid="keep-setup" on:click=move |_| choose(false)>
                            "Keep this browser\u{2019}s"
                        </button>
                    </div>
                </WarningCallout>
            }
        })}
        {move || said.get().map(|m| view! {
            <div class="nhsuk-inset-text" role="status" id="link-setup-said" tabindex="-1" data-testid="link-setup-said">
                <p>{m}</p>
            </div>
        })}
    }
}
