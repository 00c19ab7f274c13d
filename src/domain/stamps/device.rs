//! This browser as one of the team's devices: a random id made once (the
//! device part of every stamp it makes) and a name the user gives it
//! ("GP tablet"), kept in its own small document:
//! `{"format": "care-home-toolkit/device", "version": 1, "device": {"id": "k3f9a2qd", "name": "GP tablet"}}`.

use serde::{Deserialize, Serialize};

use super::stamp::check_device_id;
use crate::domain::formats::stored::ReadError;

pub const DEVICE_FORMAT: &str = "care-home-toolkit/device";
pub const DEVICE_VERSION: u32 = 1;

/// The longest device name kept.
pub const MAX_DEVICE_NAME: usize = 60;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    pub id: String,
    #[serde(default)]
    pub name: String,
    /// When this device's copy last left it (a copy sent or a backup).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sent: Option<chrono::NaiveDate>,
    /// The other devices whose copies were brought in here, and when.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub peers: Vec<Peer>,
}

/// Another device whose copy was brought in.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Peer {
    pub id: String,
    #[serde(default)]
    pub name: String,
    pub brought_in: chrono::NaiveDate,
}

/// "today", "yesterday", "3 days ago".
fn days_ago(date: chrono::NaiveDate, today: chrono::NaiveDate) -> String {
    match (today - date).num_days() {
        i64::MIN..=0 => "today".into(),
        1 => "yesterday".into(),
        n => format!("{n} days ago"),
    }
}

impl Device {
    /// A copy from `from` was brought in on `date`.
    pub fn brought_in(&mut self, from: &Device, date: chrono::NaiveDate) {
        if from.id == self.id {
            return;
        }
        match self.peers.iter_mut().find(|p| p.id == from.id) {
            Some(p) => {
                p.brought_in = p.brought_in.max(date);
                if !from.name.is_empty() {
                    p.name.clone_from(&from.name);
                }
            }
            None => self.peers.push(Peer {
                id: from.id.clone(),
                name: from.name.clone(),
                brought_in: date,
            }),
        }
    }

    /// A line for each other device and one for this device's copy:
    /// "Practice desktop: brought in 2 days ago."
    pub fn copies(&self, today: chrono::NaiveDate) -> Vec<String> {
        let mut out: Vec<String> = self
            .peers
            .iter()
            .map(|p| {
                let name = if p.name.is_empty() {
                    format!("Device {}", p.id)
                } else {
                    p.name.clone()
                };
                format!(
                    "{name}: its copy brought in {}.",
                    days_ago(p.brought_in, today)
                )
            })
            .collect();
        out.push(match self.last_sent {
            Some(d) => format!("This device\u{2019}s copy last left it {} (sent or backed up).", days_ago(d, today)),
            None => "This device\u{2019}s copy has not left it yet: send it to a colleague or download a backup.".into(),
        });
        out
    }
}

/// The record as kept: the envelope and the device, side by side (written
/// out rather than `#[serde(flatten)]`, which costs the full app size).
#[derive(Serialize, Deserialize)]
struct DeviceFile {
    format: String,
    version: u32,
    device: Device,
}

/// A device id from random bytes: 8 letters and digits (40 bits).
pub fn device_id_from(bytes: [u8; 5]) -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijkmnpqrstuvwxyz23456789";
    let mut n: u64 = 0;
    for b in bytes {
        n = (n << 8) | u64::from(b);
    }
    (0..8)
        .map(|i| ALPHABET[((n >> (35 - 5 * i)) & 31) as usize] as char)
        .collect()
}

pub fn write_device(d: &Device) -> String {
    serde_json::to_string(&DeviceFile {
        format: DEVICE_FORMAT.into(),
        version: DEVICE_VERSION,
        device: d.clone(),
    })
    .unwrap_or_default()
}

pub fn read_device(text: &str) -> Result<Device, ReadError> {
    let file: DeviceFile =
        serde_json::from_str(text).map_err(|e| ReadError::BadShape(e.to_string()))?;
    if file.format != DEVICE_FORMAT || file.version != DEVICE_VERSION {
        return Err(ReadError::BadShape(
            "not this toolkit's device record".into(),
        ));
    }
    check_device_id(&file.device.id).map_err(ReadError::Invalid)?;
    let mut device = file.device;
    device.name = clean_name(&device.name);
    Ok(device)
}

/// A device name as kept: trimmed, on one line, at most 60 characters.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_DEVICE_NAME)
        .collect()
}

/// What to tell the user about where this browser keeps their data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Safari on an iPad or iPhone, in a tab: it deletes what a site keeps
    /// once the site has not been used for 7 days of Safari use, and an
    /// app added to the Home Screen has storage of its own. Add the
    /// toolkit to the Home Screen first.
    AddToHomeScreen,
    /// Running as an app added to the Home Screen (or installed).
    Installed,
    /// Any other browser.
    Browser,
}

/// Where this browser keeps data, from its user agent, how many touch
/// points it has, and whether it runs as an installed app. iPadOS Safari
/// says it is a Mac: a "Mac" with touch is an iPad. Other browsers on iOS
/// (CriOS, FxiOS, EdgiOS) are not Safari.
pub fn keeping(user_agent: &str, touch_points: i32, standalone: bool) -> Keeping {
    if standalone {
        return Keeping::Installed;
    }
    let apple_mobile = ["iPhone", "iPad", "iPod"]
        .iter()
        .any(|d| user_agent.contains(d))
        || (user_agent.contains("Macintosh") && touch_points > 1);
    let safari = user_agent.contains("Safari")
        && !["CriOS", "FxiOS", "EdgiOS", "OPiOS", "Chrome", "Firefox"]
            .iter()
            .any(|b| user_agent.contains(b));
    if apple_mobile && safari {
        Keeping::AddToHomeScreen
    } else {
        Keeping::Browser
    }
}
