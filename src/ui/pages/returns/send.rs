//! The quarterly return page's "Send it": the return as a file or a CSV,
//! printed, or as a link (optionally protected by a passphrase) for the
//! commissioner's "Collect returns" page; and where the other reports are.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::formats::route::Route;
use crate::domain::records::register::Home;
use crate::domain::records::returns::file::{
    returns_csv, write_return, HomeRef, Practice, ReturnFile,
};
use crate::domain::records::returns::{Figures, QuarterReturn};
use crate::storage::{files, location};
use crate::ui::components::{CopyLink, PrintButton, TextField};
use crate::ui::state::AppState;

use super::Shown;

/// "Send it": downloads, print, "Or send it as a link" and the links on.
#[component]
pub(super) fn SendToCommissioner(
    app: AppState,
    home: Memo<Home>,
    shown: RwSignal<Shown>,
    /// The return as kept (adjustments and the date marked).
    kept: Memo<QuarterReturn>,
    /// The due date and why.
    due: Memo<(NaiveDate, String)>,
    figs: Memo<Figures>,
) -> impl IntoView {
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
            show(crate::domain::records::returns::link::encode_open(&r));
            return;
        }
        protecting.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            use crate::ui::browser::random_bytes;
            let data = crate::domain::records::returns::link::compressed(&r);
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
}
