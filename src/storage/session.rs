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
//! - a write never overwrites another tab's newer revision: the two copies are merged
//!   field by field (`storage::merge`); a field both tabs changed is a conflict the
//!   user settles at the field, and the value not chosen goes to a new draft, never
//!   to a slot the next keystroke overwrites (`session/tabs.rs`);
//! - nor a newer schema version (read-only), nor an unreadable value (moved to
//!   quarantine first): see `storage::write`;
//! - a draft whose changes could not be saved is never left for another one (the user
//!   is told to export it or make room first).

mod availability;
mod drafts;
mod files;
mod my_details;
mod tabs;

use super::backend::{Backend, MemoryBackend};
use super::envelope::{decode, Decoded, Draft, DraftId, Envelope};
use super::keys;
use super::merge::Conflict;
use super::profile::Profile;
use super::scan::{self, recent_first};
use super::transfer::ImportError;
use super::write::{save_linked, Lineage, SaveError};
use super::StorageError;
use crate::model::Answers;

pub use super::scan::{Quarantined, Summary};
use availability::blocked;
pub use availability::diagnose;

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
    /// Another tab changed fields this one changed too: the user chooses, field by
    /// field. Everything else is stored.
    Conflict,
    /// Another tab (or page of the site) deleted the open draft; this tab still shows
    /// it, and writes it again at the next change.
    Deleted,
    /// The last write failed; the draft is kept in memory.
    Failed(StorageError),
}

/// What the interface shows.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    pub state: SaveState,
    /// False: storage is unavailable and drafts live in this tab only.
    pub persistent: bool,
    /// Why drafts live in this tab only (`None` when `persistent`): `Quota`, the
    /// site's storage is full (of other data); `Unavailable`, the browser refuses
    /// storage (private mode, a third-party iframe, storage disabled).
    pub unavailable: Option<StorageError>,
    pub current: DraftId,
    /// Every draft, most recently changed first; the open one included.
    pub drafts: Vec<Summary>,
    pub quarantine: Vec<Quarantined>,
    /// The fields both this tab and another changed, to different values.
    pub conflicts: Vec<Conflict>,
    /// What happened to the open draft elsewhere, said in one line.
    pub notice: Option<Notice>,
    /// The drafts an "Undo" would bring back (empty: nothing to undo).
    pub undo: Vec<Summary>,
    pub has_profile: bool,
}

/// What happened to the open draft outside this tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Another tab's changes (saved at this time) were merged into this tab's copy.
    ChangedElsewhere { at: String },
    /// Another tab or page deleted the open draft.
    DeletedElsewhere,
    /// Another page of the site cleared the storage: the open draft is written again.
    Cleared,
    /// The values not chosen in a conflict were kept in this new draft.
    SetAside { id: DraftId, name: String },
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

/// Fills the answers of a new draft (the page's URL presets).
pub type Fill = Box<dyn Fn(&mut Answers)>;

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
    /// Why the backend is memory instead of the browser's storage (`None`: it is
    /// the browser's). Storage is tried again (`retry_storage`) while this is set.
    unavailable: Option<StorageError>,
    /// The open draft was started by this session when it opened (nothing to
    /// reopen): URL presets may fill it, once (`fill_new_drafts`).
    started_new: bool,
    /// What fills a new draft after my details (the page's URL presets).
    presets: Option<Fill>,
    clock: Box<dyn Fn() -> String>,
    ids: Box<dyn FnMut() -> DraftId>,
    current: Draft,
    /// The stored revision this tab's copy is based on (0: never stored).
    rev: u64,
    saved_at: String,
    dirty: bool,
    /// The stored copy this tab's copy is based on: the merge's common ancestor.
    base: Draft,
    /// The token of that stored copy (see `Envelope::write`).
    head: String,
    /// The last stored copies this tab wrote or read, by token: where another tab's
    /// write finds its common base with this tab's copy.
    history: Vec<(String, Draft)>,
    /// Something was typed since the page opened (what memory-only storage may lose).
    typed: bool,
    /// The open draft was deleted elsewhere (see `SaveState::Deleted`).
    gone: bool,
    /// The stored copy this tab is based on is this tab's own write (the one another
    /// tab may delete without having seen it).
    wrote_head: bool,
    read_only: Option<u32>,
    conflicts: Vec<Conflict>,
    /// This tab's side of the conflicts was kept in a new draft as the page went away.
    aside_written: bool,
    notice: Option<Notice>,
    failure: Option<StorageError>,
    /// A write merged another tab's changes: the answers on screen must follow.
    refresh: bool,
    profile: Option<Profile>,
    profile_rev: u64,
    list: Vec<Summary>,
    quarantine: Vec<Quarantined>,
    undo: Option<Undo>,
}

