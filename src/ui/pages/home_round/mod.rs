//! `#/home-round?home=…&practice=…&day=…&time=…&mode=…&notice=…`: the care
//! home prepares its weekly round and reads the outcomes (issue 26). The
//! home keeps no register: its requests and the outcomes live in its own
//! store (`domain::records::round::home_side`).

use leptos::prelude::*;

#[component]
pub fn HomeRoundPage(query: String) -> impl IntoView {
    let _ = query;
    view! { <h1>"Prepare the round"</h1> }
}
