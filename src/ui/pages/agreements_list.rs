//! `#/agreements`: every agreement kept on this device; create, open,
//! duplicate, delete (with undo), export and import.

use leptos::prelude::*;

use crate::domain::formats::query;
use crate::domain::records::agreement::{
    completeness, list, read_agreements, write_agreements, Agreement,
};
use crate::domain::rules::schemes::Scheme;
use crate::storage::{files, location};
use crate::ui::browser::{new_id, now_iso};
use crate::ui::records::Records;
use crate::ui::state::AppState;

use super::agreement_edit::file_name;
use crate::domain::formats::route::Route;

/// "22 Nov 2026, 10:30" from "2026-11-22T10:30:00Z" (UTC, as saved).
/// When it was last edited, in this device's local time.
fn edited_text(iso: &str) -> String {
    crate::ui::browser::local_date_time(iso).unwrap_or_else(|| "Not recorded".into())
}

#[component]
pub fn AgreementsListPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let by_edited = query::get(&query, "sort").as_deref() == Some("edited");
    let deleted = RwSignal::new(Option::<Agreement>::None);
    let message = RwSignal::new(Option::<String>::None);
    let import_error = RwSignal::new(Option::<String>::None);
    // The list before the last file was brought in, for "Undo".
    let before_import = RwSignal::new(Option::<Vec<Agreement>>::None);

    // The draft is stored by the form once something is typed.
    let create = move |_| {
        location::go_to(&Route::agreement_new(&new_id()).href());
    };
    let duplicate = move |id: String| {
        let mut name = None;
        let saved = records.agreements.update(|l| {
            name = list::duplicate(l, &id, new_id(), now_iso()).map(|c| c.care_home.name.clone());
        });
        if let (Some(name), true) = (name, saved) {
            before_import.set(None);
            message.set(Some(format!("Made a copy: {name}.")));
        }
    };
    let delete = move |id: String| {
        let mut gone = None;
        records.agreements.update(|l| gone = list::remove(l, &id));
        if gone.is_some() {
            before_import.set(None);
            message.set(None);
            deleted.set(gone);
        }
    };
    let focus_message = || {
        request_animation_frame(|| crate::ui::components::focus_element("list-message"));
    };
    // Undo an import: the list as it was before the file came in.
    let undo_import = move |_| {
        if let Some(before) = before_import.get_untracked() {
            // A change made here (stamped), so that another tab that has
            // merged the file follows rather than bringing it back.
            if records.agreements.update(|l| *l = before) {
                before_import.set(None);
                message.set(Some(
                    "The file\u{2019}s agreements were taken out again.".into(),
                ));
                request_animation_frame(|| crate::ui::components::focus_element("list-message"));
            }
        }
    };
    let undo = move |_| {
        if let Some(a) = deleted.get_untracked() {
            records.agreements.update(|l| list::put_back(l, a));
            deleted.set(None);
        }
    };
    let export_all = move |_| {
        let text = records
            .agreements
            .value
            .with_untracked(|l| write_agreements(l, 0));
        if let Err(e) = files::download(
            &file_name("agreements", "", app.today),
            "application/json",
            &text,
        ) {
            import_error.set(Some(e));
        }
    };
    // A file is merged (issue 22): nothing here is replaced by an older
    // change. All or nothing: when the browser refuses to save, the list
    // on screen goes back to what is stored and the message says so.
    let finish_import = move |incoming: Vec<Agreement>| {
        let before = records.agreements.value.get_untracked();
        let mut copy = before.clone();
        let done = list::bring_in(&mut copy, &incoming);
        let changed = copy != before;
        let saved = !changed || records.agreements.bring_in(|l| *l = copy);
        if saved {
            before_import.set(changed.then_some(before));
            message.set(Some(done.words()));
            focus_message();
        } else {
            let why = records
                .agreements
                .save_problem
                .get_untracked()
                .unwrap_or_default();
            records.agreements.revert(before);
            import_error.set(Some(format!("Nothing was imported: {why}")));
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        import_error.set(None);
        // A large file takes a moment: say so until it has been read.
        message.set(Some("Reading the file\u{2026}".into()));
        files::read_picked(&ev, move |name, text| {
            message.set(None);
            let text = match text {
                Ok(t) => t,
                Err(e) => {
                    return import_error.set(Some(format!("{name}: {e}. Nothing was changed.")))
                }
            };
            match read_agreements(&text) {
                Err(e) => import_error.set(Some(format!(
                    "{name} could not be imported: {e}. Nothing was changed."
                ))),
                Ok(file) => finish_import(file.agreements),
            }
        });
    };

    let rows = move || {
        records
            .agreements
            .value
            .with(|l| list::in_order(l, by_edited))
            .into_iter()
            .map(|a| {
                let (id1, id2, id3) = (a.id.clone(), a.id.clone(), a.id.clone());
                let title = a.title();
                let scheme = Scheme::by_id(&a.scheme).map(|s| s.name).unwrap_or("No scheme chosen");
                view! {
                    <tr class="nhsuk-table__row" data-agreement=a.id.clone()>
                        <td class="nhsuk-table__cell">
                            <span class="app-table__label" aria-hidden="true">"Care home "</span>
                            <a href=Route::agreement_edit(&id1).href()>{title.clone()}</a>
                        </td>
                        <td class="nhsuk-table__cell">
                            <span class="app-table__label" aria-hidden="true">"Practice "</span>
                            {a.practice.name.clone()}
                            <br/>
                            <span class="nhsuk-body-s">{scheme}</span>
                        </td>
                        <td class="nhsuk-table__cell">
                            <span class="app-table__label" aria-hidden="true">"Last edited "</span>
                            {edited_text(&a.edited_at)}
                        </td>
                        <td class="nhsuk-table__cell">
                            <span class="app-table__label" aria-hidden="true">"Complete "</span>
                            {completeness(&a).summary()}
                        </td>
                        <td class="nhsuk-table__cell app-no-print">
                            <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2" type="button" on:click=move |_| duplicate(id2.clone())>
                                "Duplicate"<span class="nhsuk-u-visually-hidden">{format!(" {title}")}</span>
                            </button>
                            " "
                            <button class="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-2" type="button" on:click=move |_| delete(id3.clone())>
                                "Delete"<span class="nhsuk-u-visually-hidden">{format!(" {}", a.title())}</span>
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <h1>"Practice and care home agreements"</h1>
        <p>
            "The \u{201c}Practice / Care Home Agreement\u{201d} each care home and its aligned practice keep a copy of. "
            "Agreements are kept in this browser; export them to keep a copy elsewhere."
        </p>
        <div class="nhsuk-button-group">
            <button class="nhsuk-button" type="button" data-testid="new-agreement" on:click=create>"New agreement"</button>
            <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="export-all" on:click=export_all>
                "Export all"
            </button>
        </div>
        {move || deleted.get().map(|a| view! {
            <div class="nhsuk-inset-text" role="status" data-testid="deleted">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>
                    {format!("Deleted {}. ", a.title())}
                    <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="undo" on:click=undo>
                        "Undo"
                    </button>
                </p>
            </div>
        })}
        {move || message.get().map(|m| view! {
            <div class="nhsuk-inset-text" role="status" data-testid="list-message" id="list-message" tabindex="-1">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>
                    {m}
                    {move || before_import.with(Option::is_some).then(|| view! {
                        " "
                        <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="undo-import" on:click=undo_import>
                            "Undo"
                        </button>
                    })}
                </p>
            </div>
        })}
        <div class="nhsuk-form-group" class=("nhsuk-form-group--error", move || import_error.with(Option::is_some))>
            <label class="nhsuk-label" for="import-file">"Import agreements from a file"</label>
            <div class="nhsuk-hint" id="import-file-hint">"A .json file exported from Care Home Toolkit. Nothing here changes unless the whole file is readable."</div>
            {move || import_error.get().map(|m| view! {
                <span class="nhsuk-error-message" id="import-file-error" data-testid="import-error">
                    <span class="nhsuk-u-visually-hidden">"Error: "</span>
                    {m}
                </span>
            })}
            <input class="nhsuk-file-upload" id="import-file" name="import-file" type="file" accept=".json,application/json" aria-describedby="import-file-hint" on:change=on_file/>
        </div>
        <nav class="nhsuk-u-margin-bottom-3" aria-label="Sort">
            "Sort by: "
            <a href=Route::Agreements { query: "sort=home".into() }.href() aria-current=(!by_edited).then_some("true")>"care home"</a>
            " | "
            <a href=Route::Agreements { query: "sort=edited".into() }.href() aria-current=by_edited.then_some("true")>"last edited"</a>
        </nav>
        {move || if records.agreements.value.with(|l| list::none_shown(l)) {
            view! { <p data-testid="no-agreements">"No agreements on this device yet."</p> }.into_any()
        } else {
            view! {
                <table class="nhsuk-table app-table" data-testid="agreements">
                    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Agreements"</caption>
                    <thead class="nhsuk-table__head">
                        <tr>
                            <th scope="col" class="nhsuk-table__header">"Care home"</th>
                            <th scope="col" class="nhsuk-table__header">"Practice and scheme"</th>
                            <th scope="col" class="nhsuk-table__header">"Last edited"</th>
                            <th scope="col" class="nhsuk-table__header">"Complete"</th>
                            <th scope="col" class="nhsuk-table__header app-no-print">"Actions"</th>
                        </tr>
                    </thead>
                    <tbody class="nhsuk-table__body">{rows}</tbody>
                </table>
            }.into_any()
        }}
    }
}
