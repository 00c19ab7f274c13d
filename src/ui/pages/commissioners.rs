//! `#/commissioners`: a commissioner makes the link that sets up their
//! scheme on a practice's or care home's device, optionally with the date
//! each quarter's return is due, copies or shares it, or prints it as a
//! one-page poster with a QR code. (In the full app: the first load of a
//! link stays small.)

use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::formats::scheme_link;
use crate::domain::helpers::date_text::{DateEntry, DatePart, DateParts};
use crate::domain::rules::schemes::ALL;
use crate::storage::location;
use crate::ui::components::{CopyLink, DateInput, SchemeChoice};

/// Each quarter's date field: id and label.
const QUARTERS: [(&str, &str); 4] = [
    ("return-q1", "Q1 (April to June) return due"),
    ("return-q2", "Q2 (July to September) return due"),
    ("return-q3", "Q3 (October to December) return due"),
    ("return-q4", "Q4 (January to March) return due"),
];

#[component]
pub fn CommissionersPage() -> impl IntoView {
    let chosen = RwSignal::new(ALL[1].id.to_string());
    // The four quarters' return due dates: all or none.
    let quarters: [RwSignal<DateParts>; 4] =
        std::array::from_fn(|_| RwSignal::new(DateParts::default()));
    let entries = Memo::new(move |_| quarters.map(|q| q.with(|p| p.event_entry("Date"))));
    let dates = Memo::new(move |_| {
        entries.with(|e| {
            e.iter()
                .filter_map(|x| match x {
                    DateEntry::Valid(d) => Some(*d),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    let error_at = move |i: usize| {
        Signal::derive(move || {
            entries.with(|e| match &e[i] {
                DateEntry::Invalid { message, part } => Some((message.clone(), *part)),
                DateEntry::Empty if e.iter().any(|x| !matches!(x, DateEntry::Empty)) => {
                    Some(("Enter all four dates, or none".to_string(), DatePart::All))
                }
                _ => None,
            })
        })
    };
    let link = Signal::derive(move || {
        Route::Home {
            query: dates.with(|d| scheme_link::write(&chosen.get(), d)),
        }
        .link(&location::page_base())
    });
    view! {
        <h1>"A link for your scheme"</h1>
        <p><a href=Route::COLLECT_RETURNS.fixed_href() data-testid="collect-link">"Collect practices\u{2019} quarterly returns"</a></p>
        <p class="nhsuk-lede-text">
            "Send practices and care homes one link. Opening it offers your scheme as their device\u{2019}s \
             default, and asks before replacing another."
        </p>
        <SchemeChoice
            selected=chosen
            on_select=Callback::new(move |id: String| chosen.set(id))
            error=Signal::derive(|| None::<String>)
        />
        <h2 class="nhsuk-heading-s">"Quarterly return due dates (optional)"</h2>
        <p class="nhsuk-hint">
            "The date each quarter\u{2019}s return must reach you. Without them, practices count from \
             the 15th of the month after each quarter."
        </p>
        {(0..4)
            .map(|i| {
                let q = quarters[i];
                view! {
                    <DateInput
                        id=QUARTERS[i].0
                        label=QUARTERS[i].1
                        value=q
                        on_input=Callback::new(move |p| q.set(p))
                        error=error_at(i)
                    />
                }
            })
            .collect_view()}
        <h2 class="nhsuk-heading-s">"The link"</h2>
        <p class="app-link-text" data-testid="scheme-link">{move || link.get()}</p>
        <CopyLink link title="Care Home Toolkit"/>
        <p class="app-no-print">
            <a class="app-big-link" data-testid="poster-link" href=move || Route::Poster { query: dates.with(|d| scheme_link::write(&chosen.get(), d)) }.href()>
                "Print a one-page poster with a QR code"
            </a>
        </p>
    }
}
