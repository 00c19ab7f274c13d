//! A home's quarterly return as the practice keeps it: what was entered by
//! hand ("residing in another care home"), the adjustments made (each with
//! its reason) and the date it was submitted. Kept in the register, so it
//! is in the backup.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::figure::Figure;
use super::quarter::Quarter;

/// A figure changed by hand, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Adjustment {
    pub figure: Figure,
    /// The figure as adjusted.
    pub value: u32,
    pub reason: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuarterReturn {
    pub home_id: String,
    /// First calendar year of the financial year.
    pub year: i32,
    /// 1 to 4.
    pub q: u8,
    /// Residing in another care home: not in the register, entered by hand.
    pub other_home: u32,
    /// At most one per figure (a later one replaces an earlier).
    pub adjustments: Vec<Adjustment>,
    pub submitted: Option<NaiveDate>,
    /// When it was last changed (merging keeps the later, `domain::merge`).
    #[serde(skip_serializing_if = "crate::domain::stamps::Stamp::is_zero")]
    pub at: crate::domain::stamps::Stamp,
}

impl QuarterReturn {
    pub fn new(home_id: &str, quarter: Quarter) -> Self {
        QuarterReturn {
            home_id: home_id.to_string(),
            year: quarter.year,
            q: quarter.q,
            ..QuarterReturn::default()
        }
    }

    pub fn quarter(&self) -> Option<Quarter> {
        Quarter::new(self.year, self.q)
    }

    /// Adjust `figure` to `value`, for `reason` (required). Carry-forward
    /// is never adjusted: it follows the others.
    pub fn adjust(&mut self, figure: Figure, value: u32, reason: &str) -> Result<(), String> {
        if figure == Figure::CarryForward || figure == Figure::OtherHome {
            return Err(format!(
                "{} is not adjusted: {}",
                figure.label(),
                if figure == Figure::CarryForward {
                    "it follows the other figures"
                } else {
                    "enter it in its own field"
                }
            ));
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err("Enter the reason for the adjustment".into());
        }
        self.adjustments.retain(|a| a.figure != figure);
        self.adjustments.push(Adjustment {
            figure,
            value,
            reason: reason.to_string(),
        });
        Ok(())
    }

    /// Take back the adjustment of `figure`.
    pub fn remove_adjustment(&mut self, figure: Figure) {
        self.adjustments.retain(|a| a.figure != figure);
    }

    pub fn adjustment(&self, figure: Figure) -> Option<&Adjustment> {
        self.adjustments.iter().find(|a| a.figure == figure)
    }
}
