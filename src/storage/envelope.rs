//! The stored shape of a draft: `{version, rev, saved_at, draft}`, and reading it back
//! whatever version of Cadre wrote it.

use super::migrate;
use crate::json::{self, object, Map, Value};
use crate::model::{self, Answers, OverCap};

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = migrate::CURRENT;

/// A draft's stable identity: letters, digits, `-` and `_`, at most 64 of them. Never a
/// list index; it names the storage key, so it is checked wherever it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DraftId(String);

impl DraftId {
    pub fn parse(s: &str) -> Option<DraftId> {
        let ok =
            !s.is_empty() && s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        ok.then(|| DraftId(s.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for DraftId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One draft: the answers, and the name the user gave it (empty: named after the
/// mission or the client).
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: DraftId,
    pub name: String,
    pub answers: Answers,
}

/// What is stored under a draft's key.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    /// Schema version (`CURRENT_VERSION` when written by this build).
    pub version: u32,
    /// Revision counter of this draft, +1 on every write: how tabs see each other.
    pub rev: u64,
    /// When it was written, ISO 8601 in UTC (`2026-05-04T09:30:00.000Z`).
    pub saved_at: String,
    pub draft: Draft,
    /// This write's token, and the tokens of the values it replaced, most recent
    /// first, comma-separated (`storage::write::ANCESTRY` at most; empty: written
    /// before tokens, or never replaced anything). Revisions alone cannot tell two
    /// tabs that both wrote revision 3 (each browser process sees its own copy of
    /// storage for a moment); the tokens tell which copy another tab's write was
    /// built on, so that the merge has the right common base.
    pub write: String,
    pub parent: String,
}

impl Envelope {
    /// A draft as this build writes it.
    pub fn new(draft: Draft, rev: u64, saved_at: &str) -> Envelope {
        Envelope {
            version: CURRENT_VERSION,
            rev,
            saved_at: saved_at.to_string(),
            draft,
            write: String::new(),
            parent: String::new(),
        }
    }

    /// Compact JSON: what goes into storage.
    pub fn encode(&self) -> String {
        self.to_json().to_string()
    }

    /// Indented JSON: what goes into an exported file.
    pub fn encode_pretty(&self) -> String {
        self.to_json().to_pretty()
    }

    /// `{"version", "rev", "saved_at", "draft": {"id", "name", "answers"}}`, and
    /// `"write"` and `"parent"` when they are set.
    pub fn to_json(&self) -> Value {
        let draft = object([
            ("id", Value::from(self.draft.id.as_str())),
            ("name", Value::from(self.draft.name.as_str())),
            ("answers", model::to_json(&self.draft.answers)),
        ]);
        let mut root = object([
            ("version", Value::from(self.version)),
            ("rev", Value::from(self.rev)),
            ("saved_at", Value::from(self.saved_at.as_str())),
            ("draft", draft),
        ]);
        if let Value::Object(map) = &mut root {
            for (key, token) in [("write", &self.write), ("parent", &self.parent)] {
                if !token.is_empty() {
                    map.insert(key, Value::from(token.as_str()));
                }
            }
        }
        root
    }

    /// Reads an envelope of this version's shape. Unknown keys are ignored; a missing
    /// `name` is empty; anything else missing or of the wrong type is an error.
    pub fn from_json(value: &Value) -> Result<Envelope, String> {
        let root = value.as_object().ok_or("the draft file is not a JSON object")?;
        let draft = required(root, "draft")?.as_object().ok_or("draft: expected an object")?;
        let id = required(draft, "id")?.as_str().ok_or("draft.id: expected a string")?;
        let id = DraftId::parse(id).ok_or("draft.id: not a valid draft id")?;
        let name = match draft.get("name") {
            None => String::new(),
            Some(v) => v.as_str().ok_or("draft.name: expected a string")?.to_string(),
        };
        let answers = model::from_json(required(draft, "answers")?)?;
        let token = |key: &str| root.get(key).and_then(Value::as_str).unwrap_or_default().to_string();
        Ok(Envelope {
            write: token("write"),
            parent: token("parent"),
            version: whole(root, "version")?.try_into().map_err(|_| "version: too large")?,
            rev: whole(root, "rev")?,
            saved_at: required(root, "saved_at")?.as_str().ok_or("saved_at: expected a string")?.to_string(),
            draft: Draft { id, name, answers },
        })
    }
}

fn required<'a>(object: &'a Map, key: &str) -> Result<&'a Value, String> {
    object.get(key).ok_or_else(|| format!("missing field `{key}`"))
}

fn whole(object: &Map, key: &str) -> Result<u64, String> {
    required(object, key)?.as_u64().ok_or_else(|| format!("{key}: expected a whole number"))
}

/// A stored value that could be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    /// Written by this version or an older one (migrated on the way in).
    Current { envelope: Envelope, from_version: u32 },
    /// Written by a newer version of Cadre: shown read-only and never overwritten.
    /// `envelope` is a best-effort reading (unknown fields ignored); `None` when even
    /// that fails.
    Newer { version: u32, envelope: Option<Envelope> },
}

impl Decoded {
    /// The envelope, when there is one to show.
    pub fn envelope(&self) -> Option<&Envelope> {
        match self {
            Decoded::Current { envelope, .. } => Some(envelope),
            Decoded::Newer { envelope, .. } => envelope.as_ref(),
        }
    }
}

/// Why a stored value could not be read: it goes to quarantine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    NotJson(String),
    /// JSON, but not an object with a positive integer `version`.
    NotAnEnvelope,
    Migration {
        from: u32,
        reason: String,
    },
    /// The right version, but a value of the wrong type somewhere.
    Types(String),
    /// A list longer than this version accepts (written by an older version, or by
    /// hand): opening it would freeze the tab, so it is set aside, never truncated.
    OverCap(OverCap),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "not JSON: {e}"),
            DecodeError::NotAnEnvelope => write!(f, "not a Cadre draft (no version)"),
            DecodeError::Migration { from, reason } => {
                write!(f, "cannot upgrade from version {from}: {reason}")
            }
            DecodeError::Types(e) => write!(f, "wrong types: {e}"),
            DecodeError::OverCap(o) => write!(f, "{} items in a list of at most {}", o.count, o.list.max()),
        }
    }
}

/// The `version` of a JSON value, if it looks like an envelope.
pub fn version_of(value: &Value) -> Option<u32> {
    let v = value.get("version")?.as_u64()?;
    (v >= 1 && v <= u32::MAX as u64).then_some(v as u32)
}

/// Reads a stored or imported value, upgrading older versions.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let value = json::parse(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    decode_value(value)
}

/// `decode` for a value already parsed.
pub fn decode_value(value: Value) -> Result<Decoded, DecodeError> {
    let version = version_of(&value).ok_or(DecodeError::NotAnEnvelope)?;
    if version > CURRENT_VERSION {
        let envelope = Envelope::from_json(&value).ok();
        return Ok(Decoded::Newer { version, envelope });
    }
    let upgraded =
        migrate::upgrade(value, version).map_err(|reason| DecodeError::Migration { from: version, reason })?;
    let answers = upgraded.get("draft").and_then(|d| d.get("answers"));
    if let Some(over) = answers.and_then(model::over_cap) {
        return Err(DecodeError::OverCap(over));
    }
    let envelope = Envelope::from_json(&upgraded).map_err(DecodeError::Types)?;
    Ok(Decoded::Current { envelope, from_version: version })
}
