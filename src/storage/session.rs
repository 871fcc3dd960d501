//! One tab's drafts: the open draft and its saved state, the drafts list, "my
//! details", quarantine, undo, and the two-tab rules. The UI's hook calls these
//! methods on edits, timers and browser events; everything here is plain Rust.
//!
//! This file holds the session's state, opening, saving and the helpers its
//! operations share; the operations live by job in `session/`: the drafts list
//! (`drafts.rs`), other tabs (`tabs.rs`), my details (`my_details.rs`), and files
//! (`files.rs`: import, export, quarantined values). How a value is written is
//! `storage::write`; how storage is read into the list is `storage::scan`.
//!
//! Rules kept here:
//! - a write never overwrites another tab's newer revision (it becomes a conflict the
//!   user settles), a newer schema version (read-only), or an unreadable value (moved
//!   to quarantine first): see `storage::write`;
//! - a draft whose changes could not be saved is never left for another one (the user
//!   is told to export it or make room first).

mod drafts;
mod files;
mod my_details;
mod tabs;

use super::backend::{Backend, MemoryBackend};
use super::envelope::{decode, Decoded, Draft, DraftId, Envelope};
use super::keys;
use super::profile::Profile;
use super::scan::{self, recent_first};
use super::transfer::ImportError;
use super::write::{probe, save, SaveError};
use super::StorageError;
use crate::model::Answers;

pub use super::scan::{Quarantined, Summary};

/// The longest draft name accepted.
pub const MAX_NAME_CHARS: usize = 120;

/// What the saved-state indicator says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Everything is in storage.
    Saved,
    /// Changes wait for the next write (at most 300 ms).
    Pending,
    /// Storage is unavailable: kept in this tab's memory only.
    MemoryOnly,
    /// Written by a newer version of Cadre: nothing is written.
    ReadOnly { version: u32 },
    /// Another tab saved this draft while this one had changes: the user chooses.
    Conflict,
    /// The last write failed; the draft is kept in memory.
    Failed(StorageError),
}

/// What the interface shows.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub state: SaveState,
    /// False: storage is unavailable and drafts live in this tab only.
    pub persistent: bool,
    pub current: DraftId,
    /// Every draft, most recently changed first; the open one included.
    pub drafts: Vec<Summary>,
    pub quarantine: Vec<Quarantined>,
    /// When the other tab saved the conflicting copy.
    pub conflict: Option<String>,
    /// The drafts an "Undo" would bring back (empty: nothing to undo).
    pub undo: Vec<Summary>,
    pub has_profile: bool,
}

/// Why an action was not done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionError {
    /// The open draft has changes that could not be saved: leaving it would lose them.
    Unsaved,
    /// The draft was written by a newer version of Cadre.
    ReadOnly,
    NotFound,
    /// Not readable by this version (it stays where it is, or went to quarantine).
    Unreadable,
    NameTooLong,
    Storage(StorageError),
    Import(ImportError),
}

impl From<StorageError> for ActionError {
    fn from(e: StorageError) -> Self {
        ActionError::Storage(e)
    }
}

impl From<SaveError> for ActionError {
    /// A write refused: by storage, by a newer version's value, or because another
    /// tab changed the value meanwhile (its copy wins, nothing is lost).
    fn from(e: SaveError) -> Self {
        match e {
            SaveError::Storage(e) => ActionError::Storage(e),
            SaveError::Newer(_) => ActionError::ReadOnly,
            SaveError::Conflict(_) => ActionError::Unsaved,
        }
    }
}

/// What "Undo" brings back after a delete: every draft it deleted.
struct Undo {
    deleted: Vec<Deleted>,
    /// The blank draft opened when the open draft was deleted with every other one.
    placeholder: Option<DraftId>,
}

/// One deleted draft, as it was stored.
struct Deleted {
    summary: Summary,
    main: String,
    backup: Option<String>,
    was_current: bool,
}

/// One tab's drafts. See the module documentation.
pub struct Session {
    backend: Box<dyn Backend>,
    persistent: bool,
    clock: Box<dyn Fn() -> String>,
    ids: Box<dyn FnMut() -> DraftId>,
    current: Draft,
    /// The stored revision this tab's copy is based on (0: never stored).
    rev: u64,
    saved_at: String,
    dirty: bool,
    read_only: Option<u32>,
    conflict: Option<Envelope>,
    failure: Option<StorageError>,
    profile: Option<Profile>,
    profile_rev: u64,
    list: Vec<Summary>,
    quarantine: Vec<Quarantined>,
    undo: Option<Undo>,
}

