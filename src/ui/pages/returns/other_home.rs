//! The quarterly return page's "Residing in another care home" field,
//! under the figures: the one figure not in the register.

use leptos::prelude::*;

use crate::domain::records::returns::QuarterReturn;
use crate::ui::components::TextField;

use super::EditReturn;

/// "Residing in another care home" and its "Save" button.
#[component]
pub(super) fn ResidingInAnotherHome(kept: Memo<QuarterReturn>, edit: EditReturn) -> impl IntoView {
    // Residing in another care home: entered by hand.
    let other_home = RwSignal::new(kept.with_untracked(|k| k.other_home.to_string()));
    let other_error = RwSignal::new(Option::<String>::None);
    Effect::new(move |_| other_home.set(kept.with(|k| k.other_home.to_string())));
    let save_other = move |_| match other_home.get_untracked().trim().parse::<u32>() {
        Ok(n) => {
            other_error.set(None);
            let _ = edit.run(Box::new(move |k| {
                k.other_home = n;
                Ok(())
            }));
        }
        Err(_) => other_error.set(Some("Enter a whole number, 0 or more".into())),
    };
    view! {
        <div class="app-no-print">
            <TextField id="other-home" label="Residing in another care home" hint="Not in the register: enter the number by hand." width="nhsuk-input--width-4"
                value=other_home on_input=Callback::new(move |v| other_home.set(v)) error=other_error/>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="save-other-home" on:click=save_other>"Save"</button>
        </div>
    }
}
