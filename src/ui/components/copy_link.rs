//! "Copy link" (and "Share" where the browser has a share sheet): the link
//! goes on the clipboard; when the browser refuses, the link is shown in a
//! box, selected, to copy by hand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::browser::{can_share, copy_text, share_link};

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Refused,
}

#[component]
pub fn CopyLink(
    /// The whole link, as it would be pasted.
    #[prop(into)]
    link: Signal<String>,
    /// What the share sheet calls it.
    title: &'static str,
) -> impl IntoView {
    let copied = RwSignal::new(Copied::Not);
    // A changed link has not been copied yet.
    Effect::new(move |_| {
        link.track();
        copied.set(Copied::Not);
    });
    let copy = move |_| {
        let text = link.get_untracked();
        wasm_bindgen_futures::spawn_local(async move {
            let ok = copy_text(&text).await;
            copied.set(if ok { Copied::Yes } else { Copied::Refused });
            if !ok {
                // The box below is drawn by then: select the link in it.
                request_animation_frame(|| {
                    if let Some(input) = document()
                        .get_element_by_id("copy-link-text")
                        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                    {
                        input.select();
                    }
                });
            }
        });
    };
    view! {
        <div class="app-copy-link app-no-print" data-testid="copy-link">
            <div class="nhsuk-button-group nhsuk-u-margin-bottom-2">
                <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="copy-link-button" on:click=copy>
                    "Copy link"
                </button>
                {can_share().then(|| view! {
                    <button class="nhsuk-button nhsuk-button--secondary" type="button" data-testid="share-link-button"
                        on:click=move |_| share_link(title, &link.get_untracked())>
                        "Share"
                    </button>
                })}
            </div>
            <p role="status" class="nhsuk-body-s" data-testid="copy-link-status">
                {move || match copied.get() {
                    Copied::Yes => "Link copied. Paste it into an email or message.",
                    Copied::Refused => "This browser did not allow copying. Copy the link from the box below.",
                    Copied::Not => "",
                }}
            </p>
            {move || (copied.get() == Copied::Refused).then(|| view! {
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="copy-link-text">"The link"</label>
                    <input class="nhsuk-input" id="copy-link-text" type="text" readonly value=link.get_untracked()/>
                </div>
            })}
        </div>
    }
}
