//! What the care home keeps on its own device (no register): how its
//! rounds are held, as the agreement or the practice's link says; the
//! requests it prepared, marked sent; and the outcomes the practice sent
//! back, each ticked once made in the home's records.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::file::RoundOutcomes;
use super::request::RoundRequest;
use super::send_by::Notice;
use crate::domain::formats::query;
use crate::domain::formats::stored::{check_large, ReadError};

pub const HOME_ROUNDS_FORMAT: &str = "care-home-toolkit/home-rounds";
pub const HOME_ROUNDS_VERSION: u32 = 1;

/// How the home's rounds are held: from the agreement, or the link the
/// practice sends (which carries no patient data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoundSetup {
    pub home: String,
    pub practice: String,
    /// "Monday" to "Sunday".
    pub day: String,
    pub time: String,
    /// How it is held, in words ("Virtual").
    pub mode: String,
    /// 24 or 48.
    pub notice_hours: u32,
}

impl RoundSetup {
    pub fn notice(&self) -> Notice {
        Notice::from_hours(self.notice_hours).unwrap_or(Notice::Hours48)
    }

    /// Read from a link's query (`home`, `practice`, `day`, `time`, `mode`,
    /// `notice`); `None` without a home, or with a day that is not a day.
    pub fn from_query(q: &str) -> Option<RoundSetup> {
        let get = |k: &str| {
            query::get(q, k)
                .map(|v| v.trim().to_string())
                .unwrap_or_default()
        };
        let home = get("home");
        let day = get("day");
        if home.is_empty()
            || super::super::register::worklist::next_round(&day, NaiveDate::MIN).is_none()
        {
            return None;
        }
        Some(RoundSetup {
            home,
            practice: get("practice"),
            day,
            time: get("time"),
            mode: get("mode"),
            notice_hours: get("notice")
                .parse()
                .ok()
                .filter(|h| Notice::from_hours(*h).is_some())
                .unwrap_or(48),
        })
    }

    /// From an agreement (004's weekly round: day, time and how it is
    /// held, and the notice agreed): `None` until it names the home and the
    /// round's day. No notice agreed: 48 hours, the earlier.
    pub fn from_agreement(a: &crate::domain::records::agreement::Agreement) -> Option<RoundSetup> {
        let home = a.care_home.name.trim();
        super::super::register::worklist::next_round(&a.round.day, NaiveDate::MIN)?;
        (!home.is_empty()).then(|| RoundSetup {
            home: home.to_string(),
            practice: a.practice.name.trim().to_string(),
            day: a.round.day.clone(),
            time: a.round.time.trim().to_string(),
            mode: match a.round.mode {
                Some(crate::domain::records::agreement::RoundMode::Other) => {
                    a.round.other.trim().to_string()
                }
                Some(m) => m.label().to_string(),
                None => String::new(),
            },
            notice_hours: a
                .round
                .notice_hours
                .filter(|h| Notice::from_hours(*h).is_some())
                .unwrap_or(48),
        })
    }

    /// The query of a link that sets a care home's device up for its rounds.
    pub fn to_query(&self) -> String {
        let notice = self.notice_hours.to_string();
        query::build(
            [
                ("home", &self.home),
                ("practice", &self.practice),
                ("day", &self.day),
                ("time", &self.time),
                ("mode", &self.mode),
                ("notice", &notice),
            ]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k, v.clone())),
        )
    }

    /// The next round on or after `today`.
    pub fn next_round(&self, today: NaiveDate) -> Option<NaiveDate> {
        super::super::register::worklist::next_round(&self.day, today)
    }
}

/// Outcomes received, with what the home has changed in its records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReceivedOutcomes {
    pub outcomes: RoundOutcomes,
    /// The lines ticked as made (by [`line_key`]).
    pub made: Vec<String>,
}

/// A line's key among a round's outcomes: the request entry it answers,
/// else the resident's name.
pub fn line_key(l: &super::file::OutcomeLine) -> String {
    if l.request_entry.is_empty() {
        format!("name:{}", l.name)
    } else {
        l.request_entry.clone()
    }
}

/// Everything the home keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HomeRounds {
    pub setup: Option<RoundSetup>,
    pub requests: Vec<KeptRequest>,
    pub outcomes: Vec<ReceivedOutcomes>,
    /// The practice's list of residents, when it sent one.
    pub residents_list: Option<super::file::ResidentsList>,
}

/// A request as the home keeps it: the request and when it was sent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct KeptRequest {
    pub request: RoundRequest,
    /// When it was last sent.
    pub sent_at: Option<String>,
    /// The `made_at` of the version then sealed.
    pub sent_version: String,
}

impl KeptRequest {
    /// Sent, and not changed since.
    pub fn is_sent(&self) -> bool {
        self.sent_at.is_some() && self.sent_version == self.request.made_at
    }
}

impl HomeRounds {
    /// The request for the round on `round`, if one was started.
    pub fn request(&self, round: NaiveDate) -> Option<&KeptRequest> {
        self.requests.iter().find(|r| r.request.round == round)
    }

    /// The rounds the home can prepare from `today`: the next `ahead` of
    /// its round day, and any later round it already has a request for (a
    /// request made before the round's day changed stays in reach). In
    /// date order; none before it is set up.
    pub fn round_dates(&self, today: NaiveDate, ahead: u32) -> Vec<NaiveDate> {
        let Some(first) = self.setup.as_ref().and_then(|s| s.next_round(today)) else {
            return Vec::new();
        };
        let mut dates: Vec<NaiveDate> = (0..ahead)
            .map(|i| first + chrono::Duration::days(7 * i64::from(i)))
            .collect();
        for r in &self.requests {
            if r.request.round >= today && !dates.contains(&r.request.round) {
                dates.push(r.request.round);
            }
        }
        crate::domain::helpers::stable_sort::sort_by(&mut dates, |a, b| a.cmp(b));
        dates
    }

