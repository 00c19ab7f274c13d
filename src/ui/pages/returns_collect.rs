//! `#/returns/collect`: for the commissioner. Import many practices'
//! return files at once (pick several, or drop them here); a table by
//! practice and home with every figure, lateness and payment, totals per
//! practice and overall; a newer return for the same practice, home and
//! quarter replaces the older, with a notice; a broken or foreign file is
//! named and refused without losing the others. Kept on this device and in
//! the backup.

use leptos::prelude::*;

use crate::domain::date_text::short;
use crate::domain::returns::collect::{add_file, collected_csv, table, Row, Totals};
use crate::domain::returns::{pounds, Figure};
use crate::storage::files;
use crate::ui::components::{TextArea, TextField};
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

fn row_view(r: Row) -> impl IntoView {
    let f = &r.file;
    let values = Figure::ALL.map(|x| u64::from(f.figure(x)));
    // A date never breaks inside itself (no-break spaces).
    let day = |d| short(d).replace(' ', "\u{a0}");
    let late = match (f.submitted, r.lateness) {
        (Some(s), Some(l)) if l.days > 0 => {
            format!("Submitted {}: {} days late, {}%", day(s), l.days, l.percent)
        }
        (Some(s), _) => format!("Submitted {}: on time", day(s)),
        _ => format!("Not submitted (due {})", day(f.due)),
    };
    let (g, d, n) = r.money.unwrap_or((0, 0, 0));
    view! {
        <tr class="nhsuk-table__row" data-return=format!("{}-{}-{}-q{}", f.practice.ods, f.home.id, f.year, f.q)>
            <td class="nhsuk-table__cell">
                <span class="app-table__label" aria-hidden="true">"Home"</span>
                <strong>{f.home.name.clone()}</strong>
                <span class="nhsuk-body-s app-figure-reading">{format!("Q{} {}", f.q, f.quarter().map(|q| q.financial_year()).unwrap_or_default())}</span>
                <span class="nhsuk-body-s app-figure-reading" data-testid="late">{late}</span>
                {(!f.adjustments.is_empty()).then(|| view! {
                    <span class="nhsuk-body-s app-figure-reading">
                        {format!("Adjusted: {}", f.adjustments.iter().map(|a| format!("{} to {} ({})", a.figure.label(), a.value, a.reason)).collect::<Vec<_>>().join("; "))}
                    </span>
                })}
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
                    .and_then(|t| add_file(&mut list, &name, &t));
                said.push((result.is_ok(), result.unwrap_or_else(|e| e)));
            }
            let said = save_all_or_none(&records, before, list, said);
            notices.set(said);
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
                        add_file(&mut list, &name, &text)
                    });
                said.push((result.is_ok(), result.unwrap_or_else(|e| e)));
            }
            let said = save_all_or_none(&records, before, list, said);
            opening.set(false);
            notices.set(said);
            if said_all_ok_or_none(&notices.get_untracked()) {
                pasted.set(String::new());
            }
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

    let body = move || {
        let (practices, overall) = records.collected.value.with(|l| table(l));
        if practices.is_empty() {
            return view! { <p data-testid="no-returns">"No returns collected on this device yet."</p> }.into_any();
        }
        view! {
            <table class="nhsuk-table app-table app-table--many" data-testid="collected">
                <caption class="nhsuk-table__caption">"Returns by practice and home"</caption>
                <thead class="nhsuk-table__head"><tr>
                    <th scope="col" class="nhsuk-table__header">"Home and quarter"</th>
                    {Figure::ALL.map(|f| view! { <th scope="col" class="nhsuk-table__header">{f.label()}</th> }).collect_view()}
                    <th scope="col" class="nhsuk-table__header">"Gross"</th>
                    <th scope="col" class="nhsuk-table__header">"Deduction"</th>
                    <th scope="col" class="nhsuk-table__header">"Net"</th>
                </tr></thead>
                {practices.into_iter().map(|(label, rows, totals)| view! {
                    <tbody class="nhsuk-table__body" data-practice=label.clone()>
                        <tr class="nhsuk-table__row"><th scope="rowgroup" colspan="11" class="nhsuk-table__header">{label.clone()}</th></tr>
                        {rows.into_iter().map(row_view).collect_view()}
                        {totals_row(format!("Total for {label}"), &totals, "practice-total")}
                    </tbody>
                }).collect_view()}
                <tbody class="nhsuk-table__body">
                    {totals_row("Total, every practice".to_string(), &overall, "overall-total")}
                </tbody>
            </table>
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
        <ul class="nhsuk-list" data-testid="import-notices" aria-live="polite">
            {move || notices.get().into_iter().map(|(ok, m)| view! {
                <li class=if ok { "nhsuk-body" } else { "nhsuk-error-message" } data-ok=ok.to_string()>{m}</li>
            }).collect_view()}
        </ul>
        {body}
    }
}
