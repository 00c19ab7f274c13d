//! One figure of the quarterly return (001 §4.1; docs/rules.md §6): its
//! key in files, its label on the worksheet, and how the register answers
//! it. Apart from the figures worked out (`figures.rs`), so the saved
//! return (`record.rs`) can name a figure without depending on them.

use serde::{Deserialize, Serialize};

/// One figure of the return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Figure {
    Start,
    NewPermanent,
    Temporary,
    Moved,
    Died,
    OtherHome,
    CarryForward,
}

impl Figure {
    /// In the worksheet's order.
    pub const ALL: [Figure; 7] = [
        Figure::Start,
        Figure::NewPermanent,
        Figure::Temporary,
        Figure::Moved,
        Figure::Died,
        Figure::OtherHome,
        Figure::CarryForward,
    ];

    /// The figures worked out from the register, which can be adjusted.
    pub const ADJUSTABLE: [Figure; 5] = [
        Figure::Start,
        Figure::NewPermanent,
        Figure::Temporary,
        Figure::Moved,
        Figure::Died,
    ];

    /// The key used in the page's `data-figure` and in files.
    pub fn key(self) -> &'static str {
        match self {
            Figure::Start => "start",
            Figure::NewPermanent => "new-permanent",
            Figure::Temporary => "temporary",
            Figure::Moved => "moved",
            Figure::Died => "died",
            Figure::OtherHome => "other-home",
            Figure::CarryForward => "carry-forward",
        }
    }

    pub fn from_key(key: &str) -> Option<Figure> {
        Figure::ALL.into_iter().find(|f| f.key() == key)
    }

    /// As on the commissioner's worksheet.
    pub fn label(self) -> &'static str {
        match self {
            Figure::Start => "Patients at the start of the quarter",
            Figure::NewPermanent => "New permanent patients",
            Figure::Temporary => "Temporary patients",
            Figure::Moved => "Moved from the home (not deceased)",
            Figure::Died => "Died",
            Figure::OtherHome => "Residing in another care home",
            Figure::CarryForward => "Carry forward",
        }
    }

    /// How the register answers it, in words for the page.
    pub fn reading(self) -> &'static str {
        match self {
            Figure::Start => "Permanent residents admitted before the quarter's first day and not discharged before it.",
            Figure::NewPermanent => "Permanent residents admitted within the quarter.",
            Figure::Temporary => "Temporary residents in the home on any day of the quarter.",
            Figure::Moved => "Permanent residents who moved out within the quarter.",
            Figure::Died => "Permanent residents who died within the quarter.",
            Figure::OtherHome => "Not in the register: entered by hand.",
            Figure::CarryForward => "Start + new permanent \u{2212} moved \u{2212} died: the next quarter's start.",
        }
    }
}
