//! `#/returns/collect`: for the commissioner. Import many practices'
//! return files at once (pick several, or drop them here); a table by
//! practice and home with every figure, lateness and payment, totals per
//! practice and overall; a newer return for the same practice, home and
//! quarter replaces the older, with a notice; a broken or foreign file is
//! named and refused without losing the others. Kept on this device and in
//! the backup.

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::domain::date_text::{short, DateEntry, DatePart, DateParts};
use crate::domain::returns::collect::{add_file, collected_csv, table, Row, Totals};
use crate::domain::returns::file::ReturnFile;
use crate::domain::returns::{pounds, Figure};
use crate::storage::files;
use crate::ui::components::{DateInput, TextArea, TextField};
use crate::ui::records::Records;
use crate::ui::state::AppState;

/// Save the collection with what was read; if the browser refuses, the
/// list goes back to what is stored and the only notice says so (all or
/// nothing). The notices to show.
fn save_all_or_none(
    records: &Records,
    before: Vec<crate::domain::returns::file::ReturnFile>,
    list: Vec<crate::domain::returns::file::ReturnFile>,
    said: Vec<(bool, String)>,
) -> Vec<(bool, String)> {
    if list == before || records.collected.set(list) {
        return said;
    }
    let why = records
        .collected
        .save_problem
        .get_untracked()
        .unwrap_or_default();
    records.collected.value.set(before);
    records.collected.save_problem.set(None);
    vec![(false, format!("Nothing was added: {why}"))]
}

/// Files and links read but not yet added: the list as it would be, what
/// it was, and each return that would replace an older one.
#[derive(Clone, PartialEq)]
struct Pending {
    before: Vec<ReturnFile>,
    list: Vec<ReturnFile>,
    pairs: Vec<(ReturnFile, ReturnFile)>,
}

/// Whether every notice is good news (so the pasted links can go).
fn said_all_ok_or_none(notices: &[(bool, String)]) -> bool {
    notices.iter().all(|(ok, _)| *ok)
}

fn figure_cells(values: [u64; 7]) -> impl IntoView {
    Figure::ALL
        .into_iter()
        .zip(values)
        .map(|(f, v)| {
            view! {
                <td class="nhsuk-table__cell" data-total=f.key()>
                    <span class="app-table__label" aria-hidden="true">{f.label()}</span>
                    {v.to_string()}
                </td>
            }
        })
        .collect_view()
}

fn money_cells(gross: i64, deduction: i64, net: i64, has_money: bool) -> impl IntoView {
    let show = move |p: i64| {
        if has_money {
            pounds(p)
        } else {
            "\u{2014}".to_string()
        }
    };
    view! {
        <td class="nhsuk-table__cell" data-money="gross"><span class="app-table__label" aria-hidden="true">"Gross"</span>{show(gross)}</td>
        <td class="nhsuk-table__cell" data-money="deduction"><span class="app-table__label" aria-hidden="true">"Deduction"</span>{show(deduction)}</td>
        <td class="nhsuk-table__cell" data-money="net"><span class="app-table__label" aria-hidden="true">"Net"</span>{show(net)}</td>
    }
}

/// What to do with one collected return: accept it despite a failed
/// check (or take that back), or take it out.
#[derive(Clone, Copy)]
struct RowActions {
    accept: Callback<(ReturnFile, bool)>,
    remove: Callback<ReturnFile>,
    /// Set the day it reached the commissioner: `Err` says why not.
    received: Callback<(ReturnFile, NaiveDate), Result<(), String>>,
}

/// "Change the date it reached you": the e-mail's date, say.
#[component]
fn ReceivedDate(file: ReturnFile, act: RowActions) -> impl IntoView {
    let id = format!(
        "received-{}-{}-{}-{}",
        file.practice.ods, file.home.id, file.year, file.q
    );
    let parts = RwSignal::new(file.received.map(DateParts::from_date).unwrap_or_default());
    let error = RwSignal::new(Option::<(String, DatePart)>::None);
    let file = StoredValue::new(file);
    let save = move |_| match parts.get_untracked().entry("Date it reached you") {
        DateEntry::Valid(d) => match act.received.run((file.get_value(), d)) {
            Ok(()) => error.set(None),
            Err(e) => error.set(Some((e, DatePart::All))),
        },
        DateEntry::Empty => error.set(Some((
            "Enter the date it reached you".into(),
            DatePart::All,
        ))),
        DateEntry::Invalid { message, part } => error.set(Some((message, part))),
    };
    view! {
        <details class="nhsuk-details nhsuk-u-margin-bottom-1 app-no-print">
            <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">"Change the date it reached you"</span></summary>
            <div class="nhsuk-details__text">
                <DateInput id=id label="Date it reached you" value=parts on_input=Callback::new(move |p| parts.set(p)) error=error/>
                <button class="nhsuk-button nhsuk-button--secondary app-small-button" type="button" data-testid="save-received" on:click=save>"Save the date"</button>
            </div>
        </details>
    }
}

