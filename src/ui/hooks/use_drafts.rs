//! Persistence, in one hook: autosave (at most 300 ms after a change), a flush when
//! the page is hidden or left, the `storage` events of other tabs, storage tried
//! again while drafts live in memory, and the commands of the drafts panel. The rules live in `storage::Session`; this file only wires them
//! to timers, browser events and the interview's reducer.

use crate::i18n::drafts as words;
use crate::interview::Action;
use crate::model::{Answers, Lang};
use crate::storage::merge::Part;
use crate::storage::scan::Summary;
use crate::storage::session::ActionError;
use crate::storage::transfer::MAX_IMPORT_BYTES;
use crate::storage::{keys, DraftId, Session, View};
use crate::ui::state::Dispatch;
use crate::web;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Longest wait between a change and its write.
const SAVE_DELAY_MS: u32 = 300;
/// How long "Undo" stays offered after a delete.
const UNDO_MS: u32 = 8_000;
/// Shortest wait between two tries of storage while drafts live in memory.
const RETRY_MS: f64 = 2_000.0;

pub type SharedSession = Rc<RefCell<Session>>;

/// What the drafts panel asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    New,
    Open(DraftId),
    Rename(DraftId, String),
    Duplicate(DraftId),
    /// A new draft from this one for a new client; errors are said at the place.
    NewClient(DraftId, Place),
    Delete(DraftId),
    /// Deletes the drafts selected in the panel, undone together.
    DeleteMany(Vec<DraftId>),
    Undo,
    DismissUndo,
    Export(DraftId),
    ExportAll,
    Import(web_sys::File),
    /// Save the open draft's provider as my details; said at the place.
    SaveProfile(Place),
    ApplyProfile,
    /// Settle a conflict: keep this tab's value (true) or take the other tab's.
    Resolve(Part, bool),
    ResolveAll(bool),
    /// Write again a draft another tab deleted.
    RestoreHere,
    DismissNotice,
    /// Go to the question that asks this field.
    Fix(crate::model::Field),
    SaveCopy,
    DownloadQuarantined(String),
    DiscardQuarantined(String),
}

/// Where a message is shown: beside the control that caused it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Panel,
    Import,
    Profile,
    Item(DraftId),
    Banner,
    /// Beside "Delete selected".
    Selection,
    /// The start of a new draft, and "save as my details" on the first step.
    Start,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub place: Place,
    pub text: String,
    pub error: bool,
}

/// What the panel shows and how it acts.
#[derive(Clone, PartialEq)]
pub struct Drafts {
    pub view: Rc<View>,
    pub message: Option<Message>,
    /// Quarantine keys downloaded in this tab (they may then be deleted).
    pub downloaded: Rc<Vec<String>>,
    pub command: Callback<Command>,
}

/// The page's drafts session, opened once, before the interview's state (which starts
/// from the open draft).
#[hook]
pub fn use_draft_session() -> SharedSession {
    use_mut_ref(web::storage::open_session)
}

struct Shared {
    session: SharedSession,
    dispatch: Dispatch,
    update: UseForceUpdateHandle,
    save_timer: RefCell<Option<Timeout>>,
    save_scheduled: Cell<bool>,
    undo_timer: RefCell<Option<Timeout>>,
    /// The import being read and its handler, kept until the next import.
    reader: RefCell<Option<Reading>>,
    message: RefCell<Option<Message>>,
    downloaded: RefCell<Vec<String>>,
    lang: Cell<Lang>,
    /// When storage was last tried (ms since the epoch), and a later try booked.
    retried_at: Cell<f64>,
    retry_timer: RefCell<Option<Timeout>>,
    retry_booked: Cell<bool>,
}

impl Shared {
    fn flush(self: &Rc<Self>) {
        self.save_scheduled.set(false);
        self.retry_storage(false);
        let before = self.session.borrow().state();
        let after = self.session.borrow_mut().flush();
        // The write found another tab's newer copy and merged it in.
        let merged = self.session.borrow_mut().take_refresh();
        if let Some(answers) = merged {
            self.dispatch.dispatch(Action::Refresh { answers });
            self.update.force_update();
        } else if before != after {
            self.update.force_update();
        }
    }

    /// The name of the draft that keeps the values not chosen in a conflict.
    fn aside_name(&self) -> String {
        let s = self.session.borrow();
        let current = Summary::of(s.current(), "", None);
        let lang = self.lang.get();
        // Untitled: named after the first answer in conflict.
        let first = s.view_conflicts().first().map(|c| crate::i18n::conflicts::part_label(c.part, lang));
        crate::i18n::conflicts::aside_name(current.title().or(first).unwrap_or(""), lang)
    }

