//! Another tab changed storage: reload the open draft when this tab has no unsaved
//! change, else keep the other copy as a conflict the user settles.

use super::{SaveState, Session, Summary};
use crate::model::Answers;
use crate::storage::envelope::{decode, Decoded, Draft, DraftId};
use crate::storage::keys::{self, Kind};
use crate::storage::scan::recent_first;

impl Session {
    /// Another tab changed `key` (`None`: it cleared storage). Returns the answers to
    /// show when the open draft was reloaded (this tab had no unsaved change);
    /// otherwise a newer revision becomes a conflict for the user to settle.
    pub fn external_change(&mut self, key: Option<&str>) -> Option<Answers> {
        let kind = key.map(keys::kind);
        let reload = match &kind {
            Some(Kind::Draft(id)) if *id == self.current.id => self.reread_current(),
            Some(Kind::Profile) | None => {
                self.read_profile(false);
                None
            }
            _ => None,
        };
        match kind {
            // Another tab typing: only that draft's line changes.
            Some(Kind::Draft(id)) => self.refresh_entry(&id),
            Some(Kind::Backup(_) | Kind::ProfileBackup | Kind::Profile | Kind::Other) => {}
            Some(Kind::Quarantine) | None => self.scan(false),
        }
        reload
    }

    /// The open draft as another tab stored it: taken when this tab has no unsaved
    /// change (its answers are returned), else kept as the conflict. A newer version's
    /// copy makes the draft read-only.
    fn reread_current(&mut self) -> Option<Answers> {
        let id = self.current.id.clone();
        let raw = self.backend.get(&keys::draft(&id)).ok().flatten()?;
        match decode(&raw) {
            Ok(Decoded::Current { mut envelope, .. }) if envelope.rev > self.rev => {
                envelope.draft.id = id;
                if self.dirty || self.conflict.is_some() {
                    self.conflict = Some(envelope);
                    return None;
                }
                self.rev = envelope.rev;
                self.saved_at = envelope.saved_at;
                self.current = envelope.draft;
                self.failure = None;
            }
            Ok(Decoded::Newer { version, envelope }) => {
                self.read_only = Some(version);
                if self.dirty {
                    return None;
                }
                let envelope = envelope?;
                self.current = Draft { id, ..envelope.draft };
            }
            _ => return None,
        }
        Some(self.current.answers.clone())
    }

    /// Re-reads one draft's line of the list.
    fn refresh_entry(&mut self, id: &DraftId) {
        let Ok(raw) = self.backend.get(&keys::draft(id)) else { return };
        let line = match raw.as_deref().map(decode) {
            None => None,
            // Unreadable or unknown: the next full scan decides.
            Some(Err(_) | Ok(Decoded::Newer { envelope: None, .. })) => return,
            Some(Ok(decoded)) => Some(Summary::of_stored(id.clone(), decoded)),
        };
        self.list.retain(|d| d.id != *id);
        self.list.extend(line);
        recent_first(&mut self.list);
    }

    /// Settles a conflict by writing this tab's copy over the other's (which stays in
    /// `.bak`).
    pub fn keep_mine(&mut self) -> SaveState {
        if let Some(theirs) = self.conflict.take() {
            self.rev = theirs.rev;
            self.dirty = true;
        }
        self.flush()
    }

    /// Settles a conflict by taking the other tab's copy. Returns its answers.
    pub fn load_theirs(&mut self) -> Option<Answers> {
        let theirs = self.conflict.take()?;
        self.rev = theirs.rev;
        self.saved_at = theirs.saved_at;
        self.current = Draft { id: self.current.id.clone(), ..theirs.draft };
        self.dirty = false;
        self.failure = None;
        Some(self.current.answers.clone())
    }
}
