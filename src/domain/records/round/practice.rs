//! The practice's side of a round, kept in the register so that it travels
//! and merges with it: the home's requests brought in, one record per
//! requested resident, and the outcomes recorded.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::matching::{match_entry, Match};
use super::outcome::{OutcomeDraft, RoundOutcome};
use super::request::{RequestEntry, RoundRequest};
use crate::domain::records::register::Register;

/// One resident a home asked the practice to see, as brought in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReceivedRequest {
    /// The practice's care home it was brought in for.
    pub home_id: String,
    pub request_id: String,
    #[serde(
        serialize_with = "crate::domain::helpers::date_text::chrono_date::serialize",
        deserialize_with = "crate::domain::helpers::date_text::chrono_date::deserialize"
    )]
    pub round: NaiveDate,
    /// The home's `made_at` for the request this came in: a later one
    /// changes it, an earlier or the same one does not.
    pub made_at: String,
    pub entry: RequestEntry,
    /// The home took this resident off the request in a later version.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub withdrawn: bool,
    /// When it was last changed (merging keeps the later, `domain::merge`).
    #[serde(default, skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub at: crate::domain::stamps::Stamp,
}

impl ReceivedRequest {
    /// Its key among the register's requests.
    pub fn key(&self) -> String {
        format!("{}\u{1f}{}", self.request_id, self.entry.id)
    }
}

/// What bringing a request in did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BroughtIn {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// Taken off the request by a later version.
    pub withdrawn: usize,
    /// The round was before `today`.
    pub past: bool,
}

impl BroughtIn {
    pub fn words(&self) -> String {
        let n = |k: usize, what: &str| format!("{k} {what}{}", if k == 1 { "" } else { "s" });
        let mut out = if self.added + self.changed + self.withdrawn == 0 {
            "Nothing new: this request was already brought in.".to_string()
        } else {
            format!(
                "Brought in: {} added, {} changed.",
                n(self.added, "resident"),
                n(self.changed, "resident")
            )
        };
        if self.withdrawn > 0 {
            out.push_str(&format!(
                " {} taken off the request by the home.",
                n(self.withdrawn, "resident")
            ));
        }
        if self.past {
            out.push_str(" This request is for a round that has passed.");
        }
        out
    }
}

/// A resident of the round's request, with who they are in the register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requested {
    pub request: ReceivedRequest,
    pub found: Match,
}

/// Why a request cannot be brought in for this practice: it names
/// another practice than any of `ours` (the practice's name in Settings,
/// and as the home's agreement has it). Unnamed on either side, it can.
pub fn for_another_practice(request: &RoundRequest, ours: &[&str]) -> Option<String> {
    let theirs = request.practice.trim();
    let ours: Vec<&str> = ours
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    let refused = !theirs.is_empty()
        && !ours.is_empty()
        && !ours.iter().any(|n| super::matching::same_name(n, theirs));
    refused.then(|| {
        format!(
            "This request is for {theirs}, not {}. Nothing has been brought in.",
            ours[0]
        )
    })
}

impl Register {
    /// Bring a home's request in for the practice's home `home_id`: each
    /// requested resident is kept once (by request and entry); the same
    /// request twice changes nothing, a later version of it changes what it
    /// changed, an earlier one nothing.
    pub fn bring_in_request(
        &mut self,
        request: &RoundRequest,
        home_id: &str,
        today: NaiveDate,
    ) -> BroughtIn {
        let mut out = BroughtIn {
            past: request.round < today,
            ..BroughtIn::default()
        };
        for entry in &request.residents {
            let fresh = ReceivedRequest {
                home_id: home_id.to_string(),
                request_id: request.id.clone(),
                round: request.round,
                made_at: request.made_at.clone(),
                entry: entry.clone(),
                withdrawn: false,
                at: Default::default(),
            };
            let key = fresh.key();
            match self.round_requests.iter_mut().find(|r| r.key() == key) {
                // The same request again, or an earlier version of it.
                Some(old) if old.made_at >= fresh.made_at => out.unchanged += 1,
                Some(old) => {
                    *old = fresh;
                    out.changed += 1;
                }
                None => {
                    self.round_requests.push(fresh);
                    out.added += 1;
                }
            }
        }
        // A resident of an earlier version the later one no longer lists
        // was taken off the request by the home.
        for old in self.round_requests.iter_mut().filter(|r| {
            r.request_id == request.id
                && r.made_at < request.made_at
                && !r.withdrawn
                && !request.residents.iter().any(|e| e.id == r.entry.id)
        }) {
            old.withdrawn = true;
            old.made_at.clone_from(&request.made_at);
            out.withdrawn += 1;
        }
        out
    }

    /// The residents the home asked to be seen at `round`, each with who
    /// they are in the register; in the order the home listed them.
    pub fn requested(&self, home_id: &str, round: NaiveDate) -> Vec<Requested> {
        self.round_requests
            .iter()
            .filter(|r| r.home_id == home_id && r.round == round && !r.withdrawn)
            .map(|r| Requested {
                found: match_entry(self, home_id, &r.entry),
                request: r.clone(),
            })
            .collect()
    }

