//! Issue 23: after an action the answer is on screen, and focus is on it or
//! on the next thing to do, never left on the page's body.

use crate::harness::Session;

/// Whether the element with this id is inside the viewport, and the id of
/// the focused element.
async fn seen_and_focused(s: &Session, id: &str) -> (bool, String) {
    let focused = s.active_id().await;
    let v = s
        .client
        .execute(
            &format!(
                "const r = document.getElementById('{id}').getBoundingClientRect();
                 return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.height > 0;"
            ),
            vec![],
        )
        .await
        .unwrap();
    (v.as_bool().unwrap_or(false), focused)
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
