//! Two copies of one agreement merged field by field (issue 22): the care
//! home fills in its details on its computer, the practice its own on
//! another, and bringing either's copy in keeps both. Each field ("the care
//! home's manager", "the round's day") keeps the stamp of its last change
//! ([`Agreement::stamps`], by the field's path, `care_home.manager`); the
//! later stamp wins. A field neither side has stamped (an agreement saved
//! before fields were stamped) takes the copy changed later as a whole, as
//! agreements were merged before. Merging stays commutative, associative
//! and idempotent (`tests/domain/merge.rs`).
//!
//! The fields are found from the agreement's saved form, so a field added
//! to the model merges without a list to keep up to date.

use std::sync::OnceLock;

use serde_json::Value;

use super::model::Agreement;

/// The parts of an agreement that are not its fields.
const NOT_FIELDS: [&str; 4] = ["id", "edited_at", "at", "stamps"];

/// The agreement's saved form as a JSON tree.
fn tree(a: &Agreement) -> Value {
    // Through text: the readers and writers the app already has.
    serde_json::to_string(a)
        .ok()
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or(Value::Null)
}

fn paths(v: &Value, prefix: &str, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                if !NOT_FIELDS.contains(&path.as_str()) {
                    paths(x, &path, out);
                }
            }
        }
        _ => out.push(prefix.to_string()),
    }
}

/// Every field of an agreement by its path ("care_home.name",
/// "care_home_sign_off.date.day").
pub fn agreement_fields() -> &'static [String] {
    static FIELDS: OnceLock<Vec<String>> = OnceLock::new();
    FIELDS.get_or_init(|| {
        let mut out = Vec::new();
        // `removed` is written only when set.
        let every = Agreement {
            removed: true,
            ..Agreement::default()
        };
        paths(&tree(&every), "", &mut out);
        out
    })
}

/// A field's place in the tree: "care_home.name" → "/care_home/name".
fn pointer(field: &str) -> String {
    format!("/{}", field.replace('.', "/"))
}

fn text(v: Option<&Value>) -> String {
    v.map(Value::to_string).unwrap_or_default()
}

/// The fields whose values differ between `a` and `b`.
pub fn changed_fields(a: &Agreement, b: &Agreement) -> Vec<&'static str> {
    let (ta, tb) = (tree(a), tree(b));
    agreement_fields()
        .iter()
        .filter(|f| {
            let p = pointer(f);
            ta.pointer(&p) != tb.pointer(&p)
        })
        .map(String::as_str)
        .collect()
}

/// Put `value` at `pointer` in `tree`, adding the last key when missing (a
/// field written only when set, such as `removed`) and taking it out when
/// `value` is missing.
fn put_at(tree: &mut Value, pointer: &str, value: Option<&Value>) {
    if let (Some(slot), Some(v)) = (tree.pointer_mut(pointer), value) {
        *slot = v.clone();
        return;
    }
    let Some((parent, key)) = pointer.rsplit_once('/') else {
        return;
    };
    let parent = if parent.is_empty() {
        Some(&mut *tree)
    } else {
        tree.pointer_mut(parent)
    };
    if let Some(Value::Object(m)) = parent {
        match value {
            Some(v) => {
                m.insert(key.to_string(), v.clone());
            }
            None => {
                m.remove(key);
            }
        }
    }
}

/// Both copies of one agreement brought together, field by field.
pub fn merge_agreement(x: &Agreement, y: &Agreement) -> Agreement {
    if x == y {
        return x.clone();
    }
    let (tx, ty) = (tree(x), tree(y));
    let mut out = tx.clone();
    // Which copy was changed later as a whole: for fields neither stamped.
    // Its stamp and time go together, so that this stays a maximum.
    let y_later = (&y.at, &y.edited_at) > (&x.at, &x.edited_at);
    let same_whole = (&y.at, &y.edited_at) == (&x.at, &x.edited_at);
    let whole = if y_later { y } else { x };
    // Only the agreement's own fields' stamps are carried.
    let mut stamps = crate::domain::stamps::FieldStamps::default();
    for f in agreement_fields() {
        let p = pointer(f);
        let (vx, vy) = (tx.pointer(&p), ty.pointer(&p));
        let (sx, sy) = (x.stamps.get(f), y.stamps.get(f));
        stamps.set(f, sx.max(sy).clone());
        if vx == vy {
            continue;
        }
        let take_y = match sx.cmp(sy) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Greater => false,
            std::cmp::Ordering::Equal if sx.is_zero() && !same_whole => y_later,
            std::cmp::Ordering::Equal => text(vy) > text(vx),
        };
        if take_y {
            put_at(&mut out, &p, vy);
        }
    }
    let mut merged: Agreement =
        serde_json::from_str(&out.to_string()).unwrap_or_else(|_| whole.clone());
    merged.id.clone_from(&x.id);
    merged.at.clone_from(&whole.at);
    merged.edited_at.clone_from(&whole.edited_at);
    merged.stamps = stamps;
    merged
}

/// Stamp the fields of `now` that differ from `saved` (the same agreement
/// as last saved) with `at`.
pub fn stamp_fields(now: &mut Agreement, saved: &Agreement, at: &crate::domain::stamps::Stamp) {
    for f in changed_fields(now, saved) {
        now.stamps.set(f, at.clone());
    }
}

/// Whether `field` is one an agreement's stamps may name (a stamp for an
/// unknown one, from a newer or damaged file, is dropped on reading).
pub fn is_agreement_field(field: &str) -> bool {
    agreement_fields().iter().any(|f| f == field)
}

/// An agreement's field stamps as read: only its own fields'.
pub fn agreement_stamps<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<crate::domain::stamps::FieldStamps, D::Error> {
    use serde::Deserialize;
    Ok(crate::domain::stamps::FieldStamps::deserialize(d)?.keep_only(is_agreement_field))
}