fn row_view(r: Row, act: RowActions) -> impl IntoView {
    let f = &r.file;
    let values = Figure::ALL.map(|x| u64::from(f.figure(x)));
    // A date never breaks inside itself (no-break spaces).
    let day = |d| short(d).replace(' ', "\u{a0}");
    // Judged by the commissioner's due date and the day it reached them
    // (domain rules 6.1); the practice's own dates are shown beside.
    let late = match (r.received, r.lateness) {
        _ if f.submitted.is_none() => {
            "A draft: the practice has not marked it submitted.".to_string()
        }
        (Some(got), Some(l)) if l.days > 0 => format!(
            "Received {}, due {}: {} days late, {}%",
            day(got),
            day(r.due),
            l.days,
            l.percent
        ),
        (Some(got), _) => format!("Received {}, due {}: on time", day(got), day(r.due)),
        (None, _) => format!("Due {}; the day it arrived is not known", day(r.due)),
    };
    let changed = match (f.received, f.brought_in) {
        (Some(r), Some(b)) if r != b => Some(format!(
            "The date it reached you was changed by you; it was brought in on {}.",
            day(b)
        )),
        _ => None,
    };
    let claimed = format!(
        "The practice\u{2019}s file: due {}{}",
        day(f.due),
        f.submitted
            .map(|s| format!(", submitted {}", day(s)))
            .unwrap_or_default()
    );
    let (g, d, n) = r.money.unwrap_or((0, 0, 0));
    let counts = r.counts();
    let problems = r.problems.clone();
    let marked = !problems.is_empty();
    let accepted = f.accepted;
    let file = StoredValue::new(f.clone());
    view! {
        <tr class="nhsuk-table__row" data-marked=marked.to_string() data-return=format!("{}-{}-{}-q{}", f.practice.ods, f.home.id, f.year, f.q) data-counts=counts.to_string()>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Home"</span>
                <strong>{f.home.name.clone()}</strong>
                <span class="nhsuk-body-s app-figure-reading">{format!("Q{} {}", f.q, f.quarter().map(|q| q.financial_year()).unwrap_or_default())}</span>
                <span class="nhsuk-body-s app-figure-reading" data-testid="late">{late}</span>
                {changed.map(|c| view! { <span class="nhsuk-body-s app-figure-reading" data-testid="received-changed">{c}</span> })}
                <span class="nhsuk-body-s app-figure-reading" data-testid="claimed">{claimed}</span>
                {f.submitted.is_some().then(|| view! { <ReceivedDate file=f.clone() act=act/> })}
                {(!f.adjustments.is_empty()).then(|| view! {
                    <span class="nhsuk-body-s app-figure-reading">
                        {format!("Adjusted: {}", f.adjustments.iter().map(|a| format!("{} to {} ({})", a.figure.label(), a.value, a.reason)).collect::<Vec<_>>().join("; "))}
                    </span>
                })}
                {marked.then(|| view! {
                    <div class="app-figure-reading" data-testid="problems">
                        <strong class="nhsuk-tag nhsuk-tag--red">{if accepted { "Accepted despite" } else { "To check, not in the totals" }}</strong>
                        <ul class="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-1">
                            {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                        </ul>
                        <button class="nhsuk-button nhsuk-button--secondary app-small-button app-no-print" type="button" data-testid="accept"
                            on:click=move |_| act.accept.run((file.get_value(), !accepted))>
                            {if accepted { "Take the acceptance back" } else { "Accept it: count it in the totals" }}
                        </button>
                    </div>
                })}
                <button class="nhsuk-button nhsuk-button--secondary app-small-button app-no-print" type="button" data-testid="remove-return"
                    on:click=move |_| act.remove.run(file.get_value())>
                    "Remove"<span class="nhsuk-u-visually-hidden">{format!(": {}, Q{} {}", f.home.name, f.q, f.year)}</span>
                </button>
            </td>
            {figure_cells(values)}
            {money_cells(g, d, n, r.money.is_some())}
        </tr>
    }
}

fn totals_row(label: String, t: &Totals, testid: &'static str) -> impl IntoView {
    view! {
        <tr class="nhsuk-table__row app-totals" data-testid=testid>
            <th scope="row" class="nhsuk-table__header">{label}</th>
            {figure_cells(t.figures)}
            {money_cells(t.gross, t.deduction, t.net, true)}
        </tr>
    }
}

#[component]
pub fn ReturnsCollectPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let notices = RwSignal::new(Vec::<(bool, String)>::new());
    let reading = RwSignal::new(false);
    let over = RwSignal::new(false);

    // Each file on its own: a broken one is named and refused, the others
    // are kept; all that were read are saved together.
    // What was read waits for "Add these returns" (issue 24: nothing is
    // added, and nothing replaced, before the commissioner has seen it).
    let pending = RwSignal::new(Option::<Pending>::None);
    let propose =
        move |before: Vec<ReturnFile>, list: Vec<ReturnFile>, said: Vec<(bool, String)>| {
            notices.set(said);
            if list == before {
                pending.set(None);
                return;
            }
            let pairs = crate::domain::returns::collect::replacements(&before, &list);
            pending.set(Some(Pending {
                before,
                list,
                pairs,
            }));
            request_animation_frame(|| crate::ui::components::focus_element("confirm-returns"));
        };
    let confirm = move |_| {
        if let Some(p) = pending.get_untracked() {
            // Against what is stored now, in case it changed meanwhile.
            let now = records.collected.value.get_untracked();
            let list = crate::domain::returns::collect::apply(&now, &p.before, p.list);
            let said = save_all_or_none(&records, now, list, Vec::new());
            pending.set(None);
            notices.set(if said.is_empty() {
                vec![(true, "Added.".to_string())]
            } else {
                said
            });
            request_animation_frame(|| crate::ui::components::focus_element("import-notices"));
        }
    };
    let cancel = move |_| {
        pending.set(None);
        notices.set(vec![(true, "Nothing was added.".to_string())]);
        request_animation_frame(|| crate::ui::components::focus_element("import-notices"));
    };
    let import = move |picked: Vec<web_sys::File>| {
        if picked.is_empty() {
            return;
        }
        reading.set(true);
        notices.set(Vec::new());
        files::read_all(picked, move |read| {
            reading.set(false);
            let mut said: Vec<(bool, String)> = Vec::new();
            let before = records.collected.value.get_untracked();
            let mut list = before.clone();
            for (name, text) in read {
                let result = text
                    .map_err(|e| format!("{name} was not added: {e}."))
                    .and_then(|t| add_file(&mut list, &name, &t, app.today));
                said.push((result.is_ok(), result.unwrap_or_else(|e| e)));
            }
            propose(before, list, said);
        });
    };
    let on_pick = move |ev: leptos::ev::Event| import(files::picked_files(&ev));

    // Links: pasted (one a line), or the one this page was opened with.
    // Unprotected ones are read at once; protected ones with the
    // passphrase, by the browser's Web Crypto.
    let pasted = RwSignal::new(
        crate::domain::query::get(&query, "d")
            .map(|d| format!("?d={d}"))
            .unwrap_or_default(),
    );
    let passphrase = RwSignal::new(String::new());
    let opening = RwSignal::new(false);
    let add_links = move || {
        let lines: Vec<String> = pasted
            .get_untracked()
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        if lines.is_empty() {
            return;
        }
        let pass = passphrase.get_untracked();
        opening.set(true);
        notices.set(Vec::new());
        wasm_bindgen_futures::spawn_local(async move {
            use crate::domain::returns::link::{d_value, decode_open, open_compressed};
            let mut said: Vec<(bool, String)> = Vec::new();
            let before = records.collected.value.get_untracked();
            let mut list = before.clone();
            for (i, line) in lines.iter().enumerate() {
                let name = format!("Link {}", i + 1);
                let d = d_value(line);
                let read = if d.starts_with("2e.") {
                    match crate::ui::web_crypto::open_data(d, &pass).await {
                        Ok(data) => open_compressed(&data),
                        Err(e) => Err(e.to_string()),
                    }
                } else {
                    decode_open(d)
                };
                let result = read
                    .map_err(|e| format!("{name} was not added: {e}."))
                    .and_then(|r| {
                        let text = crate::domain::returns::file::write_return(&r);
                        add_file(&mut list, &name, &text, app.today)
                    });
                said.push((result.is_ok(), result.unwrap_or_else(|e| e)));
            }
            opening.set(false);
            if said_all_ok_or_none(&said) {
                pasted.set(String::new());
            }
            propose(before, list, said);
        });
    };
    // A link that opened this page is added at once when unprotected.
    if crate::domain::query::get(&query, "d").is_some_and(|d| !d.starts_with("2e.")) {
        add_links();
    }
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        over.set(false);
        import(files::dropped_files(&ev));
    };
    let export = move |_| {
        let text = records.collected.value.with_untracked(|l| collected_csv(l));
        let name = format!("returns-{}.csv", crate::domain::date_text::iso(app.today));
        if let Err(e) = files::download(&name, "text/csv;charset=utf-8", &text) {
            notices.set(vec![(false, e)]);
        }
    };

    // Taken out, for "Undo": where it was and what it was.
    let removed = RwSignal::new(Option::<(usize, ReturnFile)>::None);
    // Whether the change was saved (if not, the list is as stored and the
    // notice says why).
    let change = move |f: &mut dyn FnMut(&mut Vec<ReturnFile>)| -> bool {
        let before = records.collected.value.get_untracked();
        let mut list = before.clone();
        f(&mut list);
        let said = save_all_or_none(&records, before, list, Vec::new());
        let saved = said.is_empty();
        notices.set(said);
        saved
    };
    let act = RowActions {
        accept: Callback::new(move |(f, yes): (ReturnFile, bool)| {
            change(&mut |l| crate::domain::returns::collect::accept(l, &f, yes));
        }),
        received: Callback::new(move |(f, day): (ReturnFile, NaiveDate)| {
            let mut result = Ok(());
            change(&mut |l| {
                result = crate::domain::returns::collect::set_received(l, &f, day, app.today)
            });
            result
        }),
        remove: Callback::new(move |f: ReturnFile| {
            let mut gone = None;
            if change(&mut |l| gone = crate::domain::returns::collect::remove(l, &f)) {
                removed.set(gone);
                request_animation_frame(|| crate::ui::components::focus_element("removed-return"));
            }
        }),
    };
    let undo_remove = move |_| {
        if let Some((i, f)) = removed.get_untracked() {
            // Put back where it was, unless a return of the same practice,
            // home and quarter came in since (then the later made stays).
            let put_back =
                change(&mut |l| crate::domain::returns::collect::put_back(l, i, f.clone()));
            if put_back {
                removed.set(None);
            }
        }
    };

    let body = move || {
        let c = records
            .collected
            .value
            .with(|l| app.settings.with(|s| table(l, &s.return_dates)));
        if c.practices.is_empty() && c.drafts.is_empty() {
            return view! { <p data-testid="no-returns">"No returns collected on this device yet."</p> }.into_any();
        }
        let head = || {
            view! {
                <thead class="nhsuk-table__head"><tr>
                    <th scope="col" class="nhsuk-table__header">"Home and quarter"</th>
                    {Figure::ALL.map(|f| view! { <th scope="col" class="nhsuk-table__header">{f.label()}</th> }).collect_view()}
                    <th scope="col" class="nhsuk-table__header">"Gross"</th>
                    <th scope="col" class="nhsuk-table__header">"Deduction"</th>
                    <th scope="col" class="nhsuk-table__header">"Net"</th>
                </tr></thead>
            }
        };
        let drafts = c.drafts;
        view! {
            <p>"Lateness is judged by your due date for each quarter and the day the file reached you (the day it was brought in here); the practice\u{2019}s own dates are shown beside. A return that fails a check is marked and left out of the totals until you accept it."</p>
            <table class="nhsuk-table app-table app-table--many" data-testid="collected">
                <caption class="nhsuk-table__caption">"Returns by practice and home"</caption>
                {head()}
                {c.practices.into_iter().map(|(label, rows, totals)| view! {
                    <tbody class="nhsuk-table__body" data-practice=label.clone()>
                        <tr class="nhsuk-table__row"><th scope="rowgroup" colspan="11" class="nhsuk-table__header">{label.clone()}</th></tr>
                        {rows.into_iter().map(|r| row_view(r, act)).collect_view()}
                        {totals_row(format!("Total for {label}"), &totals, "practice-total")}
                    </tbody>
                }).collect_view()}
                <tbody class="nhsuk-table__body">
                    {totals_row("Total, every practice".to_string(), &c.overall, "overall-total")}
                </tbody>
            </table>
            {(!drafts.is_empty()).then(|| view! {
                <table class="nhsuk-table app-table app-table--many" data-testid="drafts">
                    <caption class="nhsuk-table__caption">"Drafts: not marked submitted, in no total"</caption>
                    {head()}
                    <tbody class="nhsuk-table__body">
                        {drafts.into_iter().map(|r| row_view(r, act)).collect_view()}
                    </tbody>
                </table>
            })}
            <button class="nhsuk-button nhsuk-button--secondary app-no-print" type="button" data-testid="export-collected" on:click=export>"Download the table as CSV"</button>
        }
        .into_any()
    };

    view! {
        <h1>"Collect returns"</h1>
        <p class="nhsuk-lede-text">"For commissioners: practices\u{2019} quarterly return files, gathered on this device, with what each earns."</p>
        <p>"Nothing is sent anywhere: the files stay on this device (and in its backup). A newer return for the same practice, home and quarter replaces the older one."</p>
        <div
            class="app-drop-zone app-no-print"
            class:app-drop-zone--over=over
            data-testid="drop-zone"
            on:dragover=move |ev: leptos::ev::DragEvent| { ev.prevent_default(); over.set(true); }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <div class="nhsuk-form-group nhsuk-u-margin-bottom-0">
                <label class="nhsuk-label" for="return-files">"Return files"</label>
                <div class="nhsuk-hint" id="return-files-hint">"Choose several at once, or drop them here."</div>
                <input class="nhsuk-file-upload" id="return-files" type="file" multiple accept=".json,application/json" aria-describedby="return-files-hint" on:change=on_pick/>
            </div>
        </div>
        <div class="app-no-print">
            <TextArea id="return-links" label="Or paste return links" hint="One a line. A practice makes one on its return page." value=pasted on_input=Callback::new(move |v| pasted.set(v))/>
            {move || pasted.with(|p| p.contains("2e.")).then(|| view! {
                <TextField id="links-passphrase" label="Passphrase of the protected links" input_type="password" value=passphrase on_input=Callback::new(move |v| passphrase.set(v)) error=Signal::derive(|| None::<String>)/>
            })}
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="add-links" on:click=move |_| add_links()>"Add the links"</button>
            <p role="status">{move || opening.get().then_some("Opening\u{2026}")}</p>
        </div>
        {move || reading.get().then(|| view! { <p role="status">"Reading the files\u{2026}"</p> })}
        {move || removed.get().map(|(_, f)| view! {
            <div class="nhsuk-inset-text app-no-print" role="status" id="removed-return" tabindex="-1" data-testid="removed-return">
                <p>{format!("Removed the return of {} ({}), {}, Q{} {}.", f.practice.name, f.practice.ods, f.home.name, f.q, f.quarter().map(|q| q.financial_year()).unwrap_or_default())}</p>
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="undo-remove" on:click=undo_remove>"Undo"</button>
            </div>
        })}
        {move || pending.get().map(|p| view! {
            <div class="nhsuk-inset-text app-no-print" id="confirm-returns" tabindex="-1" data-testid="confirm-returns">
                <h2 class="nhsuk-heading-s">"Check before adding"</h2>
                <p>"Nothing has been added yet. What the files and links would do is listed below."</p>
                {p.pairs.into_iter().map(|(old, new)| view! {
                    <table class="nhsuk-table app-table" data-testid="replacement">
                        <caption class="nhsuk-table__caption nhsuk-table__caption--s">{format!(
                            "Replaces the return of {} ({}), {}, Q{} {}",
                            old.practice.name, old.practice.ods, old.home.name, old.q,
                            old.quarter().map(|q| q.financial_year()).unwrap_or_default()
                        )}</caption>
                        <thead class="nhsuk-table__head"><tr>
                            <th scope="col" class="nhsuk-table__header">"Figure"</th>
                            <th scope="col" class="nhsuk-table__header">"Here now"</th>
                            <th scope="col" class="nhsuk-table__header">"In the newer return"</th>
                        </tr></thead>
                        <tbody class="nhsuk-table__body">
                            {Figure::ALL.into_iter().map(|f| view! {
                                <tr class="nhsuk-table__row">
                                    <th scope="row" class="nhsuk-table__header">{f.label()}</th>
                                    <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"Here now"</span>{old.figure(f).to_string()}</td>
                                    <td class="nhsuk-table__cell"><span class="app-table__label" aria-hidden="true">"In the newer return"</span>{new.figure(f).to_string()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }).collect_view()}
                <div class="nhsuk-button-group nhsuk-u-margin-bottom-0">
                    <button class="nhsuk-button nhsuk-u-margin-bottom-0" type="button" data-testid="confirm-add" on:click=confirm>"Add these returns"</button>
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="cancel-add" on:click=cancel>"Cancel"</button>
                </div>
            </div>
        })}
        <ul class="nhsuk-list" id="import-notices" tabindex="-1" data-testid="import-notices" aria-live="polite">
            {move || notices.get().into_iter().map(|(ok, m)| view! {
                <li class=if ok { "nhsuk-body" } else { "nhsuk-error-message" } data-ok=ok.to_string()>{m}</li>
            }).collect_view()}
        </ul>
        {body}
    }
}