    /// Writes at most `SAVE_DELAY_MS` after the first unsaved change (not reset by
    /// later keystrokes, so a long burst of typing is still saved every 300 ms).
    fn schedule(self: &Rc<Self>) {
        if self.save_scheduled.replace(true) {
            return;
        }
        let me = Rc::clone(self);
        // The previous timeout has fired: replacing it here drops it safely.
        *self.save_timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || me.flush()));
    }

    /// While drafts live in memory (storage full or refused when the page opened),
    /// tries storage again: on the writes edits schedule, at most every `RETRY_MS`
    /// (one try is booked for later when it is too soon), and at once with `now` (the
    /// tab shown again). When storage works, `Session::retry_storage` stores the drafts.
    fn retry_storage(self: &Rc<Self>, now: bool) {
        if self.session.borrow().is_persistent() {
            return;
        }
        let t = js_sys::Date::now();
        let wait = self.retried_at.get() + RETRY_MS - t;
        if !now && wait > 0.0 {
            if !self.retry_booked.replace(true) {
                let me = Rc::clone(self);
                // The previous timeout has fired: replacing it here drops it safely.
                *self.retry_timer.borrow_mut() = Some(Timeout::new(wait.ceil() as u32, move || {
                    me.retry_booked.set(false);
                    me.retry_storage(true);
                }));
            }
            return;
        }
        self.retried_at.set(t);
        let before = self.session.borrow().unavailable().cloned();
        let stored = web::storage::retry_storage(&mut self.session.borrow_mut());
        if stored || self.session.borrow().unavailable() != before.as_ref() {
            self.update.force_update();
        }
    }

    fn say(&self, place: Place, text: String, error: bool) {
        *self.message.borrow_mut() = Some(Message { place, text, error });
    }

    fn show(&self, answers: Option<Answers>) {
        if let Some(answers) = answers {
            self.dispatch.dispatch(Action::Load { answers });
        }
    }

    fn download(&self, place: Place, name: &str, mime: &str, text: &str) -> bool {
        if web::download::download(text.as_bytes(), mime, name).is_err() {
            self.say(place, crate::i18n::ui(self.lang.get()).download_failed.into(), true);
            false
        } else {
            true
        }
    }

    fn run(self: &Rc<Self>, command: Command) {
        let lang = self.lang.get();
        let error = |e: &ActionError| words::action_error(e, lang);
        *self.message.borrow_mut() = None;
        // Any action but Undo ends the offer to undo.
        if !matches!(command, Command::Undo) {
            self.session.borrow_mut().expire_undo();
            self.undo_timer.borrow_mut().take();
        }
        let mut show = None;
        match command {
            Command::New => match self.session.borrow_mut().new_draft() {
                Ok(a) => show = Some(a),
                Err(e) => self.say(Place::Panel, error(&e), true),
            },
            Command::Open(id) => match self.session.borrow_mut().open_draft(&id) {
                Ok(a) => show = Some(a),
                Err(e) => self.say(Place::Item(id), error(&e), true),
            },
            Command::Rename(id, name) => {
                if let Err(e) = self.session.borrow_mut().rename(&id, &name) {
                    self.say(Place::Item(id), error(&e), true);
                }
            }
            Command::Duplicate(id) => match self.session.borrow_mut().duplicate(&id) {
                Ok(a) => show = Some(a),
                Err(e) => self.say(Place::Item(id), error(&e), true),
            },
            Command::NewClient(id, place) => match self.session.borrow_mut().new_client_from(&id) {
                Ok(a) => show = Some(a),
                Err(e) => self.say(place, error(&e), true),
            },
            Command::Delete(id) => {
                let result = self.session.borrow_mut().delete(&id);
                show = self.deleted(result, Place::Item(id));
            }
            Command::DeleteMany(ids) => {
                let result = self.session.borrow_mut().delete_many(&ids);
                show = self.deleted(result, Place::Selection);
            }
            Command::Undo => {
                self.undo_timer.borrow_mut().take();
                let result = self.session.borrow_mut().undo();
                match result {
                    Ok(a) => show = a,
                    Err(e) => self.say(Place::Panel, error(&e), true),
                }
            }
            Command::DismissUndo => {}
            Command::Export(id) => {
                let result = self.session.borrow_mut().export_draft(&id, lang);
                match result {
                    Ok((name, text)) => {
                        self.download(Place::Item(id), &name, "application/json", &text);
                    }
                    Err(e) => self.say(Place::Item(id), error(&e), true),
                }
            }
            Command::ExportAll => {
                let (name, text) = self.session.borrow_mut().export_all(lang);
                self.download(Place::Panel, &name, "application/json", &text);
            }
            Command::Import(file) => self.import(file),
            Command::SaveProfile(place) => match self.session.borrow_mut().save_profile() {
                Ok(()) => self.say(place, words::ui(lang).my_details_saved.into(), false),
                Err(e) => self.say(place, error(&e), true),
            },
            Command::ApplyProfile => {
                let answers = self.session.borrow_mut().apply_profile();
                if let Some(answers) = answers {
                    self.dispatch.dispatch(Action::Refresh { answers });
                    self.say(Place::Profile, words::ui(lang).my_details_applied.into(), false);
                    self.schedule();
                }
            }
            Command::Resolve(part, keep_mine) => {
                let name = self.aside_name();
                let result = self.session.borrow_mut().resolve(part, keep_mine, &name);
                self.after_resolve(result);
            }
            Command::ResolveAll(keep_mine) => {
                let name = self.aside_name();
                let result = self.session.borrow_mut().resolve_all(keep_mine, &name);
                self.after_resolve(result);
            }
            Command::RestoreHere => self.session.borrow_mut().restore_here(),
            Command::DismissNotice => self.session.borrow_mut().dismiss_notice(),
            Command::Fix(field) => self.dispatch.dispatch(Action::Fix { field }),
            Command::SaveCopy => show = Some(self.session.borrow_mut().save_copy()),
            Command::DownloadQuarantined(key) => {
                let found = {
                    let s = self.session.borrow();
                    s.quarantined_text(&key).map(|text| (s.quarantine_file_name(&key), text))
                };
                if let Some((name, text)) = found {
                    if self.download(Place::Banner, &name, "text/plain;charset=utf-8", &text) {
                        let mut downloaded = self.downloaded.borrow_mut();
                        if !downloaded.contains(&key) {
                            downloaded.push(key);
                        }
                    }
                }
            }
            Command::DiscardQuarantined(key) => {
                if let Err(e) = self.session.borrow_mut().discard_quarantined(&key) {
                    self.say(Place::Banner, error(&e), true);
                }
            }
        }
        self.show(show);
        self.update.force_update();
    }

    fn after_resolve(&self, result: Result<Answers, ActionError>) {
        match result {
            Ok(answers) => self.dispatch.dispatch(Action::Refresh { answers }),
            Err(e) => self.say(Place::Banner, words::action_error(&e, self.lang.get()), true),
        }
    }

    /// After a delete: "Undo" is offered for `UNDO_MS` (even after a refusal midway,
    /// which `place` words); the answers to show when the open draft went.
    fn deleted(self: &Rc<Self>, result: Result<Option<Answers>, ActionError>, place: Place) -> Option<Answers> {
        let me = Rc::clone(self);
        *self.undo_timer.borrow_mut() = Some(Timeout::new(UNDO_MS, move || {
            me.session.borrow_mut().expire_undo();
            me.update.force_update();
        }));
        result.unwrap_or_else(|e| {
            self.say(place, words::action_error(&e, self.lang.get()), true);
            None
        })
    }

    fn import(self: &Rc<Self>, file: web_sys::File) {
        let lang = self.lang.get();
        let size = file.size() as usize;
        if size > MAX_IMPORT_BYTES {
            // Refused before reading a byte.
            self.say(Place::Import, words::too_large(size, lang), true);
            return;
        }
        if let Some((old, _)) = self.reader.borrow_mut().take() {
            old.set_onloadend(None);
            old.abort();
        }
        let Ok(reader) = web_sys::FileReader::new() else {
            self.say(Place::Import, words::ui(lang).file_unreadable.into(), true);
            return;
        };
        let me = Rc::clone(self);
        let source = reader.clone();
        let onloadend = Closure::<dyn FnMut()>::new(move || {
            let lang = me.lang.get();
            let bytes = source
                .result()
                .ok()
                .filter(|_| source.error().is_none())
                .and_then(|r| r.dyn_into::<js_sys::ArrayBuffer>().ok())
                .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
            match bytes {
                Some(bytes) => {
                    let result = me.session.borrow_mut().import(&bytes);
                    match result {
                        Ok((n, answers)) => {
                            me.say(Place::Import, words::imported(n, lang), false);
                            me.show(Some(answers));
                        }
                        Err(e) => me.say(Place::Import, words::action_error(&e, lang), true),
                    }
                }
                None => me.say(Place::Import, words::ui(lang).file_unreadable.into(), true),
            }
            me.update.force_update();
        });
        reader.set_onloadend(Some(onloadend.as_ref().unchecked_ref()));
        if reader.read_as_array_buffer(&file).is_err() {
            self.say(Place::Import, words::ui(lang).file_unreadable.into(), true);
            return;
        }
        *self.reader.borrow_mut() = Some((reader, onloadend));
    }
}

