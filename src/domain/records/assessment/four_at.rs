//! The 4AT rapid assessment for delirium, version 1.2 (free to use; www.the4at.com).
//! Four items: alertness (0 or 4), AMT4 (0, 1 or 2), attention — months of
//! the year backwards (0, 1 or 2), acute change or fluctuating course (0 or 4).
//! Total 0 to 12 (docs/rules.md §4).

use serde::{Deserialize, Serialize};

/// The four items as scored; `None` until answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FourAt {
    pub alertness: Option<u8>,
    pub amt4: Option<u8>,
    pub attention: Option<u8>,
    pub acute_change: Option<u8>,
}

/// What a total means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FourAtBand {
    /// 4 or more.
    PossibleDelirium,
    /// 1 to 3.
    PossibleCognitiveImpairment,
    /// 0.
    Unlikely,
}

impl FourAtBand {
    pub fn meaning(self) -> &'static str {
        match self {
            FourAtBand::PossibleDelirium => "4 or above: possible delirium +/- cognitive impairment",
            FourAtBand::PossibleCognitiveImpairment => "1 to 3: possible cognitive impairment",
            FourAtBand::Unlikely => {
                "0: delirium or severe cognitive impairment unlikely (delirium still possible if item 4 information is incomplete)"
            }
        }
    }
}

/// The scores each item allows, for forms and for checking.
pub const ALERTNESS: [u8; 2] = [0, 4];
pub const AMT4: [u8; 3] = [0, 1, 2];
pub const ATTENTION: [u8; 3] = [0, 1, 2];
pub const ACUTE_CHANGE: [u8; 2] = [0, 4];

impl FourAt {
    /// True when every answered item holds a score the 4AT allows.
    pub fn is_valid(&self) -> bool {
        let ok = |v: Option<u8>, allowed: &[u8]| v.is_none_or(|v| allowed.contains(&v));
        ok(self.alertness, &ALERTNESS)
            && ok(self.amt4, &AMT4)
            && ok(self.attention, &ATTENTION)
            && ok(self.acute_change, &ACUTE_CHANGE)
    }

    pub fn is_started(&self) -> bool {
        self.alertness.is_some()
            || self.amt4.is_some()
            || self.attention.is_some()
            || self.acute_change.is_some()
    }

    /// The total, once all four items are answered with allowed scores.
    pub fn total(&self) -> Option<u8> {
        if !self.is_valid() {
            return None;
        }
        Some(self.alertness? + self.amt4? + self.attention? + self.acute_change?)
    }

    pub fn band(&self) -> Option<FourAtBand> {
        self.total().map(|t| match t {
            0 => FourAtBand::Unlikely,
            1..=3 => FourAtBand::PossibleCognitiveImpairment,
            _ => FourAtBand::PossibleDelirium,
        })
    }
}
