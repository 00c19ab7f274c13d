//! "From the practice": a sealed file the practice sent, opened and
//! brought in: the outcomes of a round, or its list of the home's
//! residents to choose from. Anything else is refused, and nothing changes.

use leptos::prelude::*;

use super::{words, Page};
use crate::domain::helpers::date_text::long;
use crate::domain::records::round::file::{
    kind_words, read_outcomes, read_residents_list, OUTCOMES_FORMAT, RESIDENTS_FORMAT,
};
use crate::ui::components::OpenSealed;

/// "This file is for X, not Y. Nothing was changed." when the file names
/// another home.
fn check_home(page: Page, file_home: &str) -> Result<(), String> {
    let ours = page.home_name();
    if crate::domain::records::round::matching::same_name(file_home, &ours) {
        Ok(())
    } else {
        Err(format!(
            "This file is for {file_home}, not {ours}. Nothing was changed."
        ))
    }
}

/// Bring in an opened file; what was done, or why nothing was.
fn bring_in(page: Page, text: &str) -> Result<String, String> {
    let outcomes_error = match read_outcomes(text) {
        Ok(o) => {
            check_home(page, &o.home)?;
            let round = o.round;
            let mut changed = false;
            page.records
                .home_rounds
                .update(|h| changed = h.bring_in_outcomes(o));
            return Ok(if changed {
                format!("The outcomes of the round on {} are below.", long(round))
            } else {
                "These outcomes were already here: nothing changed.".into()
            });
        }
        Err(e) => e,
    };
    let list_error = match read_residents_list(text) {
        Ok(l) => {
            check_home(page, &l.home)?;
            let n = l.residents.len();
            page.records
                .home_rounds
                .update(|h| h.residents_list = Some(l));
            return Ok(format!(
                "The practice\u{2019}s list of {} is ready to choose from.",
                words::residents_count(n)
            ));
        }
        Err(e) => e,
    };
    // A file of the right kind that cannot be read says why; another
    // kind of the toolkit's files says what it is.
    let format = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .and_then(|v| v.get("format")?.as_str().map(str::to_string));
    match format.as_deref() {
        Some(RESIDENTS_FORMAT) => Err(format!(
            "This file cannot be read: {list_error}. Nothing was changed."
        )),
        Some(OUTCOMES_FORMAT) => Err(format!(
            "This file cannot be read: {outcomes_error}. Nothing was changed."
        )),
        _ => match kind_words(text) {
            Some(k) => Err(format!(
                "This is {k}, not a file from the practice. Nothing was changed."
            )),
            None => Err(format!(
                "This file cannot be read: {outcomes_error}. Nothing was changed."
            )),
        },
    }
}

#[component]
pub fn FromPractice(
    page: Page,
    /// A sealed link's data, when the page was opened from one.
    link: Option<String>,
) -> impl IntoView {
    let on_opened = Callback::new(move |text: String| bring_in(page, &text));
    let list_words = move || {
        page.records.home_rounds.value.with(|h| {
            h.residents_list.as_ref().map(|l| {
                format!(
                    "You have the practice\u{2019}s list of {}, for the round on {}.",
                    words::residents_count(l.residents.len()),
                    long(l.round)
                )
            })
        })
    };
    view! {
        <section class="nhsuk-u-margin-top-5 app-no-print" data-testid="from-practice">
            <h2>"From the practice"</h2>
            <p>"After the round the practice sends the outcomes, so that you can change your care plans. It may also send its list of your residents, to choose from when you prepare a request. Save the file from the email, then open it here with the passphrase the practice gave you."</p>
            {move || list_words().map(|w| view! { <p data-testid="list-held">{w}</p> })}
            <OpenSealed
                id="open-from-practice"
                label="A file from the practice: its list of your residents, or the outcomes of a round"
                on_opened=on_opened
                link=link
            />
        </section>
    }
}
