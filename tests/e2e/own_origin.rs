//! Nothing leaves the device: every resource comes from the page's origin.

use crate::harness::Session;

#[tokio::test]
async fn every_resource_comes_from_its_own_origin() {
    let s = Session::start().await;
    for page in [
        "#/",
        "#/due?scheme=lsc-2026&admitted=2026-11-02&asof=2026-11-22",
        "#/calendar?year=2022",
        "#/agreements",
    ] {
        s.open(page).await;
        let names = s
            .client
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name)\
                 .concat([location.href]);",
                vec![],
            )
            .await
            .unwrap();
        let names: Vec<String> = serde_json::from_value(names).unwrap();
        assert!(
            names.len() >= 3,
            "the page loaded its own script, wasm and styles: {names:?}"
        );
        for name in &names {
            assert!(
                name.starts_with(&s.origin),
                "{page} loaded {name} from another origin"
            );
        }
        let wasm = names.iter().any(|n| n.ends_with(".wasm"));
        assert!(wasm, "{names:?}");
    }
    s.close().await;
}
