//! Changes to the list of agreements, made here rather than in the pages
//! (issue 12: one way to change saved data, tested natively).

use super::model::Agreement;

/// The agreement with this id.
pub fn find<'a>(list: &'a [Agreement], id: &str) -> Option<&'a Agreement> {
    list.iter().find(|a| a.id == id)
}

/// Replace the agreement with the same id, or add it at the end.
pub fn put(list: &mut Vec<Agreement>, agreement: Agreement) {
    match list.iter_mut().find(|a| a.id == agreement.id) {
        Some(slot) => *slot = agreement,
        None => list.push(agreement),
    }
}

/// Remove the agreement with this id; where it was and what it was, for
/// "Undo".
pub fn remove(list: &mut Vec<Agreement>, id: &str) -> Option<(usize, Agreement)> {
    let index = list.iter().position(|a| a.id == id)?;
    Some((index, list.remove(index)))
}

/// Put back a removed agreement where it was (or at the end).
pub fn put_back(list: &mut Vec<Agreement>, index: usize, agreement: Agreement) {
    list.insert(index.min(list.len()), agreement);
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

/// How many agreements of a file share an id with one already here.
pub fn clashes(list: &[Agreement], incoming: &[Agreement]) -> usize {
    incoming
        .iter()
        .filter(|a| find(list, &a.id).is_some())
        .count()
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    pub added: usize,
    pub replaced: usize,
}

/// Add a file's agreements. One whose id is already here replaces it when
/// `replace`, else is added as "… (imported copy)" under a new id.
pub fn import(
    list: &mut Vec<Agreement>,
    incoming: Vec<Agreement>,
    replace: bool,
    mut new_id: impl FnMut() -> String,
) -> Imported {
    let mut done = Imported::default();
    for mut a in incoming {
        match list.iter().position(|x| x.id == a.id) {
            Some(i) if replace => {
                list[i] = a;
                done.replaced += 1;
            }
            Some(_) => {
                a.id = new_id();
                a.care_home.name = format!("{} (imported copy)", a.title());
                list.push(a);
                done.added += 1;
            }
            None => {
                list.push(a);
                done.added += 1;
            }
        }
    }
    done
}

/// The list as shown: by care home name, or most recently edited first.
pub fn in_order(list: &[Agreement], by_edited: bool) -> Vec<Agreement> {
    let mut shown = list.to_vec();
    if by_edited {
        crate::domain::stable_sort::sort_by(&mut shown, |a, b| b.edited_at.cmp(&a.edited_at));
    } else {
        crate::domain::stable_sort::sort_by_key(&mut shown, |a| a.title().to_lowercase());
    }
    shown
}
