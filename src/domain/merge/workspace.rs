//! Bringing a whole workspace in (a backup, or a colleague's copy): the
//! register merged, agreements field by field, settings by their stamps,
//! holidays and collected returns added; and what that would do, in plain
//! words, worked out from the result.

use super::{merge, MergeSummary};
use crate::domain::records::agreement::Agreement;
use crate::domain::records::register::backup::{merge_agreements, Workspace};

/// What bringing a backup in would do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RestorePreview {
    /// The register's homes, residents and history.
    pub register: MergeSummary,
    pub agreements_added: usize,
    pub agreements_changed: usize,
    /// Agreements here that were deleted where the file was made.
    pub agreements_removed: usize,
    pub holidays_added: usize,
    /// Settings the file changed later than this device, or sets where
    /// this device has not.
    pub settings_filled: bool,
}

impl RestorePreview {
    /// Whether bringing the file in would change nothing here.
    pub fn is_nothing(&self) -> bool {
        self.register.is_nothing()
            && self.agreements_added
                + self.agreements_changed
                + self.agreements_removed
                + self.holidays_added
                == 0
            && !self.settings_filled
    }

    /// Every line of the preview, in plain words.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![self.register.words()];
        let n =
            |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
        if self.agreements_added + self.agreements_changed > 0 {
            out.push(format!(
                "Agreements: adds {}, brings a later version of {}.",
                n(self.agreements_added, "agreement", "agreements"),
                self.agreements_changed
            ));
        }
        if self.agreements_removed > 0 {
            out.push(format!(
                "Agreements: takes out {} deleted where the file was made.",
                n(self.agreements_removed, "agreement", "agreements")
            ));
        }
        if self.holidays_added > 0 {
            out.push(format!(
                "Adds {}.",
                n(self.holidays_added, "bank holiday", "bank holidays")
            ));
        }
        if self.settings_filled {
            out.push(
                "Brings in settings changed there since they were changed here, and any not set here; when this device was last backed up stays as it is."
                    .into(),
            );
        }
        out
    }
}

/// What merging `incoming` into `current` would do, worked out from the
/// merge itself (so the preview cannot disagree with the result).
pub fn preview(current: &Workspace, merged: &Workspace) -> RestorePreview {
    let (agreements_added, agreements_changed, agreements_removed) = {
        let old: std::collections::HashMap<&str, &Agreement> = current
            .agreements
            .iter()
            .map(|a| (a.id.as_str(), a))
            .collect();
        let mut added = 0;
        let mut changed = 0;
        let mut removed = 0;
        for a in &merged.agreements {
            match old.get(a.id.as_str()) {
                // The deletion of one never here shows nothing.
                None if a.removed => {}
                None => added += 1,
                Some(o) if a.removed && !o.removed => removed += 1,
                Some(o) if *o != a && !a.removed => changed += 1,
                Some(_) => {}
            }
        }
        (added, changed, removed)
    };
    RestorePreview {
        register: MergeSummary::between(&current.register, &merged.register),
        agreements_added,
        agreements_changed,
        agreements_removed,
        holidays_added: merged.local_holidays.len() - current.local_holidays.len(),
        settings_filled: merged.settings != current.settings,
    }
}

/// The workspace after bringing `incoming` in: everything either side
/// recorded, merged (`domain::merge`); nothing here is replaced.
pub fn restore(current: &Workspace, incoming: &Workspace) -> Workspace {
    let mut local_holidays = current.local_holidays.clone();
    for h in &incoming.local_holidays {
        if !local_holidays.iter().any(|c| c.date == h.date) {
            local_holidays.push(h.clone());
        }
    }
    crate::domain::helpers::stable_sort::sort_by_key(&mut local_holidays, |h| h.date);
    let mut collected = current.collected.clone();
    for r in &incoming.collected {
        crate::domain::records::returns::collect::add(&mut collected, r.clone());
    }
    Workspace {
        register: merge(&current.register, &incoming.register),
        agreements: merge_agreements(&current.agreements, &incoming.agreements),
        settings: current.settings.merged_with(&incoming.settings),
        local_holidays,
        collected,
        from: current.from.clone(),
    }
}
