//! Agreement storage and the printed layout, in the browser.

use care_home_toolkit::domain::records::agreement::{Agreement, RoundMode};
use care_home_toolkit::ui::components::AgreementDocument;
use leptos::prelude::*;
use wasm_bindgen_test::wasm_bindgen_test;

use crate::dom::*;

fn sample(id: &str, name: &str) -> Agreement {
    let mut a = Agreement::new(id.into(), "2026-11-22T10:00:00Z".into(), "lsc-2026");
    a.care_home.name = name.into();
    a
}

#[wasm_bindgen_test]
async fn the_document_shows_values_and_blank_lines() {
    let mut a = sample("a", "Oakwood House");
    a.round.mode = Some(RoundMode::Other);
    a.round.other = "Alternate weeks by video".into();
    a.information_sharing = Some(false);
    let root = mount(d(2026, 11, 22), move || {
        view! { <AgreementDocument agreement=a/> }.into_any()
    });
    settle().await;
    let doc = text(&root, "[data-testid=agreement-document]");
    assert!(doc.contains("Care Home Name"));
    assert!(doc.contains("Oakwood House"));
    assert!(doc.contains("Other: Alternate weeks by video"));
    assert_eq!(text(&root, "[data-testid=doc-sharing]"), "N");
    assert!(doc.contains("A copy should be retained by the care home and practice"));
    // Blank fields print as empty lines to fill in by hand.
    assert!(all(&root, ".app-doc-blank").len() >= 10);
    assert_eq!(all(&root, ".app-doc-sign").len(), 2);
}

#[wasm_bindgen_test]
async fn a_link_sealed_with_web_crypto_is_the_native_link_and_each_opens_the_other() {
    use care_home_toolkit::domain::records::agreement::{
        decode_link, encode_link, LinkError, Secret,
    };
    use care_home_toolkit::ui::web_crypto::{open_link, seal_link};
    let mut a = care_home_toolkit::domain::records::agreement::Agreement::new(
        "a1".into(),
        "2026-11-22T10:00:00Z".into(),
        "lsc-2026",
    );
    a.care_home.name = "Oakwood House".into();
    let (salt, nonce) = ([7u8; 16], [9u8; 12]);
    let web = seal_link(&a, "blue tractor 42", salt, nonce).await.unwrap();
    let native = encode_link(
        &a,
        Some(Secret {
            passphrase: "blue tractor 42",
            salt,
            nonce,
        }),
    );
    // Byte for byte the same link.
    assert_eq!(web, native);
    assert_eq!(decode_link(&web, Some("blue tractor 42")).unwrap(), a);
    assert_eq!(open_link(&native, "blue tractor 42").await.unwrap(), a);
    assert_eq!(
        open_link(&native, "red tractor 42").await.unwrap_err(),
        LinkError::WrongPassphrase
    );
    assert_eq!(
        open_link(&native, "").await.unwrap_err(),
        LinkError::NeedsPassphrase
    );
    // Cut short: damaged, not a wrong passphrase.
    assert_eq!(
        open_link(&native[..30], "blue tractor 42")
            .await
            .unwrap_err(),
        LinkError::Damaged
    );
}

#[wasm_bindgen_test]
async fn a_return_link_sealed_with_a_passphrase_opens_only_with_it() {
    use care_home_toolkit::domain::records::agreement::LinkError;
    use care_home_toolkit::domain::records::returns::file::{HomeRef, Practice, ReturnFile};
    use care_home_toolkit::domain::records::returns::link::{
        compressed, decode_open, open_compressed,
    };
    use care_home_toolkit::domain::records::returns::{Figures, Quarter, ReturnDueRule};
    use care_home_toolkit::ui::web_crypto::{open_data, seal_data};
    let q = Quarter { year: 2026, q: 3 };
    let r = ReturnFile::new(
        Practice {
            name: "Oak Surgery".into(),
            ods: "C87001".into(),
        },
        HomeRef {
            id: "h1".into(),
            name: "Elm Lodge".into(),
        },
        "rotherham-2020",
        q,
        ReturnDueRule::default().due(q).0,
        None,
        &Figures::default(),
        &[],
    );
    let d = seal_data(&compressed(&r), "blue tractor 42", [1u8; 16], [2u8; 12])
        .await
        .unwrap();
    assert!(d.starts_with("2e."));
    assert!(decode_open(&d).unwrap_err().contains("protected"));
    let data = open_data(&d, "blue tractor 42").await.unwrap();
    assert_eq!(open_compressed(&data), Ok(r));
    assert_eq!(
        open_data(&d, "red tractor").await.unwrap_err(),
        LinkError::WrongPassphrase
    );
}
