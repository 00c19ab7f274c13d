//! Issue 23: after an action the answer is on screen, and focus is on it or
//! on the next thing to do, never left on the page's body.

use crate::harness::Session;

/// Whether the element with this id is inside the viewport, and the id of
/// the focused element.
async fn seen_and_focused(s: &Session, id: &str) -> (bool, String) {
    let focused = s.active_id().await;
    (s.in_view(&format!("#{id}")).await, focused)
}

#[tokio::test]
async fn adding_a_home_answers_at_the_button_and_a_failed_form_focuses_its_problems() {
    let s = Session::start().await;
    for (w, h) in [(390, 844), (768, 1024)] {
        s.client.set_window_size(w, h).await.unwrap();
        s.open("#/residents").await;
        s.open_add_home().await;
        // Sent empty: the error summary is focused and in view.
        s.click("[data-testid=save-home]").await;
        s.find("[data-testid=error-summary]").await;
        assert_eq!(
            seen_and_focused(&s, "error-summary").await,
            (true, "error-summary".to_string()),
            "at {w} px"
        );
        // Sent filled: "Added …", focused and in view, with the next step.
        let name = format!("Oakwood House {w}");
        s.type_into("home-name", &name).await;
        s.click("#home-scheme option[value=lsc-2026]").await;
        s.click("#home-round-day option[value=Tuesday]").await;
        s.click("[data-testid=save-home]").await;
        let said = s.wait_for_text("[data-testid=home-added]", "Added").await;
        assert!(said.contains(&format!("Add residents to {name}")), "{said}");
        assert_eq!(
            seen_and_focused(&s, "home-added").await,
            (true, "home-added".to_string()),
            "at {w} px"
        );
    }

    // "Add a resident" sent empty: the error summary has focus.
    s.open("#/residents").await;
    s.click("a[href^='#/residents/add']").await;
    s.find("[data-testid=save-resident]").await;
    s.click("[data-testid=save-resident]").await;
    s.find("[data-testid=error-summary]").await;
    assert_eq!(
        seen_and_focused(&s, "error-summary").await,
        (true, "error-summary".to_string())
    );
    s.close().await;
}

/// Before: after "Save" the confirmation with Undo appeared 600 to 1,400 px
/// above the screen, and focus fell to the page's body on opening the
/// form, on Save, Cancel and Undo.
#[tokio::test]
async fn mark_done_answers_on_screen_and_focus_follows_at_every_step() {
    let s = Session::start().await;
    s.add_home("Oakwood House").await;
    s.add_resident("Ann Smith", "9434765919").await;
    for (w, h) in [(390, 844), (768, 1024)] {
        s.client.set_window_size(w, h).await.unwrap();
        s.open("#/due-list").await;
        // The last row, scrolled to, as a GP working down the list would.
        let rows = s
            .client
            .find_all(fantoccini::Locator::Css(
                "tr[data-due-row] [data-testid=mark-done]",
            ))
            .await
            .unwrap();
        let last = rows.last().unwrap();
        let key = last.attr("id").await.unwrap().unwrap_or_default();
        s.client
            .execute(
                &format!("document.getElementById('{key}').scrollIntoView({{block: 'end'}});"),
                vec![],
            )
            .await
            .unwrap();
        last.click().await.unwrap();
        let day = s.active_id().await;
        assert!(
            day.ends_with("-day"),
            "opening the form focuses its date, not {day:?}"
        );
        // Cancel: back to "Mark done".
        s.click("[data-testid=mark-done-form] .nhsuk-button--secondary")
            .await;
        assert_eq!(s.active_id().await, key, "at {w} px");
        // Open again and save: the answer is on screen and focused.
        s.click(&format!("#{key}")).await;
        s.click("[data-testid=save-done]").await;
        s.wait_for_text("[data-testid=undo-banner]", "Marked done")
            .await;
        assert!(s.in_view("#undo-banner").await, "at {w} px");
        assert_eq!(s.active_id().await, "undo-banner", "at {w} px");
        // For a person to look at, beside the other screenshots.
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let png = s.client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("marked-done-{w}.png")), png).unwrap();
        // Undo: still on screen, still focused, and says so.
        s.click("[data-testid=undo]").await;
        s.wait_for_text("[data-testid=undo-banner]", "Undone").await;
        assert!(s.in_view("#undo-banner").await, "at {w} px");
        assert_eq!(s.active_id().await, "undo-banner", "at {w} px");
        // Closed: back to the row's "Mark done", not the page's body.
        s.click("[data-testid=close-banner]").await;
        assert_eq!(s.active_id().await, key, "at {w} px");
    }
    s.close().await;
}

