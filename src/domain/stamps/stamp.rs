//! When a change was made, and where: a hybrid logical clock. A stamp is
//! the wall-clock milliseconds of the device that made the change, a
//! counter for changes in the same millisecond (or made while the clock
//! was behind one already seen), and the device's id. Stamps are totally
//! ordered (time, counter, device), so "the later change wins" has one
//! answer on every device, and a device never makes a stamp earlier than
//! one it has made or seen.
//!
//! On the wire a stamp is text, `"1796601600000-0-k3f9a2qd"`; the zero
//! stamp (a value no device has changed since it was made, or one from a
//! file made before stamps) is not written at all.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A change's place in time. `Stamp::default()` is the zero stamp, earlier
/// than every other.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// Wall-clock milliseconds since 1970 (never less than any stamp seen).
    pub ms: u64,
    /// Changes in the same millisecond.
    pub n: u32,
    /// The device that made it ([`check_device_id`]).
    pub device: String,
}

/// The latest time a stamp may have: the start of the year 3000, in
/// milliseconds (well within what a JavaScript date holds). A stamp from a
/// file beyond it is refused, so no clock is pushed past it.
pub const MAX_MS: u64 = 32_503_680_000_000;

/// The longest device id read from a file.
pub const MAX_DEVICE_ID: usize = 32;

/// A device id is 1 to 32 lower-case letters and digits (made once per
/// browser from random bytes; files made before stamps get one derived
/// from the file).
pub fn check_device_id(id: &str) -> Result<(), String> {
    if id.is_empty() || id.len() > MAX_DEVICE_ID {
        return Err("a device id must be 1 to 32 letters and digits".into());
    }
    if !id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
    {
        return Err("a device id has only lower-case letters and digits".into());
    }
    Ok(())
}

impl Stamp {
    pub fn is_zero(&self) -> bool {
        *self == Stamp::default()
    }

    /// `"1796601600000-0-k3f9a2qd"`.
    pub fn text(&self) -> String {
        if self.is_zero() {
            return String::new();
        }
        format!("{}-{}-{}", self.ms, self.n, self.device)
    }

    /// Read the text form; the empty text is the zero stamp.
    pub fn parse(text: &str) -> Result<Stamp, String> {
        if text.is_empty() {
            return Ok(Stamp::default());
        }
        let bad = || format!("\u{201c}{}\u{201d} is not a change stamp", short(text));
        let mut parts = text.splitn(3, '-');
        let ms = parts.next().ok_or_else(bad)?;
        let n = parts.next().ok_or_else(bad)?;
        let device = parts.next().ok_or_else(bad)?;
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 20 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(ms) || !digits(n) {
            return Err(bad());
        }
        check_device_id(device).map_err(|_| bad())?;
        let ms: u64 = ms.parse().map_err(|_| bad())?;
        // A day past the latest a clock is set to: room for the counter's
        // rare borrowing, so a stamp this build makes always reads back.
        if ms > MAX_MS + 86_400_000 {
            return Err(bad());
        }
        Ok(Stamp {
            ms,
            n: n.parse().map_err(|_| bad())?,
            device: device.to_string(),
        })
    }
}

fn short(text: &str) -> String {
    text.chars().take(40).collect()
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text())
    }
}

impl<'de> Deserialize<'de> for Stamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(d)?;
        Stamp::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// One device's clock. It is given the wall-clock time (the domain never
/// reads the clock) and hands out stamps that only go forward.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    last: Stamp,
}

impl Clock {
    /// A clock for `device`, which has made or seen nothing yet.
    pub fn new(device: &str) -> Clock {
        Clock {
            last: Stamp {
                ms: 0,
                n: 0,
                device: device.to_string(),
            },
        }
    }

    /// The stamp of a change made now (`now_ms`, the wall clock): later
    /// than every stamp this clock has made or seen, even when the wall
    /// clock has gone back.
    pub fn tick(&mut self, now_ms: u64) -> Stamp {
        if now_ms > self.last.ms {
            self.last.ms = now_ms;
            self.last.n = 0;
        } else if self.last.n == u32::MAX {
            // Four billion changes in one millisecond: borrow the next one.
            self.last.ms = self.last.ms.saturating_add(1);
            self.last.n = 0;
        } else {
            self.last.n += 1;
        }
        self.last.clone()
    }

    /// A stamp from elsewhere (a merged file, another tab): the next one
    /// made here will be later.
    pub fn observe(&mut self, seen: &Stamp) {
        let seen_ms = seen.ms.min(MAX_MS);
        if (seen_ms, seen.n) > (self.last.ms, self.last.n) {
            self.last.ms = seen_ms;
            self.last.n = seen.n;
        }
    }
}
