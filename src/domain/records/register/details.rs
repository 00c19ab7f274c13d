//! A resident's details as typed (adding or editing), checked the same way
//! whichever form they come from; and editing them, with what changed kept
//! in the resident's history.

use chrono::NaiveDate;

use crate::domain::helpers::date_text::{short, DateEntry, DateParts};

use super::model::{Event, EventKind, Register, Resident};
use super::nhs_number;

/// The form's fields, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResidentDraft {
    pub name: String,
    pub date_of_birth: DateParts,
    pub nhs_number: String,
    pub room: String,
    pub temporary: bool,
    pub admitted: DateParts,
    pub informed: DateParts,
}

/// Details that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidentDetails {
    pub name: String,
    pub date_of_birth: Option<NaiveDate>,
    /// 10 digits.
    pub nhs_number: String,
    pub room: String,
    pub temporary: bool,
    pub admitted: NaiveDate,
    pub informed: Option<NaiveDate>,
}

/// A message for one field: the id of the element to fix, and the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: &'static str,
    pub message: String,
}

impl ResidentDraft {
    /// The form filled with a resident's details, to edit them.
    pub fn from_resident(r: &Resident) -> Self {
        ResidentDraft {
            name: r.name.clone(),
            date_of_birth: r
                .date_of_birth
                .map(DateParts::from_date)
                .unwrap_or_default(),
            nhs_number: nhs_number::format(&r.nhs_number),
            room: r.room.clone(),
            temporary: r.temporary,
            admitted: DateParts::from_date(r.admitted),
            informed: r.informed.map(DateParts::from_date).unwrap_or_default(),
        }
    }

    /// What to save from an edit form that was filled with `shown`, the
    /// record being `now`: each field as typed where the user changed it,
    /// else as the record has it now. Another tab may have changed the
    /// record while the form was open; a field left as it was shown must
    /// not put back what it showed (saved, it would be stamped as a change
    /// made now, and win on every device).
    pub fn changed_over(&self, shown: &ResidentDraft, now: &ResidentDraft) -> ResidentDraft {
        fn pick<T: Clone + PartialEq>(typed: &T, shown: &T, now: &T) -> T {
            if typed == shown { now } else { typed }.clone()
        }
        ResidentDraft {
            name: pick(&self.name, &shown.name, &now.name),
            date_of_birth: pick(
                &self.date_of_birth,
                &shown.date_of_birth,
                &now.date_of_birth,
            ),
            nhs_number: pick(&self.nhs_number, &shown.nhs_number, &now.nhs_number),
            room: pick(&self.room, &shown.room, &now.room),
            temporary: pick(&self.temporary, &shown.temporary, &now.temporary),
            admitted: pick(&self.admitted, &shown.admitted, &now.admitted),
            informed: pick(&self.informed, &shown.informed, &now.informed),
        }
    }

    /// Check every field, in the form's order.
    pub fn validate(&self) -> Result<ResidentDetails, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut problem =
            |field: &'static str, message: String| problems.push(Problem { field, message });
        let name = self.name.trim().to_string();
        if name.is_empty() {
            problem("resident-name", "Enter the resident\u{2019}s name".into());
        }
        let dob = match self.date_of_birth.entry("Date of birth") {
            DateEntry::Valid(d) => Some(d),
            DateEntry::Empty => None,
            DateEntry::Invalid { message, .. } => {
                problem("resident-dob-day", message);
                None
            }
        };
        let nhs = match nhs_number::parse(&self.nhs_number) {
            Ok(digits) => Some(digits),
            Err(e) => {
                problem("resident-nhs", e.to_string());
                None
            }
        };
        // Event dates must be plausible (1990 to 2100).
        let admitted = match self.admitted.event_entry("Date of admission") {
            DateEntry::Valid(d) => Some(d),
            DateEntry::Empty => {
                problem(
                    "resident-admitted-day",
                    "Enter the date of admission".into(),
                );
                None
            }
            DateEntry::Invalid { message, .. } => {
                problem("resident-admitted-day", message);
                None
            }
        };
        let informed = match self.informed.event_entry("Date the practice was informed") {
            DateEntry::Valid(d) => Some(d),
            DateEntry::Empty => None,
            DateEntry::Invalid { message, .. } => {
                problem("resident-informed-day", message);
                None
            }
        };
        if let (Some(b), Some(a)) = (dob, admitted) {
            if b > a {
                problem(
                    "resident-dob-day",
                    "Date of birth must be before the date of admission".into(),
                );
            }
        }
        match (nhs, admitted, problems.is_empty()) {
            (Some(nhs_number), Some(admitted), true) => Ok(ResidentDetails {
                name,
                date_of_birth: dob,
                nhs_number,
                room: self.room.trim().to_string(),
                temporary: self.temporary,
                admitted,
                informed,
            }),
            _ => Err(problems),
        }
    }
}

