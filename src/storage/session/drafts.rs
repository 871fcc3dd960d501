//! The drafts list's operations: new, open, rename, duplicate, save a copy, delete
//! and undo.

use super::{ActionError, Session, Summary, Undo, MAX_NAME_CHARS};
use crate::model::Answers;
use crate::storage::envelope::{decode, Decoded, Draft, DraftId};
use crate::storage::keys;
use crate::storage::profile::next_mission;
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
        let was_current = *id == self.current.id;
        if !was_current {
            self.flush();
        }
        let key = keys::draft(id);
        let bak = keys::backup(&key);
        let main = if was_current {
            Some(self.current_envelope(|| (self.clock)()).encode())
        } else {
            self.backend.get(&key)?
        };
        if main.is_none() {
            return Err(ActionError::NotFound);
        }
        let backup = self.backend.get(&bak)?;
        let summary = self
            .view()
            .drafts
            .into_iter()
            .find(|d| d.id == *id)
            .unwrap_or_else(|| Summary::of(&self.current, "", None));
        self.backend.remove(&key)?;
        self.backend.remove(&bak)?;
        self.undo = Some(Undo { summary, placeholder: None, main, backup, was_current });
        self.scan(false);
        if !was_current {
            return Ok(None);
        }
        // Open the most recent other draft; it replaces the deleted one on screen.
        self.dirty = false;
        self.gone = false;
        self.conflicts.clear();
        self.notice = None;
        self.read_only = None;
        self.failure = None;
        if !self.open_most_recent(Some(id)) {
            let blank = self.open_blank();
            if let Some(u) = &mut self.undo {
                u.placeholder = Some(blank);
            }
        }
        Ok(Some(self.current.answers.clone()))
    }

    /// Brings back the last deleted draft (and opens it if it was open).
    pub fn undo(&mut self) -> Result<Option<Answers>, ActionError> {
        let undo = self.undo.take().ok_or(ActionError::NotFound)?;
        let id = undo.summary.id.clone();
        let key = keys::draft(&id);
        if self.backend.get(&key)?.is_some() {
            // Never over something else.
            return Err(ActionError::Unsaved);
        }
        if let Some(main) = &undo.main {
            write_checked(&mut *self.backend, &key, main)?;
        }
        if let Some(backup) = &undo.backup {
            write_checked(&mut *self.backend, &keys::backup(&key), backup)?;
        }
        self.scan(false);
        if !undo.was_current || self.settle().is_err() {
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
