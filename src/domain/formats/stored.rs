//! The formats the app saves, each a versioned envelope: `format` names what
//! it is and `version` which shape; unknown formats and newer versions are
//! refused with a message, never guessed at. Older versions migrate here.

use serde_json::Value;

use crate::domain::formats::small_json::{quote, Json};
use crate::domain::helpers::date_text::{iso, parse_iso};
use crate::domain::rules::calendar::LocalHoliday;

/// The `format` value of the saved local-holiday list.
pub const LOCAL_HOLIDAYS_FORMAT: &str = "care-home-toolkit/local-holidays";
/// The current version of that format.
/// Version 2 added `instead_of` (a holiday moved by proclamation); version
/// 1 files, which have none, read as they are.
pub const LOCAL_HOLIDAYS_VERSION: u32 = 2;

/// Why saved data could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    NotJson(String),
    WrongFormat {
        found: String,
        expected: &'static str,
    },
    NewerVersion {
        found: u64,
        supported: u32,
    },
    /// A version that is not a whole number from 1 up (0, -1, 1.5, "2").
    InvalidVersion(String),
    BadShape(String),
    /// A record a form would have refused: the record and field named.
    Invalid(String),
    /// Over the size or record limits (`limits.rs`): refused unread.
    TooLarge(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::NotJson(e) => write!(f, "This is not valid JSON ({e})"),
            // The format names are codes: not shown to users.
            ReadError::WrongFormat { .. } => write!(
                f,
                "This is not a Care Home Toolkit file of the expected kind"
            ),
            ReadError::NewerVersion { found, supported } => write!(
                f,
                "This was saved by a newer version of the toolkit (format version {found}; this version reads up to {supported}). Update the toolkit to read it"
            ),
            ReadError::InvalidVersion(v) => write!(
                f,
                "The file says its format version is {v}, which is not a valid version: it may be damaged"
            ),
            ReadError::BadShape(e) => write!(f, "The data is damaged or incomplete ({e})"),
            ReadError::Invalid(e) => write!(f, "{e}"),
            ReadError::TooLarge(e) => write!(f, "This is too large to read: {e}"),
        }
    }
}

/// The envelope's `format` and `version` against what is expected.
fn check_head(
    format: Option<&str>,
    version: Option<String>,
    expected: &'static str,
    supported: u32,
) -> Result<u64, ReadError> {
    let found = format.unwrap_or("(none)");
    if found != expected {
        return Err(ReadError::WrongFormat {
            found: found.to_string(),
            expected,
        });
    }
    let text = version.ok_or_else(|| ReadError::BadShape("no version number".into()))?;
    // Versions count from 1; anything else is not a version at all.
    let version = match text.parse::<u64>() {
        Ok(v) if v >= 1 => v,
        _ => return Err(ReadError::InvalidVersion(text)),
    };
    if version > u64::from(supported) {
        return Err(ReadError::NewerVersion {
            found: version,
            supported,
        });
    }
    Ok(version)
}

/// A list in a file, counted without building its items.
#[derive(Default)]
struct Count(Option<usize>);

impl<'de> serde::Deserialize<'de> for Count {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Counter;
        impl<'de> serde::de::Visitor<'de> for Counter {
            type Value = Count;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Count, A::Error> {
                let mut n = 0;
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(Some(n)))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Count, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Count(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<Count, E> {
                Ok(Count(None))
            }
            fn visit_unit<E>(self) -> Result<Count, E> {
                Ok(Count(None))
            }
        }
        d.deserialize_any(Counter)
    }
}

/// The envelope and the length of each list, read in one pass that builds
/// no record.
struct Head {
    format: Option<Value>,
    version: Option<Value>,
    lists: Vec<(String, Count)>,
}

impl<'de> serde::Deserialize<'de> for Head {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Reader;
        impl<'de> serde::de::Visitor<'de> for Reader {
            type Value = Head;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
                let mut head = Head {
                    format: None,
                    version: None,
                    lists: Vec::new(),
                };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        // Said twice, the envelope is not one reader would
                        // take the same way as another: refused.
                        "format" if head.format.is_some() => {
                            return Err(serde::de::Error::duplicate_field("format"))
                        }
                        "version" if head.version.is_some() => {
                            return Err(serde::de::Error::duplicate_field("version"))
                        }
                        "format" => head.format = Some(map.next_value()?),
                        "version" => head.version = Some(map.next_value()?),
                        _ => {
                            let count = map.next_value::<Count>()?;
                            head.lists.push((key, count));
                        }
                    }
                }
                Ok(head)
            }
        }
        d.deserialize_map(Reader)
    }
}

