//! `#/returns?home=<id>&year=<yyyy>&q=<1-4>&submitted=YYYY-MM-DD`: a care
//! home's quarterly return worked out from the register (001 §4.1), with
//! the residents behind every figure, adjustments with reasons, the due
//! date and lateness, what it earns (Rotherham, 001 §4.2 and 003) or the
//! year's per-bed statement (LSC, 000 §5), and the return as a file, a CSV
//! or printed. The address holds the page's state, as the calculator's does.
//!
//! This file is the page itself: which return is shown, what is worked out
//! for it, and the sections in order; each section is a part file.

mod adjustments;
mod choose_return;
mod figures_table;
mod lsc_payment;
mod other_home;
mod payment;
mod send;
mod submission;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::formats::route::Route;
use crate::domain::helpers::date_text::{iso, parse_iso};
use crate::domain::records::register::{Home, Register};
use crate::domain::records::returns::{figures, lateness, Quarter};
use crate::domain::rules::schemes::Scheme;
use crate::storage::location;
use crate::ui::records::Records;
use crate::ui::state::AppState;

use adjustments::Adjustments;
use choose_return::ChooseReturn;
use figures_table::FiguresTable;
use lsc_payment::LscPaymentStatement;
use other_home::ResidingInAnotherHome;
use payment::PaymentSummary;
use send::SendToCommissioner;
use submission::Submission;

/// The page's state, as in its address.
#[derive(Clone, Debug, PartialEq)]
struct Shown {
    home: String,
    quarter: Quarter,
    /// A submission date being tried (not yet marked).
    submitted: Option<NaiveDate>,
}

impl Shown {
    fn address(&self) -> String {
        let mut pairs = vec![
            ("home", self.home.clone()),
            ("year", self.quarter.year.to_string()),
            ("q", self.quarter.q.to_string()),
        ];
        if let Some(d) = self.submitted {
            pairs.push(("submitted", iso(d)));
        }
        Route::Returns {
            query: query::build(pairs),
        }
        .href()
    }
}

/// A change to the shown return, which may be refused with a message.
type ReturnChange =
    Box<dyn FnOnce(&mut crate::domain::records::returns::QuarterReturn) -> Result<(), String>>;

/// Makes a change to the shown return (what the sections' buttons call).
type EditReturn = Callback<ReturnChange, Result<(), String>>;

fn home_of(r: &Register, id: &str) -> Option<Home> {
    r.homes.iter().find(|h| h.id == id).cloned()
}

#[component]
pub fn ReturnsPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let get = |key: &str| query::get(&query, key);
    let homes = records.register.value.with_untracked(|r| r.homes.clone());
    if homes.is_empty() {
        return view! {
            <h1>"Quarterly return"</h1>
            <p data-testid="no-homes">"Add a care home first, on the " <a href=Route::Register.fixed_href()>"care homes"</a> " page."</p>
        }
        .into_any();
    }
    // The return due next: the quarter before today's.
    let default_quarter = Quarter::of(app.today).previous();
    let quarter = get("year")
        .and_then(|y| y.parse().ok())
        .zip(get("q").and_then(|q| q.parse().ok()))
        .and_then(|(y, q)| Quarter::new(y, q))
        .unwrap_or(default_quarter);
    let home = get("home")
        .filter(|h| homes.iter().any(|x| x.id == *h))
        .unwrap_or_else(|| homes[0].id.clone());
    let shown = RwSignal::new(Shown {
        home,
        quarter,
        submitted: get("submitted").and_then(|d| parse_iso(&d)),
    });
    Effect::new(move |_| location::replace_hash(&shown.with(Shown::address)));

    let home = Memo::new(move |_| {
        let id = shown.with(|s| s.home.clone());
        records
            .register
            .value
            .with(|r| home_of(r, &id))
            .unwrap_or_default()
    });
    let scheme = Memo::new(move |_| home.with(|h| Scheme::by_id(&h.scheme)));
    let kept = Memo::new(move |_| {
        let (id, q) = shown.with(|s| (s.home.clone(), s.quarter));
        records.register.value.with(|r| r.quarter_return(&id, q))
    });
    let figs = Memo::new(move |_| {
        let (id, q) = shown.with(|s| (s.home.clone(), s.quarter));
        records
            .register
            .value
            .with(|r| kept.with(|k| figures(r, &id, q, k)))
    });
    let due = Memo::new(move |_| {
        let q = shown.with(|s| s.quarter);
        app.settings.with(|s| s.return_due.due(q))
    });
    // The date tried in the form, else the one marked.
    let submitted = Memo::new(move |_| shown.with(|s| s.submitted).or(kept.with(|k| k.submitted)));
    let late = Memo::new(move |_| submitted.get().map(|s| lateness(due.with(|d| d.0), s)));

    let edit: EditReturn = Callback::new(move |f: ReturnChange| {
        let (id, q) = shown.with_untracked(|s| (s.home.clone(), s.quarter));
        let mut result = Ok(());
        records
            .register
            .update(|r| result = r.edit_return(&id, q, f));
        result
    });

    // Choosing what to show.
    let home_options = homes
        .iter()
        .map(|h| (h.id.clone(), h.name.clone()))
        .collect::<Vec<_>>();

    view! {
        <h1>"Quarterly return"</h1>
        <p class="nhsuk-lede-text">"The figures of the commissioner\u{2019}s quarterly return, worked out from the register, with what the quarter earns."</p>
        <ChooseReturn home_options=home_options today=app.today shown=shown/>
        <h2 data-testid="return-title">{move || format!("{}: {}", home.with(|h| h.name.clone()), shown.with(|s| s.quarter.label()))}</h2>
        <p>{move || scheme.get().map(|s| format!("Scheme: {}.", s.name)).unwrap_or_default()}</p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>"How the register answers the return (Rotherham specification 2019/20, section 4.1): a resident is in the home from admission to discharge, both days included. Start, new, moved and died count permanent residents; temporary counts temporary residents in the home on any day of the quarter. So carry forward is exactly the next quarter\u{2019}s start."</p>
        </div>
        <FiguresTable records=records figs=figs kept=kept/>
        <ResidingInAnotherHome kept=kept edit=edit/>
        <Adjustments kept=kept edit=edit/>
        <Submission today=app.today shown=shown kept=kept due=due submitted=submitted late=late edit=edit/>
        <PaymentSummary today=app.today home=home shown=shown due=due late=late figs=figs/>
        <LscPaymentStatement records=records home=home shown=shown/>
        <SendToCommissioner app=app home=home shown=shown kept=kept due=due figs=figs/>
    }
    .into_any()
}
