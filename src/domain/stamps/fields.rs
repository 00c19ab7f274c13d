//! What merging keeps beside a record's values: the stamp of each field's
//! last change, the values an identifying field has had (to show a
//! conflict), and the entries removed (tombstones).

use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::stamp::Stamp;

/// The stamp of each field's last change, by the field's name; a field
/// not listed has the zero stamp (unchanged since the record was made, or
/// since a file made before stamps). On the wire, `{"room": "…"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldStamps(Vec<(String, Stamp)>);

impl FieldStamps {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The stamp of `field` (zero when never changed).
    pub fn get(&self, field: &str) -> &Stamp {
        static ZERO: Stamp = Stamp {
            ms: 0,
            n: 0,
            device: String::new(),
        };
        self.0
            .iter()
            .find(|(f, _)| f == field)
            .map_or(&ZERO, |(_, s)| s)
    }

    /// Set the stamp of `field`.
    pub fn set(&mut self, field: &str, at: Stamp) {
        match self.0.iter_mut().find(|(f, _)| f == field) {
            Some(slot) => slot.1 = at,
            None => {
                let i = self.0.partition_point(|(f, _)| f.as_str() < field);
                self.0.insert(i, (field.to_string(), at));
            }
        }
        if self.get(field).is_zero() {
            self.0.retain(|(_, s)| !s.is_zero());
        }
    }

    /// Keep only the stamps of the fields a record has (`known`): a record
    /// reads its stamps through this, since an unknown name (a newer
    /// build's field) would be kept by one side of a merge and not the
    /// other.
    pub fn keep_only(mut self, known: impl Fn(&str) -> bool) -> FieldStamps {
        self.0.retain(|(f, _)| known(f));
        self
    }

    /// Every stamp, for the clock to observe.
    pub fn stamps(&self) -> impl Iterator<Item = &Stamp> {
        self.0.iter().map(|(_, s)| s)
    }
}

impl Serialize for FieldStamps {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (field, at) in &self.0 {
            map.serialize_entry(field, at)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for FieldStamps {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldStamps;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the stamps of a record's fields")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FieldStamps, A::Error> {
                let mut out = FieldStamps::default();
                while let Some((field, at)) = map.next_entry::<String, Stamp>()? {
                    out.set(&field, at);
                }
                Ok(out)
            }
        }
        d.deserialize_map(V)
    }
}

/// A value an identifying field was given, kept so that two devices
/// changing it at once is shown, not dropped: `value` as text, when
/// (`at`), and the stamp of the value it replaced on that device
/// (`prev`). On the wire `{"field": "nhs", "value": "…", "at": "…", "prev": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldVersion {
    pub field: String,
    pub value: String,
    pub at: Stamp,
    #[serde(default, skip_serializing_if = "Stamp::is_zero")]
    pub prev: Stamp,
}

impl FieldVersion {
    /// The version's own id, for dismissing it: `nhs@1796…-0-k3f9`.
    pub fn id(&self) -> String {
        format!("{}@{}", self.field, self.at.text())
    }
}

/// An entry taken back, removed or dismissed: its id and when. Kept for
/// good, so that no merge brings the entry back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Removed {
    pub id: String,
    pub at: Stamp,
}