impl Session {
    /// Opens the drafts in `backend`: checks it accepts writes (else works in memory,
    /// saying why: see `diagnose`), quarantines what cannot be read (restoring a
    /// draft from its `.bak` when it can), and opens the most recent draft, or a new
    /// one filled with my details.
    pub fn open(
        backend: Box<dyn Backend>,
        clock: Box<dyn Fn() -> String>,
        ids: Box<dyn FnMut() -> DraftId>,
    ) -> Session {
        let mut backend = backend;
        match diagnose(&mut *backend) {
            Ok(()) => Session::start(backend, None, clock, ids),
            Err(why) => Session::start(Box::new(MemoryBackend::new()), Some(why), clock, ids),
        }
    }

    /// A session over storage the browser did not give (`why`: `window.localStorage`
    /// threw or was null): drafts live in memory until `retry_storage` succeeds.
    pub fn in_memory(why: StorageError, clock: Box<dyn Fn() -> String>, ids: Box<dyn FnMut() -> DraftId>) -> Session {
        Session::start(Box::new(MemoryBackend::new()), Some(blocked(why)), clock, ids)
    }

    fn start(
        backend: Box<dyn Backend>,
        unavailable: Option<StorageError>,
        clock: Box<dyn Fn() -> String>,
        mut ids: Box<dyn FnMut() -> DraftId>,
    ) -> Session {
        let id = ids();
        let blank = Draft { id, name: String::new(), answers: Answers::default() };
        let mut s = Session {
            backend,
            unavailable,
            started_new: false,
            presets: None,
            clock,
            ids,
            current: blank.clone(),
            rev: 0,
            saved_at: String::new(),
            dirty: false,
            base: blank,
            head: String::new(),
            history: Vec::new(),
            typed: false,
            gone: false,
            wrote_head: false,
            read_only: None,
            conflicts: Vec::new(),
            aside_written: false,
            notice: None,
            failure: None,
            refresh: false,
            profile: None,
            profile_rev: 0,
            list: Vec::new(),
            quarantine: Vec::new(),
            undo: None,
        };
        s.scan(true);
        if !s.open_most_recent(None) {
            s.open_blank();
            s.started_new = true;
        }
        s
    }

    /// From now on, `fill` (the page's URL presets) fills every new draft after my
    /// details: the open draft when this session started it (a first visit, or no
    /// draft to reopen; it is saved filled), and the drafts "New" starts. A draft the
    /// user reopens is never written into, even where they left a field empty or
    /// cleared it. True when the open draft was filled.
    pub fn fill_new_drafts(&mut self, fill: Fill) -> bool {
        self.presets = Some(fill);
        if !std::mem::take(&mut self.started_new) || self.read_only.is_some() {
            return false;
        }
        let mut answers = self.current.answers.clone();
        if let Some(fill) = &self.presets {
            fill(&mut answers);
        }
        if self.edit(&answers) {
            self.flush();
        }
        true
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
        self.unavailable.is_none()
    }