    /// The request for `round`, started (with `new_id`) when there is none.
    pub fn request_mut(
        &mut self,
        round: NaiveDate,
        new_id: impl FnOnce() -> String,
    ) -> &mut KeptRequest {
        let at = match self.requests.iter().position(|r| r.request.round == round) {
            Some(i) => i,
            None => {
                let setup = self.setup.clone().unwrap_or_default();
                self.requests.push(KeptRequest {
                    request: RoundRequest {
                        id: new_id(),
                        home: setup.home,
                        practice: setup.practice,
                        round,
                        time: setup.time,
                        ..RoundRequest::default()
                    },
                    sent_at: None,
                    sent_version: String::new(),
                });
                self.requests.len() - 1
            }
        };
        &mut self.requests[at]
    }

    /// Keep outcomes brought in: the same round's later outcomes replace
    /// the earlier, keeping the ticks; the same or an earlier file changes
    /// nothing. Returns whether anything changed.
    pub fn bring_in_outcomes(&mut self, o: RoundOutcomes) -> bool {
        match self
            .outcomes
            .iter_mut()
            .find(|x| x.outcomes.round == o.round && x.outcomes.home == o.home)
        {
            Some(x) if x.outcomes.made_at >= o.made_at => false,
            Some(x) => {
                // A line the practice changed is to make again.
                let same = |k: &String| {
                    let line =
                        |f: &RoundOutcomes| f.residents.iter().find(|l| line_key(l) == *k).cloned();
                    line(&x.outcomes).is_some() && line(&x.outcomes) == line(&o)
                };
                x.made.retain(same);
                x.outcomes = o;
                true
            }
            None => {
                self.outcomes.push(ReceivedOutcomes {
                    outcomes: o,
                    made: Vec::new(),
                });
                true
            }
        }
    }

    /// Tick or untick one line of a round's outcomes as made.
    pub fn set_made(&mut self, round: NaiveDate, key: &str, made: bool) {
        if let Some(x) = self.outcomes.iter_mut().find(|x| x.outcomes.round == round) {
            x.made.retain(|k| k != key);
            if made {
                x.made.push(key.to_string());
            }
        }
    }

    /// This tab's copy and the one another tab saved (`stored`), brought
    /// together against the copy both last shared (`saved`): the setup and
    /// the practice's list as changed on either side (this tab's when both
    /// changed); the later version of each request; the later of each
    /// round's outcomes, with the ticks each side made or took off since.
    pub fn merge_since(&self, stored: &HomeRounds, saved: &HomeRounds) -> HomeRounds {
        let mut out = self.clone();
        if self.setup == saved.setup {
            out.setup.clone_from(&stored.setup);
        }
        if self.residents_list == saved.residents_list {
            out.residents_list.clone_from(&stored.residents_list);
        }
        for r in &stored.requests {
            match out
                .requests
                .iter_mut()
                .find(|x| x.request.id == r.request.id)
            {
                Some(x) => {
                    let key = |k: &KeptRequest| {
                        (
                            k.request.made_at.clone(),
                            k.sent_at.clone(),
                            format!("{k:?}"),
                        )
                    };
                    if key(r) > key(x) {
                        *x = r.clone();
                    }
                }
                None => out.requests.push(r.clone()),
            }
        }
        let ticks = |h: &HomeRounds, o: &RoundOutcomes| -> Vec<String> {
            h.outcomes
                .iter()
                .find(|x| x.outcomes.round == o.round && x.outcomes.home == o.home)
                .map(|x| x.made.clone())
                .unwrap_or_default()
        };
        for o in &stored.outcomes {
            match out.outcomes.iter_mut().find(|x| {
                x.outcomes.round == o.outcomes.round && x.outcomes.home == o.outcomes.home
            }) {
                Some(x) => {
                    let before = ticks(saved, &o.outcomes);
                    let mine = x.made.clone();
                    let mut made: Vec<String> = o.made.clone();
                    for k in mine.iter().filter(|k| !before.contains(k)) {
                        if !made.contains(k) {
                            made.push(k.clone());
                        }
                    }
                    made.retain(|k| !(before.contains(k) && !mine.contains(k)));
                    if o.outcomes.made_at > x.outcomes.made_at {
                        x.outcomes = o.outcomes.clone();
                    }
                    x.made = made;
                }
                None => out.outcomes.push(o.clone()),
            }
        }
        out
    }
}

#[derive(Deserialize)]
struct Revision {
    #[serde(default)]
    revision: u64,
}

/// The home's store as kept in browser storage, at `revision`.
pub fn write_home_rounds(h: &HomeRounds, revision: u64) -> String {
    let text = super::file::with_head(HOME_ROUNDS_FORMAT, HOME_ROUNDS_VERSION, h);
    // The revision after the head: `{"format":…,"version":1,"revision":N,…`.
    let head = format!("\"version\":{HOME_ROUNDS_VERSION}");
    text.replacen(&head, &format!("{head},\"revision\":{revision}"), 1)
}

/// The home's store and the revision it was saved at.
pub fn read_home_rounds(text: &str) -> Result<(HomeRounds, u64), ReadError> {
    check_large(
        text,
        HOME_ROUNDS_FORMAT,
        HOME_ROUNDS_VERSION,
        &[
            ("requests", "requests", 5_000),
            ("outcomes", "outcomes", 5_000),
        ],
    )?;
    let bad = |e: serde_json::Error| ReadError::BadShape(e.to_string());
    let h: HomeRounds = serde_json::from_str(text).map_err(bad)?;
    let r: Revision = serde_json::from_str(text).map_err(bad)?;
    Ok((h, r.revision))
}
