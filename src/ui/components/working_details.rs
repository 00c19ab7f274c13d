//! "Show the working": how a due date was counted. Written as markup
//! (`ui::markup`): it never changes once drawn.

use crate::domain::helpers::date_text::{iso, long, short};
use crate::domain::rules::deadlines::{Counted, Deadline};
use crate::domain::rules::obligation::Interval;
use crate::ui::markup::Markup;

/// A `<time>` element for a date: machine-readable and short.
pub fn push_time(m: &mut Markup, date: chrono::NaiveDate) {
    m.tag("<time datetime=\"")
        .text(&iso(date))
        .tag("\">")
        .text(&short(date))
        .tag("</time>");
}

/// Each day counted and each holiday skipped, or the sum for a calendar
/// interval, then where the rule is cited.
pub fn working_details(m: &mut Markup, deadline: &Deadline) {
    m.tag(
        "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\">\
         <span class=\"nhsuk-details__summary-text\">Show the working</span></summary>\
         <div class=\"nhsuk-details__text\">",
    );
    let sentence = match (&deadline.working, deadline.counted) {
        (Some(span), _) => {
            m.tag("<p>")
                .text(&format!(
                    "Counting starts the day after {}. Working days counted:",
                    long(span.from)
                ))
                .tag("</p><ol class=\"nhsuk-list app-working\">");
            for (i, d) in span.counted.iter().enumerate() {
                m.tag("<li>").text(&format!("{}. ", i + 1));
                push_time(m, *d);
                m.tag("</li>");
            }
            m.tag("</ol>");
            if span.holidays_skipped.is_empty() {
                m.tag("<p>No bank holidays were skipped.</p>");
            } else {
                m.tag("<p>Bank holidays skipped:</p><ul>");
                for h in &span.holidays_skipped {
                    m.tag("<li data-testid=\"skipped-holiday\">");
                    push_time(m, h.date);
                    m.text(&format!(": {}", h.name)).tag("</li>");
                }
                m.tag("</ul>");
            }
            format!(
                "Saturdays and Sundays skipped: {}.",
                span.weekend_days_skipped
            )
        }
        (None, Counted::After(Interval::Months(n))) => format!(
            "{} plus {n} calendar months is {}. When the later month is shorter, the date moves back to its last day.",
            long(deadline.anchor),
            long(deadline.due)
        ),
        (None, Counted::After(Interval::Days(n))) => format!(
            "{} plus {n} calendar days is {}.",
            long(deadline.anchor),
            long(deadline.due)
        ),
        (None, Counted::NextMeeting) => format!(
            "The first Lead GP and care home manager meeting recorded after {} is on {}.",
            long(deadline.anchor),
            long(deadline.due)
        ),
        (None, _) => format!(
            "Nothing has been recorded yet, so it is due on {}.",
            long(deadline.due)
        ),
    };
    m.tag("<p>").text(&sentence).tag("</p>");
    // The citation as kept in the data, with the source document's code
    // (the files in shared/seeds), for whoever checks the working.
    m.tag("<p class=\"nhsuk-body-s\" data-testid=\"cited-as\">")
        .text(&format!(
            "Cited as: {}.",
            deadline.obligation.clause.replace(")(", ")\u{2060}(")
        ))
        .tag("</p></div></details>");
}
