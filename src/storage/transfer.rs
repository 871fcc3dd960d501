//! Export to a JSON file and import from one: a single draft is its envelope; "all
//! drafts" is a bundle of envelopes. An import is checked whole before anything is
//! added (size, number of drafts, every draft, the caps of its lists; item ids are
//! renumbered when read), and always becomes new drafts: nothing existing is touched.
//! A file over a cap is refused whole, never truncated.

use super::envelope::{decode_value, version_of, DecodeError, Decoded, Draft, Envelope};
use super::StorageError;
use crate::file_name::first_slug;
use crate::json::{self, object, Value};
use crate::model::{ItemList, Lang};

/// The largest file accepted (1 MiB): a draft is a few kilobytes.
pub const MAX_IMPORT_BYTES: usize = 1 << 20;

/// The most drafts one file may add: more than anyone keeps, few enough to list.
pub const MAX_IMPORT_DRAFTS: usize = 500;

/// Marks a file holding several drafts.
pub const BUNDLE_FORMAT: &str = "cadre-drafts";

/// Why a file was refused. Nothing was added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// Not UTF-8 text.
    NotText,
    NotJson,
    /// JSON, but not a Cadre draft (no envelope, no draft inside).
    NotADraft,
    /// `version` is not a positive whole number.
    BadVersion,
    /// Made by a newer version of Cadre than this one.
    Newer {
        version: u32,
    },
    /// A value of the wrong type (the detail names it, for the curious).
    Types(String),
    Migration(String),
    /// A bundle of more than `MAX_IMPORT_DRAFTS` drafts.
    TooManyDrafts {
        count: usize,
    },
    /// A draft whose list is longer than the model's cap (`ItemList::max`).
    TooManyItems {
        list: ItemList,
        count: usize,
    },
    /// The drafts would not fit in the storage left (UTF-16 units, estimated: see
    /// `storage::space`). Nothing was written.
    NoRoom {
        needed: usize,
        free: usize,
    },
    /// Storage refused a write midway; `undone`: what the import had written was
    /// removed, storage is exactly as before.
    Interrupted {
        error: StorageError,
        undone: bool,
    },
}

/// Checks a file's bytes and returns the drafts it holds, in order.
pub fn parse_import(bytes: &[u8]) -> Result<Vec<Draft>, ImportError> {
    if bytes.is_empty() {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value = json::parse(text).map_err(|_| ImportError::NotJson)?;
    let Value::Object(mut object) = value else { return Err(ImportError::NotADraft) };
    if object.get("format").and_then(Value::as_str) == Some(BUNDLE_FORMAT) {
        if object.get("exported_at").and_then(Value::as_str).is_none() {
            return Err(ImportError::Types("exported_at: expected a string".into()));
        }
        let Some(Value::Array(drafts)) = object.remove("drafts") else {
            return Err(ImportError::Types("drafts: expected a list".into()));
        };
        if drafts.is_empty() {
            return Err(ImportError::Empty);
        }
        if drafts.len() > MAX_IMPORT_DRAFTS {
            return Err(ImportError::TooManyDrafts { count: drafts.len() });
        }
        return drafts.into_iter().map(one).collect();
    }
    one(Value::Object(object)).map(|d| vec![d])
}

fn one(value: Value) -> Result<Draft, ImportError> {
    let object = value.as_object().ok_or(ImportError::NotADraft)?;
    if !object.contains_key("version") || !object.contains_key("draft") {
        return Err(ImportError::NotADraft);
    }
    if version_of(&value).is_none() {
        return Err(ImportError::BadVersion);
    }
    match decode_value(value) {
        Ok(Decoded::Current { envelope, .. }) => Ok(envelope.draft),
        Ok(Decoded::Newer { version, .. }) => Err(ImportError::Newer { version }),
        Err(DecodeError::Types(e)) => Err(ImportError::Types(e)),
        Err(DecodeError::OverCap(o)) => Err(ImportError::TooManyItems { list: o.list, count: o.count }),
        Err(DecodeError::Migration { reason, .. }) => Err(ImportError::Migration(reason)),
        Err(DecodeError::NotJson(_)) => Err(ImportError::NotJson),
        Err(DecodeError::NotAnEnvelope) => Err(ImportError::BadVersion),
    }
}

/// The file for one draft: its envelope, indented.
pub fn export_one(envelope: &Envelope) -> String {
    envelope.encode_pretty()
}

/// The file for several drafts.
/// Each value is an envelope (those of a newer version are kept exactly as stored).
pub fn export_all(envelopes: &[Value], now: &str) -> String {
    object([
        ("format", Value::from(BUNDLE_FORMAT)),
        ("exported_at", Value::from(now)),
        ("drafts", Value::Array(envelopes.to_vec())),
    ])
    .to_pretty()
}

/// `cadre-brouillon-atelier-dupont-2026-05-04.json`.
pub fn file_name_one(draft: &Draft, now: &str, lang: Lang) -> String {
    let word = match lang {
        Lang::Fr => "brouillon",
        Lang::En => "draft",
    };
    let mut parts = vec!["cadre".to_string(), word.to_string()];
    parts.extend(first_slug([&draft.name, &draft.answers.client.name, &draft.answers.mission.title]));
    parts.push(date_part(now));
    format!("{}.json", parts.join("-"))
}

/// `cadre-brouillons-2026-05-04.json`.
pub fn file_name_all(now: &str, lang: Lang) -> String {
    let word = match lang {
        Lang::Fr => "brouillons",
        Lang::En => "drafts",
    };
    format!("cadre-{word}-{}.json", date_part(now))
}

fn date_part(now: &str) -> String {
    let d: String = now.chars().take(10).filter(|c| c.is_ascii_digit() || *c == '-').collect();
    if d.is_empty() {
        "undated".into()
    } else {
        d
    }
}
