//! "Set up your rounds": the home, the practice, the day and time of the
//! round, how it is held and the notice the practice asks for, as the
//! agreement says (or the practice's link filled in).

use leptos::prelude::*;

use super::Page;
use crate::domain::helpers::date_text::long;
use crate::domain::helpers::date_text::WEEKDAYS;
use crate::domain::records::register::details::Problem;
use crate::domain::records::round::home_side::RoundSetup;
use crate::domain::records::round::send_by::parse_time;
use crate::ui::components::{focus_element, RadioGroup, SelectField, TextField};

#[component]
pub fn SetupForm(page: Page, saved: RwSignal<Option<String>>) -> impl IntoView {
    let now = page.setup.get_untracked().unwrap_or_default();
    let home = RwSignal::new(now.home);
    let practice = RwSignal::new(now.practice);
    let day = RwSignal::new(now.day);
    let time = RwSignal::new(now.time);
    let mode = RwSignal::new(now.mode);
    let notice = RwSignal::new(if now.notice_hours == 24 { "24" } else { "48" }.to_string());
    let day_options: Vec<(String, String)> = std::iter::once(("".into(), "Choose a day".into()))
        .chain(WEEKDAYS.iter().map(|d| (d.to_string(), d.to_string())))
        .collect();
    let no_error = || Signal::derive(|| None::<String>);

    let save = move || {
        saved.set(None);
        let mut problems = Vec::new();
        if home.with_untracked(|h| h.trim().is_empty()) {
            problems.push(Problem {
                field: "setup-home",
                message: "Enter the care home\u{2019}s name".into(),
            });
        }
        if day.with_untracked(|d| !WEEKDAYS.contains(&d.as_str())) {
            problems.push(Problem {
                field: "setup-day",
                message: "Choose the day of the round".into(),
            });
        }
        if time.with_untracked(|t| !t.trim().is_empty() && parse_time(t).is_none()) {
            problems.push(Problem {
                field: "setup-time",
                message: "Enter the time of the round in hours and minutes, for example 10:30"
                    .into(),
            });
        }
        if !problems.is_empty() {
            page.show_problems(problems);
            return;
        }
        page.errors.set(Vec::new());
        let s = RoundSetup {
            home: home.get_untracked().trim().to_string(),
            practice: practice.get_untracked().trim().to_string(),
            day: day.get_untracked(),
            time: time.get_untracked().trim().to_string(),
            mode: mode.get_untracked().trim().to_string(),
            notice_hours: notice.get_untracked().parse().unwrap_or(48),
        };
        let next = s.next_round(page.app.today);
        if page.records.home_rounds.update(|h| h.setup = Some(s)) {
            saved.set(Some(match next {
                Some(d) => format!("Saved. Your next round is on {}.", long(d)),
                None => "Saved.".into(),
            }));
        } else {
            saved.set(Some(
                "This could not be saved on this device: see the message at the top of the page."
                    .into(),
            ));
        }
        request_animation_frame(|| focus_element("setup-saved"));
    };

    view! {
        <form novalidate data-testid="setup-form" on:submit=move |ev| { ev.prevent_default(); save(); }>
            <TextField id="setup-home" label="Care home name" value=home
                on_input=Callback::new(move |v| home.set(v)) error=page.error_at("setup-home")/>
            <TextField id="setup-practice" label="GP practice name" value=practice
                on_input=Callback::new(move |v| practice.set(v)) error=no_error()/>
            <SelectField id="setup-day" label="Day of the round" options=day_options value=day
                on_change=Callback::new(move |v| day.set(v)) error=page.error_at("setup-day")/>
            <TextField id="setup-time" label="Time of the round" hint="For example, 10:30"
                width="nhsuk-input--width-5" value=time
                on_input=Callback::new(move |v| time.set(v)) error=page.error_at("setup-time")/>
            <TextField id="setup-mode" label="How the round is held (optional)"
                hint="For example, virtual or in person" value=mode
                on_input=Callback::new(move |v| mode.set(v)) error=no_error()/>
            <RadioGroup
                name="setup-notice"
                legend="Notice the practice asks for"
                options=vec![("24", "24 hours"), ("48", "48 hours")]
                inline=true
                selected=notice
                on_select=Callback::new(move |v| notice.set(v))
                error=no_error()
            />
            <button class="nhsuk-button" type="submit" data-testid="save-setup">"Save"</button>
            {move || saved.get().map(|m| view! {
                <div class="nhsuk-inset-text" role="status" id="setup-saved" tabindex="-1" data-testid="setup-saved">
                    <p>{m}</p>
                </div>
            })}
        </form>
    }
}
