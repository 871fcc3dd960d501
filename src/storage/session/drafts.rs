//! The drafts list's operations: new, open, rename, duplicate, save a copy, delete
//! (one draft or several) and undo.

use super::{ActionError, Deleted, Session, Summary, Undo, MAX_NAME_CHARS};
use crate::model::Answers;
use crate::storage::envelope::{decode, Decoded, Draft, DraftId};
use crate::storage::keys;
use crate::storage::profile::{for_new_client, next_mission};
use crate::storage::write::{save_linked, write_checked, Lineage};

impl Session {
    /// Starts a new draft filled with my details.
    pub fn new_draft(&mut self) -> Result<Answers, ActionError> {
        self.settle()?;
        self.undo = None;
        self.open_blank();
        Ok(self.current.answers.clone())
    }

    /// Opens a draft. A newer version's draft opens read-only.
    pub fn open_draft(&mut self, id: &DraftId) -> Result<Answers, ActionError> {
        if *id == self.current.id {
            return Ok(self.current.answers.clone());
        }
        self.settle()?;
        self.undo = None;
        self.load(id)?;
        Ok(self.current.answers.clone())
    }

    /// Renames a draft (the open one or another). An empty name means "named after
    /// the mission or the client".
    pub fn rename(&mut self, id: &DraftId, name: &str) -> Result<(), ActionError> {
        let name = name.trim();
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(ActionError::NameTooLong);
        }
        if *id == self.current.id {
            self.rename_current(name)
        } else {
            self.rename_stored(id, name)
        }
    }

    fn rename_current(&mut self, name: &str) -> Result<(), ActionError> {
        if self.read_only.is_some() {
            return Err(ActionError::ReadOnly);
        }
        if self.current.name != name {
            self.current.name = name.to_string();
            self.dirty = true;
        }
        self.flush();
        match &self.failure {
            Some(e) => Err(ActionError::Storage(e.clone())),
            None => Ok(()),
        }
    }

    fn rename_stored(&mut self, id: &DraftId, name: &str) -> Result<(), ActionError> {
        let key = keys::draft(id);
        let raw = self.backend.get(&key)?.ok_or(ActionError::NotFound)?;
        let mut envelope = match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => envelope,
            Ok(Decoded::Newer { .. }) => return Err(ActionError::ReadOnly),
            Err(_) => return Err(ActionError::Unreadable),
        };
        envelope.draft.id = id.clone();
        envelope.draft.name = name.to_string();
        let now = (self.clock)();
        // A new token, its parent the renamed copy: a tab that has it open merges the
        // new name without a question.
        let token = self.fresh_token();
        let lineage = Lineage { base_rev: envelope.rev, expect: None, token: &token };
        let result = save_linked(&mut *self.backend, &key, &envelope.draft, lineage, &now);
        self.scan(false);
        // Changed by another tab meanwhile: its copy wins, nothing is lost (Unsaved).
        result.map(drop).map_err(ActionError::from)
    }

    /// A new draft for the same client's next mission, opened.
    pub fn duplicate(&mut self, id: &DraftId) -> Result<Answers, ActionError> {
        let source = if *id == self.current.id { self.current.clone() } else { self.read_draft(id)? };
        if *id != self.current.id || self.read_only.is_none() {
            self.settle()?;
        }
        self.undo = None;
        let new_id = self.fresh_id();
        self.become_new(Draft { id: new_id, name: String::new(), answers: next_mission(&source.answers) });
        Ok(self.current.answers.clone())
    }

    /// A new draft from a previous contract for a NEW client (provider, terms, price
    /// and deliverables kept; client, dates and signature date cleared), opened.
    pub fn new_client_from(&mut self, id: &DraftId) -> Result<Answers, ActionError> {
        let source = if *id == self.current.id { self.current.clone() } else { self.read_draft(id)? };
        if *id != self.current.id || self.read_only.is_none() {
            self.settle()?;
        }
        self.undo = None;
        let new_id = self.fresh_id();
        self.become_new(Draft { id: new_id, name: String::new(), answers: for_new_client(&source.answers) });
        Ok(self.current.answers.clone())
    }

    /// Saves the open draft (read-only, or in conflict) as a new draft, with its
    /// changes: nothing typed is lost.
    pub fn save_copy(&mut self) -> Answers {
        self.undo = None;
        let id = self.fresh_id();
        let draft = Draft { id, ..self.current.clone() };
        self.become_new(draft);
        self.current.answers.clone()
    }

    /// Deletes a draft; `undo` brings it back until the next action. When the open
    /// draft is deleted, the most recent other one opens (or a new one): its answers
    /// are returned.
    pub fn delete(&mut self, id: &DraftId) -> Result<Option<Answers>, ActionError> {
        self.delete_many(std::slice::from_ref(id))
    }

    /// Deletes several drafts at once; one `undo` brings them all back until the next
    /// action. When the open draft is among them, the most recent remaining one opens
    /// (or a new one): its answers are returned. A draft that is no longer stored is
    /// `NotFound` and nothing is deleted.
    pub fn delete_many(&mut self, ids: &[DraftId]) -> Result<Option<Answers>, ActionError> {
        let was_current = ids.contains(&self.current.id);
        if !was_current {
            self.flush();
        }
        let lines = self.view().drafts;
        let mut deleted = Vec::with_capacity(ids.len());
        for id in ids {
            let key = keys::draft(id);
            let current = *id == self.current.id;
            // The open draft as stored when everything is (byte for byte, tokens and
            // all), else as shown, with what is not stored yet.
            let unstored = self.dirty || !self.conflicts.is_empty();
            let main = if current && !unstored {
                self.backend.get(&key)?.or_else(|| Some(self.current_envelope(|| (self.clock)()).encode()))
            } else if current {
                Some(self.current_envelope(|| (self.clock)()).encode())
            } else {
                self.backend.get(&key)?
            };
            let main = main.ok_or(ActionError::NotFound)?;
            let backup = self.backend.get(&keys::backup(&key))?;
            let summary =
                lines.iter().find(|d| d.id == *id).cloned().unwrap_or_else(|| Summary::of(&self.current, "", None));
            if !deleted.iter().any(|d: &Deleted| d.summary.id == *id) {
                deleted.push(Deleted { summary, main, backup, was_current: current });
            }
        }
        // Each removed draft joins the undo as it goes: a refusal midway loses nothing.
        self.undo = Some(Undo { deleted: Vec::new(), placeholder: None });
        let mut result = Ok(());
        for d in deleted {
            let key = keys::draft(&d.summary.id);
            result = self.backend.remove(&key).and_then(|()| self.backend.remove(&keys::backup(&key)));
            if let Some(u) = &mut self.undo {
                u.deleted.push(d);
            }
            if result.is_err() {
                break;
            }
        }
        self.scan(false);
        result?;
        if !was_current {
            return Ok(None);
        }
        // Open the most recent remaining draft; it replaces the deleted one on screen.
        self.dirty = false;
        self.gone = false;
        self.conflicts.clear();
        self.notice = None;
        self.read_only = None;
        self.failure = None;
        if !self.open_most_recent(None) {
            let blank = self.open_blank();
            if let Some(u) = &mut self.undo {
                u.placeholder = Some(blank);
            }
        }
        Ok(Some(self.current.answers.clone()))
    }

    /// Brings back the drafts of the last delete (and opens the one that was open).
    /// A draft whose id was stored again meanwhile (by another tab) is left as it is:
    /// the others come back, and the answer is `Unsaved`.
    pub fn undo(&mut self) -> Result<Option<Answers>, ActionError> {
        let undo = self.undo.take().ok_or(ActionError::NotFound)?;
        let mut reopen = None;
        let mut taken = false;
        for d in &undo.deleted {
            let key = keys::draft(&d.summary.id);
            if self.backend.get(&key)?.is_some() {
                // Never over something else.
                taken = true;
                continue;
            }
            write_checked(&mut *self.backend, &key, &d.main)?;
            if let Some(backup) = &d.backup {
                write_checked(&mut *self.backend, &keys::backup(&key), backup)?;
            }
            if d.was_current {
                reopen = Some(d.summary.id.clone());
            }
        }
        self.scan(false);
        if taken {
            return Err(ActionError::Unsaved);
        }
        let Some(id) = reopen else { return Ok(None) };
        if self.settle().is_err() {
            return Ok(None);
        }
        // The blank draft opened in its place goes when it is still untouched.
        let blank = undo.placeholder.filter(|p| *p == self.current.id && self.is_untouched_blank());
        self.load(&id)?;
        if let Some(p) = blank {
            let k = keys::draft(&p);
            let _ = self.backend.remove(&k);
            let _ = self.backend.remove(&keys::backup(&k));
            self.scan(false);
        }
        Ok(Some(self.current.answers.clone()))
    }

    /// True when the open draft is as a new draft starts: no name, the default answers.
    fn is_untouched_blank(&self) -> bool {
        self.current.name.is_empty() && self.current.answers == self.default_answers()
    }

    /// Forgets the undo (its time ran out, or another action came).
    pub fn expire_undo(&mut self) {
        self.undo = None;
    }
}