impl Session {
    /// Opens the drafts in `backend`: checks it accepts writes (else works in memory),
    /// quarantines what cannot be read (restoring a draft from its `.bak` when it
    /// can), and opens the most recent draft, or a new one filled with my details.
    pub fn open(
        backend: Box<dyn Backend>,
        clock: Box<dyn Fn() -> String>,
        ids: Box<dyn FnMut() -> DraftId>,
    ) -> Session {
        let mut backend = backend;
        let persistent = match probe(&mut *backend) {
            Ok(()) => true,
            // Full, but holding drafts: keep them; the next write will say it is full.
            Err(StorageError::Quota) => {
                backend.keys().map(|k| k.iter().any(|k| k.starts_with(keys::PREFIX))).unwrap_or(false)
            }
            Err(_) => false,
        };
        if !persistent {
            backend = Box::new(MemoryBackend::new());
        }
        Session::start(backend, persistent, clock, ids)
    }

    /// A session over storage known to be unavailable: drafts live in memory.
    pub fn in_memory(clock: Box<dyn Fn() -> String>, ids: Box<dyn FnMut() -> DraftId>) -> Session {
        Session::start(Box::new(MemoryBackend::new()), false, clock, ids)
    }

    fn start(
        backend: Box<dyn Backend>,
        persistent: bool,
        clock: Box<dyn Fn() -> String>,
        mut ids: Box<dyn FnMut() -> DraftId>,
    ) -> Session {
        let id = ids();
        let mut s = Session {
            backend,
            persistent,
            clock,
            ids,
            current: Draft { id, name: String::new(), answers: Answers::default() },
            rev: 0,
            saved_at: String::new(),
            dirty: false,
            read_only: None,
            conflict: None,
            failure: None,
            profile: None,
            profile_rev: 0,
            list: Vec::new(),
            quarantine: Vec::new(),
            undo: None,
        };
        s.scan(true);
        if !s.open_most_recent(None) {
            s.open_blank();
        }
        s
    }

    // ---- Reading -------------------------------------------------------------------

    /// The open draft's answers.
    pub fn answers(&self) -> &Answers {
        &self.current.answers
    }

