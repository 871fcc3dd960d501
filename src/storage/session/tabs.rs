//! Other tabs and pages: another tab's copy of the open draft is merged into this
//! one field by field (`storage::merge`); a field both changed is a conflict the user
//! settles at the field, and the value not chosen goes to a new draft in the list. A
//! draft deleted or a storage cleared elsewhere is said, and nothing shown here is
//! reported as stored when storage does not hold it.

use super::{ActionError, Notice, Session, Summary};
use crate::model::Answers;
use crate::storage::envelope::{decode, Decoded, Draft, DraftId, Envelope};
use crate::storage::keys::{self, Kind};
use crate::storage::merge::{merge, Part};
use crate::storage::scan::recent_first;
use crate::storage::write::save;

impl Session {
    /// Another tab changed `key` (`None`: a page cleared storage). Returns the answers
    /// to show when the open draft changed on screen (the other tab's changes merged in).
    pub fn external_change(&mut self, key: Option<&str>) -> Option<Answers> {
        let kind = key.map(keys::kind);
        let reload = match &kind {
            Some(Kind::Draft(id)) if *id == self.current.id => self.reread_current(),
            None => {
                self.after_clear();
                None
            }
            _ => None,
        };
        match kind {
            // Another tab typing: only that draft's line changes.
            Some(Kind::Draft(id)) => self.refresh_entry(&id),
            Some(Kind::Profile) => self.read_profile(false),
            Some(Kind::Backup(_) | Kind::ProfileBackup | Kind::Other) => {}
            Some(Kind::Quarantine) | None => self.scan(false),
        }
        reload
    }

    /// The open draft as another tab stored it, merged into this tab's copy. Gone: this
    /// tab keeps showing it and says so. A newer version's copy makes it read-only.
    fn reread_current(&mut self) -> Option<Answers> {
        let id = self.current.id.clone();
        let raw = self.backend.get(&keys::draft(&id)).ok()?;
        let Some(raw) = raw else {
            self.lost_elsewhere(Notice::DeletedElsewhere);
            return None;
        };
        match decode(&raw) {
            Ok(Decoded::Current { mut envelope, .. }) => {
                envelope.draft.id = id;
                let same_write = envelope.write == self.head && !self.gone;
                let forged = same_write
                    && (envelope.draft.answers != self.base.answers || envelope.draft.name != self.base.name);
                if same_write && !forged && envelope.rev <= self.rev {
                    return None;
                }
                // Another page wrote under this write's token: merged as a copy with
                // no lineage (on this tab's base).
                if forged {
                    envelope.write.clear();
                    envelope.parent.clear();
                }
                self.reconcile(envelope).then(|| self.current.answers.clone())
            }
            // Not readable: the next write sets it aside (quarantine) and writes this
            // tab's copy again; until then the indicator does not say "saved".
            Err(_) => {
                self.dirty = true;
                None
            }
            Ok(Decoded::Newer { version, envelope }) => {
                self.read_only = Some(version);
                if self.dirty {
                    return None;
                }
                let envelope = envelope?;
                self.current = Draft { id, ..envelope.draft };
                Some(self.current.answers.clone())
            }
        }
    }

    /// The open draft is no longer stored: it stays on screen, and the next change
    /// writes it again (at once when this tab holds changes not yet written).
    fn lost_elsewhere(&mut self, notice: Notice) {
        if self.gone && self.notice.is_some() {
            return;
        }
        self.gone = true;
        self.rev = 0;
        if self.dirty || !self.conflicts.is_empty() || notice == Notice::Cleared {
            self.dirty = true;
        }
        self.notice = Some(notice);
    }

