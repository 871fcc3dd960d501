//! Storage that is not there, and comes back: what the first visit finds (a full site
//! told from refused storage), and trying again while drafts live in memory.

use super::{keys, Session};
use crate::storage::envelope::{decode, Decoded, DraftId};
use crate::storage::write::{probe, write_checked};
use crate::storage::{Backend, StorageError};

impl Session {
    /// Tries the browser's storage again (`opened`: what opening it gave now) while
    /// drafts live in memory. When it accepts writes, every draft kept in memory (and
    /// my details) is written to it — never over a stored value that differs: such a
    /// draft is written under a new id —, the open draft's changes are saved, and the
    /// session works in storage from then on. True when it switched. When storage
    /// still refuses, the reason is updated (full, or refused) and nothing changes.
    pub fn retry_storage(&mut self, opened: Result<Box<dyn Backend>, StorageError>) -> bool {
        if self.unavailable.is_none() {
            return false;
        }
        let mut target = match opened {
            Ok(backend) => backend,
            Err(why) => {
                self.unavailable = Some(blocked(why));
                return false;
            }
        };
        if let Err(why) = diagnose(&mut *target) {
            self.unavailable = Some(why);
            return false;
        }
        match self.copy_memory_to(&mut *target) {
            Ok(()) => {}
            Err(why) => {
                // What was copied is a faithful copy; the next try skips it.
                self.unavailable = Some(if why == StorageError::Quota { why } else { blocked(why) });
                return false;
            }
        }
        self.backend = target;
        self.unavailable = None;
        self.failure = None;
        self.flush();
        self.scan(false);
        true
    }

    /// Writes the drafts and my details held in memory to `target`, each checked by
    /// reading it back. A value already there as it is here is skipped; a draft whose
    /// key holds something else is written under a new id (the open one included).
    fn copy_memory_to(&mut self, target: &mut dyn Backend) -> Result<(), StorageError> {
        let mut memory_keys = self.backend.keys()?;
        // Drafts and my details; backups are not needed.
        memory_keys.retain(|k| matches!(keys::kind(k), keys::Kind::Draft(_) | keys::Kind::Profile));
        for key in memory_keys {
            let Some(raw) = self.backend.get(&key)? else { continue };
            match target.get(&key)? {
                None => write_checked(target, &key, &raw)?,
                Some(there) if there == raw => {}
                Some(_) => {
                    let keys::Kind::Draft(old) = keys::kind(&key) else {
                        // My details stored meanwhile (another tab): theirs are kept.
                        continue;
                    };
                    let new = self.unused_id(target);
                    let Ok(Decoded::Current { mut envelope, .. }) = decode(&raw) else { continue };
                    envelope.draft.id = new.clone();
                    write_checked(target, &keys::draft(&new), &envelope.encode())?;
                    if self.current.id == old {
                        self.current.id = new;
                    }
                }
            }
        }
        Ok(())
    }

    /// A new id free both here and in `target`.
    fn unused_id(&mut self, target: &dyn Backend) -> DraftId {
        let mut id = self.fresh_id();
        for _ in 0..16 {
            if !matches!(target.get(&keys::draft(&id)), Ok(Some(_))) {
                break;
            }
            id = self.fresh_id();
        }
        id
    }
}

/// Whether `backend` can keep drafts, and if not, why: a full site (`Quota`: the probe
/// did not fit, and the storage holds other data but no draft of Cadre) or refused
/// storage (`Unavailable`: blocked, or no room at all — old Safari's private mode
/// gives a quota of zero). A full storage that already holds Cadre's drafts is kept:
/// they are read, and the next write says it is full.
pub fn diagnose(backend: &mut dyn Backend) -> Result<(), StorageError> {
    match probe(backend) {
        Ok(()) => Ok(()),
        Err(StorageError::Quota) => {
            let all = backend.keys().map_err(blocked)?;
            if all.iter().any(|k| k.starts_with(keys::PREFIX) && k != keys::PROBE) {
                Ok(())
            } else if all.is_empty() {
                Err(StorageError::Unavailable("no room at all".into()))
            } else {
                Err(StorageError::Quota)
            }
        }
        Err(e) => Err(blocked(e)),
    }
}

/// Any refusal but a full quota, as "storage unavailable".
pub(super) fn blocked(e: StorageError) -> StorageError {
    match e {
        StorageError::Unavailable(why) | StorageError::Other(why) => StorageError::Unavailable(why),
        StorageError::Quota => StorageError::Quota,
        StorageError::ReadBack => StorageError::Unavailable(e.to_string()),
    }
}
