//! Issue 9: the corrected rules, read from calculator links as a GP would;
//! a home's duties recorded on its page; every rule on `#/rules`.

use care_home_toolkit::domain::rules::schemes::ALL;
use care_home_toolkit::domain::rules::sources;

use crate::harness::Session;

/// (link, obligation, expected due date), each a corrected rule.
const LINKS: &[(&str, &str, &str)] = &[
    // LSC 000 §2.6: informed before the admission counts from the admission.
    (
        "scheme=lsc-2026&admitted=2026-11-10&informed=2026-10-01&asof=2026-11-11",
        "initial-review",
        "2026-11-19",
    ),
    // 002 Appendix 1 (b)(i): the admission PCSP stays; the re-admission adds one.
    (
        "scheme=ehch-des&admitted=2026-11-02&readmitted=2026-11-20&asof=2026-11-22",
        "pcsp",
        "2026-11-11",
    ),
    (
        "scheme=ehch-des&admitted=2026-11-02&readmitted=2026-11-20&asof=2026-11-22",
        "pcsp-readmission",
        "2026-12-01",
    ),
    // 002 §4.3.2, §4.4.1: the first SMR with the PCSP, then 12 months.
    (
        "scheme=ehch-des&admitted=2023-04-28&asof=2023-05-02",
        "smr",
        "2023-05-11",
    ),
    (
        "scheme=ehch-des&admitted=2023-04-28&last-smr=2024-02-29&asof=2025-02-01",
        "smr",
        "2025-02-28",
    ),
    // 000 §2.7: medicines reconciliation on admission and on each return.
    (
        "scheme=lsc-2026&admitted=2026-11-02&readmitted=2026-11-20&asof=2026-11-22",
        "medicines-reconciliation",
        "2026-11-09",
    ),
    (
        "scheme=lsc-2026&admitted=2026-11-02&readmitted=2026-11-20&asof=2026-11-22",
        "medicines-reconciliation-readmission",
        "2026-11-27",
    ),
    (
        "scheme=lsc-2026&admitted=2026-11-02&readmitted=2026-11-20&asof=2026-11-22",
        "post-hospital-review",
        "2026-12-01",
    ),
    // Rotherham 003 §8: by the next meeting, else 2 months.
    (
        "scheme=rotherham-2020&admitted=2020-06-01&hospital=2020-11-02&meeting=2020-12-10&asof=2020-11-20",
        "emergency-admission-review",
        "2020-12-10",
    ),
    (
        "scheme=rotherham-2020&admitted=2020-06-01&hospital=2020-11-02&asof=2020-11-20",
        "emergency-admission-review",
        "2021-01-02",
    ),
    // DES rows stack on Rotherham from 1 October 2020.
    (
        "scheme=rotherham-2020&admitted=2020-10-01&asof=2020-10-02",
        "pcsp",
        "2020-10-12",
    ),
];

#[tokio::test]
async fn calculator_links_give_the_corrected_dates() {
    let s = Session::start().await;
    for (link, obligation, due) in LINKS {
        s.open(&format!("#/due?{link}")).await;
        s.wait_for_due(obligation, due).await;
    }

    // Informed after admission: the §6.1 monitored date shows too.
    s.open("#/due?scheme=lsc-2026&admitted=2026-11-02&informed=2026-11-04&asof=2026-11-22")
        .await;
    s.wait_for_due("initial-review", "2026-11-13").await;
    let monitored = s
        .find("tr[data-obligation='initial-review'] [data-testid=monitored]")
        .await
        .text()
        .await
        .unwrap();
    assert!(monitored.contains("Wed 11 Nov 2026"), "{monitored}");

    // A DES row under Rotherham says where it comes from; before 1 Oct 2020 there is none.
    s.open("#/due?scheme=rotherham-2020&admitted=2020-10-01&asof=2020-10-02")
        .await;
    s.click("tr[data-obligation='pcsp'] summary").await;
    let from = s
        .find("tr[data-obligation='pcsp'] [data-testid=row-scheme]")
        .await
        .text()
        .await
        .unwrap();
    assert!(from.contains("National DES"), "{from}");
    s.open("#/due?scheme=rotherham-2020&admitted=2020-09-30&asof=2020-10-02")
        .await;
    s.wait_for_due("admission-assessment", "2020-10-14").await;
    assert!(!s.exists("tr[data-obligation='pcsp']").await);

    // Recorded as done from the link.
    s.open("#/due?scheme=ehch-des&admitted=2026-11-02&last-pcsp=2026-11-10&asof=2026-11-22")
        .await;
    let row = s.find("tr[data-obligation='pcsp']").await;
    assert_eq!(
        row.attr("data-status").await.unwrap().as_deref(),
        Some("done")
    );

    // A deadline past the calendar: that row says so, the others show.
    s.open("#/due?scheme=lsc-2026&admitted=2035-12-24&asof=2035-12-24")
        .await;
    s.wait_for_due("medication-review", "2036-06-24").await;
    let problem = s
        .find("tr[data-obligation='initial-review'] [data-testid=row-problem]")
        .await
        .text()
        .await
        .unwrap();
    assert!(problem.contains("2000 to 2035"), "{problem}");

    // An implausible year is refused at the field.
    s.open("#/due?scheme=lsc-2026&admitted=1989-06-01").await;
    s.wait_for_text("[data-testid=error-summary]", "between 1990 and 2100")
        .await;

    // Temporary under LSC: rows apply, with the conflict said.
    s.open("#/due?scheme=lsc-2026&admitted=2026-11-02&temporary=1&asof=2026-11-22")
        .await;
    s.wait_for_text("[data-testid=rule-note]", "section 2.15")
        .await;

    // Each row links to its rule, which opens in the full app, in view.
    s.click("tr[data-obligation='initial-review'] summary")
        .await;
    s.click("tr[data-obligation='initial-review'] [data-testid=rule-link]")
        .await;
    s.wait_for_text("#rule-lsc-2026-initial-review", "(000) §2.6 and §6.1")
        .await;
    let active = s
        .client
        .execute("return document.activeElement.id", vec![])
        .await
        .unwrap();
    assert_eq!(active, "rule-lsc-2026-initial-review");
    s.close().await;
}

