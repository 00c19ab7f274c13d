//! The deadline engine: from a resident's events and an "as of" date, every
//! obligation of a scheme with its due date, status and the rule behind it
//! (domain-rules.md §2).

use chrono::NaiveDate;

use super::calendar::{add_days, add_months, Calendar, OutOfRange, WorkingDaySpan};
use super::date_text::short;
use super::obligation::{Anchor, Interval, Obligation, ObligationId};
use super::schemes::Scheme;
use super::small_map::SmallMap;

/// Days ahead within which an obligation counts as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

/// What is known about a resident, as the engine needs it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResidentFacts {
    pub admitted: NaiveDate,
    /// The date the practice was informed of the admission, if known.
    pub informed: Option<NaiveDate>,
    /// The latest re-admission to the home after a hospital episode.
    pub readmitted: Option<NaiveDate>,
    pub temporary: bool,
    /// The latest date each review was done.
    pub done: SmallMap<ObligationId, NaiveDate>,
}

/// Where an obligation stands on the "as of" date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Overdue,
    DueSoon,
    Upcoming,
    /// A one-off obligation done on or after its trigger.
    Done {
        on_time: bool,
    },
}

impl Status {
    /// Used in `data-status` and in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Overdue => "overdue",
            Status::DueSoon => "due-soon",
            Status::Upcoming => "upcoming",
            Status::Done { on_time: true } => "done",
            Status::Done { on_time: false } => "done-late",
        }
    }

    /// What the user reads (never colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Status::Overdue => "Overdue",
            Status::DueSoon => "Due within 7 days",
            Status::Upcoming => "Upcoming",
            Status::Done { on_time: true } => "Done on time",
            Status::Done { on_time: false } => "Done late",
        }
    }
}

/// One obligation's deadline, with the working behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub obligation: &'static Obligation,
    /// The date the time runs from.
    pub anchor: NaiveDate,
    /// Which event that date is, e.g. "the date the practice was informed".
    pub anchor_event: String,
    pub due: NaiveDate,
    pub status: Status,
    /// Days from the "as of" date to the due date: negative when overdue.
    pub days_left: i64,
    /// For working-day rules, the days counted and skipped.
    pub working: Option<WorkingDaySpan>,
    /// When done, the date.
    pub done_on: Option<NaiveDate>,
}

impl Deadline {
    /// "7 working days after the date the practice was informed (Mon 2 Nov 2026)".
    pub fn explanation(&self) -> String {
        let when = match self.obligation.interval {
            Interval::AtOnce => "Due at once on".to_string(),
            interval => format!("{} after", interval.describe()),
        };
        format!("{when} {} ({})", self.anchor_event, short(self.anchor))
    }

    /// "3 days left", "due today", "5 days overdue".
    pub fn days_text(&self) -> String {
        if let Status::Done { .. } = self.status {
            return match self.done_on {
                Some(d) => format!("Done {}", short(d)),
                None => "Done".into(),
            };
        }
        match self.days_left {
            0 => "Due today".into(),
            1 => "1 day left".into(),
            -1 => "1 day overdue".into(),
            n if n > 0 => format!("{n} days left"),
            n => format!("{} days overdue", -n),
        }
    }
}

/// An obligation of the scheme that does not apply to this resident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotApplicable {
    pub obligation: &'static Obligation,
    pub reason: String,
}

/// Everything the engine says about one resident under one scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineReport {
    /// Sorted by due date, then by the scheme's order.
    pub deadlines: Vec<Deadline>,
    pub not_applicable: Vec<NotApplicable>,
    /// Shown above the results, e.g. a date outside the scheme's period.
    pub warnings: Vec<String>,
}

/// Why the engine could not answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EngineError {
    OutOfRange(OutOfRange),
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EngineError::OutOfRange(e) => write!(f, "Deadlines cannot be worked out: {e}"),
        }
    }
}

impl From<OutOfRange> for EngineError {
    fn from(e: OutOfRange) -> Self {
        EngineError::OutOfRange(e)
    }
}

fn status_for(due: NaiveDate, as_of: NaiveDate) -> (Status, i64) {
    let days_left = (due - as_of).num_days();
    let status = if days_left < 0 {
        Status::Overdue
    } else if days_left <= DUE_SOON_DAYS {
        Status::DueSoon
    } else {
        Status::Upcoming
    };
    (status, days_left)
}

