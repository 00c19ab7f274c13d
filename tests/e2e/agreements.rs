//! Practice–care home agreements, as a care home manager uses them.

use fantoccini::Locator;

use crate::harness::Session;

/// Start a new agreement and fill in every section.
pub async fn fill_new_agreement(s: &Session) -> String {
    s.open("#/agreements").await;
    s.click("[data-testid=new-agreement]").await;
    s.find("#care-home-name").await;
    let id = s
        .fragment()
        .await
        .split("id=")
        .nth(1)
        .unwrap_or_default()
        .split('&')
        .next()
        .unwrap_or_default()
        .to_string();
    s.type_into("care-home-name", "Oakwood House").await;
    s.click("#service-type-nursing").await;
    s.type_into("care-home-manager", "Pat Manager").await;
    s.type_into("care-home-telephone", "01632 960 001").await;
    s.type_into("care-home-email", "oakwood.manager@nhs.net")
        .await;
    s.type_into("practice-name", "Riverside Surgery").await;
    s.type_into("practice-contact", "Sam Contact").await;
    s.type_into("practice-telephone", "01632 960 002").await;
    s.type_into("practice-email", "riverside.surgery@nhs.net")
        .await;
    s.type_into("lead-name", "Dr Alex Lead").await;
    s.type_into("lead-telephone", "07700 900123").await;
    s.type_into("lead-email", "alex.lead@nhs.net").await;
    s.type_into("lead-role", "GP partner").await;
    s.click("#information-sharing-yes").await;
    s.click("#round-day option[value=Tuesday]").await;
    s.type_into("round-time", "10:30").await;
    s.click("#round-mode-face-to-face").await;
    s.click("#round-notice-24").await;
    for id in [
        "secure-communication",
        "care-plan-changes",
        "designated-people",
        "residents-identified",
    ] {
        s.click(&format!("#seamless-{id}")).await;
    }
    s.type_into("pcn", "Lakeside PCN").await;
    s.click("#agreement-scheme option[value=lsc-2026]").await;
    s.type_into("home-sign-name", "Pat Manager").await;
    s.type_into("home-sign-role", "Registered manager").await;
    s.type_date("home-sign-date", "20", "11", "2026").await;
    s.type_into("practice-sign-name", "Dr Alex Lead").await;
    s.type_into("practice-sign-role", "GP partner").await;
    s.type_date("practice-sign-date", "21", "11", "2026").await;
    id
}

#[tokio::test]
async fn fill_an_agreement_reload_and_it_is_all_there() {
    let s = Session::start().await;
    fill_new_agreement(&s).await;
    s.wait_for_text("[data-testid=completeness]", "19 of 19 fields complete")
        .await;
    // The seamless processes lead to preparing each round (issue 26), set
    // up with the agreement's round.
    s.click("[data-testid=prepare-round-link] a").await;
    s.wait_for_text("[data-testid=next-round]", "Riverside Surgery")
        .await;
    s.wait_for_text("[data-testid=send-by]", "24 hours before")
        .await;
    s.wait_for_text("main h1", "Prepare the round").await;
    s.client.back().await.unwrap();
    s.find("#care-home-name").await;

    // A mistyped number gets a message at the field once the user moves on.
    s.type_into("care-home-telephone", "12345").await;
    s.click("#care-home-name").await;
    s.wait_for_text(
        "[data-field=care-home-telephone] .nhsuk-error-message",
        "as a UK number",
    )
    .await;
    s.type_into("care-home-telephone", "01632 960 001").await;
    // A non-NHS.net email is a warning, not an error.
    s.type_into("practice-email", "reception@riverside.example.co.uk")
        .await;
    s.wait_for_text(
        "[data-field=practice-email] [data-testid=warning]",
        "not an NHS.net address",
    )
    .await;
    s.click("[data-testid=check]").await;
    s.find("[data-testid=check-ok]").await;
    assert_eq!(
        s.active_id().await,
        "check-ok",
        "the answer is focused (issue 23)"
    );

    s.client.refresh().await.unwrap();
    let name = s.find("#care-home-name").await;
    assert_eq!(
        name.prop("value").await.unwrap().as_deref(),
        Some("Oakwood House")
    );
    assert_eq!(
        s.find("#practice-email")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("reception@riverside.example.co.uk")
    );
    assert_eq!(
        s.find("#practice-sign-date-day")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("21")
    );
    assert_eq!(
        s.find("#round-day")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Tuesday")
    );
    assert_eq!(
        s.find("#service-type-nursing")
            .await
            .prop("checked")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );
    s.wait_for_text("[data-testid=completeness]", "19 of 19 fields complete")
        .await;

    // The list shows it; delete and undo.
    s.open("#/agreements").await;
    s.wait_for_text("[data-testid=agreements]", "Oakwood House")
        .await;
    s.click("[data-testid=agreements] .nhsuk-button--warning")
        .await;
    s.find("[data-testid=no-agreements]").await;
    s.click("[data-testid=undo]").await;
    s.wait_for_text("[data-testid=agreements]", "Oakwood House")
        .await;
    s.client.refresh().await.unwrap();
    s.wait_for_text("[data-testid=agreements]", "Oakwood House")
        .await;
    s.close().await;
}

