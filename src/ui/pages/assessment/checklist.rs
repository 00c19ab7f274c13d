//! The admission assessment's "Still needed" checklist: what the resident's
//! scheme requires that is not filled in yet, each a link to its field.

use leptos::prelude::*;

use crate::domain::records::assessment::items::ItemInfo;
use crate::domain::rules::schemes::Scheme;
use crate::ui::components::focus_element;

/// The checklist of `still_needed`, what the scheme requires that is not
/// filled in yet, kept out of the printed page.
pub fn still_needed_checklist(
    still_needed: Memo<Vec<&'static ItemInfo>>,
    scheme: Option<&'static Scheme>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="checklist-heading" class="app-no-print">
            <h2 id="checklist-heading" class="nhsuk-heading-s">{format!("Still needed for {}", scheme.map(|s| s.name).unwrap_or("the scheme"))}</h2>
            {move || {
                let needed = still_needed.get();
                if needed.is_empty() {
                    view! { <p data-testid="checklist-done">"Everything the scheme requires is filled in."</p> }.into_any()
                } else {
                    view! {
                        <ul class="nhsuk-list nhsuk-list--bullet" data-testid="checklist">
                            {needed.into_iter().map(|i| {
                                let target = i.field_id;
                                view! {
                                    <li><a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); focus_element(target); }>{i.label}</a></li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
        </section>
    }
}