    /// Why drafts live in this tab only; `None` when they are stored.
    pub fn unavailable(&self) -> Option<&StorageError> {
        self.unavailable.as_ref()
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
        } else if !self.conflicts.is_empty() {
            SaveState::Conflict
        } else if let Some(e) = &self.failure {
            SaveState::Failed(e.clone())
        } else if self.dirty {
            SaveState::Pending
        } else if self.gone {
            SaveState::Deleted
        } else if self.unavailable.is_some() {
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
            persistent: self.unavailable.is_none(),
            unavailable: self.unavailable.clone(),
            current: self.current.id.clone(),
            drafts,
            quarantine: self.quarantine.clone(),
            conflicts: self.conflicts.clone(),
            notice: self.notice.clone(),
            undo: self.undo.iter().flat_map(|u| &u.deleted).map(|d| d.summary.clone()).collect(),
            has_profile: self.profile.is_some(),
        }
    }

    // ---- Editing and saving --------------------------------------------------------

    /// The fields both this tab and another changed.
    pub fn view_conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// Records the answers of the open draft. True when a write should be scheduled.
    pub fn edit(&mut self, answers: &Answers) -> bool {
        if *answers != self.current.answers {
            self.current.answers = answers.clone();
            self.dirty = true;
            self.typed = true;
            // A conflict the user settled by typing the other value is no longer one.
            let current = &self.current;
            self.conflicts.iter_mut().for_each(|c| c.mine = c.part.get(current));
            self.conflicts.retain(|c| c.mine != c.theirs);
        }
        self.wants_write()
    }

    /// True when the open draft has changes to write.
    pub fn wants_write(&self) -> bool {
        self.dirty && self.read_only.is_none()
    }

    /// True while something shown in this tab is not in storage: changes not yet
    /// written (or refused), this tab's side of a conflict, anything typed when storage
    /// is unavailable, or this tab's last write when another tab deleted the draft
    /// (perhaps without having seen it). Leaving the page then asks first.
    pub fn unstored(&self) -> bool {
        self.dirty
            || !self.conflicts.is_empty()
            || (self.unavailable.is_some() && self.typed)
            || (self.gone && self.wrote_head)
    }

    /// Writes the open draft if it has changes. Never overwrites another tab's newer
    /// revision (it is merged first), a newer version's draft, or an unreadable value.
    /// Where both tabs changed a field, the stored copy keeps the other tab's value
    /// until the user chooses (this tab's is on screen).
    pub fn flush(&mut self) -> SaveState {
        // A newer revision found by the write is merged, then written over: twice at
        // most (a third tab writing at each turn waits for the next flush).
        for _ in 0..2 {
            if !self.wants_write() {
                break;
            }
            let now = (self.clock)();
            let key = keys::draft(&self.current.id);
            let stored = self.stored_form();
            let token = self.fresh_token();
            let lineage = Lineage { base_rev: self.rev, expect: Some(&self.head), token: &token };
            match save_linked(&mut *self.backend, &key, &stored, lineage, &now) {
                Ok(rev) => {
                    self.rev = rev;
                    self.saved_at = now;
                    self.remember(&token, &stored);
                    self.base = stored;
                    self.head = token;
                    self.wrote_head = true;
                    self.dirty = false;
                    self.gone = false;
                    self.failure = None;
                }
                Err(SaveError::Conflict(theirs)) => {
                    let mut theirs = *theirs;
                    theirs.draft.id = self.current.id.clone();
                    if self.reconcile(theirs) {
                        self.refresh = true;
                    }
                    continue;
                }
                Err(SaveError::Newer(version)) => self.read_only = Some(version),
                Err(SaveError::Storage(e)) => self.failure = Some(e),
            }
            break;
        }
        self.state()
    }

    /// Forgets the one-line notice (the user closed it).
    pub fn dismiss_notice(&mut self) {
        self.notice = None;
    }

    /// Saves, and says whether the open draft may be left without losing anything.
    fn settle(&mut self) -> Result<(), ActionError> {
        self.flush();
        if self.dirty || !self.conflicts.is_empty() {
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

    /// The answers a new draft starts from: the defaults, with my details, then the
    /// page's presets. The open draft still holds them: it is an untouched new draft.
    pub fn default_answers(&self) -> Answers {
        let mut answers = self.profile.as_ref().map(Profile::new_answers).unwrap_or_default();
        if let Some(fill) = &self.presets {
            fill(&mut answers);
        }
        answers
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

    /// A new token for a write (as unique as a draft id).
    fn fresh_token(&mut self) -> String {
        (self.ids)().as_str().to_string()
    }

    /// Keeps a stored copy by its token, for later merges (the last eight).
    fn remember(&mut self, token: &str, draft: &Draft) {
        if token.is_empty() {
            return;
        }
        self.history.retain(|(t, _)| t != token);
        self.history.push((token.to_string(), draft.clone()));
        if self.history.len() > 8 {
            self.history.remove(0);
        }
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
        self.base = self.current.clone();
        self.head = String::new();
        self.history.clear();
        self.gone = false;
        self.read_only = None;
        self.conflicts.clear();
        self.notice = None;
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
        self.base = self.current.clone();
        self.history.clear();
        self.remember(&envelope.write, &self.current.clone());
        self.head = envelope.write;
        self.wrote_head = false;
        self.rev = envelope.rev;
        self.saved_at = envelope.saved_at;
        self.dirty = false;
        self.gone = false;
        self.read_only = newer;
        self.conflicts.clear();
        self.notice = None;
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
