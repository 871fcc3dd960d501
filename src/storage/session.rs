//! One tab's drafts: the open draft and its saved state, the drafts list, "my
//! details", quarantine, undo, and the two-tab rules. The UI's hook calls these
//! methods on edits, timers and browser events; everything here is plain Rust.
//!
//! Rules kept here:
//! - a write first reads the stored revision: a newer one from another tab is never
//!   overwritten (it becomes a conflict the user settles), a newer schema version is
//!   never overwritten (read-only), an unreadable value is moved to quarantine first;
//! - the previous good copy goes to `<key>.bak` before each write; each write is read
//!   back and compared;
//! - a draft whose changes could not be saved is never left for another one (the user
//!   is told to export it or make room first).

use super::backend::{Backend, MemoryBackend};
use super::envelope::{decode, Decoded, Draft, DraftId, Envelope};
use super::keys::{self, Kind};
use super::profile::{next_mission, Profile};
use super::transfer::{self, ImportError};
use super::StorageError;
use crate::json::{self, Value};
use crate::model::{Answers, Lang};

/// The longest draft name accepted.
pub const MAX_NAME_CHARS: usize = 120;

/// The id under which "my details" are stored in their envelope.
const PROFILE_ID: &str = "me";

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

/// One line of the drafts list.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub id: DraftId,
    pub name: String,
    pub client: String,
    pub mission: String,
    /// ISO time of the last change; empty when unknown.
    pub saved_at: String,
    /// Written by a newer version of Cadre (read-only).
    pub newer: Option<u32>,
    /// False when even a best-effort reading failed (newer version only).
    pub openable: bool,
}

impl Summary {
    fn of(draft: &Draft, saved_at: &str, newer: Option<u32>) -> Summary {
        Summary {
            id: draft.id.clone(),
            name: draft.name.clone(),
            client: draft.answers.client.name.clone(),
            mission: draft.answers.mission.title.clone(),
            saved_at: saved_at.to_string(),
            newer,
            openable: true,
        }
    }

    /// The name shown: the user's, else the mission's, else the client's.
    pub fn title(&self) -> Option<&str> {
        [&self.name, &self.mission, &self.client].into_iter().map(|s| s.trim()).find(|s| !s.is_empty())
    }
}

