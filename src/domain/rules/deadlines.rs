//! The deadline engine: from a resident's events (or a home's duties) and an
//! "as of" date, every obligation of a scheme, and of the scheme it stacks
//! on, with its due date, status and the rule behind it (docs/rules.md §2
//! and §3). A row that cannot be worked out says why; the others still show.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::domain::helpers::date_text::short;
use crate::domain::rules::calendar::{add_days, add_months, Calendar, OutOfRange, WorkingDaySpan};
use crate::domain::rules::obligation::{Interval, Obligation, ObligationId, Timing, Trigger};
use crate::domain::rules::schemes::Scheme;

/// Days ahead within which an obligation counts as "due soon".
pub const DUE_SOON_DAYS: i64 = 7;

/// What is known about a resident, as the engine needs it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResidentFacts {
    pub admitted: NaiveDate,
    /// The date the practice was informed of the admission, if known.
    pub informed: Option<NaiveDate>,
    /// The latest return to the home after a hospital episode.
    pub readmitted: Option<NaiveDate>,
    /// Every admission to hospital recorded.
    pub hospital_admissions: Vec<NaiveDate>,
    /// The home's Lead GP and care home manager meetings (Rotherham 003 §2).
    pub meetings: Vec<NaiveDate>,
    pub temporary: bool,
    /// Every review or plan recorded as done, with its date.
    pub records: Vec<(ObligationId, NaiveDate)>,
}

impl ResidentFacts {
    /// Record that `id` was done on `date`.
    pub fn record(&mut self, id: ObligationId, date: NaiveDate) {
        self.records.push((id, date));
    }

    /// The dates of the records that meet an obligation.
    fn dates_meeting<'a>(&'a self, o: &'a Obligation) -> impl Iterator<Item = NaiveDate> + 'a {
        self.records
            .iter()
            .filter(|(id, _)| o.met_by.contains(id))
            .map(|(_, d)| *d)
    }
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

/// How the due date was counted from the anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    After(Interval),
    /// By the home's next Lead GP and manager meeting after the anchor.
    NextMeeting,
    /// A home duty never recorded: due on the "as of" date.
    NoRecord,
}

/// One obligation's deadline, with the working behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub obligation: &'static Obligation,
    /// The scheme the row comes from (a stacked scheme's rows name it).
    pub scheme: &'static Scheme,
    /// The date the time runs from.
    pub anchor: NaiveDate,
    /// Which event that date is, e.g. "the date the practice was informed"
    /// (a fixed text, not a copy, for all but "the last …").
    pub anchor_event: Cow<'static, str>,
    pub counted: Counted,
    pub due: NaiveDate,
    pub status: Status,
    /// Days from the "as of" date to the due date: negative when overdue.
    pub days_left: i64,
    /// For working-day rules, the days counted and skipped.
    pub working: Option<WorkingDaySpan>,
    /// When done, the date.
    pub done_on: Option<NaiveDate>,
    /// A second date to show, with what it is (LSC 000 §6.1).
    pub monitored: Option<(NaiveDate, &'static str)>,
}

impl Deadline {
    /// "7 working days after the date the practice was informed (Mon 2 Nov 2026)".
    pub fn explanation(&self) -> String {
        match self.explanation_and_date() {
            (text, Some(from)) => format!("{text} ({})", short(from)),
            (text, None) => text,
        }
    }

    /// The explanation without its date, and the date it counts from: a
    /// screen keeps the date on one line.
    pub fn explanation_and_date(&self) -> (String, Option<NaiveDate>) {
        let when = match self.counted {
            Counted::After(interval) => format!("{} after", interval.describe()),
            Counted::NextMeeting => {
                "By the home\u{2019}s next Lead GP and care home manager meeting after".into()
            }
            Counted::NoRecord => return (format!("Due now: {}", self.anchor_event), None),
        };
        (format!("{when} {}", self.anchor_event), Some(self.anchor))
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

    /// A key unique within one resident's (or home's) rows: the obligation
    /// id, with the hospital admission's date for per-admission reviews.
    pub fn row_key(&self) -> Cow<'static, str> {
        match self.obligation.trigger {
            Trigger::EachHospitalAdmission => Cow::Owned(format!(
                "{}-{}",
                self.obligation.id.as_str(),
                crate::domain::helpers::date_text::iso(self.anchor)
            )),
            _ => Cow::Borrowed(self.obligation.id.as_str()),
        }
    }
}

