//! "Choose from the practice's list": when the practice sent its list of
//! the home's residents, one is chosen rather than typed, so the practice
//! knows who is meant without the date of birth or NHS number.

use leptos::prelude::*;

use super::Page;
use crate::domain::helpers::date_text::long;
use crate::domain::records::round::file::ListedResident;
use crate::ui::components::SelectField;

fn option_words(r: &ListedResident) -> String {
    let mut out = r.name.clone();
    if !r.room.is_empty() {
        out.push_str(&format!(", room {}", r.room));
    }
    if !r.due.is_empty() {
        out.push_str(&format!(" \u{2013} due: {}", r.due.join("; ")));
    }
    out
}

#[component]
pub fn Pick(page: Page) -> impl IntoView {
    let d = page.draft;
    let list = Memo::new(move |_| {
        page.records
            .home_rounds
            .value
            .with(|h| h.residents_list.clone())
    });
    let has_list = Memo::new(move |_| list.with(Option::is_some));
    let options = Signal::derive(move || {
        list.with(|l| {
            std::iter::once((String::new(), "Choose a resident".to_string()))
                .chain(l.iter().flat_map(|l| {
                    l.residents
                        .iter()
                        .map(|r| (r.practice_ref.clone(), option_words(r)))
                }))
                .collect::<Vec<_>>()
        })
    });
    let chosen = Memo::new(move |_| {
        let pref = d.practice_ref.get();
        list.with(|l| {
            l.as_ref()
                .and_then(|l| l.residents.iter().find(|r| r.practice_ref == pref))
                .cloned()
        })
    });
    let choose = Callback::new(move |v: String| {
        let found = list.with_untracked(|l| {
            l.as_ref()
                .and_then(|l| l.residents.iter().find(|r| r.practice_ref == v))
                .cloned()
        });
        match found {
            Some(r) => {
                d.name.set(r.name);
                d.room.set(r.room);
                d.practice_ref.set(r.practice_ref);
            }
            None => d.practice_ref.set(String::new()),
        }
    });
    let value = Signal::derive(move || d.practice_ref.get());

    move || {
        has_list.get().then(|| {
            let about = list.with_untracked(|l| {
                l.as_ref()
                    .map(|l| {
                        format!(
                            "The list {} sent for the round on {}. Or type the resident\u{2019}s details below.",
                            if l.practice.is_empty() { "the practice" } else { l.practice.as_str() },
                            long(l.round)
                        )
                    })
                    .unwrap_or_default()
            });
            view! {
                <div data-testid="pick">
                    <SelectField
                        id="request-pick"
                        label="Choose from the practice\u{2019}s list"
                        options=options
                        value=value
                        on_change=choose
                    />
                    <p class="nhsuk-hint">{about}</p>
                    {move || chosen.get().filter(|r| !r.due.is_empty()).map(|r| view! {
                        <div class="nhsuk-inset-text nhsuk-u-margin-top-2" data-testid="pick-due">
                            <p class="nhsuk-u-margin-bottom-1">{format!("Due for {} at the round:", r.name)}</p>
                            <ul class="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
                                {r.due.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}
                            </ul>
                        </div>
                    })}
                </div>
            }
        })
    }
}
