//! `#/returns/collect`: for the commissioner. Import many practices'
//! return files at once (pick several, or drop them here); a table by
//! practice and home with every figure, lateness and payment, totals per
//! practice and overall; a newer return for the same practice, home and
//! quarter replaces the older, with a notice; a broken or foreign file is
//! named and refused without losing the others. Kept on this device and in
//! the backup.
//!
//! This file is the page itself: its notices, what waits to be added, the
//! changes to collected returns, and the sections in order; each section
//! is a part file.

mod check_before_adding;
mod collection_table;
mod drop_zone;
mod paste_links;
mod return_row;

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::domain::formats::route::Route;
use crate::domain::records::returns::file::ReturnFile;
use crate::ui::records::Records;
use crate::ui::state::AppState;

use check_before_adding::CheckBeforeAdding;
use collection_table::CollectionTable;
use drop_zone::ReturnFilesDropZone;
use paste_links::PasteReturnLinks;
use return_row::RowActions;

/// Save the collection with what was read; if the browser refuses, the
/// list goes back to what is stored and the only notice says so (all or
/// nothing). The notices to show.
fn save_all_or_none(
    records: &Records,
    before: Vec<crate::domain::records::returns::file::ReturnFile>,
    list: Vec<crate::domain::records::returns::file::ReturnFile>,
    said: Vec<(bool, String)>,
) -> Vec<(bool, String)> {
    if list == before || records.collected.set(list) {
        return said;
    }
    let why = records.collected.take_back(before);
    vec![(
        false,
        format!("Nothing was added: {why}. The collection is as it was."),
    )]
}

/// Files and links read but not yet added: the list as it would be, what
/// it was, and each return that would replace an older one.
#[derive(Clone, PartialEq)]
struct Pending {
    before: Vec<ReturnFile>,
    list: Vec<ReturnFile>,
    pairs: Vec<(ReturnFile, ReturnFile)>,
}

/// The notices above the table: each good news (`true`) or not.
type Notices = RwSignal<Vec<(bool, String)>>;

/// After reading files or links: show what was said, and hold the list
/// as it would be (if it changes anything) for "Add these returns".
fn propose(
    notices: Notices,
    pending: RwSignal<Option<Pending>>,
    before: Vec<ReturnFile>,
    list: Vec<ReturnFile>,
    said: Vec<(bool, String)>,
) {
    notices.set(said);
    if list == before {
        pending.set(None);
        return;
    }
    let pairs = crate::domain::records::returns::collect::replacements(&before, &list);
    pending.set(Some(Pending {
        before,
        list,
        pairs,
    }));
    request_animation_frame(|| crate::ui::components::focus_element("confirm-returns"));
}

#[component]
pub fn ReturnsCollectPage(query: String) -> impl IntoView {
    let app = expect_context::<AppState>();
    let records = expect_context::<Records>();
    let notices: Notices = RwSignal::new(Vec::<(bool, String)>::new());
    let reading = RwSignal::new(false);

    // What was read waits for "Add these returns" (issue 24: nothing is
    // added, and nothing replaced, before the commissioner has seen it).
    let pending = RwSignal::new(Option::<Pending>::None);

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
            change(&mut |l| crate::domain::records::returns::collect::accept(l, &f, yes));
        }),
        received: Callback::new(move |(f, day): (ReturnFile, NaiveDate)| {
            let mut result = Ok(());
            change(&mut |l| {
                result =
                    crate::domain::records::returns::collect::set_received(l, &f, day, app.today)
            });
            result
        }),
        remove: Callback::new(move |f: ReturnFile| {
            let mut gone = None;
            if change(&mut |l| gone = crate::domain::records::returns::collect::remove(l, &f)) {
                removed.set(gone);
                request_animation_frame(|| crate::ui::components::focus_element("removed-return"));
            }
        }),
    };
    let undo_remove = move |_| {
        if let Some((i, f)) = removed.get_untracked() {
            // Put back where it was, unless a return of the same practice,
            // home and quarter came in since (then the later made stays).
            let put_back = change(&mut |l| {
                crate::domain::records::returns::collect::put_back(l, i, f.clone())
            });
            if put_back {
                removed.set(None);
            }
        }
    };

    view! {
        <h1>"Collect returns"</h1>
        <p class="nhsuk-lede-text">"For commissioners: practices\u{2019} quarterly return files, gathered on this device, with what each earns."</p>
        <p>"Nothing is sent anywhere: the files stay on this device (and in its backup). A newer return for the same practice, home and quarter replaces the older one."</p>
        <p data-testid="collect-due-rule">
            {move || app.settings.with(|s| s.return_due.describe())}
            " Lateness counts from these dates and the day each file reached you. "
            <a href=Route::Settings.fixed_href()>"Change when returns are due"</a>
        </p>
        <ReturnFilesDropZone records=records today=app.today reading=reading notices=notices pending=pending/>
        <PasteReturnLinks query=query records=records today=app.today notices=notices pending=pending/>
        {move || reading.get().then(|| view! { <p role="status">"Reading the files\u{2026}"</p> })}
        {move || removed.get().map(|(_, f)| view! {
            <div class="nhsuk-inset-text app-no-print" role="status" id="removed-return" tabindex="-1" data-testid="removed-return">
                <p>{format!("Removed the return of {} ({}), {}, Q{} {}.", f.practice.name, f.practice.ods, f.home.name, f.q, f.quarter().map(|q| q.financial_year()).unwrap_or_default())}</p>
                <button class="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0" type="button" data-testid="undo-remove" on:click=undo_remove>"Undo"</button>
            </div>
        })}
        <CheckBeforeAdding records=records pending=pending notices=notices/>
        <ul class="nhsuk-list" id="import-notices" tabindex="-1" data-testid="import-notices" aria-live="polite">
            {move || notices.get().into_iter().map(|(ok, m)| view! {
                <li class=if ok { "nhsuk-body" } else { "nhsuk-error-message" } data-ok=ok.to_string()>{m}</li>
            }).collect_view()}
        </ul>
        <CollectionTable app=app notices=notices act=act records=records/>
    }
}