/// A file being read: the reader, and its `loadend` handler (dropping it early would
/// leave the reader calling a freed closure).
type Reading = (web_sys::FileReader, Closure<dyn FnMut()>);

/// Saves the interview's answers and runs the drafts panel's commands.
#[hook]
pub fn use_drafts(session: &SharedSession, answers: &Answers, lang: Lang, dispatch: Dispatch) -> Drafts {
    let update = use_force_update();
    let shared = {
        let session = session.clone();
        use_memo((), move |_| {
            Rc::new(Shared {
                session,
                dispatch,
                update,
                save_timer: RefCell::new(None),
                save_scheduled: Cell::new(false),
                undo_timer: RefCell::new(None),
                reader: RefCell::new(None),
                message: RefCell::new(None),
                downloaded: RefCell::new(Vec::new()),
                lang: Cell::new(lang),
                retried_at: Cell::new(js_sys::Date::now()),
                retry_timer: RefCell::new(None),
                retry_booked: Cell::new(false),
            })
        })
    };
    let shared: Rc<Shared> = Rc::clone(&shared);
    shared.lang.set(lang);

    // Every change of the answers: record it, and write within 300 ms.
    {
        let shared = Rc::clone(&shared);
        use_effect_with(answers.clone(), move |answers| {
            let seen = |s: &Session| (s.state(), s.view_conflicts().to_vec());
            let before = seen(&shared.session.borrow());
            let schedule = shared.session.borrow_mut().edit(answers);
            // The state, or a conflict's "this tab" value, changed: shown at once.
            if seen(&shared.session.borrow()) != before {
                shared.update.force_update();
            }
            if schedule {
                shared.schedule();
            }
        });
    }

    // Leaving or hiding the page writes at once; other tabs' writes come as events.
    {
        let shared = Rc::clone(&shared);
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            if let Some(window) = web_sys::window() {
                let s = Rc::clone(&shared);
                listeners.push(EventListener::new(&window, "pagehide", move |_| {
                    s.flush();
                    // Going away mid-conflict: this tab's values are kept in a draft.
                    let name = s.aside_name();
                    s.session.borrow_mut().set_aside_unsettled(&name);
                }));
                let s = Rc::clone(&shared);
                listeners.push(EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    let key = event.key();
                    if key.as_deref().is_some_and(|k| !k.starts_with(keys::PREFIX)) {
                        return;
                    }
                    let reload = s.session.borrow_mut().external_change(key.as_deref());
                    if let Some(answers) = reload {
                        s.dispatch.dispatch(Action::Refresh { answers });
                    }
                    // Merged changes of both tabs, or a draft written again after a
                    // cleared storage: written at once.
                    if s.session.borrow().wants_write() {
                        s.flush();
                    }
                    s.update.force_update();
                }));
                // Leaving with something storage does not hold asks first (the browser
                // words the question); everything else was just written.
                let s = Rc::clone(&shared);
                let options = gloo::events::EventListenerOptions::enable_prevent_default();
                listeners.push(EventListener::new_with_options(&window, "beforeunload", options, move |event| {
                    s.flush();
                    if s.session.borrow().unstored() {
                        event.prevent_default();
                        let _ = js_sys::Reflect::set(event, &"returnValue".into(), &"unsaved".into());
                    }
                }));
                if let Some(document) = window.document() {
                    let s = Rc::clone(&shared);
                    let doc = document.clone();
                    listeners.push(EventListener::new(&document, "visibilitychange", move |_| {
                        if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                            s.flush();
                        } else {
                            s.retry_storage(true);
                        }
                    }));
                }
            }
            move || drop(listeners)
        });
    }

    // One callback for the page's life: the fields that read it through a context are
    // not redrawn at each keystroke for a new one.
    let command = {
        let shared = Rc::clone(&shared);
        (*use_memo((), move |_| Callback::from(move |c: Command| shared.run(c)))).clone()
    };
    let view = Rc::new(shared.session.borrow().view());
    let message = shared.message.borrow().clone();
    let downloaded = Rc::new(shared.downloaded.borrow().clone());
    Drafts { view, message, downloaded, command }
}
