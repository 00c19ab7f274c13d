//! Recording an obligation as done from wherever it is listed (the due list,
//! the worklist, a resident's deadlines), and taking it back: the one way
//! these changes are made to the register.

use chrono::NaiveDate;

use crate::domain::rules::obligation::ObligationId;

use super::model::{DutyRecord, Event, EventKind, Register};

/// What is being marked done: a resident's obligation, or a home's duty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DoneTarget {
    pub home_id: String,
    /// `None` for a duty of the home.
    pub resident_id: Option<String>,
    pub obligation: ObligationId,
}

/// What marking added, so that "Undo" removes exactly that.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Marked {
    Event { resident_id: String, event: Event },
    Duty { home_id: String, record: DutyRecord },
}

impl Register {
    /// Record `target` as done on `date` by `by`. Refuses a resident or a
    /// home that is not in the register, and a mismatch of id and kind.
    pub fn mark_done(
        &mut self,
        target: &DoneTarget,
        date: NaiveDate,
        by: &str,
    ) -> Result<Marked, String> {
        let by = by.trim().to_string();
        match &target.resident_id {
            Some(rid) => {
                if target.obligation.is_per_home() {
                    return Err("That is a duty of the home, not a resident\u{2019}s review".into());
                }
                let event = Event {
                    id: String::new(),
                    date,
                    kind: EventKind::Done(target.obligation),
                    by,
                };
                self.record_event(rid, event.clone())?;
                Ok(Marked::Event {
                    resident_id: rid.clone(),
                    event,
                })
            }
            None => {
                let record = DutyRecord {
                    id: String::new(),
                    date,
                    duty: target.obligation,
                    by,
                    attended: String::new(),
                };
                let home = self
                    .homes
                    .iter_mut()
                    .find(|h| h.id == target.home_id)
                    .ok_or("The care home is no longer in the register")?;
                home.record_duty(record.clone())?;
                Ok(Marked::Duty {
                    home_id: target.home_id.clone(),
                    record,
                })
            }
        }
    }

    /// Add an event to a resident's history, kept in date order (an event
    /// on the same day goes after those already there).
    pub fn record_event(&mut self, resident_id: &str, event: Event) -> Result<(), String> {
        let r = self
            .residents
            .iter_mut()
            .find(|r| r.id == resident_id)
            .ok_or("The resident is no longer in the register")?;
        let at = r.events.partition_point(|e| e.date <= event.date);
        r.events.insert(at, event);
        Ok(())
    }

    /// Take back what `mark_done` added: the last matching entry. False
    /// when it is no longer there (removed by hand, or in another tab).
    pub fn undo(&mut self, marked: &Marked) -> bool {
        match marked {
            Marked::Event { resident_id, event } => {
                let Some(r) = self.residents.iter_mut().find(|r| r.id == *resident_id) else {
                    return false;
                };
                // The entry has had its id made since (when it was saved).
                let same =
                    |e: &Event| e.date == event.date && e.kind == event.kind && e.by == event.by;
                match r.events.iter().rposition(same) {
                    Some(i) => {
                        r.events.remove(i);
                        true
                    }
                    None => false,
                }
            }
            Marked::Duty { home_id, record } => {
                let Some(h) = self.homes.iter_mut().find(|h| h.id == *home_id) else {
                    return false;
                };
                let same = |d: &DutyRecord| {
                    d.date == record.date
                        && d.duty == record.duty
                        && d.by == record.by
                        && d.attended == record.attended
                };
                match h.duties.iter().rposition(same) {
                    Some(i) => {
                        h.remove_duty(i);
                        true
                    }
                    None => false,
                }
            }
        }
    }
}
