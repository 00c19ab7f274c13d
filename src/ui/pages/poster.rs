//! `#/poster?scheme=…`: a one-page poster for a commissioner to print or
//! send: the scheme, its link, and a QR code of the link made on the device.

use leptos::prelude::*;

use crate::ui::components::PrintButton;

use crate::domain::formats::qr::qr_svg;
use crate::domain::formats::route::Route;
use crate::domain::formats::scheme_link;
use crate::storage::location;

#[component]
pub fn PosterPage(query: String) -> impl IntoView {
    let Ok(Some(wanted)) = scheme_link::read(&query) else {
        return view! {
            <h1>"Choose a scheme for the poster"</h1>
            <p><a href=Route::START.fixed_href()>"Back to the start page"</a>" to choose one."</p>
        }
        .into_any();
    };
    let scheme = wanted.scheme;
    let link = Route::Home {
        query: scheme_link::write(scheme.id, &wanted.return_due),
    }
    .link(&location::page_base());
    let qr = qr_svg(&link);
    view! {
        <div class="nhsuk-button-group app-no-print">
            <PrintButton label="Print the poster"/>
            <a class="nhsuk-button nhsuk-button--secondary" href=Route::START.fixed_href()>"Back"</a>
        </div>
        <article class="app-poster" data-testid="poster">
            <h1>"Care Home Toolkit"</h1>
            <p class="nhsuk-lede-text">{format!("Set up for {}", scheme.name)}</p>
            <p>"Scan the code, or type the link, on the tablet or computer you use for the care home round. \
                It opens the toolkit with this scheme, and asks before changing anything on the device."</p>
            {match qr {
                Some(svg) => view! { <div class="app-poster__qr" data-testid="poster-qr" role="img" aria-label="QR code of the link below" inner_html=svg></div> }.into_any(),
                None => view! { <p>"This link is too long for a QR code: use the link below."</p> }.into_any(),
            }}
            <p class="app-link-text" data-testid="poster-url">{link}</p>
            <p class="nhsuk-body-s">{format!("{}. In force {}.", scheme.commissioner, scheme.period_text())}</p>
            {(!wanted.return_due.is_empty()).then(|| view! { <p class="nhsuk-body-s" data-testid="poster-return-due">{wanted.return_due.describe()}</p> })}
            <p class="nhsuk-body-s">"Nothing typed into the toolkit is sent anywhere: it stays on the device unless you export it or share a link."</p>
        </article>
    }
    .into_any()
}