/// The anchor date and its description, or why the obligation does not apply.
fn anchor_for(o: &Obligation, facts: &ResidentFacts) -> Result<(NaiveDate, String), String> {
    match o.anchor {
        Anchor::Admission => Ok((facts.admitted, "admission".into())),
        Anchor::InformedElseAdmission => Ok(match facts.informed {
            Some(d) => (d, "the date the practice was informed".into()),
            None => (
                facts.admitted,
                "admission (no date the practice was informed was given)".into(),
            ),
        }),
        Anchor::LatestAdmission => Ok(match facts.readmitted {
            Some(r) if r > facts.admitted => (r, "re-admission after a hospital episode".into()),
            _ => (facts.admitted, "admission".into()),
        }),
        Anchor::ReturnFromHospital => match facts.readmitted {
            Some(r) => Ok((r, "the return from hospital".into())),
            None => Err(
                "Applies only after a return from hospital or another move between \
                         care settings; none was entered."
                    .into(),
            ),
        },
        Anchor::LastDoneElseAdmission(ids) => {
            let last = ids
                .iter()
                .filter_map(|id| facts.done.get(id).map(|d| (*d, *id)))
                .max_by_key(|(d, _)| *d);
            Ok(match last {
                Some((d, id)) => (d, format!("the last {}", done_noun(id))),
                None => (
                    facts.admitted,
                    "admission (no earlier review was entered)".into(),
                ),
            })
        }
    }
}

fn done_noun(id: ObligationId) -> &'static str {
    match id {
        ObligationId::Smr => "structured medication review",
        ObligationId::MedicationReview => "medication review",
        ObligationId::Seen => "review with the carer",
        ObligationId::LeadGpReview => "Lead GP review",
        _ => "review",
    }
}

/// Work out every deadline of `scheme` for a resident, as of `as_of`.
pub fn deadlines(
    scheme: &'static Scheme,
    facts: &ResidentFacts,
    as_of: NaiveDate,
    calendar: &Calendar,
) -> Result<DeadlineReport, EngineError> {
    let mut report = DeadlineReport {
        deadlines: Vec::new(),
        not_applicable: Vec::new(),
        warnings: Vec::new(),
    };
    for (what, date) in [
        ("admission date", facts.admitted),
        ("\u{201c}as of\u{201d} date", as_of),
    ] {
        if !scheme.in_force_on(date) {
            report.warnings.push(format!(
                "The {what} ({}) is outside the period of {} ({}). The deadlines below still \
                 follow its rules: check which scheme applied on that date.",
                short(date),
                scheme.name,
                scheme.period_text()
            ));
        }
    }

    for o in scheme.obligations {
        if o.permanent_only && facts.temporary {
            report.not_applicable.push(NotApplicable {
                obligation: o,
                reason: "Not required for temporary residents.".into(),
            });
            continue;
        }
        let (anchor, anchor_event) = match anchor_for(o, facts) {
            Ok(a) => a,
            Err(reason) => {
                report.not_applicable.push(NotApplicable {
                    obligation: o,
                    reason,
                });
                continue;
            }
        };
        let (due, working) = match o.interval {
            Interval::WorkingDays(n) => {
                let span = calendar.add_working_days(anchor, n)?;
                (span.due, Some(span))
            }
            Interval::Days(n) => (
                add_days(anchor, n).ok_or(OutOfRange { date: anchor })?,
                None,
            ),
            Interval::Months(n) => (
                add_months(anchor, n).ok_or(OutOfRange { date: anchor })?,
                None,
            ),
            Interval::AtOnce => (anchor, None),
        };
        let (mut status, days_left) = status_for(due, as_of);
        // A one-off obligation is met by a done date on or after its trigger.
        let done_on = facts.done.get(&o.id).copied().filter(|d| *d >= anchor);
        if let (false, Some(d)) = (o.is_recurring(), done_on) {
            status = Status::Done { on_time: d <= due };
        }
        // Soonest first; equal dates keep the scheme's order.
        let at = report.deadlines.partition_point(|d| d.due <= due);
        report.deadlines.insert(
            at,
            Deadline {
                obligation: o,
                anchor,
                anchor_event,
                due,
                status,
                days_left,
                working,
                done_on: if o.is_recurring() { None } else { done_on },
            },
        );
    }
    Ok(report)
}
