//! "Send to the practice": the request sealed with a passphrase, to attach
//! to an NHS.net email; whether it was sent; and the printed request.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::fields::{Part, PrintPart};
use super::{words, Page};
use crate::domain::records::round::file::write_request;
use crate::ui::browser::now_iso;
use crate::ui::components::SendSealed;

#[component]
pub fn SendSection(page: Page) -> impl IntoView {
    // The round of the request being sealed: the one sent, even if another
    // round is chosen while it is sealed.
    let sending = StoredValue::new(None::<(NaiveDate, String)>);
    let make = Callback::new(move |()| {
        let Some(round) = page.round.get_untracked() else {
            return Err("Set up your rounds first".to_string());
        };
        let setup = page.setup.get_untracked().unwrap_or_default();
        let request = page
            .records
            .home_rounds
            .value
            .with_untracked(|h| h.request(round).cloned())
            // Emptied after it was sent: sent again, it takes everyone off.
            .filter(|k| !k.request.residents.is_empty() || k.sent_at.is_some())
            .map(|k| k.request);
        let Some(mut request) = request else {
            return Err("Add at least one resident first".to_string());
        };
        // As the home and its rounds are named now.
        for (kept, now) in [
            (&mut request.home, &setup.home),
            (&mut request.practice, &setup.practice),
            (&mut request.time, &setup.time),
        ] {
            if !now.is_empty() {
                kept.clone_from(now);
            }
        }
        sending.set_value(Some((round, request.made_at.clone())));
        Ok((
            crate::domain::records::round::file::file_name("round-request", &request.home, round),
            write_request(&request),
        ))
    });
    let on_sent = Callback::new(move |()| {
        let Some((round, version)) = sending.get_value() else {
            return;
        };
        page.records.home_rounds.update(|h| {
            if let Some(k) = h.requests.iter_mut().find(|k| k.request.round == round) {
                k.sent_at = Some(now_iso());
                // The version sealed, not the one on screen now: a change
                // made while it was sealing is still to send.
                k.sent_version = version;
            }
        });
    });
    let send_by = move || {
        let r = page.round.get()?;
        let calendar = page.app.calendar.get();
        page.setup.with(|s| {
            s.as_ref()
                .map(|s| words::send_by_words(s, r, page.app.today, &calendar))
        })
    };
    let state = move || words::sent_words(page.kept().as_ref());

    view! {
        <section class="nhsuk-u-margin-top-5" data-testid="send">
            <h2>"Send to the practice"</h2>
            <p>{send_by}</p>
            <p data-testid="sent-state"><strong>{state}</strong></p>
            <div class="app-no-print">
                <p>"The file names residents, so it is sealed with a passphrase. Attach it to an email from your NHS.net account to the practice\u{2019}s NHS.net address."</p>
                <SendSealed
                    id="send-request"
                    label="Save the sealed request"
                    done_words="The sealed request is in your downloads. Attach it to an NHS.net email to the practice, and tell them the passphrase another way."
                    make=make
                    on_sent=on_sent
                    link=Callback::new(|d: String| crate::domain::formats::route::Route::sealed_for_practice(&d).link(&crate::storage::location::page_base()))
                />
                <div class="nhsuk-button-group">
                    <PrintPart label="Print the request" testid="print-request" part=Part::Request printing=page.printing/>
                </div>
            </div>
        </section>
    }
}
