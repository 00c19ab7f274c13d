//! Changes to the list of agreements, made here rather than in the pages
//! (issue 12: one way to change saved data, tested natively).

use super::model::Agreement;

/// The agreement with this id, unless it was deleted.
pub fn find<'a>(list: &'a [Agreement], id: &str) -> Option<&'a Agreement> {
    list.iter().find(|a| a.id == id && !a.removed)
}

/// The agreements shown: every one not deleted.
pub fn shown(list: &[Agreement]) -> impl Iterator<Item = &Agreement> {
    list.iter().filter(|a| !a.removed)
}

/// Whether there is no agreement to show.
pub fn none_shown(list: &[Agreement]) -> bool {
    shown(list).next().is_none()
}

/// The agreement with this id, deleted or not.
fn find_kept<'a>(list: &'a [Agreement], id: &str) -> Option<&'a Agreement> {
    list.iter().find(|a| a.id == id)
}

/// Replace the agreement with the same id, or add it at the end.
pub fn put(list: &mut Vec<Agreement>, agreement: Agreement) {
    match list.iter_mut().find(|a| a.id == agreement.id) {
        Some(slot) => *slot = agreement,
        None => list.push(agreement),
    }
}

/// Delete the agreement with this id; what it was, for "Undo". It stays in
/// the list as a deletion, its details blanked (they are not sent on in
/// files once deleted), so that a file or copy still holding it does not
/// bring it back (issue 22); the save stamps the change.
pub fn remove(list: &mut [Agreement], id: &str) -> Option<Agreement> {
    let slot = list.iter_mut().find(|a| a.id == id && !a.removed)?;
    let gone = Agreement {
        id: slot.id.clone(),
        edited_at: slot.edited_at.clone(),
        at: slot.at.clone(),
        stamps: slot.stamps.clone(),
        removed: true,
        ..Agreement::default()
    };
    Some(std::mem::replace(slot, gone))
}

/// Put back a deleted agreement as it was ("Undo"): its details and
/// deletion are changed again, so the save stamps them later than the
/// deletion.
pub fn put_back(list: &mut Vec<Agreement>, agreement: Agreement) {
    put(list, agreement);
}

/// A copy of the agreement `id` under `new_id`, named "… (copy)".
pub fn duplicate<'a>(
    list: &'a mut Vec<Agreement>,
    id: &str,
    new_id: String,
    now: String,
) -> Option<&'a Agreement> {
    let mut copy = find(list, id)?.clone();
    copy.id = new_id;
    copy.edited_at = now;
    copy.care_home.name = format!("{} (copy)", copy.title());
    list.push(copy);
    list.last()
}

/// What bringing in an agreements file did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Agreements not here before.
    pub added: usize,
    /// Agreements here that the file had a later change of.
    pub updated: usize,
    /// Agreements of the file already here as they are, or changed here
    /// later: kept as they are here.
    pub kept: usize,
    /// Agreements here that were deleted where the file was made.
    pub removed: usize,
}

impl Imported {
    /// "Adds 2 agreements and brings a later version of 1; 3 were already
    /// here as they are or newer."
    pub fn words(&self) -> String {
        let n = |k: usize| {
            if k == 1 {
                "1 agreement".to_string()
            } else {
                format!("{k} agreements")
            }
        };
        let mut parts = Vec::new();
        if self.added > 0 {
            parts.push(format!("adds {}", n(self.added)));
        }
        if self.updated > 0 {
            parts.push(format!("brings a later version of {}", n(self.updated)));
        }
        if self.removed > 0 {
            parts.push(format!(
                "takes out {} deleted where the file was made",
                n(self.removed)
            ));
        }
        let mut out = if parts.is_empty() {
            "Nothing new".to_string()
        } else {
            let mut s = parts.join(" and ");
            s[..1].make_ascii_uppercase();
            s
        };
        if self.kept > 0 {
            out.push_str(&format!(
                "; {} already here as in the file or changed here since",
                n(self.kept)
            ));
        }
        out.push('.');
        out
    }
}

/// Bring a file's agreements in by merging (as a backup is): one not here
/// is added; one here too keeps whichever was changed later, so nothing
/// changed here since is lost, and the same file twice changes nothing.
pub fn bring_in(list: &mut Vec<Agreement>, incoming: &[Agreement]) -> Imported {
    let merged = crate::domain::records::register::backup::merge_agreements(list, incoming);
    let mut done = Imported::default();
    for a in incoming {
        let after = find_kept(&merged, &a.id);
        match (find_kept(list, &a.id), after) {
            // A deletion of one never here: nothing to show.
            (None, Some(m)) if m.removed => {}
            (None, _) => done.added += 1,
            (Some(here), Some(m)) if m != here => {
                if m.removed && !here.removed {
                    done.removed += 1;
                } else if here.removed && m.removed {
                    done.kept += 1;
                } else {
                    done.updated += 1;
                }
            }
            (Some(_), _) => done.kept += 1,
        }
    }
    // Agreements here keep their place; new ones follow.
    let mut out: Vec<Agreement> = list
        .iter()
        .filter_map(|a| find_kept(&merged, &a.id).cloned())
        .collect();
    out.extend(
        merged
            .into_iter()
            .filter(|m| find_kept(list, &m.id).is_none()),
    );
    *list = out;
    done
}

/// The list as shown: by care home name, or most recently edited first.
pub fn in_order(list: &[Agreement], by_edited: bool) -> Vec<Agreement> {
    let mut shown: Vec<Agreement> = shown(list).cloned().collect();
    if by_edited {
        crate::domain::helpers::stable_sort::sort_by(&mut shown, |a, b| {
            b.edited_at.cmp(&a.edited_at)
        });
    } else {
        crate::domain::helpers::stable_sort::sort_by_key(&mut shown, |a| a.title().to_lowercase());
    }
    shown
}
