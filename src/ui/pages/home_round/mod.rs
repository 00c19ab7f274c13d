//! `#/home-round?home=…&practice=…&day=…&time=…&mode=…&notice=…`: the care
//! home prepares its weekly round and reads the outcomes (issue 26). The
//! home keeps no register: its requests and the outcomes live in its own
//! store (`domain::records::round::home_side`).

mod draft;
mod entry_form;
mod fields;
mod from_practice;
mod link_offer;
mod outcomes;
mod pick;
mod request_list;
mod send;
mod setup_form;
mod words;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::helpers::date_text::{iso, long, parse_iso};
use crate::domain::records::register::details::Problem;
use crate::domain::records::round::home_side::{KeptRequest, RoundSetup};
use crate::ui::components::{
    focus_error_summary, long_word_class, ErrorSummary, SelectField, SummaryError,
};
use crate::ui::records::Records;
use crate::ui::state::AppState;

use draft::Draft;
use fields::{left_off, reset_after_print, Part};

/// What the page's parts share.
#[derive(Clone, Copy)]
struct Page {
    records: Records,
    app: AppState,
    setup: Memo<Option<RoundSetup>>,
    /// The round being prepared: the next, or a later one chosen.
    round: Memo<Option<NaiveDate>>,
    chosen: RwSignal<Option<NaiveDate>>,
    /// The problems of the form last sent (the setup or a resident).
    errors: RwSignal<Vec<SummaryError>>,
    printing: RwSignal<Option<Part>>,
    draft: Draft,
}

impl Page {
    /// The message at a field: the first problem whose target starts so.
    fn error_at(&self, prefix: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.target_id.starts_with(prefix))
                    .map(|x| x.message.clone())
            })
        })
    }

    /// Show the problems and move focus to their summary.
    fn show_problems(&self, problems: Vec<Problem>) {
        self.errors.set(
            problems
                .into_iter()
                .map(|p| SummaryError {
                    // The radios' group has no element of its own: its first
                    // radio is focused.
                    target_id: match p.field {
                        "request-reason" => "request-reason-mental-capacity".into(),
                        f => f.into(),
                    },
                    message: p.message,
                })
                .collect(),
        );
        focus_error_summary();
    }

    /// The request kept for the round being prepared (tracked).
    fn kept(&self) -> Option<KeptRequest> {
        let round = self.round.get()?;
        self.records
            .home_rounds
            .value
            .with(|h| h.request(round).cloned())
    }

    /// The home's name, as set up (read in event handlers: untracked).
    fn home_name(&self) -> String {
        self.setup
            .with_untracked(|s| s.as_ref().map(|s| s.home.clone()).unwrap_or_default())
    }
}

#[component]
pub fn HomeRoundPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let sealed_link = crate::domain::formats::query::get(&query, "d");
    // A link's setup: taken when this browser has none; when it has
    // another, the home chooses (the link is often opened again from the
    // e-mail after the setup was changed here).
    let offered = RwSignal::new(None::<RoundSetup>);
    if let Some(s) = RoundSetup::from_query(&query) {
        match records
            .home_rounds
            .value
            .with_untracked(|h| h.setup.clone())
        {
            None => {
                records.home_rounds.update(|h| h.setup = Some(s));
            }
            Some(here) if here == s => {}
            Some(_) => offered.set(Some(s)),
        }
        // Kept now: a reload does not apply the link again over a change
        // made afterwards with the form.
        crate::storage::location::replace_hash(
            &crate::domain::formats::route::Route::home_round("").href(),
        );
    }
    let today = app.today;
    let setup = Memo::new(move |_| records.home_rounds.value.with(|h| h.setup.clone()));
    let chosen = RwSignal::new(None::<NaiveDate>);
    let round = Memo::new(move |_| {
        let dates = records
            .home_rounds
            .value
            .with(|h| h.round_dates(today, words::ROUNDS_AHEAD));
        let first = *dates.first()?;
        Some(chosen.get().filter(|c| dates.contains(c)).unwrap_or(first))
    });
    let printing = RwSignal::new(None::<Part>);
    reset_after_print(printing);
    let page = Page {
        records,
        app,
        setup,
        round,
        chosen,
        errors: RwSignal::new(Vec::new()),
        printing,
        draft: Draft::new(),
    };
    let ready = Memo::new(move |_| round.with(Option::is_some));
    let first_saved = RwSignal::new(None::<String>);

    view! {
        <ErrorSummary errors=page.errors/>
        {move || setup.with(|s| s.as_ref().map(|s| s.home.clone())).filter(|h| !h.is_empty()).map(|h| view! {
            <p class="nhsuk-caption-l nhsuk-u-margin-bottom-1" data-testid="home-name">
                <span class=long_word_class(&h)>{h.clone()}</span>
            </p>
        })}
        <h1>"Prepare the round"</h1>
        <link_offer::LinkSetupOffer offered/>
        {move || if ready.get() {
            view! { <Prepared page first_saved sealed_link=sealed_link.clone()/> }.into_any()
        } else {
            view! {
                <h2>"Set up your rounds"</h2>
                <p>"Enter how your rounds with the practice are held, as your agreement with the practice says. If the practice sent you a link for this, open the link instead: it fills this in for you."</p>
                <setup_form::SetupForm page saved=first_saved/>
            }
            .into_any()
        }}
    }
}