/// An obligation of the scheme that does not apply to this resident.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotApplicable {
    pub obligation: &'static Obligation,
    pub scheme: &'static Scheme,
    pub reason: Cow<'static, str>,
}

/// An obligation whose date cannot be worked out (past the calendar's
/// range): the row says so and the others still show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unavailable {
    pub obligation: &'static Obligation,
    pub scheme: &'static Scheme,
    pub message: String,
}

/// Everything the engine says about one resident (or home) under a scheme.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineReport {
    /// Sorted by due date, then by the scheme's order.
    pub deadlines: Vec<Deadline>,
    pub not_applicable: Vec<NotApplicable>,
    pub unavailable: Vec<Unavailable>,
    /// Shown above the results: a date outside the scheme's period.
    pub warnings: Vec<String>,
    /// Shown above the results: how the rules were read for this resident.
    pub notes: Vec<String>,
}

impl DeadlineReport {
    fn new() -> Self {
        DeadlineReport {
            deadlines: Vec::new(),
            not_applicable: Vec::new(),
            unavailable: Vec::new(),
            warnings: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// The first row of an obligation, if it has one.
    pub fn row(&self, id: ObligationId) -> Option<&Deadline> {
        self.deadlines.iter().find(|d| d.obligation.id == id)
    }

    /// A row whose date is past the calendar: say so in its place.
    fn cannot_work_out(
        &mut self,
        scheme: &'static Scheme,
        obligation: &'static Obligation,
        e: OutOfRange,
    ) {
        self.unavailable.push(Unavailable {
            obligation,
            scheme,
            message: format!("This date cannot be worked out: {e}."),
        });
    }

    /// Soonest first; equal dates keep the scheme's order.
    fn insert(&mut self, d: Deadline) {
        let at = self.deadlines.partition_point(|x| x.due <= d.due);
        self.deadlines.insert(at, d);
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

/// `anchor` plus `interval`, with the working for working days when
/// `WORKING` (a page that shows it; the due list does not).
fn count<const WORKING: bool>(
    anchor: NaiveDate,
    interval: Interval,
    calendar: &Calendar,
) -> Result<(NaiveDate, Option<WorkingDaySpan>), OutOfRange> {
    match interval {
        Interval::WorkingDays(n) if WORKING => {
            let span = calendar.add_working_days(anchor, n)?;
            Ok((span.due, Some(span)))
        }
        Interval::WorkingDays(n) => Ok((calendar.working_days_after(anchor, n)?, None)),
        Interval::Days(n) => Ok((
            add_days(anchor, n).ok_or(OutOfRange { date: anchor })?,
            None,
        )),
        Interval::Months(n) => Ok((
            add_months(anchor, n).ok_or(OutOfRange { date: anchor })?,
            None,
        )),
    }
}

/// Where a row's time runs from, before any record restarts it.
struct Start {
    anchor: NaiveDate,
    event: Cow<'static, str>,
}

/// The trigger's date for a resident, or why the obligation does not apply.
fn trigger_start(o: &Obligation, facts: &ResidentFacts) -> Result<Start, Cow<'static, str>> {
    match o.trigger {
        Trigger::Admission => Ok(Start {
            anchor: facts.admitted,
            event: "admission".into(),
        }),
        Trigger::LaterOfAdmissionAndInformed => Ok(match facts.informed {
            Some(i) if i > facts.admitted => Start {
                anchor: i,
                event: "the date the practice was informed".into(),
            },
            Some(_) => Start {
                anchor: facts.admitted,
                event: "admission (the practice was informed before the resident arrived)".into(),
            },
            None => Start {
                anchor: facts.admitted,
                event: "admission (no date the practice was informed was given)".into(),
            },
        }),
        Trigger::ReturnFromHospital => match facts.readmitted {
            Some(r) => Ok(Start {
                anchor: r,
                event: "the latest return from hospital".into(),
            }),
            None => Err("Applies only after a return from hospital; none was entered.".into()),
        },
        Trigger::EachHospitalAdmission | Trigger::HomeDuty => {
            Err("Worked out per admission to hospital or per home.".into())
        }
    }
}

fn noun(id: ObligationId) -> Cow<'static, str> {
    Cow::Owned(format!("the last {}", id.noun()))
}

/// Work out every deadline of `scheme` (and the scheme it stacks on) for a
/// resident, as of `as_of`. Never fails: a row that cannot be worked out is
/// listed in `unavailable` with the reason.
pub fn deadlines(
    scheme: &'static Scheme,
    facts: &ResidentFacts,
    as_of: NaiveDate,
    calendar: &Calendar,
) -> DeadlineReport {
    let mut report = rows::<true>(scheme, facts, as_of, calendar);
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
    if facts.temporary {
        if let Some(note) = scheme.temporary_note {
            report.notes.push(note.to_string());
        }
    }
    report
}

/// [`deadlines`] without the period warnings and notes, which are worded
/// for one resident's page, and without the working of working-day
/// counts: the due list works out thousands of residents and shows only
/// the rows and what could not be worked out. The same dates.
pub fn deadline_rows(
    scheme: &'static Scheme,
    facts: &ResidentFacts,
    as_of: NaiveDate,
    calendar: &Calendar,
) -> DeadlineReport {
    rows::<false>(scheme, facts, as_of, calendar)
}

/// Every row, with the working of working-day counts when `WORKING`.
fn rows<const WORKING: bool>(
    scheme: &'static Scheme,
    facts: &ResidentFacts,
    as_of: NaiveDate,
    calendar: &Calendar,
) -> DeadlineReport {
    let obligations = scheme.resident_obligations(facts.admitted);
    let mut report = DeadlineReport::new();
    report.deadlines.reserve(obligations.len());
    for (from, o) in obligations {
        if o.permanent_only && facts.temporary {
            report.not_applicable.push(NotApplicable {
                obligation: o,
                scheme: from,
                reason: "Not required for temporary residents.".into(),
            });
            continue;
        }
        if o.trigger == Trigger::EachHospitalAdmission {
            per_hospital_admission::<WORKING>(&mut report, from, o, facts, as_of, calendar);
            continue;
        }
        let start = match trigger_start(o, facts) {
            Ok(s) => s,
            Err(reason) => {
                report.not_applicable.push(NotApplicable {
                    obligation: o,
                    scheme: from,
                    reason,
                });
                continue;
            }
        };
        let (anchor, event, interval) = match o.timing {
            Timing::Once(i) => (start.anchor, start.event, i),
            Timing::Every(i) => match latest(facts, o, None) {
                Some((d, id)) => (d, noun(id), i),
                None => (start.anchor, start.event, i),
            },
            Timing::FirstThenEvery(first, then) => match latest(facts, o, Some(start.anchor)) {
                Some((d, id)) => (d, noun(id), then),
                None => (start.anchor, start.event, first),
            },
        };
        let (due, working) = match count::<WORKING>(anchor, interval, calendar) {
            Ok(x) => x,
            Err(e) => {
                report.cannot_work_out(from, o, e);
                continue;
            }
        };
        let (mut status, days_left) = status_for(due, as_of);
        // A one-off is met by the first record on or after its trigger.
        let done_on = match o.timing {
            Timing::Once(_) => facts.dates_meeting(o).filter(|d| *d >= anchor).min(),
            _ => None,
        };
        if let Some(d) = done_on {
            status = Status::Done { on_time: d <= due };
        }
        let monitored = match (o.monitored, facts.informed) {
            (Some(m), Some(informed)) if informed > facts.admitted => {
                count::<WORKING>(facts.admitted, m.interval, calendar)
                    .ok()
                    .map(|(d, _)| (d, m.label))
            }
            _ => None,
        };
        report.insert(Deadline {
            obligation: o,
            scheme: from,
            anchor,
            anchor_event: event,
            counted: Counted::After(interval),
            due,
            status,
            days_left,
            working,
            done_on,
            monitored,
        });
    }
    report
}

/// The latest record meeting `o`, on or after `not_before` when given.
fn latest(
    facts: &ResidentFacts,
    o: &Obligation,
    not_before: Option<NaiveDate>,
) -> Option<(NaiveDate, ObligationId)> {
    facts
        .records
        .iter()
        .filter(|(id, d)| o.met_by.contains(id) && not_before.is_none_or(|nb| *d >= nb))
        .map(|(id, d)| (*d, *id))
        .max_by_key(|(d, _)| *d)
}

/// Dates in order (each once unless `repeats`). A handful at most, so each
/// is inserted in its place (no general sort: it would add to the first
/// load's size).
fn in_order(dates: impl Iterator<Item = NaiveDate>, repeats: bool) -> Vec<NaiveDate> {
    let mut out: Vec<NaiveDate> = Vec::new();
    for d in dates {
        let at = out.partition_point(|x| *x <= d);
        if repeats || at == 0 || out[at - 1] != d {
            out.insert(at, d);
        }
    }
    out
}

/// One row per admission to hospital (Rotherham 003 §8): due by the next
/// meeting recorded after it, else after the interval. Each review recorded
/// meets the earliest admission not yet reviewed, on or before the review.
fn per_hospital_admission<const WORKING: bool>(
    report: &mut DeadlineReport,
    from: &'static Scheme,
    o: &'static Obligation,
    facts: &ResidentFacts,
    as_of: NaiveDate,
    calendar: &Calendar,
) {
    let admissions = in_order(
        facts
            .hospital_admissions
            .iter()
            .copied()
            .filter(|d| *d >= facts.admitted),
        false,
    );
    if admissions.is_empty() {
        report.not_applicable.push(NotApplicable {
            obligation: o,
            scheme: from,
            reason: "Applies to each admission to hospital; none was entered.".into(),
        });
        return;
    }
    // Two reviews on one day can meet two admissions.
    let reviews = in_order(facts.dates_meeting(o), true);
    let mut used = vec![false; reviews.len()];
    let meetings = in_order(facts.meetings.iter().copied(), false);
    for admission in admissions {
        let (due, counted, working) = match meetings.iter().find(|m| **m > admission) {
            Some(m) => (*m, Counted::NextMeeting, None),
            None => match count::<WORKING>(admission, o.first_interval(), calendar) {
                Ok((due, working)) => (due, Counted::After(o.first_interval()), working),
                Err(e) => {
                    report.cannot_work_out(from, o, e);
                    continue;
                }
            },
        };
        let review = reviews
            .iter()
            .enumerate()
            .find(|(i, r)| !used[*i] && **r >= admission)
            .map(|(i, r)| (i, *r));
        let (mut status, days_left) = status_for(due, as_of);
        let done_on = review.map(|(i, r)| {
            used[i] = true;
            r
        });
        if let Some(d) = done_on {
            status = Status::Done { on_time: d <= due };
        }
        report.insert(Deadline {
            obligation: o,
            scheme: from,
            anchor: admission,
            anchor_event: "the admission to hospital".into(),
            counted,
            due,
            status,
            days_left,
            working,
            done_on,
            monitored: None,
        });
    }
}

/// Work out the duties of a home under `scheme` as of `as_of`, from the
/// latest date each was recorded (`records`: duty and date).
pub fn home_deadlines(
    scheme: &'static Scheme,
    records: &[(ObligationId, NaiveDate)],
    as_of: NaiveDate,
    calendar: &Calendar,
) -> DeadlineReport {
    let mut report = DeadlineReport::new();
    for (from, o) in scheme.home_obligations(as_of) {
        let last = records
            .iter()
            .filter(|(id, _)| o.met_by.contains(id))
            .map(|(_, d)| *d)
            .max();
        let interval = o.first_interval();
        let (anchor, event, counted, due, working) = match last {
            Some(last) => match count::<true>(last, interval, calendar) {
                Ok((due, working)) => (last, noun(o.id), Counted::After(interval), due, working),
                Err(e) => {
                    report.cannot_work_out(from, o, e);
                    continue;
                }
            },
            None => (
                as_of,
                "none has been recorded yet".into(),
                Counted::NoRecord,
                as_of,
                None,
            ),
        };
        let (status, days_left) = status_for(due, as_of);
        report.insert(Deadline {
            obligation: o,
            scheme: from,
            anchor,
            anchor_event: event,
            counted,
            due,
            status,
            days_left,
            working,
            done_on: None,
            monitored: None,
        });
    }
    report
}