/// The day a change of stay took effect, as typed on the edit form:
/// blank is `today`; otherwise on or after `admitted` and not after
/// `today` (issue 24: a stay that became permanent before it was recorded).
pub fn stay_changed_on(
    typed: &DateParts,
    admitted: NaiveDate,
    today: NaiveDate,
) -> Result<NaiveDate, Problem> {
    const FIELD: &str = "resident-stay-from-day";
    let label = "The date the stay changed";
    if typed.entry(label) == DateEntry::Empty {
        return Ok(today);
    }
    let day = typed
        .past_event(label, today)
        .map_err(|(message, _)| Problem {
            field: FIELD,
            message,
        })?;
    if day < admitted {
        return Err(Problem {
            field: FIELD,
            message: format!(
                "{label} must be on or after the date of admission, {}",
                short(admitted)
            ),
        });
    }
    Ok(day)
}

fn date_or_none(d: Option<NaiveDate>) -> String {
    d.map(short).unwrap_or_else(|| "none".into())
}

impl Resident {
    /// A new resident of `home_id` with these details and no history.
    pub fn new(id: String, home_id: String, d: ResidentDetails) -> Resident {
        Resident {
            id,
            home_id,
            name: d.name,
            date_of_birth: d.date_of_birth,
            nhs_number: d.nhs_number,
            room: d.room,
            temporary: d.temporary,
            admitted: d.admitted,
            informed: d.informed,
            events: Vec::new(),
            discharged: None,
            concern: String::new(),
            made: Default::default(),
            stamps: Default::default(),
            versions: Vec::new(),
        }
    }

    /// What `d` would change, in words: "admission Mon 2 Nov 2026 to Tue
    /// 3 Nov 2026".
    pub fn changes(&self, d: &ResidentDetails) -> Vec<String> {
        let mut out = Vec::new();
        let mut say = |what: &str, from: String, to: String| {
            if from != to {
                out.push(format!("{what} {from} to {to}"));
            }
        };
        say("name", self.name.clone(), d.name.clone());
        say(
            "date of birth",
            date_or_none(self.date_of_birth),
            date_or_none(d.date_of_birth),
        );
        say(
            "NHS number",
            nhs_number::format(&self.nhs_number),
            nhs_number::format(&d.nhs_number),
        );
        say("room", self.room.clone(), d.room.clone());
        let stay = |t: bool| if t { "temporary" } else { "permanent" }.to_string();
        say("stay", stay(self.temporary), stay(d.temporary));
        say("admission", short(self.admitted), short(d.admitted));
        say(
            "date the practice was informed",
            date_or_none(self.informed),
            date_or_none(d.informed),
        );
        out
    }
}

impl Register {
    /// Add a resident (ids are made by the caller).
    pub fn add_resident(&mut self, r: Resident) {
        self.residents.push(r);
    }

    /// Change a resident's details; what changed goes into their history,
    /// dated `on`, by `by`. Returns the changes (none: nothing is written).
    pub fn edit_resident(
        &mut self,
        id: &str,
        d: ResidentDetails,
        on: NaiveDate,
        by: &str,
    ) -> Result<Vec<String>, String> {
        self.edit_resident_stay_from(id, d, on, None, by)
    }

    /// As `edit_resident`, with the day a change of stay took effect
    /// (`stay_from`, checked by `stay_changed_on`): the change of stay is
    /// then its own history entry, dated that day, so the returns count
    /// the resident as permanent from it (docs/rules.md §6); the other
    /// changes are dated `on`.
    pub fn edit_resident_stay_from(
        &mut self,
        id: &str,
        d: ResidentDetails,
        on: NaiveDate,
        stay_from: Option<NaiveDate>,
        by: &str,
    ) -> Result<Vec<String>, String> {
        let r = self
            .residents
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or("The resident is no longer in the register")?;
        let changes = r.changes(&d);
        if changes.is_empty() {
            return Ok(changes);
        }
        r.name = d.name;
        r.date_of_birth = d.date_of_birth;
        r.nhs_number = d.nhs_number;
        r.room = d.room;
        r.temporary = d.temporary;
        r.admitted = d.admitted;
        r.informed = d.informed;
        let stay_dated = stay_from.filter(|day| *day != on);
        let mut record = |date: NaiveDate, what: Vec<&String>| {
            if what.is_empty() {
                return;
            }
            let text = what
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join("; ");
            let event = Event {
                id: String::new(),
                date,
                kind: EventKind::DetailsChanged(text),
                by: by.trim().to_string(),
            };
            let at = r.events.partition_point(|e| e.date <= date);
            r.events.insert(at, event);
        };
        match stay_dated {
            Some(day) => {
                let (stay, rest): (Vec<&String>, Vec<&String>) =
                    changes.iter().partition(|c| c.starts_with("stay "));
                record(day, stay);
                record(on, rest);
            }
            None => record(on, changes.iter().collect()),
        }
        Ok(changes)
    }
}
