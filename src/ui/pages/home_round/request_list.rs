//! "Residents to be seen": the request for the round as it stands, each
//! resident with "Change" and "Remove".

use leptos::prelude::*;

use super::Page;
use crate::domain::helpers::date_text::day_month_year;
use crate::domain::records::register::nhs_number;
use crate::domain::records::round::RequestEntry;
use crate::ui::browser::now_iso;
use crate::ui::components::{focus_element, long_word_class};

#[component]
pub fn RequestList(page: Page) -> impl IntoView {
    let removed = RwSignal::new(None::<String>);
    let entries = Memo::new(move |_| page.kept().map(|k| k.request.residents).unwrap_or_default());
    let remove = move |e: RequestEntry| {
        let Some(round) = page.round.get_untracked() else {
            return;
        };
        page.records.home_rounds.update(|h| {
            if let Some(k) = h.requests.iter_mut().find(|k| k.request.round == round) {
                k.request.remove(&e.id, &now_iso());
            }
        });
        if page.draft.editing.get_untracked().as_deref() == Some(e.id.as_str()) {
            page.draft.clear();
        }
        removed.set(Some(format!("{} was taken off the request.", e.name)));
        request_animation_frame(|| focus_element("entry-removed"));
    };
    let change = move |e: RequestEntry| {
        removed.set(None);
        page.errors.set(Vec::new());
        page.draft.fill(&e);
        request_animation_frame(|| focus_element("request-name"));
    };

    view! {
        <h2 class="nhsuk-u-margin-top-5">"Residents to be seen"</h2>
        {move || removed.get().map(|m| view! {
            <div class="nhsuk-inset-text app-no-print" role="status" id="entry-removed" tabindex="-1" data-testid="entry-removed">
                <p>{m}</p>
            </div>
        })}
        {move || {
            let list = entries.get();
            if list.is_empty() {
                return view! { <p data-testid="no-entries">"No residents added yet."</p> }.into_any();
            }
            view! {
                <ul class="nhsuk-list" data-testid="requested">
                    {list.into_iter().map(|e| entry_view(e, remove, change)).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

fn entry_view(
    e: RequestEntry,
    remove: impl Fn(RequestEntry) + Copy + 'static,
    change: impl Fn(RequestEntry) + Copy + 'static,
) -> impl IntoView {
    let mut who = Vec::new();
    if !e.room.is_empty() {
        who.push(format!("Room {}", e.room));
    }
    if let Some(d) = e.date_of_birth {
        who.push(format!("Born {}", day_month_year(d)));
    }
    if !e.nhs_number.is_empty() {
        who.push(format!("NHS number {}", nhs_number::format(&e.nhs_number)));
    }
    if !e.practice_ref.is_empty() {
        who.push("From the practice\u{2019}s list".into());
    }
    let (for_remove, for_change) = (e.clone(), e.clone());
    let name_class = long_word_class(&e.name);
    view! {
        <li class="nhsuk-card nhsuk-u-margin-bottom-4" data-entry=e.id.clone()>
            <div class="nhsuk-card__content">
                <h3 class="nhsuk-card__heading nhsuk-heading-s">
                    <span class=name_class>{e.name.clone()}</span>
                </h3>
                {(!who.is_empty()).then(|| view! {
                    <p class="nhsuk-body-s nhsuk-u-margin-bottom-2">{who.join(". ")}</p>
                })}
                <dl class="nhsuk-summary-list nhsuk-u-margin-bottom-2">
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Reason"</dt>
                        <dd class="nhsuk-summary-list__value">{e.reason_words()}</dd>
                    </div>
                    <div class="nhsuk-summary-list__row">
                        <dt class="nhsuk-summary-list__key">"Background"</dt>
                        <dd class="nhsuk-summary-list__value">
                            {crate::ui::components::text_lines(&e.background)}
                        </dd>
                    </div>
                </dl>
                <p class="nhsuk-body-s">{format!("Prepared by {}", e.prepared_by)}</p>
                <div class="nhsuk-button-group app-no-print nhsuk-u-margin-bottom-0">
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button"
                        data-testid="change-entry" on:click=move |_| change(for_change.clone())>
                        "Change"
                        <span class="nhsuk-u-visually-hidden">{format!(" {}", e.name)}</span>
                    </button>
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button"
                        data-testid="remove-entry" on:click=move |_| remove(for_remove.clone())>
                        "Remove"
                        <span class="nhsuk-u-visually-hidden">{format!(" {}", e.name)}</span>
                    </button>
                </div>
            </div>
        </li>
    }
}