    /// The outcome recorded for a resident at a round.
    pub fn round_outcome(
        &self,
        home_id: &str,
        round: NaiveDate,
        resident_id: &str,
    ) -> Option<&RoundOutcome> {
        self.round_outcomes
            .iter()
            .find(|o| o.home_id == home_id && o.round == round && o.resident_id == resident_id)
    }

    /// Record (or change) what came of seeing a resident at a round.
    pub fn record_outcome(
        &mut self,
        home_id: &str,
        round: NaiveDate,
        resident_id: &str,
        draft: OutcomeDraft,
    ) -> Result<(), String> {
        if self.resident(resident_id).is_none() {
            return Err("The resident is no longer in the register".into());
        }
        let request_entry = self
            .requested(home_id, round)
            .into_iter()
            .find(|r| r.found.resident_id() == Some(resident_id))
            .map(|r| r.request.entry.id)
            .unwrap_or_default();
        let outcome = RoundOutcome {
            home_id: home_id.to_string(),
            round,
            resident_id: resident_id.to_string(),
            request_entry,
            seen_by: draft.seen_by,
            care_plan: draft.care_plan,
            medicines: draft.medicines,
            follow_up: draft.follow_up,
            at: Default::default(),
        };
        match self
            .round_outcomes
            .iter_mut()
            .find(|o| o.key() == outcome.key())
        {
            Some(o) => {
                *o = RoundOutcome {
                    at: o.at.clone(),
                    ..outcome
                }
            }
            None => self.round_outcomes.push(outcome),
        }
        Ok(())
    }

    /// The outcomes of a round, in the order recorded.
    pub fn outcomes_of(&self, home_id: &str, round: NaiveDate) -> Vec<&RoundOutcome> {
        self.round_outcomes
            .iter()
            .filter(|o| o.home_id == home_id && o.round == round)
            .collect()
    }
}

impl Register {
    /// The home's requested residents for `round` who are not in the
    /// register: listed with "Add to the register".
    pub fn requested_unknown(&self, home_id: &str, round: NaiveDate) -> Vec<RequestEntry> {
        self.requested(home_id, round)
            .into_iter()
            .filter(|r| {
                r.found.resident_id().is_none_or(|id| {
                    self.resident(id)
                        .is_none_or(|x| x.home_id != home_id || !x.is_current())
                })
            })
            .map(|r| r.request.entry)
            .collect()
    }

    /// The outcomes of a round as the file sent back to the home: each
    /// resident's name and room as the register has them.
    pub fn outcomes_file(
        &self,
        home_id: &str,
        round: NaiveDate,
        practice: &str,
        made_at: &str,
    ) -> super::file::RoundOutcomes {
        let home = self
            .homes
            .iter()
            .find(|h| h.id == home_id)
            .map(|h| h.name.clone())
            .unwrap_or_default();
        super::file::RoundOutcomes {
            home,
            practice: practice.to_string(),
            round,
            made_at: made_at.to_string(),
            residents: self
                .outcomes_of(home_id, round)
                .into_iter()
                .filter_map(|o| {
                    let r = self.resident(&o.resident_id)?;
                    Some(super::file::OutcomeLine {
                        request_entry: o.request_entry.clone(),
                        name: r.name.clone(),
                        room: r.room.clone(),
                        seen_by: o.seen_by.clone(),
                        care_plan: o.care_plan.clone(),
                        medicines: o.medicines.clone(),
                        follow_up: o.follow_up.clone(),
                    })
                })
                .collect(),
        }
    }

    /// The home's current residents for the home to pick from (names,
    /// rooms and what is due at `round`, nothing more), by name.
    pub fn residents_list(
        &self,
        home_id: &str,
        round: NaiveDate,
        calendar: &crate::domain::rules::calendar::Calendar,
        practice: &str,
        made_at: &str,
    ) -> super::file::ResidentsList {
        use crate::domain::records::register::worklist::worklist;
        let due = worklist(self, home_id, round, calendar);
        let mut residents: Vec<super::file::ListedResident> = self
            .residents
            .iter()
            .filter(|r| r.home_id == home_id && r.is_current())
            .map(|r| super::file::ListedResident {
                practice_ref: r.id.clone(),
                name: r.name.clone(),
                room: r.room.clone(),
                due: due
                    .iter()
                    .filter(|e| e.resident.id == r.id)
                    .flat_map(|e| e.items.iter())
                    .map(|i| {
                        format!(
                            "{}, due {}",
                            i.obligation.title,
                            crate::domain::helpers::date_text::short(i.due)
                        )
                    })
                    .collect(),
            })
            .collect();
        crate::domain::helpers::stable_sort::sort_by(&mut residents, |a, b| a.name.cmp(&b.name));
        super::file::ResidentsList {
            home: self
                .homes
                .iter()
                .find(|h| h.id == home_id)
                .map(|h| h.name.clone())
                .unwrap_or_default(),
            practice: practice.to_string(),
            round,
            made_at: made_at.to_string(),
            residents,
        }
    }
}