/// Getting started with a real home (issue 23): an empty due list says to
/// add a home first; "Add a care home" is open when there is none; and a
/// resident already living there is added with the reviews already done,
/// so they are not all shown overdue.
#[tokio::test]
async fn a_home_set_up_with_residents_already_there() {
    let s = Session::start().await;
    s.open("#/due-list").await;
    let hint = s
        .wait_for_text("[data-testid=getting-started]", "no care homes")
        .await;
    assert!(hint.contains("Add a care home"), "{hint}");
    s.open("#/residents").await;
    let open = s
        .client
        .execute(
            "return document.querySelector('[data-testid=add-home]').open;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        open,
        serde_json::json!(true),
        "the first thing to do is open"
    );
    s.add_home("Oakwood House").await;
    s.open("#/residents").await;
    s.click("a[href^='#/residents/add']").await;
    s.type_into("resident-name", "Ann Smith").await;
    s.type_date("resident-dob", "1", "5", "1936").await;
    s.type_into("resident-nhs", "9434765919").await;
    s.type_date("resident-admitted", "8", "1", "2024").await;
    s.click("[data-testid=done-before] summary").await;
    // The form with its reviews already done, at each width: nothing
    // scrolls sideways; kept to look at.
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    for (w, h) in [(390, 844), (768, 1024), (1024, 768)] {
        s.client.set_window_size(w, h).await.unwrap();
        let sideways = s
            .client
            .execute("return document.documentElement.scrollWidth > document.documentElement.clientWidth;", vec![])
            .await
            .unwrap();
        assert_eq!(sideways, serde_json::json!(false), "sideways at {w} px");
        s.client
            .execute(
                "document.querySelector('[data-testid=done-before]').scrollIntoView();",
                vec![],
            )
            .await
            .unwrap();
        let png = s.client.screenshot().await.unwrap();
        std::fs::write(dir.join(format!("add-resident-done-before-{w}.png")), png).unwrap();
    }
    // A date in the future is refused at its field, the summary focused.
    s.type_date("resident-last-medication-review", "1", "10", "2099")
        .await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("[data-testid=error-summary]", "today or in the past")
        .await;
    assert_eq!(s.active_id().await, "error-summary");
    s.type_date("resident-last-medication-review", "1", "10", "2026")
        .await;
    s.click("[data-testid=save-resident]").await;
    s.wait_for_text("main h1", "Ann Smith").await;
    // Six months from the review already done, not overdue since 2024.
    s.wait_for_due("medication-review", "2027-04-01").await;
    s.close().await;
}

/// Before: on a tablet the due list's first row sat 580 px below the
/// first screen, under the backup reminder, the counts of every home, the
/// returns due and the filters. A GP opening the due list wants the first
/// deadline without scrolling. The sizes are what Safari leaves the page
/// on an iPad (portrait and landscape) and an iPhone.
#[tokio::test]
async fn the_due_lists_first_row_is_on_the_first_screen() {
    let s = Session::start().await;
    s.home_with_resident().await;
    s.add_home("Beech Court").await;
    for (w, h) in [(768, 954), (1024, 690), (390, 664)] {
        s.set_viewport(w, h).await;
        s.open("#/due-list").await;
        // The backup reminder is showing: a new device has made none.
        s.find("[data-testid=backup-reminder]").await;
        let row = s.find("[data-due-row]").await;
        let (top, bottom) = {
            let r = s
                .client
                .execute(
                    "const r = arguments[0].getBoundingClientRect(); return [r.top, r.bottom];",
                    vec![serde_json::to_value(&row).unwrap()],
                )
                .await
                .unwrap();
            (r[0].as_f64().unwrap(), r[1].as_f64().unwrap())
        };
        if w == 768 {
            // The whole row, with its "Mark done".
            assert!(
                bottom <= h as f64,
                "at {w}x{h} the first row ends at {bottom}"
            );
        } else {
            // At least its date, who it is for and what is due.
            assert!(
                top + 60.0 <= h as f64,
                "at {w}x{h} the first row starts at {top}"
            );
        }
    }
    s.close().await;
}
