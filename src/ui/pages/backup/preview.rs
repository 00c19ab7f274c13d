//! The backup page's preview of a file read: what it would bring, in plain
//! words, before anything changes, with "Bring it in" and Cancel.

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::merge::restore;
use crate::ui::components::focus_element;
use crate::ui::records::Records;
use crate::ui::state::AppState;

use super::{blocked_keys, save_and_show, BringingIn};

#[component]
pub fn WhatItBrings(
    /// The file being brought in, its preview, the answer and Undo.
    state: BringingIn,
) -> impl IntoView {
    let BringingIn {
        problem,
        pending,
        done,
        to_check,
        undo,
    } = state;
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    // All or nothing (storage::revisioned::save_workspace): either every
    // part is saved and the page shows it, or nothing is and it says so.
    let confirm = move |_| {
        // Taken, not cloned: a large backup is not copied again.
        let Some((incoming, merged, at, p)) = pending.try_update(Option::take).flatten() else {
            return;
        };
        if !blocked_keys(&app, &records).is_empty() {
            problem.set(Some(
                "Nothing was brought in: saved data that could not be read is still waiting to be downloaded (below), and this would write over it.".into(),
            ));
            return;
        }
        // Merged with what is here now (anything changed since the preview
        // included), never replacing it.
        let before = records.workspace(&app);
        // The preview's merge, unless something was saved since it was made.
        // Every part as stored, the settings and returns included: one
        // another tab changed since is merged again, never written over.
        let now = crate::storage::revisioned::stored_revisions(&crate::storage::BrowserStore);
        let merged = if now == at {
            merged
        } else {
            restore(&before, &incoming)
        };
        match save_and_show(&app, &records, merged) {
            Ok(written) => {
                if let Some(from) = &incoming.from {
                    crate::ui::clock::note_brought_in(from, app.today);
                }
                undo.set(Some((before, written)));
                done.set(Some(format!("Brought in. {}", p.lines().join(" "))));
                // Where the conflicts are, to go to from here.
                to_check.set(if p.register.conflicts > 0 {
                    records.register.value.with_untracked(|r| {
                        r.residents_with_conflicts()
                            .into_iter()
                            .map(|x| (x.name.clone(), Route::resident(&x.id).href()))
                            .collect()
                    })
                } else {
                    Vec::new()
                });
            }
            Err(e) => problem.set(Some(format!(
                "Nothing was brought in: {e}. What was here before is unchanged."
            ))),
        }
        request_animation_frame(|| focus_element("restore-result"));
    };

    view! {
        {move || pending.with(|p| p.as_ref().map(|(_, _, _, p)| p.clone())).map(|p| view! {
            <div class="nhsuk-warning-callout" data-testid="restore-preview">
                <h3 class="nhsuk-warning-callout__label" id="restore-preview-title" tabindex="-1"><span role="text">{if p.is_nothing() { "Nothing new in this file" } else { "Check before bringing it in" }}</span></h3>
                {p.lines().into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                <div class="nhsuk-button-group">
                    {(!p.is_nothing()).then(|| view! {
                        <button class="nhsuk-button" type="button" data-testid="restore-confirm" on:click=confirm>"Bring it in"</button>
                    })}
                    <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="restore-cancel" on:click=move |_| {
                        pending.set(None);
                        request_animation_frame(|| focus_element("restore-file"));
                    }>{if p.is_nothing() { "Close" } else { "Cancel" }}</button>
                </div>
            </div>
        })}
    }
}