#[tokio::test]
async fn export_then_import_into_a_fresh_profile_and_refuse_a_broken_file() {
    let first = Session::start().await;
    fill_new_agreement(&first).await;
    first.open("#/agreements").await;
    first
        .wait_for_text("[data-testid=agreements]", "Oakwood House")
        .await;
    first.click("[data-testid=export-all]").await;
    let exported = first.downloaded(".json").await;
    let text = std::fs::read_to_string(&exported).unwrap();
    assert!(
        text.contains("\"format\": \"care-home-toolkit/agreements\""),
        "{text}"
    );
    let mut second = Session::start().await;
    let copy = second.scratch_file("agreements.json", &text);
    let broken = second.scratch_file("broken.json", &text[..text.len() / 2]);
    let foreign = second.scratch_file("foreign.json", r#"{"format":"something-else","version":1}"#);
    let newer = second.scratch_file(
        "newer.json",
        &text.replacen("\"version\": 1", "\"version\": 9", 1),
    );
    first.close().await;

    second.open("#/agreements").await;
    second
        .find("#import-file")
        .await
        .send_keys(&copy.display().to_string())
        .await
        .unwrap();
    second
        .wait_for_text("[data-testid=agreements]", "Oakwood House")
        .await;
    second
        .wait_for_text("[data-testid=list-message]", "Adds 1 agreement")
        .await;
    second.find("[data-testid=undo-import]").await;
    assert_eq!(
        second.active_id().await,
        "list-message",
        "the answer has focus"
    );

    // Broken, foreign and newer files change nothing and say why.
    for (file, why) in [
        (&broken, "not valid JSON"),
        (&foreign, "not a Care Home Toolkit file"),
        (&newer, "newer version"),
    ] {
        second
            .find("#import-file")
            .await
            .send_keys(&file.display().to_string())
            .await
            .unwrap();
        let message = second
            .wait_for_text("[data-testid=import-error]", why)
            .await;
        assert!(message.contains("Nothing was changed"), "{message}");
        let rows = second
            .client
            .find_all(Locator::Css("tr[data-agreement]"))
            .await
            .unwrap();
        assert_eq!(rows.len(), 1);
    }

    // The same file again is merged (issue 22): nothing new, nothing
    // copied or replaced, nothing asked.
    second
        .find("#import-file")
        .await
        .send_keys(&copy.display().to_string())
        .await
        .unwrap();
    second
        .wait_for_text("[data-testid=list-message]", "Nothing new")
        .await;
    assert_eq!(
        second
            .client
            .find_all(Locator::Css("tr[data-agreement]"))
            .await
            .unwrap()
            .len(),
        1
    );
    second.close().await;
}

/// Fill in a new agreement and make its link, sealed with the passphrase
/// "blue tractor 42": the whole link.
pub async fn seal_new_agreement(s: &Session) -> String {
    fill_new_agreement(s).await;
    s.type_into("share-passphrase", "blue tractor 42").await;
    s.click("[data-testid=make-link]").await;
    s.find("#share-link")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_protected_share_link_opens_in_a_fresh_profile_and_can_be_saved() {
    let first = Session::start().await;
    let link = seal_new_agreement(&first).await;
    assert!(link.contains("#/agreements/view?d=2e."), "{link}");
    assert!(!link.contains("Oakwood"));
    let length = first
        .find("[data-testid=link-length]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        length.contains(&format!("{} characters", link.chars().count())),
        "{length}"
    );
    first.close().await;

    let second = Session::start().await;
    let fragment = link.split_once('#').unwrap().1;
    second.open(&format!("#{fragment}")).await;
    second.type_into("link-passphrase", "wrong guess").await;
    second.click("[data-testid=unlock]").await;
    second
        .wait_for_text(
            "[data-field=link-passphrase] .nhsuk-error-message",
            "passphrase is wrong",
        )
        .await;
    second.type_into("link-passphrase", "blue tractor 42").await;
    second.click("[data-testid=unlock]").await;
    second
        .wait_for_text("[data-testid=agreement-document]", "Oakwood House")
        .await;
    // The read-only view can be printed.
    second.find("[data-testid=print-shared]").await;
    // Nothing is saved until asked.
    second.open("#/agreements").await;
    second.find("[data-testid=no-agreements]").await;
    second.open(&format!("#{fragment}")).await;
    second.type_into("link-passphrase", "blue tractor 42").await;
    second.click("[data-testid=unlock]").await;
    second.click("[data-testid=save-copy]").await;
    second.find("[data-testid=saved-copy]").await;
    second.open("#/agreements").await;
    second
        .wait_for_text("[data-testid=agreements]", "Oakwood House")
        .await;

    // A cut-off link says so.
    let cut = &fragment[..fragment.len() - 40];
    second.open(&format!("#{cut}")).await;
    second.type_into("link-passphrase", "blue tractor 42").await;
    second.click("[data-testid=unlock]").await;
    second
        .wait_for_text(
            "[data-field=link-passphrase] .nhsuk-error-message",
            "passphrase is wrong, or the link has been changed",
        )
        .await;
    second.close().await;
}

#[tokio::test]
async fn the_printed_copy_reads_as_the_template_without_navigation() {
    let mut s = Session::start().await;
    let id = fill_new_agreement(&s).await;
    s.open(&format!("#/agreements/print?id={id}")).await;
    s.find("[data-testid=agreement-document]").await;
    let text = s.print_pdf_text().await;
    for expected in [
        "Our Primary Care Network, Our Care Home, Our Resident: Practice / Care Home Agreement",
        "A copy should be retained by the care home and practice",
        "Care Home Details",
        "Oakwood House",
        "Nursing",
        "Pat Manager",
        "01632 960 001",
        "oakwood.manager@nhs.net",
        "GP Practice Details",
        "Riverside Surgery",
        "Sam Contact",
        "Dr Alex Lead",
        "GP partner",
        "Tuesday",
        "10:30",
        "Face-to-face",
        "Lakeside PCN",
        "Lancashire and South Cumbria",
        "For the care home",
        "For the practice",
        "Registered manager",
        "20 November 2026",
        "21 November 2026",
    ] {
        assert!(
            text.contains(expected),
            "the PDF lacks {expected:?}:\n{text}"
        );
    }
    for absent in [
        "Due dates",
        "Bank holidays",
        "Skip to main content",
        "Print or save as PDF",
        "Back to the form",
        "runs entirely in this browser",
    ] {
        assert!(!text.contains(absent), "the PDF has {absent:?}:\n{text}");
    }
    s.close().await;
}

#[tokio::test]
async fn a_commissioners_link_sets_the_default_scheme() {
    let mut s = Session::start().await;
    // A device with no default: set at once, said once, on that page.
    s.open("#/?scheme=rotherham-2020").await;
    s.wait_for_text(
        "[data-testid=scheme-set]",
        "This device now uses Rotherham Care Home Enhanced Service 2020/21",
    )
    .await;
    assert_eq!(s.fragment().await, "/");
    // It can be dismissed.
    s.click("[data-testid=scheme-set-dismiss]").await;
    assert!(!s.exists("[data-testid=scheme-set]").await);
    s.open("#/due").await;
    assert!(s.is_checked("#scheme-rotherham-2020").await);
    // No banner follows the user around, or comes back on reload.
    assert!(!s.exists("[data-testid=scheme-set]").await);
    s.client.refresh().await.unwrap();
    s.find("main h1").await;
    assert!(!s.exists("[data-testid=scheme-set]").await);

    // A link for another scheme asks first; "Keep" changes nothing.
    s.open("#/?scheme=lsc-2026").await;
    s.wait_for_text(
        "[data-testid=scheme-ask]",
        "Use Lancashire and South Cumbria",
    )
    .await;
    s.click("[data-testid=scheme-keep]").await;
    s.wait_for_text("[data-testid=scheme-kept]", "keeps Rotherham")
        .await;
    s.open("#/due").await;
    assert!(s.is_checked("#scheme-rotherham-2020").await);
    // "Yes" takes it.
    s.open("#/?scheme=lsc-2026").await;
    s.click("[data-testid=scheme-accept]").await;
    s.wait_for_text("[data-testid=scheme-set]", "Lancashire")
        .await;
    s.open("#/due").await;
    assert!(s.is_checked("#scheme-lsc-2026").await);

    // The commissioner's link builder (from the start page) makes the link.
    s.open("#/").await;
    s.click("[data-testid=commissioners-link]").await;
    s.click("#scheme-rotherham-2019").await;
    s.wait_for_text("[data-testid=scheme-link]", "#/?scheme=rotherham-2019")
        .await;
    // And a one-page poster with a QR code made on the device.
    s.click("[data-testid=poster-link]").await;
    s.wait_for_text("[data-testid=poster-url]", "#/?scheme=rotherham-2019")
        .await;
    s.find("[data-testid=poster-qr] svg").await;
    let text = s.print_pdf_text().await;
    assert!(
        text.contains("Set up for Rotherham Care Home Local Enhanced Service 2019/20"),
        "{text}"
    );
    assert!(!text.contains("Print the poster"), "{text}");

    // Settings can clear it; an unknown scheme changes nothing and says so.
    s.open("#/settings").await;
    s.click("[data-testid=clear-default]").await;
    s.find("[data-testid=settings-saved]").await;
    s.open("#/?scheme=nowhere").await;
    s.wait_for_text("[data-testid=scheme-link-error]", "does not know")
        .await;
    s.close().await;
}

/// Two tabs of one browser: what the other tab saves is merged into this
/// one by itself (no "choose a version"), and what this tab then types is
/// saved with it; neither tab's change is lost.
#[tokio::test]
async fn two_tabs_merge_by_themselves() {
    let s = Session::start().await;
    let id = fill_new_agreement(&s).await;
    let first_tab = s.client.window().await.unwrap();
    let edit = format!("{}#/agreements/edit?id={id}", s.base);

    // A second tab of the same browser changes the care home's name.
    let second_tab = s.client.new_window(true).await.unwrap().handle;
    s.client.switch_to_window(second_tab.clone()).await.unwrap();
    s.client.goto(&edit).await.unwrap();
    s.type_into("care-home-name", "Oakwood House Nursing Home")
        .await;
    // Leaving the field saves at once.
    s.click("#care-home-manager").await;

    // The first tab shows it without being asked, and types on.
    s.client.switch_to_window(first_tab.clone()).await.unwrap();
    s.wait_for_value("#care-home-name", "Oakwood House Nursing Home")
        .await;
    assert!(!s.exists("[data-testid=save-problem]").await);
    s.type_into("care-home-manager", "Someone Else").await;
    s.click("#care-home-name").await;

    // Both changes are kept, in the second tab and after a reload.
    s.client.switch_to_window(second_tab).await.unwrap();
    s.wait_for_value("#care-home-manager", "Someone Else").await;
    s.client.refresh().await.unwrap();
    s.wait_for_value("#care-home-manager", "Someone Else").await;
    s.wait_for_value("#care-home-name", "Oakwood House Nursing Home")
        .await;
    s.close().await;
}

#[tokio::test]
async fn a_new_agreement_is_kept_only_once_typed_and_prints_as_the_document() {
    let mut s = Session::start().await;
    // Opened and left at once: nothing is stored.
    s.open("#/agreements").await;
    s.click("[data-testid=new-agreement]").await;
    s.find("#care-home-name").await;
    s.client.back().await.unwrap();
    s.find("[data-testid=no-agreements]").await;
    s.client.refresh().await.unwrap();
    s.find("[data-testid=no-agreements]").await;

    // Typed into: stored, and the count says fields.
    let id = fill_new_agreement(&s).await;
    s.open("#/agreements").await;
    s.find(&format!("tr[data-agreement='{id}']")).await;

    // The browser's own Print on the edit page gives the document, not the form.
    s.open(&format!("#/agreements/edit?id={id}")).await;
    s.wait_for_text("[data-testid=completeness]", "fields complete")
        .await;
    let text = s.print_pdf_text().await;
    assert!(
        text.contains("A copy should be retained by the care home and practice"),
        "{text}"
    );
    for absent in [
        "Check the agreement",
        "Every change is saved",
        "fields complete",
    ] {
        assert!(
            !text.contains(absent),
            "the printout has {absent:?}: {text}"
        );
    }
    s.close().await;
}

/// Issue 24: the commissioner's due dates recur: a day of the month after
/// each quarter ends, every year, and a date for a particular quarter; the
/// link carries them, the device keeps them, and a link whose dates are out
/// of order changes nothing.
#[tokio::test]
async fn a_commissioners_link_carries_when_quarterly_returns_are_due() {
    use care_home_toolkit::domain::helpers::date_text::{iso, short};
    use care_home_toolkit::domain::records::returns::Quarter;
    let s = Session::start().await;
    s.open("#/commissioners").await;
    s.click("#scheme-rotherham-2020").await;
    // A day no month after a quarter has: said at the field, no link.
    s.type_into("return-due-day", "31").await;
    s.wait_for_text("[data-field=return-due-day]", "from 1 to 30")
        .await;
    s.find("[data-testid=scheme-link-pending]").await;
    s.type_into("return-due-day", "20").await;
    s.wait_for_text("[data-testid=scheme-link]", "due-day=20")
        .await;
    // A date for this quarter (the one offered first), a week after the 20th.
    let offered = s
        .find("#return-due-quarter")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap();
    let quarter = Quarter::from_link_key(&offered).unwrap();
    let due = quarter.last_day() + chrono::Days::new(27);
    let (y, m, d) = {
        use chrono::Datelike;
        (due.year(), due.month(), due.day())
    };
    s.type_date(
        "return-due-date",
        &d.to_string(),
        &m.to_string(),
        &y.to_string(),
    )
    .await;
    s.click("[data-testid=return-due-add]").await;
    s.wait_for_text("[data-testid=return-due-said]", "Added")
        .await;
    s.wait_for_text("[data-testid=return-due-dates]", &short(due))
        .await;
    let link = s
        .wait_for_text(
            "[data-testid=scheme-link]",
            &format!(
                "#/?scheme=rotherham-2020&due-day=20&{}={}",
                quarter.link_key(),
                iso(due)
            ),
        )
        .await;
    // Opened on a device with no default: the scheme and the dates are kept.
    s.client.goto(link.trim()).await.unwrap();
    let described = format!(
        "Quarterly returns are due on the 20th of the month after each quarter ends. {}: {}.",
        quarter.short_label(),
        short(due)
    );
    s.wait_for_text("[data-testid=scheme-set]", &described)
        .await;
    s.open("#/settings").await;
    s.wait_for_text("[data-testid=return-due-now]", &described)
        .await;
    // Collecting returns on this device says which dates it judges by.
    s.open("#/returns/collect").await;
    s.wait_for_text(
        "[data-testid=collect-due-rule]",
        "the 20th of the month after",
    )
    .await;
    // An older link's four dates, Q1 due after Q4: nothing changes, and
    // the message says why.
    s.open("#/?scheme=lsc-2026&q1=2027-07-15&q2=2026-10-15&q3=2027-01-15&q4=2027-04-15")
        .await;
    s.wait_for_text("[data-testid=scheme-link-error]", "one year")
        .await;
    // A broken date changes nothing and says which.
    s.open("#/?scheme=lsc-2026&q1=2026-07-15&q2=2026-13-15&q3=2027-01-15&q4=2027-04-15")
        .await;
    s.wait_for_text("[data-testid=scheme-link-error]", "Q2")
        .await;
    s.open("#/settings").await;
    assert!(s.is_checked("#scheme-rotherham-2020").await);
    s.wait_for_text("[data-testid=return-due-now]", &described)
        .await;
    s.close().await;
}

/// Issue 22: the care home and the practice each fill in part of one
/// agreement on their own computer and send each other the file; bringing
/// it in keeps both parts (before, the later agreement replaced the other
/// whole, or was kept beside it as a copy).
#[tokio::test]
async fn two_computers_fill_in_one_agreement_apart_and_both_parts_stay() {
    let mut home = Session::start().await;
    let id = fill_new_agreement(&home).await;
    home.open("#/agreements").await;
    home.click("[data-testid=export-all]").await;
    let first = std::fs::read_to_string(home.downloaded(".json").await).unwrap();

    let mut practice = Session::start().await;
    let file = practice.scratch_file("agreements.json", &first);
    practice.open("#/agreements").await;
    practice
        .find("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    practice
        .wait_for_text("[data-testid=list-message]", "Adds 1 agreement")
        .await;
    // The practice changes its contact; the care home, meanwhile, its manager.
    practice.open(&format!("#/agreements/edit?id={id}")).await;
    practice.type_into("practice-contact", "Jo Contact").await;
    practice.open("#/agreements").await;
    practice.click("[data-testid=export-all]").await;
    let from_practice = std::fs::read_to_string(practice.downloaded(".json").await).unwrap();
    practice.close().await;

    home.open(&format!("#/agreements/edit?id={id}")).await;
    home.type_into("care-home-manager", "Chris Manager").await;
    home.open("#/agreements").await;
    let file = home.scratch_file("from-practice.json", &from_practice);
    home.find("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    home.wait_for_text(
        "[data-testid=list-message]",
        "Brings a later version of 1 agreement",
    )
    .await;
    home.open(&format!("#/agreements/edit?id={id}")).await;
    home.wait_for_value("#care-home-manager", "Chris Manager")
        .await;
    home.wait_for_value("#practice-contact", "Jo Contact").await;
    // One agreement, not a copy beside it.
    home.open("#/agreements").await;
    home.find("[data-testid=agreements]").await;
    assert_eq!(
        home.client
            .find_all(Locator::Css("tr[data-agreement]"))
            .await
            .unwrap()
            .len(),
        1
    );
    home.close().await;
}

/// All the agreements of `s`, as the file "Export all" downloads (removed
/// after reading, so the next export is read afresh).
async fn export_all(s: &Session) -> String {
    s.open("#/agreements").await;
    s.click("[data-testid=export-all]").await;
    let path = s.downloaded(".json").await;
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::remove_file(path).unwrap();
    text
}

/// Bring in an agreements file and wait for the page's answer.
async fn import(s: &mut Session, text: &str, says: &str) {
    let file = s.scratch_file("agreements-in.json", text);
    s.open("#/agreements").await;
    s.find("#import-file")
        .await
        .send_keys(&file.display().to_string())
        .await
        .unwrap();
    s.wait_for_text("[data-testid=list-message]", says).await;
}

/// Found in review: what a file brought in was stamped as changed on the
/// device that brought it in, so an older value, passed on, beat a later
/// change on the device it came from. What a file brings keeps its own
/// stamps.
#[tokio::test]
async fn an_older_value_passed_back_never_beats_a_later_change() {
    let mut practice = Session::start().await;
    let id = fill_new_agreement(&practice).await;
    let first = export_all(&practice).await;
    let mut home = Session::start().await;
    import(&mut home, &first, "Adds 1 agreement").await;

    let edit = format!("#/agreements/edit?id={id}");
    practice.open(&edit).await;
    practice.type_into("practice-contact", "Amy First").await;
    let older = export_all(&practice).await;
    practice.open(&edit).await;
    practice.type_into("practice-contact", "Ben Second").await;
    practice.open("#/agreements").await;

    import(&mut home, &older, "Brings a later version of 1 agreement").await;
    let passed_back = export_all(&home).await;
    import(&mut practice, &passed_back, "already here").await;
    practice.open(&edit).await;
    practice
        .wait_for_value("#practice-contact", "Ben Second")
        .await;
    home.close().await;
    practice.close().await;
}

/// Before: an agreement deleted on one computer came back whenever a file
/// that still had it was brought in. The deletion is kept: the file brings
/// nothing back, and the deletion travels to the other computer in the
/// next file.
#[tokio::test]
async fn a_deleted_agreement_stays_deleted_when_a_file_that_has_it_comes_in() {
    let mut practice = Session::start().await;
    fill_new_agreement(&practice).await;
    let before = export_all(&practice).await;
    let mut home = Session::start().await;
    import(&mut home, &before, "Adds 1 agreement").await;

    practice.open("#/agreements").await;
    practice
        .click("[data-testid=agreements] .nhsuk-button--warning")
        .await;
    practice.find("[data-testid=no-agreements]").await;
    import(&mut practice, &before, "Nothing new").await;
    practice.find("[data-testid=no-agreements]").await;
    assert_eq!(practice.count("tr[data-agreement]").await, 0);

    let after = export_all(&practice).await;
    assert!(
        !after.contains("Oakwood House"),
        "a deleted agreement's details left in a file"
    );
    import(
        &mut home,
        &after,
        "Takes out 1 agreement deleted where the file was made",
    )
    .await;
    home.find("[data-testid=no-agreements]").await;
    home.close().await;
    practice.close().await;
}