/// A value that could not be read, kept for the user to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// Where it is now: a quarantine key, or its original key when it could not be
    /// moved (storage full).
    pub key: String,
    /// Where it was found (`cadre.draft.<id>`…), when known.
    pub origin: String,
    pub bytes: usize,
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
    /// The title of the draft an "Undo" would bring back.
    pub undo: Option<Summary>,
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
    let stored = backend.get(key)?;
    let mut backup = None;
    let mut next = base_rev + 1;
    if let Some(raw) = stored {
        match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => {
                if envelope.rev > base_rev {
                    return Err(SaveError::Conflict(Box::new(envelope)));
                }
                next = envelope.rev.max(base_rev) + 1;
                backup = Some(raw);
            }
            Ok(Decoded::Newer { version, .. }) => return Err(SaveError::Newer(version)),
            Err(_) => {
                quarantine(backend, key, &raw, now)?;
            }
        }
    }
    if let Some(previous) = backup {
        write_checked(backend, &keys::backup(key), &previous)?;
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

struct Undo {
    summary: Summary,
    /// The blank draft opened when the deleted one was the open one and the last.
    placeholder: Option<DraftId>,
    main: Option<String>,
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
        let candidates: Vec<DraftId> = s.list.iter().filter(|d| d.openable).map(|d| d.id.clone()).collect();
        let opened = candidates.iter().any(|id| s.load(id).is_ok());
        if !opened {
            let answers = s.profile.as_ref().map(Profile::new_answers).unwrap_or_default();
            let id = s.fresh_id();
            s.become_new(Draft { id, name: String::new(), answers });
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
        let saved_at = if self.saved_at.is_empty() { (self.clock)() } else { self.saved_at.clone() };
        drafts.push(Summary::of(&self.current, &saved_at, self.read_only));
        sort(&mut drafts);
        View {
            state: self.state(),
            persistent: self.persistent,
            current: self.current.id.clone(),
            drafts,
            quarantine: self.quarantine.clone(),
            conflict: self.conflict.as_ref().map(|c| c.saved_at.clone()),
            undo: self.undo.as_ref().map(|u| u.summary.clone()),
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

    // ---- Two tabs ------------------------------------------------------------------

    /// Another tab changed `key` (`None`: it cleared storage). Returns the answers to
    /// show when the open draft was reloaded (this tab had no unsaved change);
    /// otherwise a newer revision becomes a conflict for the user to settle.
    pub fn external_change(&mut self, key: Option<&str>) -> Option<Answers> {
        let mut reload = None;
        match key.map(keys::kind) {
            Some(Kind::Draft(id)) if id == self.current.id => {
                let raw = self.backend.get(&keys::draft(&id)).ok().flatten();
                match raw.as_deref().map(decode) {
                    Some(Ok(Decoded::Current { mut envelope, .. })) if envelope.rev > self.rev => {
                        envelope.draft.id = id;
                        if self.dirty || self.conflict.is_some() {
                            self.conflict = Some(envelope);
                        } else {
                            self.rev = envelope.rev;
                            self.saved_at = envelope.saved_at;
                            self.current = envelope.draft;
                            self.failure = None;
                            reload = Some(self.current.answers.clone());
                        }
                    }
                    Some(Ok(Decoded::Newer { version, envelope })) => {
                        self.read_only = Some(version);
                        if let (Some(mut e), false) = (envelope, self.dirty) {
                            e.draft.id = id;
                            self.current = e.draft;
                            reload = Some(self.current.answers.clone());
                        }
                    }
                    _ => {}
                }
            }
            Some(Kind::Profile) | None => self.read_profile(false),
            _ => {}
        }
        match key.map(keys::kind) {
            // Another tab typing: only that draft's line changes.
            Some(Kind::Draft(id)) => self.refresh_entry(&id),
            Some(Kind::Backup(_) | Kind::ProfileBackup | Kind::Profile | Kind::Other) => {}
            Some(Kind::Quarantine) | None => self.scan(false),
        }
        reload
    }

    /// Re-reads one draft's line of the list.
    fn refresh_entry(&mut self, id: &DraftId) {
        let raw = match self.backend.get(&keys::draft(id)) {
            Ok(raw) => raw,
            Err(_) => return,
        };
        let summary = match raw.as_deref().map(decode) {
            None => None,
            Some(Ok(Decoded::Current { envelope, .. })) => {
                Some(Summary::of(&Draft { id: id.clone(), ..envelope.draft }, &envelope.saved_at, None))
            }
            Some(Ok(Decoded::Newer { version, envelope: Some(e) })) => {
                Some(Summary::of(&Draft { id: id.clone(), ..e.draft }, &e.saved_at, Some(version)))
            }
            // Unreadable or unknown: the next full scan decides.
            Some(_) => return,
        };
        self.list.retain(|d| d.id != *id);
        self.list.extend(summary);
        sort(&mut self.list);
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

    // ---- The drafts list -----------------------------------------------------------

    /// Starts a new draft filled with my details.
    pub fn new_draft(&mut self) -> Result<Answers, ActionError> {
        self.settle()?;
        self.undo = None;
        let answers = self.profile.as_ref().map(Profile::new_answers).unwrap_or_default();
        let id = self.fresh_id();
        self.become_new(Draft { id, name: String::new(), answers });
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
            if self.read_only.is_some() {
                return Err(ActionError::ReadOnly);
            }
            if self.current.name != name {
                self.current.name = name.to_string();
                self.dirty = true;
            }
            self.flush();
            return match &self.failure {
                Some(e) => Err(ActionError::Storage(e.clone())),
                None => Ok(()),
            };
        }
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
        let result = save(&mut *self.backend, &key, &envelope.draft, envelope.rev, &now);
        self.scan(false);
        match result {
            Ok(_) => Ok(()),
            Err(SaveError::Storage(e)) => Err(ActionError::Storage(e)),
            Err(SaveError::Newer(_)) => Err(ActionError::ReadOnly),
            // Changed by another tab meanwhile: its copy wins, nothing is lost.
            Err(SaveError::Conflict(_)) => Err(ActionError::Unsaved),
        }
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
            let at = if self.saved_at.is_empty() { (self.clock)() } else { self.saved_at.clone() };
            Some(Envelope::new(self.current.clone(), self.rev, &at).encode())
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
        self.conflict = None;
        self.read_only = None;
        self.failure = None;
        let candidates: Vec<DraftId> =
            self.list.iter().filter(|d| d.openable && d.id != *id).map(|d| d.id.clone()).collect();
        if !candidates.iter().any(|c| self.load(c).is_ok()) {
            let answers = self.profile.as_ref().map(Profile::new_answers).unwrap_or_default();
            let new_id = self.fresh_id();
            self.become_new(Draft { id: new_id.clone(), name: String::new(), answers });
            if let Some(u) = &mut self.undo {
                u.placeholder = Some(new_id);
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
        if undo.was_current && self.settle().is_ok() {
            // The blank draft opened in its place goes when it is still untouched.
            let blank = undo.placeholder.as_ref().filter(|p| {
                **p == self.current.id && self.current.name.is_empty() && self.current.answers == self.default_answers()
            });
            let blank = blank.cloned();
            self.load(&id)?;
            if let Some(p) = blank {
                let k = keys::draft(&p);
                let _ = self.backend.remove(&k);
                let _ = self.backend.remove(&keys::backup(&k));
                self.scan(false);
            }
            return Ok(Some(self.current.answers.clone()));
        }
        Ok(None)
    }

    /// Forgets the undo (its time ran out, or another action came).
    pub fn expire_undo(&mut self) {
        self.undo = None;
    }

    // ---- My details ----------------------------------------------------------------

    /// Saves the open draft's provider, payment defaults and terms as my details.
    pub fn save_profile(&mut self) -> Result<(), ActionError> {
        let profile = Profile::from_answers(&self.current.answers);
        let draft = Draft {
            id: DraftId::parse(PROFILE_ID).expect("a valid id"),
            name: String::new(),
            answers: profile.to_answers(),
        };
        let now = (self.clock)();
        let mut base = self.profile_rev;
        for _ in 0..3 {
            match save(&mut *self.backend, keys::PROFILE, &draft, base, &now) {
                Ok(rev) => {
                    self.profile_rev = rev;
                    self.profile = Some(profile);
                    return Ok(());
                }
                // My details are one value: the last save wins, the previous is in .bak.
                Err(SaveError::Conflict(theirs)) => base = theirs.rev,
                Err(SaveError::Newer(_)) => return Err(ActionError::ReadOnly),
                Err(SaveError::Storage(e)) => return Err(ActionError::Storage(e)),
            }
        }
        Err(ActionError::Unsaved)
    }

    /// Fills the open draft with my details. Returns its new answers.
    pub fn apply_profile(&mut self) -> Option<Answers> {
        let profile = self.profile.clone()?;
        let mut answers = self.current.answers.clone();
        profile.apply(&mut answers);
        self.edit(&answers);
        Some(answers)
    }

    // ---- Import and export ---------------------------------------------------------

    /// Adds the drafts of a file as new drafts (checked whole first) and opens the
    /// first. Returns how many were added and the answers to show.
    pub fn import(&mut self, bytes: &[u8]) -> Result<(usize, Answers), ActionError> {
        let drafts = transfer::parse_import(bytes).map_err(ActionError::Import)?;
        self.settle()?;
        self.undo = None;
        let now = (self.clock)();
        let mut drafts = drafts.into_iter();
        let first = drafts.next().ok_or(ActionError::Import(ImportError::Empty))?;
        let mut added = 0;
        for mut d in drafts {
            d.id = self.fresh_id();
            save(&mut *self.backend, &keys::draft(&d.id), &d, 0, &now).map_err(|e| match e {
                SaveError::Storage(e) => ActionError::Storage(e),
                _ => ActionError::Unsaved,
            })?;
            added += 1;
        }
        let id = self.fresh_id();
        self.become_new(Draft { id, ..first });
        self.scan(false);
        if let Some(e) = self.failure.clone() {
            return Err(ActionError::Storage(e));
        }
        Ok((added + 1, self.current.answers.clone()))
    }

    /// One draft as a file: `(file name, JSON)`. The open draft is exported as shown.
    pub fn export_draft(&mut self, id: &DraftId, lang: Lang) -> Result<(String, String), ActionError> {
        let now = (self.clock)();
        if *id == self.current.id {
            self.flush();
            let at = if self.saved_at.is_empty() { now.clone() } else { self.saved_at.clone() };
            let envelope = Envelope::new(self.current.clone(), self.rev, &at);
            return Ok((transfer::file_name_one(&self.current, &now, lang), transfer::export_one(&envelope)));
        }
        let raw = self.backend.get(&keys::draft(id))?.ok_or(ActionError::NotFound)?;
        match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => {
                Ok((transfer::file_name_one(&envelope.draft, &now, lang), transfer::export_one(&envelope)))
            }
            // A newer version's draft is exported exactly as stored.
            Ok(Decoded::Newer { envelope, .. }) => {
                let name = envelope
                    .map(|e| transfer::file_name_one(&e.draft, &now, lang))
                    .unwrap_or_else(|| transfer::file_name_all(&now, lang));
                Ok((name, raw))
            }
            Err(_) => Err(ActionError::Unreadable),
        }
    }

    /// Every draft as one file: `(file name, JSON)`.
    pub fn export_all(&mut self, lang: Lang) -> (String, String) {
        self.flush();
        let now = (self.clock)();
        let mut values: Vec<(String, Value)> = Vec::new();
        for d in &self.list {
            if d.id == self.current.id {
                continue;
            }
            if let Ok(Some(raw)) = self.backend.get(&keys::draft(&d.id)) {
                match decode(&raw) {
                    Ok(Decoded::Current { envelope, .. }) => {
                        values.push((envelope.saved_at.clone(), envelope.to_json()))
                    }
                    Ok(Decoded::Newer { .. }) => {
                        if let Ok(v) = json::parse(&raw) {
                            values.push((d.saved_at.clone(), v));
                        }
                    }
                    Err(_) => {}
                }
            }
        }
        let at = if self.saved_at.is_empty() { now.clone() } else { self.saved_at.clone() };
        let current = Envelope::new(self.current.clone(), self.rev, &at);
        values.push((at, current.to_json()));
        crate::order::sort_by(&mut values, |a, b| b.0.cmp(&a.0));
        let values: Vec<Value> = values.into_iter().map(|(_, v)| v).collect();
        (transfer::file_name_all(&now, lang), transfer::export_all(&values, &now))
    }

    // ---- Quarantine ----------------------------------------------------------------

    /// The unreadable value kept under `key`, exactly as it was found.
    pub fn quarantined_text(&self, key: &str) -> Option<String> {
        self.quarantine.iter().find(|q| q.key == key)?;
        self.backend.get(key).ok().flatten()
    }

    /// File name for downloading a quarantined value.
    pub fn quarantine_file_name(&self, key: &str) -> String {
        let origin = quarantine_origin(key);
        let what = crate::file_name::slug(origin.strip_prefix(keys::PREFIX).unwrap_or(&origin), 60);
        let now = (self.clock)();
        format!("cadre-quarantaine-{what}-{}.txt", now.chars().take(10).collect::<String>())
    }

    /// Removes a quarantined value (after the user downloaded it).
    pub fn discard_quarantined(&mut self, key: &str) -> Result<(), ActionError> {
        if !self.quarantine.iter().any(|q| q.key == key) {
            return Err(ActionError::NotFound);
        }
        self.backend.remove(key)?;
        self.scan(false);
        Ok(())
    }

    // ---- Internals -----------------------------------------------------------------

    fn default_answers(&self) -> Answers {
        self.profile.as_ref().map(Profile::new_answers).unwrap_or_default()
    }

    fn fresh_id(&mut self) -> DraftId {
        let mut id = (self.ids)();
        for _ in 0..16 {
            let taken = id == self.current.id || matches!(self.backend.get(&keys::draft(&id)), Ok(Some(_)));
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
        let raw = match self.backend.get(keys::PROFILE) {
            Ok(Some(raw)) => raw,
            _ => return,
        };
        match decode(&raw) {
            Ok(d) => {
                if let Some(e) = d.envelope() {
                    self.profile = Some(Profile::from_answers(&e.draft.answers));
                    self.profile_rev = e.rev;
                }
            }
            Err(_) if repair => {
                let now = (self.clock)();
                let _ = quarantine(&mut *self.backend, keys::PROFILE, &raw, &now);
            }
            Err(_) => {}
        }
    }

    /// Rebuilds the drafts list and the quarantine list from storage. With `repair`,
    /// unreadable values are moved to quarantine (a draft is restored from its
    /// `.bak` when that one is good).
    fn scan(&mut self, repair: bool) {
        let mut all = match self.backend.keys() {
            Ok(k) => k,
            Err(e) => {
                self.failure = Some(e);
                return;
            }
        };
        crate::order::sort_by(&mut all, Ord::cmp);
        let now = (self.clock)();
        let mut list = Vec::new();
        let mut stuck = Vec::new();
        for key in &all {
            match keys::kind(key) {
                Kind::Draft(id) => {
                    let Ok(Some(raw)) = self.backend.get(key) else {
                        continue;
                    };
                    match decode(&raw) {
                        Ok(Decoded::Current { envelope, .. }) => {
                            list.push(Summary::of(&Draft { id, ..envelope.draft }, &envelope.saved_at, None))
                        }
                        Ok(Decoded::Newer { version, envelope: Some(e) }) => {
                            list.push(Summary::of(&Draft { id, ..e.draft }, &e.saved_at, Some(version)))
                        }
                        Ok(Decoded::Newer { version, envelope: None }) => list.push(Summary {
                            id,
                            name: String::new(),
                            client: String::new(),
                            mission: String::new(),
                            saved_at: String::new(),
                            newer: Some(version),
                            openable: false,
                        }),
                        Err(_) if repair => {
                            let bak = self.backend.get(&keys::backup(key)).ok().flatten();
                            let good = bak.filter(|b| matches!(decode(b), Ok(Decoded::Current { .. })));
                            match quarantine(&mut *self.backend, key, &raw, &now) {
                                Ok(_) => {
                                    if let Some(good) = good {
                                        if write_checked(&mut *self.backend, key, &good).is_ok() {
                                            if let Ok(Decoded::Current { envelope, .. }) = decode(&good) {
                                                list.push(Summary::of(
                                                    &Draft { id, ..envelope.draft },
                                                    &envelope.saved_at,
                                                    None,
                                                ));
                                            }
                                        }
                                    }
                                }
                                Err(_) => {
                                    stuck.push(Quarantined { key: key.clone(), origin: key.clone(), bytes: raw.len() })
                                }
                            }
                        }
                        Err(_) => {}
                    }
                }
                Kind::Backup(_) | Kind::ProfileBackup if repair => {
                    if let Ok(Some(raw)) = self.backend.get(key) {
                        if decode(&raw).is_err() && quarantine(&mut *self.backend, key, &raw, &now).is_err() {
                            stuck.push(Quarantined { key: key.clone(), origin: key.clone(), bytes: raw.len() });
                        }
                    }
                }
                _ => {}
            }
        }
        self.read_profile(repair);
        let mut quarantine: Vec<Quarantined> = self
            .backend
            .keys()
            .unwrap_or_default()
            .into_iter()
            .filter(|k| keys::kind(k) == Kind::Quarantine)
            .map(|k| {
                let bytes = self.backend.get(&k).ok().flatten().map_or(0, |v| v.len());
                Quarantined { origin: quarantine_origin(&k), key: k, bytes }
            })
            .collect();
        crate::order::sort_by(&mut quarantine, |a, b| a.key.cmp(&b.key));
        // Keep what an earlier repair could not move (still unreadable, still there).
        for q in self.quarantine.iter().filter(|q| keys::kind(&q.key) != Kind::Quarantine) {
            if !stuck.iter().any(|s| s.key == q.key) && matches!(self.backend.get(&q.key), Ok(Some(_))) {
                stuck.push(q.clone());
            }
        }
        quarantine.extend(stuck);
        sort(&mut list);
        self.list = list;
        self.quarantine = quarantine;
    }
}

/// Most recently changed first; ties by id, so the order is stable.
fn sort(list: &mut Vec<Summary>) {
    crate::order::sort_by(list, |a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
}

/// Checks that storage accepts a write.
fn probe(backend: &mut dyn Backend) -> Result<(), StorageError> {
    backend.keys()?;
    backend.set(keys::PROBE, "1")?;
    backend.remove(keys::PROBE)?;
    Ok(())
}
