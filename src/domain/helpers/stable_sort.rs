//! One stable sort for every list the app orders (agreements, returns,
//! the round's worklist, damaged copies...). `slice::sort_by` is compiled
//! again for each type and comparison it is used with, about 3 KB of the
//! full app each time; this sorts the positions, always the same type, and
//! then moves the items into that order, so the sort itself is compiled
//! once (issue 12's full-app size). The lists are short, at most one entry
//! per resident, so the indirect comparison costs nothing the user sees.
//! Equal items keep their order, as with `sort_by`; a test checks the
//! same result as `sort_by` for any list.

use std::cmp::Ordering;

/// Sort `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut Vec<T>, mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let slice = items.as_slice();
        positions_in_order(slice.len(), &mut |a, b| compare(&slice[a], &slice[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots.get_mut(i)?.take()));
}

/// Sort `items` by a key, keeping equal items in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)))
}

/// The positions 0..len in the order `compare` gives; not generic, so
/// compiled once.
fn positions_in_order(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    // The one place the slice's sort is used (clippy.toml refuses it
    // elsewhere): on positions, one type.
    #[allow(clippy::disallowed_methods)]
    order.sort_by(|a, b| compare(*a, *b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_same_order_as_the_standard_stable_sort(
            items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)
        ) {
            // Keys with many ties; the second value tells equal keys apart.
            let mut ours = items.clone();
            sort_by_key(&mut ours, |i| i.0);
            let mut std = items.clone();
            std.sort_by_key(|i| i.0);
            prop_assert_eq!(&ours, &std);
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            let mut std = items;
            std.sort_by_key(|i| std::cmp::Reverse(i.0));
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn equal_items_keep_their_order() {
        let mut names = vec![("b", 1), ("a", 2), ("b", 0), ("a", 1)];
        sort_by_key(&mut names, |n| n.0);
        assert_eq!(names, vec![("a", 2), ("a", 1), ("b", 1), ("b", 0)]);
    }
}