#[tokio::test]
async fn recording_a_home_round_moves_the_homes_next_round() {
    let s = Session::start().await;
    s.add_home("Oakwood House").await;
    s.click("[data-testid=open-home]").await;
    s.wait_for_text("main h1", "Oakwood House").await;
    // LSC stacks on the DES: its weekly home round, none recorded yet.
    s.find("tr[data-obligation='home-round']").await;
    s.click("#duty-kind option[value=home-round]").await;
    s.type_date("duty-date", "17", "11", "2026").await;
    s.type_into("duty-by", "Dr Lead").await;
    s.click("[data-testid=record-duty]").await;
    s.wait_for_due("home-round", "2026-11-24").await;
    s.wait_for_text(
        "[data-testid=duty-history]",
        "weekly home round held (by Dr Lead)",
    )
    .await;
    // A later round moves it again, and survives a reload.
    s.type_date("duty-date", "20", "11", "2026").await;
    s.click("[data-testid=record-duty]").await;
    s.wait_for_due("home-round", "2026-11-27").await;
    s.client.refresh().await.unwrap();
    s.wait_for_due("home-round", "2026-11-27").await;

    // The due list has the home's row beside the residents', filterable.
    s.open("#/due-list").await;
    let row = s
        .find("tr[data-home][data-obligation='home-round'] time")
        .await;
    assert_eq!(
        row.attr("datetime").await.unwrap().as_deref(),
        Some("2026-11-27")
    );
    // The filters are folded until used.
    s.click("[data-testid=filters] summary").await;
    s.click("#filter-obligation option[value=home-duties]")
        .await;
    s.wait_for_text("[data-testid=due-list]", "Duty of the home")
        .await;
    s.close().await;
}

#[tokio::test]
async fn the_rules_page_lists_every_obligation_of_every_scheme() {
    let s = Session::start().await;
    s.open("#/rules").await;
    for scheme in ALL {
        for o in scheme.obligations.iter().chain(scheme.home_duties) {
            let css = format!(
                "section[data-scheme='{}'][data-rule='{}']",
                scheme.id,
                o.id.as_str()
            );
            let text = s.find(&css).await.text().await.unwrap();
            // Cited as in the data, and in plain words.
            let cited = o.clause.replace(")(", ")\u{2060}(");
            assert!(text.contains(&cited), "{css}: {text}");
            let plain = sources::plain(o.clause).replace(")(", ")\u{2060}(");
            assert!(text.contains(&plain), "{css}: {text}");
            assert!(text.contains(o.title), "{css}: {text}");
            if let Some(i) = o.interpretation {
                let plain = sources::plain(i).replace(")(", ")\u{2060}(");
                assert!(text.contains(&plain), "{css} shows its interpretation");
            }
        }
    }
    let count = s
        .client
        .find_all(fantoccini::Locator::Css("section[data-rule]"))
        .await
        .unwrap()
        .len();
    let expected: usize = ALL
        .iter()
        .map(|s| s.obligations.len() + s.home_duties.len())
        .sum();
    assert_eq!(count, expected);
    s.close().await;
}
