//! `#/commissioners`: a commissioner makes the link that sets up their
//! scheme on a practice's or care home's device, copies or shares it, or
//! prints it as a one-page poster with a QR code. (In the full app: the
//! first load of a link stays small.)

use leptos::prelude::*;

use crate::domain::schemes::ALL;
use crate::storage::location;
use crate::ui::components::{CopyLink, SchemeChoice};

#[component]
pub fn CommissionersPage() -> impl IntoView {
    let chosen = RwSignal::new(ALL[1].id.to_string());
    let link =
        Signal::derive(move || format!("{}#/?scheme={}", location::page_base(), chosen.get()));
    view! {
        <h1>"A link for your scheme"</h1>
        <p class="nhsuk-lede-text">
            "Send practices and care homes one link. Opening it offers your scheme as their device\u{2019}s \
             default, and asks before replacing another."
        </p>
        <SchemeChoice
            selected=chosen
            on_select=Callback::new(move |id: String| chosen.set(id))
            error=Signal::derive(|| None::<String>)
        />
        <h2 class="nhsuk-heading-s">"The link"</h2>
        <p class="app-link-text" data-testid="scheme-link">{move || link.get()}</p>
        <CopyLink link title="Care Home Toolkit"/>
        <p class="app-no-print">
            <a class="app-big-link" data-testid="poster-link" href=move || format!("#/poster?scheme={}", chosen.get())>
                "Print a one-page poster with a QR code"
            </a>
        </p>
    }
}