/// Check a large document before it is parsed: the size, that it is a JSON
/// object with the right `format` and a version this build reads, and that
/// no list in `limits` (field, what, most) is longer than allowed. Nothing
/// is built, so a huge list is refused before any record is. Returns the
/// version.
pub fn check_large(
    text: &str,
    expected: &'static str,
    supported: u32,
    limits: &[(&str, &str, usize)],
) -> Result<u64, ReadError> {
    check_size(text)?;
    let head: Head = match serde_json::from_str::<Head>(text) {
        Ok(h) => h,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(ReadError::NotJson(e.to_string())),
        Err(_) => {
            return Err(ReadError::WrongFormat {
                found: "(not a JSON object)".into(),
                expected,
            })
        }
    };
    let format = head.format.as_ref().and_then(Value::as_str);
    let version = head.version.as_ref().map(Value::to_string);
    let version = check_head(format, version, expected, supported)?;
    for (field, what, max) in limits {
        let found = head.lists.iter().find(|(k, _)| k == field);
        if let Some((_, Count(Some(n)))) = found {
            if n > max {
                return Err(ReadError::TooLarge(format!(
                    "it holds {n} {what}, and the toolkit reads up to {max}"
                )));
            }
        }
    }
    Ok(version)
}

/// Check the envelope of a small document (settings, local holidays) read
/// with [`small_json`](crate::domain::formats::small_json), which keeps serde_json out of the
/// first load. The same checks and messages as [`check_large`].
pub fn check_small_envelope(
    text: &str,
    expected: &'static str,
    supported: u32,
) -> Result<Json, ReadError> {
    check_size(text)?;
    let value = Json::parse(text).map_err(ReadError::NotJson)?;
    if !value.is_object() {
        return Err(ReadError::WrongFormat {
            found: "(not a JSON object)".into(),
            expected,
        });
    }
    let format = value.get("format").and_then(Json::as_str);
    let version = value.get("version").map(|v| match v {
        Json::Number(n) => n.clone(),
        Json::String(t) => format!("\u{201c}{t}\u{201d}"),
        Json::Bool(b) => b.to_string(),
        _ => "not a number".to_string(),
    });
    check_head(format, version, expected, supported)?;
    Ok(value)
}

/// A field that may be missing or null, else must be text.
pub fn optional_text(doc: &Json, field: &str) -> Result<Option<String>, ReadError> {
    match doc.get(field) {
        None | Some(Json::Null) => Ok(None),
        Some(Json::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ReadError::BadShape(format!("{field} is not text"))),
    }
}

/// Save the local holidays.
pub fn write_local_holidays(holidays: &[LocalHoliday]) -> String {
    let list: Vec<String> = holidays
        .iter()
        .map(|h| {
            let moved = match h.instead_of {
                Some(from) => format!(",\"instead_of\":{}", quote(&iso(from))),
                None => String::new(),
            };
            format!(
                "{{\"date\":{},\"name\":{}{moved}}}",
                quote(&iso(h.date)),
                quote(&h.name)
            )
        })
        .collect();
    format!(
        "{{\"format\":{},\"version\":{LOCAL_HOLIDAYS_VERSION},\"holidays\":[{}]}}",
        quote(LOCAL_HOLIDAYS_FORMAT),
        list.join(",")
    )
}

/// Read saved local holidays: in date order, one per date (the first kept).
pub fn read_local_holidays(text: &str) -> Result<Vec<LocalHoliday>, ReadError> {
    let doc = check_small_envelope(text, LOCAL_HOLIDAYS_FORMAT, LOCAL_HOLIDAYS_VERSION)?;
    let bad = |what: &str| ReadError::BadShape(what.to_string());
    let Some(Json::Array(items)) = doc.get("holidays") else {
        return Err(bad("holidays is not a list"));
    };
    if items.len() > crate::domain::formats::limits::MAX_HOLIDAYS {
        return Err(ReadError::TooLarge(format!(
            "it holds {} bank holidays, and the toolkit reads up to {}",
            items.len(),
            crate::domain::formats::limits::MAX_HOLIDAYS
        )));
    }
    let mut holidays: Vec<LocalHoliday> = Vec::with_capacity(items.len());
    let real_date = |text: &str| {
        parse_iso(text).ok_or_else(|| {
            ReadError::BadShape(format!(
                "\u{201c}{text}\u{201d} is not a real date (YYYY-MM-DD)"
            ))
        })
    };
    for item in items {
        let date = item
            .get("date")
            .and_then(Json::as_str)
            .ok_or_else(|| bad("a holiday has no date"))?;
        let date = real_date(date)?;
        let instead_of = match optional_text(item, "instead_of")? {
            Some(text) => Some(real_date(&text)?),
            None => None,
        };
        let name = item
            .get("name")
            .and_then(Json::as_str)
            .ok_or_else(|| bad("a holiday has no name"))?;
        if let Err(at) = holidays.binary_search_by_key(&date, |x| x.date) {
            let name = name.to_string();
            holidays.insert(
                at,
                LocalHoliday {
                    date,
                    name,
                    instead_of,
                },
            );
        }
    }
    Ok(holidays)
}

