//! `#/returns?home=<id>&year=<yyyy>&q=<1-4>&submitted=YYYY-MM-DD`: a care
//! home's quarterly return worked out from the register (001 §4.1), with
//! the residents behind every figure, adjustments with reasons, the due
//! date and lateness, what it earns (Rotherham, 001 §4.2 and 003) or the
//! year's per-bed statement (LSC, 000 §5), and the return as a file, a CSV
//! or printed. The address holds the page's state, as the calculator's does.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::date_text::{iso, long, parse_iso, short, DateEntry, DatePart, DateParts};
use crate::domain::query;
use crate::domain::register::{Home, Register};
use crate::domain::returns::file::{returns_csv, write_return, HomeRef, Practice, ReturnFile};
use crate::domain::returns::money::percent_of;
use crate::domain::returns::{
    bands_from, figures, lateness, lsc_year, pounds, rotherham_payment, BedChange, Figure,
    Lateness, Quarter, Rates,
};
use crate::domain::route::Route;
use crate::domain::schemes::Scheme;
use crate::storage::{files, location};
use crate::ui::components::{CopyLink, DateInput, PrintButton, SelectField, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

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

/// "August 2026" (chrono's own formatting would add its whole
/// format-string machinery to the app).
fn month_year(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!(
        "{} {}",
        crate::domain::date_text::MONTHS[d.month0() as usize],
        d.year()
    )
}

/// A change to the shown return, which may be refused with a message.
type ReturnChange =
    Box<dyn FnOnce(&mut crate::domain::returns::QuarterReturn) -> Result<(), String>>;

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
        app.settings.with(|s| q.return_due(&s.return_dates))
    });
    // The date tried in the form, else the one marked.
    let submitted = Memo::new(move |_| shown.with(|s| s.submitted).or(kept.with(|k| k.submitted)));
    let late = Memo::new(move |_| submitted.get().map(|s| lateness(due.with(|d| d.0), s)));

    let edit = move |f: ReturnChange| {
        let (id, q) = shown.with_untracked(|s| (s.home.clone(), s.quarter));
        let mut result = Ok(());
        records
            .register
            .update(|r| result = r.edit_return(&id, q, f));
        result
    };

    // Choosing what to show.
    let year_options = move || {
        let last = Quarter::of(app.today).year + 1;
        (2019..=last)
            .rev()
            .map(|y| (y.to_string(), Quarter { year: y, q: 1 }.financial_year()))
            .collect::<Vec<_>>()
    };
    let home_options = homes
        .iter()
        .map(|h| (h.id.clone(), h.name.clone()))
        .collect::<Vec<_>>();

    let figure_rows = move || {
        let f = figs.get();
        let names = |ids: &[String]| -> Vec<(String, String)> {
            records.register.value.with(|r| {
                ids.iter()
                    .filter_map(|id| r.residents.iter().find(|x| x.id == *id))
                    .map(|x| (x.id.clone(), x.name.clone()))
                    .collect()
            })
        };
        Figure::ALL
            .into_iter()
            .map(|fig| {
                let value = f.value(fig);
                let counted = f.counted(fig);
                let adjusted = kept.with(|k| k.adjustment(fig).cloned());
                let behind = names(f.residents(fig));
                let listed = (Figure::ADJUSTABLE.contains(&fig)).then(|| {
                    let n = behind.len();
                    view! {
                        <details class="nhsuk-details nhsuk-u-margin-bottom-0" data-testid=format!("behind-{}", fig.key())>
                            <summary class="nhsuk-details__summary">
                                <span class="nhsuk-details__summary-text">{format!("{n} in the register")}</span>
                            </summary>
                            <div class="nhsuk-details__text">
                                {if behind.is_empty() {
                                    view! { <p>"None."</p> }.into_any()
                                } else {
                                    view! {
                                        <ul class="nhsuk-list">
                                            {behind.into_iter().map(|(id, name)| view! {
                                                <li><a href=Route::resident(&id).href()>{name}</a></li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any()
                                }}
                            </div>
                        </details>
                    }
                });
                view! {
                    <tr class="nhsuk-table__row">
                        <th scope="row" class="nhsuk-table__header">
                            {fig.label()}
                            <span class="nhsuk-body-s nhsuk-u-margin-bottom-0 app-figure-reading">{fig.reading()}</span>
                        </th>
                        <td class="nhsuk-table__cell app-nowrap">
                            <span class="app-table__label" aria-hidden="true">"Figure"</span>
                            <strong class="nhsuk-u-font-size-24" data-figure=fig.key()>{value.to_string()}</strong>
                            {adjusted.map(|a| view! {
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0" data-testid="adjusted">
                                    {format!("Adjusted from {counted}: {}", a.reason)}
                                </p>
                            })}
                            // The quarter before's adjusted carry-forward
                            // opens this one (domain rules 6.1).
                            {(fig == Figure::Start && f.adjusted[0].is_none()).then_some(f.carried).flatten().map(|(from, _)| view! {
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-0" data-testid="carried">
                                    {format!("Opens at the quarter before\u{2019}s carry-forward, which follows an adjustment made in {}; the register counts {counted}.", from.label())}
                                </p>
                            })}
                        </td>
                        <td class="nhsuk-table__cell">
                            <span class="app-table__label" aria-hidden="true">"Residents"</span>
                            {listed}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };

    // Residing in another care home: entered by hand.
    let other_home = RwSignal::new(kept.with_untracked(|k| k.other_home.to_string()));
    let other_error = RwSignal::new(Option::<String>::None);
    Effect::new(move |_| other_home.set(kept.with(|k| k.other_home.to_string())));
    let save_other = move |_| match other_home.get_untracked().trim().parse::<u32>() {
        Ok(n) => {
            other_error.set(None);
            let _ = edit(Box::new(move |k| {
                k.other_home = n;
                Ok(())
            }));
        }
        Err(_) => other_error.set(Some("Enter a whole number, 0 or more".into())),
    };

    // Adjusting a figure.
    let adjust_figure = RwSignal::new(Figure::Start.key().to_string());
    let adjust_value = RwSignal::new(String::new());
    let adjust_reason = RwSignal::new(String::new());
    let value_error = RwSignal::new(Option::<String>::None);
    let reason_error = RwSignal::new(Option::<String>::None);
    let adjust = move |_| {
        value_error.set(None);
        reason_error.set(None);
        let Ok(value) = adjust_value.get_untracked().trim().parse::<u32>() else {
            value_error.set(Some(
                "Enter the figure as adjusted: a whole number, 0 or more".into(),
            ));
            return;
        };
        let figure = Figure::from_key(&adjust_figure.get_untracked()).unwrap_or(Figure::Start);
        let reason = adjust_reason.get_untracked();
        match edit(Box::new(move |k| k.adjust(figure, value, &reason))) {
            Ok(()) => {
                adjust_value.set(String::new());
                adjust_reason.set(String::new());
            }
            Err(m) => reason_error.set(Some(m)),
        }
    };
    let adjustments = move || {
        kept.get()
            .adjustments
            .into_iter()
            .map(|a| {
                let figure = a.figure;
                view! {
                    <li data-testid="adjustment">
                        {format!("{} adjusted to {}: {} ", figure.label(), a.value, a.reason)}
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0 app-small-button app-no-print" type="button"
                            on:click=move |_| { let _ = edit(Box::new(move |k| { k.remove_adjustment(figure); Ok(()) })); }>
                            "Remove"<span class="nhsuk-u-visually-hidden">{format!(" the adjustment of {}", figure.label())}</span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };

    // Submission.
    let submitted_parts = RwSignal::new(
        submitted
            .get_untracked()
            .map(DateParts::from_date)
            .unwrap_or_default(),
    );
    let submitted_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let try_date = move |parts: DateParts| {
        submitted_parts.set(parts.clone());
        match parts.event_entry("Date submitted") {
            DateEntry::Valid(d) => {
                submitted_error.set(None);
                shown.update(|s| s.submitted = Some(d));
            }
            DateEntry::Empty => {
                submitted_error.set(None);
                shown.update(|s| s.submitted = None);
            }
            DateEntry::Invalid { .. } => {}
        }
    };
    let mark_submitted = move |_| match submitted_parts
        .get_untracked()
        .event_entry("Date submitted")
    {
        DateEntry::Valid(d) => {
            submitted_error.set(None);
            let _ = edit(Box::new(move |k| {
                k.submitted = Some(d);
                Ok(())
            }));
        }
        DateEntry::Empty => submitted_error.set(Some((
            "Enter the date the return was submitted".into(),
            DatePart::All,
        ))),
        DateEntry::Invalid { message, part } => submitted_error.set(Some((message, part))),
    };
    let lateness_text = move || {
        let (due_on, why) = due.get();
        let due_line = format!("Due {} ({why}).", long(due_on));
        let state = match (late.get(), kept.with(|k| k.submitted)) {
            (Some(l), marked) => {
                let when = submitted.get().map(short).unwrap_or_default();
                let mark = if marked == submitted.get() {
                    "Submitted"
                } else {
                    "If submitted"
                };
                if l.days == 0 {
                    format!("{mark} on {when}: on time.")
                } else {
                    format!(
                        "{mark} on {when}: {} calendar day{} late, so {}% is deducted (Rotherham specification 2019/20, section 4.2).",
                        l.days,
                        if l.days == 1 { "" } else { "s" },
                        l.percent
                    )
                }
            }
            (None, _) if due_on < app.today => "Not submitted, and overdue.".to_string(),
            (None, _) => "Not submitted yet.".to_string(),
        };
        view! {
            <p data-testid="due">{due_line}</p>
            <p data-testid="lateness">{state}</p>
        }
    };

    // What it earns.
    let payment_view = move || {
        let h = home.get();
        if !Rates::pays_per_patient(&h.scheme) {
            return None;
        }
        let quarter = shown.with(|s| s.quarter);
        // The version in force on the quarter's first day prices it; a
        // quarter none covers is shown unpriced (domain rules 6.1).
        let Some(rates) = Rates::for_quarter(&h.scheme, quarter) else {
            return Some(view! {
                <h2>"What it earns"</h2>
                <p data-testid="no-rates">{format!(
                    "No rates are known for {}: no version of the scheme was in force then, so this quarter is not priced and its return is not called overdue.",
                    quarter.label()
                )}</p>
            }.into_any());
        };
        let l = late.get().unwrap_or(Lateness::ON_TIME);
        // Not submitted and past its due date: priced as if sent today, and
        // what each later day would lose (domain rules 6.1).
        let due_on = due.with(|d| d.0);
        let unsent_late = late.get().is_none() && due_on < app.today;
        let l = if unsent_late {
            lateness(due_on, app.today)
        } else {
            l
        };
        let p = rotherham_payment(&figs.get(), rates, l);
        let gross = p.gross;
        let bands = unsent_late.then(|| {
            bands_from(due_on, app.today)
                .into_iter()
                .map(|b| {
                    let text = match (b.until, b.percent) {
                        (_, 100) => "Later than that: no payment.".to_string(),
                        (Some(u), pct) => format!(
                            "Submitted by {}: {}% deducted, {} paid.",
                            short(u),
                            pct,
                            pounds(gross - percent_of(gross, pct))
                        ),
                        (None, _) => String::new(),
                    };
                    view! { <li>{text}</li> }
                })
                .collect_view()
        });
        let line = |key: &'static str, what: String, amount: i64| {
            view! {
                <tr class="nhsuk-table__row">
                    <th scope="row" class="nhsuk-table__header">{what}</th>
                    <td class="nhsuk-table__cell app-nowrap" data-payment=key>{pounds(amount)}</td>
                </tr>
            }
        };
        let f = figs.get();
        Some(view! {
            <h2>"What it earns"</h2>
            {unsent_late.then(|| view! {
                <p data-testid="if-sent-today">{if l.percent == 100 {
                    format!("Not submitted and {} days past its due date: more than 21 days late, so no payment.", l.days)
                } else {
                    format!("Not submitted and {} days past its due date: priced as if submitted today.", l.days)
                }}</p>
            })}
            <ul class="nhsuk-list" data-testid="loss-bands">{bands}</ul>
            <table class="nhsuk-table" data-testid="payment">
                <caption class="nhsuk-table__caption nhsuk-table__caption--s">{format!(
                    "At the rates of {} (the version in force on {}, the quarter\u{2019}s first day)",
                    rates.clause,
                    short(quarter.first_day())
                )}</caption>
                <tbody class="nhsuk-table__body">
                    {line("new-permanent", format!("New permanent patients: {} \u{d7} {}", f.value(Figure::NewPermanent), pounds(rates.new_permanent)), p.new_permanent)}
                    {line("continuing", format!("Patients at the start of the quarter: {} \u{d7} {}", f.value(Figure::Start), pounds(rates.continuing)), p.continuing)}
                    {line("temporary", format!("Temporary patients: {} \u{d7} {}", f.value(Figure::Temporary), pounds(rates.temporary)), p.temporary)}
                    {line("gross", "Gross".to_string(), p.gross)}
                    {line("deduction", format!("Deduction for lateness ({}%)", l.percent), p.deduction)}
                    {line("net", "Net".to_string(), p.net)}
                </tbody>
            </table>
            <p data-testid="when-paid">{format!("{}. The percentage for a late return is read as deducted from the payment.", l.when_paid())}</p>
        }.into_any())
    };

    // LSC: beds and the year's statement.
    let beds = RwSignal::new(String::new());
    let beds_from = RwSignal::new(DateParts::default());
    let beds_error = RwSignal::new(Option::<String>::None);
    let beds_date_error = RwSignal::new(Option::<(String, DatePart)>::None);
    let record_beds = move |_| {
        beds_error.set(None);
        beds_date_error.set(None);
        let Ok(n) = beds.get_untracked().trim().parse::<u32>() else {
            beds_error.set(Some("Enter the number of beds: a whole number".into()));
            return;
        };
        let changed = match beds_from
            .get_untracked()
            .event_entry("Date the number changed")
        {
            DateEntry::Valid(d) => d,
            DateEntry::Empty => {
                beds_date_error.set(Some((
                    "Enter the date the number of beds changed".into(),
                    DatePart::All,
                )));
                return;
            }
            DateEntry::Invalid { message, part } => {
                beds_date_error.set(Some((message, part)));
                return;
            }
        };
        let id = shown.with_untracked(|s| s.home.clone());
        let mut result = Ok(());
        records
            .register
            .update(|r| result = r.record_beds(&id, BedChange { changed, beds: n }));
        if let Err(m) = result {
            beds_error.set(Some(m));
        }
    };
    let lsc_view = move || {
        let h = home.get();
        crate::domain::returns::payments::pays_per_bed(&h.scheme).then(|| {
            let year = shown.with(|s| s.quarter.year);
            let months = lsc_year(year, &h.beds);
            let total: i64 = months.iter().map(|m| m.amount).sum();
            view! {
                <h2>{format!("LSC payment {}", Quarter { year, q: 1 }.financial_year())}</h2>
                <p>"\u{a3}132 per bed a year for each aligned home, occupied or not, paid as \u{a3}11 per bed a month (LSC specification 2026/27, section 5). Months are paid whole: a number of beds from the 1st of a month counts for that month, one from later in a month from the next month. Payment follows the ICB\u{2019}s alignment document: check these figures against it."</p>
                <table class="nhsuk-table app-table" data-testid="lsc-statement">
                    <thead class="nhsuk-table__head"><tr>
                        <th scope="col" class="nhsuk-table__header">"Month"</th>
                        <th scope="col" class="nhsuk-table__header">"Beds"</th>
                        <th scope="col" class="nhsuk-table__header">"Amount"</th>
                    </tr></thead>
                    <tbody class="nhsuk-table__body">
                        {months.into_iter().map(|m| view! {
                            <tr class="nhsuk-table__row">
                                <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"Month"</span>{month_year(m.month)}</td>
                                <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"Beds"</span>{m.beds.to_string()}</td>
                                <td class="nhsuk-table__cell" data-month-amount=iso(m.month)><span class="app-table__label" aria-hidden="true">"Amount"</span>{pounds(m.amount)}</td>
                            </tr>
                        }).collect_view()}
                        <tr class="nhsuk-table__row">
                            <th scope="row" class="nhsuk-table__header">"Year"</th>
                            <td class="nhsuk-table__cell"></td>
                            <td class="nhsuk-table__cell" data-payment="year">{pounds(total)}</td>
                        </tr>
                    </tbody>
                </table>
                <div class="app-no-print">
                    <h3>"Number of beds"</h3>
                    <TextField id="beds" label="Beds" width="nhsuk-input--width-4" value=beds on_input=Callback::new(move |v| beds.set(v)) error=beds_error/>
                    <DateInput id="beds-from" label="Date the number changed" value=beds_from on_input=Callback::new(move |p| beds_from.set(p)) error=beds_date_error/>
                    <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="record-beds" on:click=record_beds>"Record the number of beds"</button>
                </div>
            }
        })
    };

    // The return as sent.
    let export_problem = RwSignal::new(Option::<String>::None);
    let return_file = move || -> Result<ReturnFile, String> {
        let (name, ods) = app
            .settings
            .with_untracked(|s| (s.practice_name.clone(), s.practice_ods.clone()));
        let (Some(name), Some(ods)) = (name, ods) else {
            return Err("Enter the practice\u{2019}s name and ODS code in Settings first: every return carries them.".into());
        };
        let h = home.get_untracked();
        let k = kept.get_untracked();
        let q = shown.with_untracked(|s| s.quarter);
        Ok(ReturnFile::new(
            Practice { name, ods },
            HomeRef {
                id: h.id.clone(),
                name: h.name.clone(),
            },
            &h.scheme,
            q,
            due.get_untracked().0,
            k.submitted,
            &figs.get_untracked(),
            &k.adjustments,
        )
        .made(&crate::ui::browser::now_iso()))
    };
    let download = move |csv: bool| {
        export_problem.set(None);
        let result = return_file().and_then(|r| {
            if csv {
                files::download(
                    &format!("{}.csv", r.file_stem()),
                    "text/csv;charset=utf-8",
                    &returns_csv(&[r]),
                )
            } else {
                files::download(
                    &format!("{}.json", r.file_stem()),
                    "application/json",
                    &write_return(&r),
                )
            }
        });
        if let Err(e) = result {
            export_problem.set(Some(e));
        }
    };

    // As a link, optionally protected by a passphrase (sealed by the
    // browser's Web Crypto, asynchronously: "Protecting…" meanwhile).
    let passphrase = RwSignal::new(String::new());
    let link = RwSignal::new(Option::<String>::None);
    let protecting = RwSignal::new(false);
    let make_link = move |_| {
        export_problem.set(None);
        link.set(None);
        let r = match return_file() {
            Ok(r) => r,
            Err(e) => return export_problem.set(Some(e)),
        };
        let show = move |d: String| {
            link.set(Some(
                Route::ReturnsCollect {
                    // As sealed or packed: already fit for a link.
                    query: format!("d={d}"),
                }
                .link(&location::page_base()),
            ))
        };
        let pass = passphrase.get_untracked();
        if pass.is_empty() {
            show(crate::domain::returns::link::encode_open(&r));
            return;
        }
        protecting.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            use crate::ui::browser::random_bytes;
            let data = crate::domain::returns::link::compressed(&r);
            match crate::ui::web_crypto::seal_data(&data, &pass, random_bytes(), random_bytes())
                .await
            {
                Ok(d) => show(d),
                Err(e) => export_problem.set(Some(e)),
            }
            protecting.set(false);
        });
    };

    view! {
        <h1>"Quarterly return"</h1>
        <p class="nhsuk-lede-text">"The figures of the commissioner\u{2019}s quarterly return, worked out from the register, with what the quarter earns."</p>
        <div class="app-no-print">
            <SelectField id="return-home" label="Care home" options=Signal::derive(move || home_options.clone())
                value=Signal::derive(move || shown.with(|s| s.home.clone()))
                on_change=Callback::new(move |id: String| shown.update(|s| { s.home = id; s.submitted = None; }))/>
            <SelectField id="return-year" label="Financial year" options=Signal::derive(year_options)
                value=Signal::derive(move || shown.with(|s| s.quarter.year.to_string()))
                on_change=Callback::new(move |y: String| if let Ok(y) = y.parse() { shown.update(|s| { s.quarter.year = y; s.submitted = None; }) })/>
            <SelectField id="return-q" label="Quarter"
                options=Signal::derive(move || { let y = shown.with(|s| s.quarter.year); (1..=4u8).map(|q| (q.to_string(), Quarter { year: y, q }.label())).collect::<Vec<_>>() })
                value=Signal::derive(move || shown.with(|s| s.quarter.q.to_string()))
                on_change=Callback::new(move |q: String| if let Ok(q) = q.parse() { shown.update(|s| { s.quarter.q = q; s.submitted = None; }) })/>
        </div>
        <h2 data-testid="return-title">{move || format!("{}: {}", home.with(|h| h.name.clone()), shown.with(|s| s.quarter.label()))}</h2>
        <p>{move || scheme.get().map(|s| format!("Scheme: {}.", s.name)).unwrap_or_default()}</p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>"How the register answers the return (Rotherham specification 2019/20, section 4.1): a resident is in the home from admission to discharge, both days included. Start, new, moved and died count permanent residents; temporary counts temporary residents in the home on any day of the quarter. So carry forward is exactly the next quarter\u{2019}s start."</p>
        </div>
        <table class="nhsuk-table app-table" data-testid="figures">
            <caption class="nhsuk-table__caption">"Figures"</caption>
            <thead class="nhsuk-table__head"><tr>
                <th scope="col" class="nhsuk-table__header">"Figure"</th>
                <th scope="col" class="nhsuk-table__header">"Number"</th>
                <th scope="col" class="nhsuk-table__header">"Residents behind it"</th>
            </tr></thead>
            <tbody class="nhsuk-table__body">{figure_rows}</tbody>
        </table>
        <div class="app-no-print">
            <TextField id="other-home" label="Residing in another care home" hint="Not in the register: enter the number by hand." width="nhsuk-input--width-4"
                value=other_home on_input=Callback::new(move |v| other_home.set(v)) error=other_error/>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="save-other-home" on:click=save_other>"Save"</button>
        </div>
        <h2>"Adjustments"</h2>
        <ul class="nhsuk-list" data-testid="adjustments">{adjustments}</ul>
        <div class="app-no-print">
            <SelectField id="adjust-figure" label="Figure to adjust"
                options=Signal::derive(|| Figure::ADJUSTABLE.iter().map(|f| (f.key().to_string(), f.label().to_string())).collect::<Vec<_>>())
                value=adjust_figure on_change=Callback::new(move |v| adjust_figure.set(v))/>
            <TextField id="adjust-value" label="Adjusted figure" width="nhsuk-input--width-4" value=adjust_value on_input=Callback::new(move |v| adjust_value.set(v)) error=value_error/>
            <TextField id="adjust-reason" label="Reason" hint="Kept with the return and shown in every output." value=adjust_reason on_input=Callback::new(move |v| adjust_reason.set(v)) error=reason_error/>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="adjust" on:click=adjust>"Adjust the figure"</button>
        </div>
        <h2>"Submission"</h2>
        {lateness_text}
        <div class="app-no-print">
            <DateInput id="submitted" label="Date submitted" value=submitted_parts on_input=Callback::new(try_date) error=submitted_error/>
            <button class="nhsuk-button" type="button" data-testid="mark-submitted" on:click=mark_submitted>"Mark as submitted"</button>
        </div>
        {payment_view}
        {lsc_view}
        <h2 class="app-no-print">"Send it"</h2>
        <div class="app-no-print">
            {move || export_problem.get().map(|m| view! { <p class="nhsuk-error-message" data-testid="export-problem">{m}" "<a href=Route::Settings.fixed_href()>"Settings"</a></p> })}
            <div class="nhsuk-button-group">
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-return" on:click=move |_| download(false)>"Download the return file"</button>
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-return-csv" on:click=move |_| download(true)>"Download as CSV"</button>
                <PrintButton label="Print the return and statement"/>
            </div>
            <h3>"Or send it as a link"</h3>
            <p>"The return travels inside the link: nothing is uploaded. With a passphrase, only someone who has it can open the link; tell them the passphrase another way."</p>
            <TextField id="return-passphrase" label="Passphrase (optional)" input_type="password" value=passphrase on_input=Callback::new(move |v| passphrase.set(v)) error=Signal::derive(|| None::<String>)/>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="make-return-link" on:click=make_link>"Make the link"</button>
            <p role="status" data-testid="protecting">{move || protecting.get().then_some("Protecting\u{2026}")}</p>
            {move || link.get().map(|l| view! {
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="return-link">"Link to this return"</label>
                    <input class="nhsuk-input" id="return-link" readonly prop:value=l.clone()/>
                </div>
                <CopyLink link=Signal::derive(move || l.clone()) title="Quarterly return"/>
            })}
            <p>"Commissioners gather practices\u{2019} return files on " <a href=Route::COLLECT_RETURNS.fixed_href()>"Collect returns"</a>". "
                "Rotherham practices also send an " <a href=move || shown.with(|s| Route::outcomes_of(&s.home).href())>"outcomes report"</a>
                " in September and March; LSC practices see their "
                <a href=Route::MONITORING.fixed_href()>"monitoring report"</a>"."</p>
        </div>
    }
    .into_any()
}
