//! Drafts sessions for native tests: a clock that moves one second per reading, ids
//! with one prefix per tab, and a tab opened over a shared `MemoryBackend`.

use cadre::storage::{DraftId, MemoryBackend, Session};
use std::cell::Cell;
use std::rc::Rc;

/// A clock that moves one second per reading, so "last changed" orders are strict.
pub fn clock() -> Box<dyn Fn() -> String> {
    let t = Rc::new(Cell::new(0u32));
    Box::new(move || {
        let s = t.get();
        t.set(s + 1);
        format!("2026-05-04T{:02}:{:02}:{:02}.000Z", 9 + s / 3600, (s / 60) % 60, s % 60)
    })
}

/// Ids `<prefix>1`, `<prefix>2`… (one prefix per tab, as random ids would differ).
pub fn ids(prefix: &'static str) -> Box<dyn FnMut() -> DraftId> {
    let mut n = 0;
    Box::new(move || {
        n += 1;
        DraftId::parse(&format!("{prefix}{n}")).unwrap()
    })
}

/// A tab on `store`, as a page opens it.
pub fn tab(store: &MemoryBackend, prefix: &'static str) -> Session {
    Session::open(Box::new(store.clone()), clock(), ids(prefix))
}