/// The page once the rounds are set up.
#[component]
fn Prepared(
    page: Page,
    first_saved: RwSignal<Option<String>>,
    /// A sealed link's data, when the page was opened from one.
    sealed_link: Option<String>,
) -> impl IntoView {
    let (setup, round) = (page.setup, page.round);
    let summary = move || {
        let r = round.get()?;
        let first = setup.with(|s| {
            s.as_ref()
                .and_then(|s| s.next_round(page.app.today))
                .is_some_and(|n| n == r)
        });
        let words = setup.with(|s| s.as_ref().map(|s| words::round_words(s, r)))?;
        Some(if first {
            format!("Next round: {words}")
        } else {
            format!("Round being prepared: {words}")
        })
    };
    let send_by = move || {
        let r = round.get()?;
        let calendar = page.app.calendar.get();
        setup.with(|s| {
            s.as_ref()
                .map(|s| words::send_by_words(s, r, page.app.today, &calendar))
        })
    };
    let round_options = Signal::derive(move || {
        page.records.home_rounds.value.with(|h| {
            h.round_dates(page.app.today, words::ROUNDS_AHEAD)
                .into_iter()
                .map(|d| (iso(d), long(d)))
                .collect::<Vec<_>>()
        })
    });
    let round_value = Signal::derive(move || round.get().map(iso).unwrap_or_default());
    let choose_round = Callback::new(move |v: String| {
        if page.draft.editing.get_untracked().is_some() {
            page.draft.clear();
        }
        page.errors.set(Vec::new());
        page.chosen.set(parse_iso(&v));
    });
    let not_printed = left_off(page.printing, Part::Request);
    let setup_open = RwSignal::new(false);
    let setup_saved = RwSignal::new(None::<String>);

    view! {
        <div class=("app-no-print", not_printed)>
            <p class="nhsuk-body-l nhsuk-u-margin-bottom-2" data-testid="next-round">{summary}</p>
            <p data-testid="send-by">{send_by}</p>
            {move || first_saved.get().map(|m| view! {
                <div class="nhsuk-inset-text app-no-print" role="status" id="setup-saved" tabindex="-1" data-testid="setup-saved">
                    <p>{m}</p>
                </div>
            })}
            <div class="app-no-print">
                <SelectField
                    id="round-date"
                    label="Round to prepare"
                    options=round_options
                    value=round_value
                    on_change=choose_round
                />
                <details class="nhsuk-details" data-testid="change-setup" prop:open=setup_open
                    on:toggle=move |ev| {
                        let open = event_target::<web_sys::Element>(&ev).has_attribute("open");
                        if open {
                            // One answer at a time about the setup.
                            first_saved.set(None);
                        }
                        setup_open.set(open);
                    }>
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">"Change how your rounds are held"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <setup_form::SetupForm page saved=setup_saved/>
                    </div>
                </details>
            </div>
            <div class="nhsuk-warning-callout" data-testid="urgent">
                <h2 class="nhsuk-warning-callout__label"><span role="text">
                    <span class="nhsuk-u-visually-hidden">"Important: "</span>
                    "Urgent concerns do not wait for the round"
                </span></h2>
                <p>"If a resident is unwell now, or you are worried about them, contact the practice now. In an emergency call 999. For urgent advice when the practice is closed, call 111."</p>
            </div>
            <request_list::RequestList page/>
            <entry_form::EntryForm page/>
            <send::SendSection page/>
        </div>
        <from_practice::FromPractice page link=sealed_link/>
        <outcomes::Outcomes page/>
    }
}
