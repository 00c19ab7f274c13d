//! Changes to the register that the pages ask for (assessments, duties,
//! homes), made here rather than in the pages, so they are tested
//! natively (issue 12: one way to change saved data).

use chrono::NaiveDate;

use super::model::{Event, EventKind, Register};
use crate::domain::records::assessment::Assessment;

impl Register {
    /// The assessment of `resident_id`, if one has been started.
    pub fn assessment(&self, resident_id: &str) -> Option<&Assessment> {
        self.assessments
            .iter()
            .find(|a| a.resident_id == resident_id)
    }

    /// Change the assessment of `resident_id`, starting one if none has
    /// been.
    pub fn edit_assessment(&mut self, resident_id: &str, f: impl FnOnce(&mut Assessment)) {
        let index = match self
            .assessments
            .iter()
            .position(|a| a.resident_id == resident_id)
        {
            Some(i) => i,
            None => {
                self.assessments.push(Assessment {
                    resident_id: resident_id.to_string(),
                    ..Assessment::default()
                });
                self.assessments.len() - 1
            }
        };
        f(&mut self.assessments[index]);
    }

    /// Record the assessment as completed on `date`, and each review it
    /// covers (`events`) in the resident's history, once, in date order.
    pub fn complete_assessment(
        &mut self,
        resident_id: &str,
        date: NaiveDate,
        events: &[EventKind],
        by: &str,
    ) {
        self.edit_assessment(resident_id, |a| a.completed_on = Some(date));
        if let Some(res) = self.residents.iter_mut().find(|x| x.id == resident_id) {
            for kind in events {
                if !res.events.iter().any(|e| e.kind == *kind && e.date == date) {
                    let at = res.events.partition_point(|e| e.date <= date);
                    res.events.insert(
                        at,
                        Event {
                            id: String::new(),
                            date,
                            kind: kind.clone(),
                            by: by.to_string(),
                        },
                    );
                }
            }
        }
    }
}

impl Register {
    /// The homes in the order the register lists them: by name (a merge
    /// keeps records in id order, the same on every device).
    pub fn homes_by_name(&self) -> Vec<&super::Home> {
        let mut homes: Vec<&super::Home> = self.homes.iter().collect();
        crate::domain::helpers::stable_sort::sort_by(&mut homes, |a, b| {
            (a.name.to_lowercase(), &a.id).cmp(&(b.name.to_lowercase(), &b.id))
        });
        homes
    }

    /// Current residents whose name holds `text` (any case), or whose NHS
    /// number holds its digits (three or more), by name: the register
    /// page's search. Positions in `residents`, so the page copies only the
    /// rows it draws (typing "a" among 5,000 residents finds most of them).
    pub fn find_residents(&self, text: &str) -> Vec<usize> {
        let words = text.trim().to_lowercase();
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        if words.is_empty() {
            return Vec::new();
        }
        self.by_name(self.residents.iter().enumerate().filter(|(_, r)| {
            r.is_current()
                && (r.name.to_lowercase().contains(&words)
                    || (digits.len() >= 3 && r.nhs_number.contains(&digits)))
        }))
    }

    /// A home's current residents by name, as positions in `residents`.
    pub fn current_residents_of(&self, home_id: &str) -> Vec<usize> {
        self.by_name(
            self.residents
                .iter()
                .enumerate()
                .filter(|(_, r)| r.home_id == home_id && r.is_current()),
        )
    }

    /// A home's former residents by name, as positions in `residents`.
    pub fn former_residents_of(&self, home_id: &str) -> Vec<usize> {
        self.by_name(
            self.residents
                .iter()
                .enumerate()
                .filter(|(_, r)| r.home_id == home_id && !r.is_current()),
        )
    }

    /// The positions of these residents, by name (any case), then id; each
    /// name lowered once, not at every comparison.
    fn by_name<'a>(
        &'a self,
        picked: impl Iterator<Item = (usize, &'a super::Resident)>,
    ) -> Vec<usize> {
        let mut keyed: Vec<(String, &str, usize)> = picked
            .map(|(i, r)| (r.name.to_lowercase(), r.id.as_str(), i))
            .collect();
        crate::domain::helpers::stable_sort::sort_by(&mut keyed, |a, b| {
            (&a.0, a.1).cmp(&(&b.0, b.1))
        });
        keyed.into_iter().map(|(_, _, i)| i).collect()
    }

    /// Add a care home (at the end of the list).
    pub fn add_home(&mut self, home: super::Home) {
        self.homes.push(home);
    }

    /// The resident with this id.
    pub fn resident(&self, id: &str) -> Option<&super::Resident> {
        self.residents.iter().find(|r| r.id == id)
    }

    /// The resident with this id, to change.
    pub fn resident_mut(&mut self, id: &str) -> Option<&mut super::Resident> {
        self.residents.iter_mut().find(|r| r.id == id)
    }

    /// Record a duty held at the home `home_id`.
    pub fn record_duty(&mut self, home_id: &str, entry: super::DutyRecord) -> Result<(), String> {
        match self.homes.iter_mut().find(|h| h.id == home_id) {
            Some(h) => h.record_duty(entry),
            None => Err("The care home is no longer in the register".into()),
        }
    }

    /// Remove the duty record at `index` of the home `home_id`.
    pub fn remove_duty(&mut self, home_id: &str, index: usize) {
        if let Some(h) = self.homes.iter_mut().find(|h| h.id == home_id) {
            h.remove_duty(index);
        }
    }
}

impl Register {
    /// The return kept for `home_id` and `quarter`, or a new one.
    pub fn quarter_return(
        &self,
        home_id: &str,
        quarter: crate::domain::records::returns::Quarter,
    ) -> crate::domain::records::returns::QuarterReturn {
        self.returns
            .iter()
            .find(|r| r.home_id == home_id && r.year == quarter.year && r.q == quarter.q)
            .cloned()
            .unwrap_or_else(|| {
                crate::domain::records::returns::QuarterReturn::new(home_id, quarter)
            })
    }

    /// Change the return of `home_id` for `quarter`, keeping one if none is.
    pub fn edit_return<T>(
        &mut self,
        home_id: &str,
        quarter: crate::domain::records::returns::Quarter,
        f: impl FnOnce(&mut crate::domain::records::returns::QuarterReturn) -> T,
    ) -> T {
        let at = match self
            .returns
            .iter()
            .position(|r| r.home_id == home_id && r.year == quarter.year && r.q == quarter.q)
        {
            Some(i) => i,
            None => {
                self.returns
                    .push(crate::domain::records::returns::QuarterReturn::new(
                        home_id, quarter,
                    ));
                self.returns.len() - 1
            }
        };
        f(&mut self.returns[at])
    }

    /// Record a home's number of beds from `change.changed` on (LSC).
    pub fn record_beds(
        &mut self,
        home_id: &str,
        change: crate::domain::records::returns::BedChange,
    ) -> Result<(), String> {
        let home = self
            .homes
            .iter_mut()
            .find(|h| h.id == home_id)
            .ok_or("The care home is no longer in the register")?;
        home.beds.retain(|b| b.changed != change.changed);
        let at = home.beds.partition_point(|b| b.changed < change.changed);
        home.beds.insert(at, change);
        Ok(())
    }
}
