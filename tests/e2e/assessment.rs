//! The admission assessment, as a GP on a tablet does it.

use crate::harness::Session;

async fn type_area(s: &Session, id: &str, text: &str) {
    s.type_into(id, text).await;
}

#[tokio::test]
async fn start_fill_part_reload_finish_and_the_register_moves() {
    let mut s = Session::start().await;
    // A home under LSC and a resident admitted Monday 2 November 2026.
    s.add_home("Oakwood House").await;
    s.add_resident("Ann Smith", "9434765919").await;
    s.wait_for_due("initial-review", "2026-11-11").await;
    s.wait_for_due("medication-review", "2027-05-02").await;
    s.click("[data-testid=open-assessment]").await;

    // The deadline is at the top; the checklist lists what LSC needs.
    s.wait_for_text("[data-testid=assessment-due]", "Due Wed 11 Nov 2026")
        .await;
    let checklist = s
        .find("[data-testid=checklist]")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        checklist.contains("Mental health assessment") && checklist.contains("Frailty screen"),
        "{checklist}"
    );
    assert!(
        !checklist.contains("Mental capacity"),
        "LSC does not require it: {checklist}"
    );

    // Fill part of it, score the 4AT live, and reload.
    type_area(&s, "a-mental-health", "Low mood, no risk").await;
    s.click("#a-frailty option[value='6']").await;
    for id in [
        "a-4at-alertness-0",
        "a-4at-amt4-1",
        "a-4at-attention-2",
        "a-4at-acute-0",
    ] {
        s.click(&format!("#{id}")).await;
    }
    s.wait_for_text(
        "[data-testid=four-at-total]",
        "4AT total 3: 1 to 3: possible cognitive impairment",
    )
    .await;
    s.click("#a-4at-acute-4").await;
    s.wait_for_text(
        "[data-testid=four-at-total]",
        "4AT total 7: 4 or above: possible delirium",
    )
    .await;
    s.client.refresh().await.unwrap();
    let kept = s
        .find("#a-mental-health")
        .await
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("Low mood, no risk"));
    s.wait_for_text("[data-testid=four-at-total]", "4AT total 7")
        .await;
    s.wait_for_text("[data-testid=assessment-status]", "Draft")
        .await;

    // Completing too early lists what is missing, linked to the fields.
    s.click("[data-testid=complete]").await;
    s.wait_for_text("[data-testid=error-summary]", "Oral health is still needed")
        .await;
    assert_eq!(s.active_id().await, "error-summary");

    // Finish it.
    s.click("#a-remote-no").await;
    s.click("#a-took-part-resident").await;
    s.click("#a-took-part-family").await;
    s.type_into("a-medication-count", "9").await;
    type_area(&s, "a-medication-changes", "Stopped amitriptyline").await;
    type_area(&s, "a-information", "Discharge letter; daughter").await;
    for (id, text) in [
        ("a-cga-physical", "Heart failure"),
        ("a-cga-psychological", "Anxious at night"),
        ("a-cga-functional", "Walks with frame"),
        ("a-cga-social", "Daughter visits weekly"),
        ("a-cga-environmental", "Ground floor room"),
        ("a-cga-end-of-life", "Not currently"),
        ("a-oral-health", "Own teeth"),
        ("a-hydration", "MUST 1"),
        ("a-continence", "Continent"),
        ("a-what-matters", "Seeing her cat"),
    ] {
        type_area(&s, id, text).await;
    }
    // The summary follows the form: oral health is no longer listed.
    let start = std::time::Instant::now();
    loop {
        let listed = match s
            .client
            .find(fantoccini::Locator::Css("[data-testid=error-summary]"))
            .await
        {
            Ok(e) => e.text().await.unwrap_or_default().contains("Oral health"),
            Err(_) => false,
        };
        if !listed {
            break;
        }
        assert!(
            start.elapsed().as_secs() < 10,
            "the summary kept oral health"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Each frailty level has a short label of our own beside its number.
    let level = s
        .find("#a-frailty option[value='6']")
        .await
        .text()
        .await
        .unwrap();
    assert!(level.starts_with("6: needs help"), "{level}");
    s.type_into("a-place-of-death", "Oakwood House").await;
    s.click("#a-pcsp-agreed").await;
    s.type_into("a-assessor-name", "Dr Alex Lead").await;
    s.type_into("a-assessor-role", "GP").await;
    s.type_date("a-date", "13", "11", "2026").await;
    s.find("[data-testid=checklist-done]").await;
    s.click("[data-testid=complete]").await;
    // Wed 11 Nov due; done Fri 13 Nov: 2 working days late.
    s.wait_for_text(
        "[data-testid=assessment-status]",
        "Complete, Fri 13 Nov 2026. 2 working days late.",
    )
    .await;
    // And beside the button pressed, focused (issue 23: it was shown only
    // at the top of the page, about 5,900 px up).
    s.wait_for_text(
        "[data-testid=completed]",
        "Complete, Fri 13 Nov 2026. 2 working days late.",
    )
    .await;
    assert_eq!(s.active_id().await, "completed");
    let summary = s
        .find("#a-summary-text")
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        summary.contains("Clinical Frailty Scale (v2.0): 6"),
        "{summary}"
    );
    assert!(
        summary.contains("Preferred place of death: Oakwood House"),
        "{summary}"
    );

    // The register's deadlines moved: initial review done, medication review from 13 Nov.
    s.click("a[href^='#/residents/resident']").await;
    s.wait_for_due("medication-review", "2027-05-13").await;
    s.wait_for_text("tr[data-obligation='initial-review']", "Done late")
        .await;
    s.wait_for_text("tr[data-obligation='pcsp']", "Done late")
        .await;

    // Print the summary and read the PDF.
    let id = s.fragment().await.split("id=").nth(1).unwrap().to_string();
    s.open(&format!("#/residents/{id}/assessment/print")).await;
    s.find("[data-testid=assessment-summary]").await;
    let text = s.print_pdf_text().await;
    for expected in [
        "Care home admission assessment",
        "Ann Smith",
        "943 476 5919",
        "Low mood, no risk",
        "Oakwood House",
        "Seeing her cat",
        "4AT (v1.2)",
    ] {
        assert!(
            text.contains(expected),
            "the PDF lacks {expected:?}: {text}"
        );
    }
    for absent in [
        "Print or save as PDF",
        "Back to the assessment",
        "Due list",
        "Skip to main content",
    ] {
        assert!(!text.contains(absent), "the PDF has {absent:?}: {text}");
    }
    s.close().await;
}