/// Refuse text longer than [`MAX_BYTES`](crate::domain::formats::limits::MAX_BYTES) before parsing it.
pub fn check_size(text: &str) -> Result<(), ReadError> {
    check_byte_count(text.len())
}

/// Refuse a file of `bytes` bytes before reading it.
pub fn check_byte_count(bytes: usize) -> Result<(), ReadError> {
    if bytes > crate::domain::formats::limits::MAX_BYTES {
        // Tenths of a megabyte in whole numbers: float formatting would add
        // several KB to the start app, which reads settings through here.
        let tenths = bytes / (1024 * 1024 / 10);
        Err(ReadError::TooLarge(format!(
            "it is {}.{} MB, and the toolkit reads files of up to {} MB",
            tenths / 10,
            tenths % 10,
            crate::domain::formats::limits::MAX_BYTES / (1024 * 1024)
        )))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn local_holidays_round_trip() {
        let list = vec![LocalHoliday {
            date: NaiveDate::from_ymd_opt(2030, 6, 3).unwrap(),
            name: "Proclaimed holiday".into(),
            instead_of: None,
        }];
        assert_eq!(read_local_holidays(&write_local_holidays(&list)), Ok(list));
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        assert!(matches!(
            read_local_holidays("{\"format\": "),
            Err(ReadError::NotJson(_))
        ));
        assert!(matches!(
            read_local_holidays(r#"{"format":"something-else","version":1}"#),
            Err(ReadError::WrongFormat { .. })
        ));
        assert_eq!(
            read_local_holidays("[1, 2]"),
            Err(ReadError::WrongFormat {
                found: "(not a JSON object)".into(),
                expected: LOCAL_HOLIDAYS_FORMAT
            })
        );
        assert_eq!(
            read_local_holidays(r#"{"format":3,"version":1}"#),
            Err(ReadError::WrongFormat {
                found: "(none)".into(),
                expected: LOCAL_HOLIDAYS_FORMAT
            })
        );
        assert_eq!(
            read_local_holidays(r#"{"format":"care-home-toolkit/local-holidays"}"#),
            Err(ReadError::BadShape("no version number".into()))
        );
        assert_eq!(
            read_local_holidays(
                r#"{"format":"care-home-toolkit/local-holidays","version":3,"holidays":[]}"#
            ),
            Err(ReadError::NewerVersion {
                found: 3,
                supported: 2
            })
        );
        assert!(matches!(
            read_local_holidays(
                r#"{"format":"care-home-toolkit/local-holidays","version":1,"holidays":[{"date":"2030-02-30","name":"x"}]}"#
            ),
            Err(ReadError::BadShape(_))
        ));
    }
}

/// A document as the browser keeps it: the envelope (format, version,
/// revision) and the plain document deflated, in base64url. Deflated, the
/// largest register and the documented 5,000 agreements fit in what a
/// browser keeps for a site (about 5 million characters).
pub fn packed(format: &str, version: u32, revision: u64, plain: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(plain.as_bytes(), 1);
    let mut out = String::with_capacity(packed.len() * 4 / 3 + 100);
    out.push_str("{\"format\":");
    out.push_str(&quote(format));
    out.push_str(&format!(
        ",\"version\":{version},\"revision\":{revision},\"deflated\":\""
    ));
    out.push_str(&crate::domain::formats::base64url::encode(&packed));
    out.push_str("\"}");
    out
}

/// The plain document inside a stored (deflated) one; a plain document as
/// it is. The deflated data is base64url, so it holds no quote or escape
/// and is found by its name. `what` names it in a message ("register").
pub fn unpacked<'a>(text: &'a str, what: &str) -> Result<std::borrow::Cow<'a, str>, ReadError> {
    let Some((_, after)) = text.split_once("\"deflated\":\"") else {
        return Ok(std::borrow::Cow::Borrowed(text));
    };
    let bad = |m: &str| ReadError::BadShape(format!("the stored {what} {m}"));
    let data = after.split('"').next().unwrap_or_default();
    let packed =
        crate::domain::formats::base64url::decode(data).ok_or_else(|| bad("is not readable"))?;
    let plain = miniz_oxide::inflate::decompress_to_vec_with_limit(
        &packed,
        crate::domain::formats::limits::MAX_BYTES,
    )
    .map_err(|_| bad("is damaged or too large"))?;
    String::from_utf8(plain)
        .map(std::borrow::Cow::Owned)
        .map_err(|_| bad("is not text"))
}
