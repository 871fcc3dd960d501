//! How a value is written so that nothing is lost: a write first reads the stored
//! revision (a newer one from another tab is never overwritten, nor a newer schema
//! version; an unreadable value is moved to quarantine first), the previous good copy
//! goes to `<key>.bak`, and every write is read back and compared.

use super::backend::Backend;
use super::envelope::{decode, Decoded, Draft, Envelope};
use super::keys;
use super::StorageError;

/// Why a write did not happen.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Another tab wrote a newer revision: here it is.
    Conflict(Box<Envelope>),
    /// A newer version of Cadre wrote this key.
    Newer(u32),
    Storage(StorageError),
}

impl From<StorageError> for SaveError {
    fn from(e: StorageError) -> Self {
        SaveError::Storage(e)
    }
}

/// Writes `draft` under `key` as revision `base_rev + 1` (or after the stored one),
/// unless the stored revision is newer than `base_rev`. The previous good copy goes to
/// `<key>.bak`; an unreadable stored value goes to quarantine first; the write is read
/// back. Returns the revision written.
pub fn save(backend: &mut dyn Backend, key: &str, draft: &Draft, base_rev: u64, now: &str) -> Result<u64, SaveError> {
    save_linked(backend, key, draft, Lineage { base_rev, expect: None, token: "" }, now)
}

/// How many earlier writes' tokens an envelope keeps (`Envelope::parent`).
pub const ANCESTRY: usize = 8;

/// What a write is built on, for `save_linked`.
#[derive(Debug, Clone, Copy)]
pub struct Lineage<'a> {
    /// The revision the writer's copy is based on.
    pub base_rev: u64,
    /// The token of the stored value the writer's copy is based on: another value
    /// stored is another tab's write, even at the same revision. `None`: revisions only.
    pub expect: Option<&'a str>,
    /// This write's token (recorded with the replaced value's token as its parent).
    pub token: &'a str,
}

/// `save`, with tokens: refuses (as a conflict) when the stored value is not the one
/// `expect`ed, and records `token` and the replaced value's token in the envelope.
pub fn save_linked(
    backend: &mut dyn Backend,
    key: &str,
    draft: &Draft,
    lineage: Lineage,
    now: &str,
) -> Result<u64, SaveError> {
    let mut next = lineage.base_rev + 1;
    let mut parent = String::new();
    if let Some(raw) = backend.get(key)? {
        match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => {
                let other = lineage.expect.is_some_and(|t| envelope.write != t);
                if envelope.rev > lineage.base_rev || other {
                    return Err(SaveError::Conflict(Box::new(envelope)));
                }
                next = envelope.rev.max(lineage.base_rev) + 1;
                // The replaced value's token first, then its own ancestry: eight in all.
                parent = std::iter::once(envelope.write.as_str())
                    .chain(envelope.parent.split(','))
                    .filter(|t| !t.is_empty())
                    .take(ANCESTRY)
                    .collect::<Vec<_>>()
                    .join(",");
                write_checked(backend, &keys::backup(key), &raw)?;
            }
            Ok(Decoded::Newer { version, .. }) => return Err(SaveError::Newer(version)),
            Err(_) => {
                quarantine(backend, key, &raw, now)?;
            }
        }
    }
    let envelope = Envelope { write: lineage.token.to_string(), parent, ..Envelope::new(draft.clone(), next, now) };
    write_checked(backend, key, &envelope.encode())?;
    Ok(next)
}

/// Writes and reads back.
pub fn write_checked(backend: &mut dyn Backend, key: &str, value: &str) -> Result<(), StorageError> {
    backend.set(key, value)?;
    match backend.get(key)? {
        Some(v) if v == value => Ok(()),
        _ => Err(StorageError::ReadBack),
    }
}

/// Why `write_new` wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interrupted {
    pub error: StorageError,
    /// True when every key it had written was removed again: storage is as before.
    pub undone: bool,
}

/// Adds `entries` under keys that hold nothing yet, all of them or none: when one
/// write fails, the keys written before it are removed again. A key that already
/// holds a value is never written (nothing is).
pub fn write_new(backend: &mut dyn Backend, entries: &[(String, String)]) -> Result<(), Interrupted> {
    for (key, _) in entries {
        match backend.get(key) {
            Ok(None) => {}
            Ok(Some(_)) => {
                let error = StorageError::Other(format!("{key} is taken"));
                return Err(Interrupted { error, undone: true });
            }
            Err(error) => return Err(Interrupted { error, undone: true }),
        }
    }
    for (n, (key, value)) in entries.iter().enumerate() {
        if let Err(error) = write_checked(backend, key, value) {
            // The failed key too: a value that read back wrong was written.
            let undone = entries[..=n].iter().all(|(k, _)| backend.remove(k).is_ok());
            return Err(Interrupted { error, undone });
        }
    }
    Ok(())
}

/// Moves an unreadable value from `key` to a new quarantine key (never over another
/// one), checks the copy, then removes the original. Returns the quarantine key.
pub fn quarantine(backend: &mut dyn Backend, key: &str, raw: &str, now: &str) -> Result<String, StorageError> {
    let origin = key.strip_prefix(keys::PREFIX).unwrap_or(key);
    let base = format!("{}{origin}@{now}", keys::QUARANTINE_PREFIX);
    let mut target = base.clone();
    let mut n = 1;
    while backend.get(&target)?.is_some() {
        n += 1;
        target = format!("{base}#{n}");
    }
    write_checked(backend, &target, raw)?;
    backend.remove(key)?;
    Ok(target)
}

/// Where a quarantined value came from: `cadre.draft.x` for
/// `cadre.quarantine.draft.x@2026-…`.
pub fn quarantine_origin(key: &str) -> String {
    let rest = key.strip_prefix(keys::QUARANTINE_PREFIX).unwrap_or(key);
    let origin = rest.split('@').next().unwrap_or(rest);
    format!("{}{origin}", keys::PREFIX)
}

/// Checks that storage accepts a write.
pub fn probe(backend: &mut dyn Backend) -> Result<(), StorageError> {
    backend.keys()?;
    backend.set(keys::PROBE, "1")?;
    backend.remove(keys::PROBE)?;
    Ok(())
}
