//! A map for a handful of keys (the fields of a form, the obligations of a
//! scheme): a `Vec` of pairs in key order. For ten or so entries it answers
//! as fast as a `BTreeMap`, and carries far less generic code into the
//! first load (each `BTreeMap<K, V>` brings its own node code).

/// Pairs in key order, one per key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmallMap<K, V>(Vec<(K, V)>);

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap(Vec::new())
    }
}

impl<K: Ord, V> SmallMap<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    /// Set the value for `key`, replacing any there.
    pub fn insert(&mut self, key: K, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => {
                let at = self.0.partition_point(|(k, _)| *k < key);
                self.0.insert(at, (key, value));
            }
        }
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(at).1)
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::SmallMap;

    #[test]
    fn behaves_as_a_map_in_key_order() {
        let mut m = SmallMap::new();
        m.insert(3, "c");
        m.insert(1, "a");
        m.insert(2, "b");
        m.insert(1, "A");
        assert_eq!(m.keys().copied().collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(m.get(&1), Some(&"A"));
        assert_eq!(m.len(), 3);
        assert_eq!(m.remove(&2), Some("b"));
        assert_eq!(m.remove(&2), None);
        assert!(!m.contains_key(&2));
        assert!(m.contains_key(&3));
        assert!(!m.is_empty());
    }
}