    /// A page of the site cleared storage: the open draft and my details, which this
    /// tab holds, are written again; the other drafts are gone (the list says so).
    fn after_clear(&mut self) {
        let stored = self.backend.get(&keys::draft(&self.current.id)).ok().flatten();
        if stored.is_none() && self.read_only.is_none() {
            self.lost_elsewhere(Notice::Cleared);
        }
        let profile_gone = matches!(self.backend.get(keys::PROFILE), Ok(None));
        if profile_gone && self.profile.is_some() {
            self.profile_rev = 0;
            let _ = self.rewrite_profile();
        }
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

    /// The answers to show again when a write merged another tab's changes into the
    /// open draft (once; `None` when nothing changed on screen).
    pub fn take_refresh(&mut self) -> Option<Answers> {
        std::mem::take(&mut self.refresh).then(|| self.current.answers.clone())
    }

    /// The open draft as it is written: this tab's copy, but the other tab's value
    /// wherever the two conflict (this tab's stays on screen until the user chooses).
    pub(super) fn stored_form(&self) -> Draft {
        let mut draft = self.current.clone();
        for c in &self.conflicts {
            c.part.set(&mut draft, &c.theirs);
        }
        draft
    }

    /// Merges another tab's stored copy into this tab's (see `storage::merge`): the
    /// fields it alone changed are taken, those both changed become conflicts (earlier
    /// conflicts it did not touch again stay). True when the answers on screen changed.
    pub(super) fn reconcile(&mut self, theirs: Envelope) -> bool {
        // The common base: the latest stored copy in the other tab's write's ancestry
        // that this tab knows; a copy stored by a version without tokens is taken as based on this
        // tab's; otherwise none (every difference is then asked about).
        let base = if theirs.parent.is_empty() && theirs.write.is_empty() {
            Some(self.base.clone())
        } else {
            let known = |token: &str| self.history.iter().rev().find(|(t, _)| t == token).map(|(_, d)| d.clone());
            theirs.parent.split(',').filter(|t| !t.is_empty()).find_map(known)
        };
        let merged = merge(base.as_ref(), &self.current, &theirs.draft);
        self.aside_written = false;
        let mut conflicts = merged.conflicts;
        for old in std::mem::take(&mut self.conflicts) {
            let settled = conflicts.iter().any(|c| c.part == old.part)
                || old.part.get(&theirs.draft) != old.theirs
                || old.part.get(&merged.draft) == old.theirs;
            if !settled {
                conflicts.push(old);
            }
        }
        let changed = merged.draft.answers != self.current.answers;
        let renamed = merged.draft.name != self.current.name;
        self.current = merged.draft;
        self.conflicts = conflicts;
        self.rev = theirs.rev;
        self.saved_at = theirs.saved_at;
        self.remember(&theirs.write, &theirs.draft);
        self.head = theirs.write;
        self.wrote_head = false;
        self.base = theirs.draft;
        self.gone = false;
        self.failure = None;
        self.dirty = self.stored_form() != self.base;
        // With conflicts, their banner says it all.
        if !self.conflicts.is_empty() {
            self.notice = None;
        } else if changed || renamed {
            self.notice = Some(Notice::ChangedElsewhere { at: self.saved_at.clone() });
        }
        changed
    }

    /// Settles the conflict on `part`: keeps this tab's value (`keep_mine`) or takes
    /// the other tab's. The value not kept goes first to a new draft named `aside_name`
    /// (a copy of this one): if that cannot be written, nothing changes. Returns the
    /// answers to show.
    pub fn resolve(&mut self, part: Part, keep_mine: bool, aside_name: &str) -> Result<Answers, ActionError> {
        self.resolve_parts(&[part], keep_mine, aside_name)
    }

    /// Settles every conflict the same way, with one draft for the values not kept.
    pub fn resolve_all(&mut self, keep_mine: bool, aside_name: &str) -> Result<Answers, ActionError> {
        let parts: Vec<Part> = self.conflicts.iter().map(|c| c.part).collect();
        self.resolve_parts(&parts, keep_mine, aside_name)
    }

    fn resolve_parts(&mut self, parts: &[Part], keep_mine: bool, aside_name: &str) -> Result<Answers, ActionError> {
        let chosen: Vec<_> = self.conflicts.iter().filter(|c| parts.contains(&c.part)).cloned().collect();
        if chosen.is_empty() {
            return Err(ActionError::NotFound);
        }
        let mut aside =
            Draft { id: self.fresh_id(), name: aside_name.to_string(), answers: self.current.answers.clone() };
        let mut kept = self.current.clone();
        for c in &chosen {
            let (keep, other) = if keep_mine { (&c.mine, &c.theirs) } else { (&c.theirs, &c.mine) };
            c.part.set(&mut kept, keep);
            match c.part {
                // The name not kept is said in the set-aside draft's name.
                Part::Name if !other.is_empty() => aside.name = format!("{aside_name} — {other}"),
                Part::Name => {}
                part => part.set(&mut aside, other),
            }
        }
        let now = (self.clock)();
        save(&mut *self.backend, &keys::draft(&aside.id), &aside, 0, &now)?;
        self.current = kept;
        self.conflicts.retain(|c| !parts.contains(&c.part));
        self.dirty = true;
        self.notice = Some(Notice::SetAside { id: aside.id, name: aside.name });
        self.flush();
        self.scan(false);
        Ok(self.current.answers.clone())
    }

    /// The page is going away with conflicts not settled: this tab's values (on screen,
    /// not in storage) are kept in a new draft named `aside_name`, once. True when
    /// written.
    pub fn set_aside_unsettled(&mut self, aside_name: &str) -> bool {
        if self.conflicts.is_empty() || self.aside_written {
            return false;
        }
        let aside = Draft { id: self.fresh_id(), name: aside_name.to_string(), answers: self.current.answers.clone() };
        let now = (self.clock)();
        self.aside_written = save(&mut *self.backend, &keys::draft(&aside.id), &aside, 0, &now).is_ok();
        self.aside_written
    }

    /// Writes the open draft again after it was deleted elsewhere.
    pub fn restore_here(&mut self) {
        if self.gone {
            self.dirty = true;
            self.notice = None;
            self.flush();
            self.scan(false);
        }
    }
}