    pub fn current(&self) -> &Draft {
        &self.current
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn is_persistent(&self) -> bool {
        self.persistent
    }

    /// The revision this tab's copy is based on.
    pub fn rev(&self) -> u64 {
        self.rev
    }

    pub fn profile(&self) -> Option<&Profile> {
        self.profile.as_ref()
    }

    pub fn state(&self) -> SaveState {
        if let Some(version) = self.read_only {
            SaveState::ReadOnly { version }
        } else if self.conflict.is_some() {
            SaveState::Conflict
        } else if let Some(e) = &self.failure {
            SaveState::Failed(e.clone())
        } else if self.dirty {
            SaveState::Pending
        } else if !self.persistent {
            SaveState::MemoryOnly
        } else {
            SaveState::Saved
        }
    }

    pub fn view(&self) -> View {
        let mut drafts: Vec<Summary> = self.list.iter().filter(|d| d.id != self.current.id).cloned().collect();
        let saved_at = self.saved_at_or(|| (self.clock)());
        drafts.push(Summary::of(&self.current, &saved_at, self.read_only));
        recent_first(&mut drafts);
        View {
            state: self.state(),
            persistent: self.persistent,
            current: self.current.id.clone(),
            drafts,
            quarantine: self.quarantine.clone(),
            conflict: self.conflict.as_ref().map(|c| c.saved_at.clone()),
            undo: self.undo.iter().flat_map(|u| &u.deleted).map(|d| d.summary.clone()).collect(),
            has_profile: self.profile.is_some(),
        }
    }

    // ---- Editing and saving --------------------------------------------------------

    /// Records the answers of the open draft. True when a write should be scheduled.
    pub fn edit(&mut self, answers: &Answers) -> bool {
        if *answers != self.current.answers {
            self.current.answers = answers.clone();
            self.dirty = true;
        }
        self.dirty && self.read_only.is_none() && self.conflict.is_none()
    }

    /// Writes the open draft if it has changes. Never overwrites another tab's newer
    /// revision, a newer version's draft, or an unreadable value.
    pub fn flush(&mut self) -> SaveState {
        if self.dirty && self.read_only.is_none() && self.conflict.is_none() {
            let now = (self.clock)();
            let key = keys::draft(&self.current.id);
            match save(&mut *self.backend, &key, &self.current, self.rev, &now) {
                Ok(rev) => {
                    self.rev = rev;
                    self.saved_at = now;
                    self.dirty = false;
                    self.failure = None;
                }
                Err(SaveError::Conflict(theirs)) => self.conflict = Some(*theirs),
                Err(SaveError::Newer(version)) => self.read_only = Some(version),
                Err(SaveError::Storage(e)) => self.failure = Some(e),
            }
        }
        self.state()
    }

    /// Saves, and says whether the open draft may be left without losing anything.
    fn settle(&mut self) -> Result<(), ActionError> {
        self.flush();
        if self.dirty {
            Err(match (&self.failure, self.read_only) {
                (_, Some(_)) => ActionError::ReadOnly,
                (Some(e), _) => ActionError::Storage(e.clone()),
                _ => ActionError::Unsaved,
            })
        } else {
            Ok(())
        }
    }

    // ---- What the operations share -------------------------------------------------

    /// The answers a new draft starts from: the defaults, with my details.
    fn default_answers(&self) -> Answers {
        self.profile.as_ref().map(Profile::new_answers).unwrap_or_default()
    }

    /// When the open draft was saved; `now()` when it never was.
    fn saved_at_or(&self, now: impl FnOnce() -> String) -> String {
        if self.saved_at.is_empty() {
            now()
        } else {
            self.saved_at.clone()
        }
    }

    /// The open draft as it would be stored (dated `now()` when never saved).
    fn current_envelope(&self, now: impl FnOnce() -> String) -> Envelope {
        Envelope::new(self.current.clone(), self.rev, &self.saved_at_or(now))
    }

    fn fresh_id(&mut self) -> DraftId {
        self.fresh_id_besides(&[])
    }

    /// A new draft id, neither stored, open, nor one of `also`.
    fn fresh_id_besides(&mut self, also: &[DraftId]) -> DraftId {
        let mut id = (self.ids)();
        for _ in 0..16 {
            let taken = id == self.current.id
                || also.contains(&id)
                || matches!(self.backend.get(&keys::draft(&id)), Ok(Some(_)));
            if !taken {
                break;
            }
            id = (self.ids)();
        }
        id
    }

    /// Makes `draft` the open draft, never stored yet, and writes it.
    fn become_new(&mut self, draft: Draft) {
        self.current = draft;
        self.rev = 0;
        self.saved_at = String::new();
        self.dirty = true;
        self.read_only = None;
        self.conflict = None;
        self.failure = None;
        self.flush();
        self.scan(false);
    }

    /// Opens a new, unnamed draft filled with my details. Returns its id.
    fn open_blank(&mut self) -> DraftId {
        let answers = self.default_answers();
        let id = self.fresh_id();
        self.become_new(Draft { id: id.clone(), name: String::new(), answers });
        id
    }

    /// Opens the most recent draft that can be opened (but `except`). False when none.
    fn open_most_recent(&mut self, except: Option<&DraftId>) -> bool {
        let candidates: Vec<DraftId> =
            self.list.iter().filter(|d| d.openable && Some(&d.id) != except).map(|d| d.id.clone()).collect();
        candidates.iter().any(|id| self.load(id).is_ok())
    }

    fn read_draft(&self, id: &DraftId) -> Result<Draft, ActionError> {
        let raw = self.backend.get(&keys::draft(id))?.ok_or(ActionError::NotFound)?;
        match decode(&raw) {
            Ok(d) => d.envelope().map(|e| Draft { id: id.clone(), ..e.draft.clone() }).ok_or(ActionError::Unreadable),
            Err(_) => Err(ActionError::Unreadable),
        }
    }

    /// Opens a stored draft as the current one.
    fn load(&mut self, id: &DraftId) -> Result<(), ActionError> {
        let key = keys::draft(id);
        let raw = self.backend.get(&key)?.ok_or(ActionError::NotFound)?;
        let (envelope, newer) = match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => (envelope, None),
            Ok(Decoded::Newer { version, envelope: Some(envelope) }) => (envelope, Some(version)),
            Ok(Decoded::Newer { envelope: None, .. }) => return Err(ActionError::Unreadable),
            Err(_) => {
                self.scan(true);
                return Err(ActionError::Unreadable);
            }
        };
        self.current = Draft { id: id.clone(), ..envelope.draft };
        self.rev = envelope.rev;
        self.saved_at = envelope.saved_at;
        self.dirty = false;
        self.read_only = newer;
        self.conflict = None;
        self.failure = None;
        Ok(())
    }

    fn read_profile(&mut self, repair: bool) {
        if let Some((profile, rev)) = scan::profile(&mut *self.backend, repair, &self.clock) {
            self.profile = Some(profile);
            self.profile_rev = rev;
        }
    }

    /// Rebuilds the drafts list and the quarantine list from storage. With `repair`,
    /// unreadable values are moved to quarantine (a draft is restored from its
    /// `.bak` when that one is good).
    fn scan(&mut self, repair: bool) {
        let (list, stuck) = match scan::drafts(&mut *self.backend, repair, &self.clock) {
            Ok(found) => found,
            Err(e) => {
                self.failure = Some(e);
                return;
            }
        };
        self.read_profile(repair);
        self.quarantine = scan::quarantined(&*self.backend, stuck, &self.quarantine);
        self.list = list;
    }
}
