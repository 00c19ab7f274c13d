//! "Add a resident to the request": who, why, and the background the
//! practice needs, checked by the domain (`EntryDraft::validate`).

use leptos::prelude::*;

use super::pick::Pick;
use super::Page;
use crate::domain::helpers::date_text::{DatePart, DateParts};
use crate::domain::records::round::Reason;
use crate::ui::browser::{new_id, now_iso};
use crate::ui::components::{focus_element, DateInput, RadioGroup, TextField};

#[component]
pub fn EntryForm(page: Page) -> impl IntoView {
    let d = page.draft;
    let added = RwSignal::new(None::<String>);
    let editing = move || d.editing.with(Option::is_some);
    let picked = move || d.practice_ref.with(|r| !r.is_empty());
    let dob_error = page.error_at("request-dob");
    let dob_error = Signal::derive(move || dob_error.get().map(|m| (m, DatePart::All)));
    let reasons: Vec<(&'static str, &'static str)> =
        Reason::ALL.iter().map(|r| (r.key(), r.label())).collect();

    let submit = move || {
        added.set(None);
        let Some(round) = page.round.get_untracked() else {
            return;
        };
        let was_editing = d.editing.get_untracked();
        let id = was_editing.clone().unwrap_or_else(new_id);
        match d.read().validate(id, page.app.today) {
            Err(problems) => page.show_problems(problems),
            Ok(entry) => {
                page.errors.set(Vec::new());
                let name = entry.name.clone();
                let saved = page
                    .records
                    .home_rounds
                    .update(|h| h.request_mut(round, new_id).request.put(entry, &now_iso()));
                d.clear();
                let words = if was_editing.is_some() {
                    format!("The request for {name} is changed.")
                } else {
                    format!("{name} is on the request.")
                };
                added.set(Some(if saved {
                    words
                } else {
                    format!("{words} It could not be saved on this device: see the message at the top of the page.")
                }));
                request_animation_frame(|| focus_element("entry-added"));
            }
        }
    };
    let cancel = move |_| {
        d.clear();
        page.errors.set(Vec::new());
        added.set(None);
        request_animation_frame(|| focus_element("request-name"));
    };
    // Typing another name un-picks the resident chosen from the list.
    let type_name = Callback::new(move |v: String| {
        let pref = d.practice_ref.get_untracked();
        if !pref.is_empty() {
            let listed = page.records.home_rounds.value.with_untracked(|h| {
                h.residents_list.as_ref().and_then(|l| {
                    l.residents
                        .iter()
                        .find(|r| r.practice_ref == pref)
                        .map(|r| r.name.clone())
                })
            });
            if listed.is_some_and(|n| n.trim() != v.trim()) {
                d.practice_ref.set(String::new());
            }
        }
        d.name.set(v);
    });
    let no_error = || Signal::derive(|| None::<String>);

    view! {
        <div class="app-no-print">
            <h2 class="nhsuk-u-margin-top-5">
                {move || if editing() { "Change a resident on the request" } else { "Add a resident to the request" }}
            </h2>
            <form novalidate data-testid="entry-form" on:submit=move |ev| { ev.prevent_default(); submit(); }>
                <Pick page/>
                <TextField id="request-name" label="Full name" value=d.name on_input=type_name
                    error=page.error_at("request-name")/>
                {move || picked().then(|| view! {
                    <p class="nhsuk-body-s" data-testid="picked">
                        "Chosen from the practice\u{2019}s list: the date of birth and NHS number are not needed."
                    </p>
                })}
                <DateInput id="request-dob" label="Date of birth" hint="For example, 1 5 1936"
                    value=d.dob on_input=Callback::new(move |p: DateParts| d.dob.set(p)) error=dob_error/>
                <TextField id="request-nhs" label="NHS number"
                    hint="Give the date of birth or the NHS number, or both"
                    width="nhsuk-input--width-10" value=d.nhs
                    on_input=Callback::new(move |v| d.nhs.set(v)) error=page.error_at("request-nhs")/>
                <TextField id="request-room" label="Room (optional)" width="nhsuk-input--width-5"
                    value=d.room on_input=Callback::new(move |v| d.room.set(v)) error=no_error()/>
                <RadioGroup
                    name="request-reason"
                    legend="Why the resident needs to be seen"
                    options=reasons
                    selected=d.reason
                    on_select=Callback::new(move |v| d.reason.set(v))
                    error=page.error_at("request-reason")
                />
                {move || (d.reason.get() == Reason::Other.key()).then(|| view! {
                    <TextField id="request-other" label="What is the concern"
                        value=d.other on_input=Callback::new(move |v| d.other.set(v))
                        error=page.error_at("request-other")/>
                })}
                <crate::ui::components::TextArea id="request-background" label="Background for the practice"
                    hint="What has changed and since when, what you have tried, and anything the practice should look at before the round"
                    rows=5 value=d.background on_input=Callback::new(move |v| d.background.set(v))
                    error=page.error_at("request-background")/>
                <TextField id="request-prepared-by" label="Prepared by" hint="Your name and role"
                    value=d.prepared_by on_input=Callback::new(move |v| d.prepared_by.set(v))
                    error=page.error_at("request-prepared-by")/>
                <div class="nhsuk-button-group">
                    <button class="nhsuk-button" type="submit" data-testid="add-entry">
                        {move || if editing() { "Save changes" } else { "Add to the request" }}
                    </button>
                    {move || editing().then(|| view! {
                        <button class="nhsuk-button nhsuk-button--secondary" type="button"
                            data-testid="cancel-change" on:click=cancel>
                            "Cancel"
                        </button>
                    })}
                </div>
                {move || added.get().map(|m| view! {
                    <div class="nhsuk-inset-text" role="status" id="entry-added" tabindex="-1" data-testid="entry-added">
                        <p>{m}</p>
                    </div>
                })}
            </form>
        </div>
    }
}
