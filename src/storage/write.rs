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
    let mut next = base_rev + 1;
    if let Some(raw) = backend.get(key)? {
        match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => {
                if envelope.rev > base_rev {
                    return Err(SaveError::Conflict(Box::new(envelope)));
                }
                next = envelope.rev.max(base_rev) + 1;
                write_checked(backend, &keys::backup(key), &raw)?;
            }
            Ok(Decoded::Newer { version, .. }) => return Err(SaveError::Newer(version)),
            Err(_) => {
                quarantine(backend, key, &raw, now)?;
            }
        }
    }
    let text = Envelope::new(draft.clone(), next, now).encode();
    write_checked(backend, key, &text)?;
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
