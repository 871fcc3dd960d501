//! The localStorage backend against the real thing, in headless Chromium: writes read
//! back, a quota filled until the browser throws (named `Quota`, the draft kept in
//! memory, saved again once there is room), corrupted values set aside exactly as
//! found, and every browser's spelling of "quota exceeded".
//!
//! `cargo test --target wasm32-unknown-unknown --test web_storage`
#![cfg(target_arch = "wasm32")]

use cadre::model::Answers;
use cadre::storage::{keys, Backend, SaveState, Session, StorageError};
use cadre::web::storage::{new_id, now_iso, open_session, to_error, LocalStorage};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    storage().clear().unwrap();
}

fn session() -> Session {
    Session::open(Box::new(LocalStorage::open().unwrap()), Box::new(now_iso), Box::new(new_id))
}

fn titled(a: &Answers, title: &str) -> Answers {
    let mut a = a.clone();
    a.mission.title = title.into();
    a
}

/// Fills the origin's quota with `filler.N` keys until the browser throws; returns
/// the error of the last refused write.
fn fill_quota(backend: &mut LocalStorage) -> StorageError {
    let mut chunk = "x".repeat(1 << 20);
    let mut n = 0;
    let mut last = None;
    while !chunk.is_empty() {
        match backend.set(&format!("filler.{n}"), &chunk) {
            Ok(()) => n += 1,
            Err(e) => {
                last = Some(e);
                chunk.truncate(chunk.len() / 2);
            }
        }
    }
    assert!(n > 2, "a few megabytes went in before the quota");
    last.expect("the browser refused a write")
}

fn remove_fillers() {
    let s = storage();
    let n = s.length().unwrap();
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).unwrap()).filter(|k| k.starts_with("filler.")).collect();
    for k in keys {
        s.remove_item(&k).unwrap();
    }
}

#[wasm_bindgen_test]
fn writes_read_back_and_keys_are_listed() {
    clear();
    let mut b = LocalStorage::open().expect("localStorage in a normal page");
    assert_eq!(b.get("cadre.test").unwrap(), None);
    b.set("cadre.test", "é ☃ \u{1F600}").unwrap();
    assert_eq!(b.get("cadre.test").unwrap().as_deref(), Some("é ☃ \u{1F600}"));
    assert!(b.keys().unwrap().contains(&"cadre.test".to_string()));
    b.remove("cadre.test").unwrap();
    assert_eq!(b.get("cadre.test").unwrap(), None);
    assert!(open_session().is_persistent());
    clear();
}

#[wasm_bindgen_test]
fn a_full_quota_is_named_and_the_draft_stays_in_memory() {
    clear();
    let mut s = session();
    let id = s.current().id.clone();
    s.edit(&titled(s.answers(), "before the quota"));
    assert_eq!(s.flush(), SaveState::Saved);
    let stored_before = storage().get_item(&keys::draft(&id)).unwrap().unwrap();

    let mut backend = LocalStorage::open().unwrap();
    assert_eq!(fill_quota(&mut backend), StorageError::Quota, "Chromium's QuotaExceededError");

    let big = titled(s.answers(), &"typed while the storage is full ".repeat(50));
    s.edit(&big);
    assert_eq!(s.flush(), SaveState::Failed(StorageError::Quota));
    assert_eq!(s.answers(), &big, "kept in memory");
    assert!(s.is_dirty());
    assert_eq!(storage().get_item(&keys::draft(&id)).unwrap().unwrap(), stored_before, "the stored copy is intact");
    // The export still has everything.
    let (_, text) = s.export_draft(&id, cadre::model::Lang::Fr).unwrap();
    assert!(text.contains("typed while the storage is full"));
    // A session opened now (a reload) keeps storage, and the stored draft.
    let reloaded = session();
    assert!(reloaded.is_persistent(), "full is not the same as refused");
    assert_eq!(reloaded.answers().mission.title, "before the quota");

    remove_fillers();
    assert_eq!(s.flush(), SaveState::Saved);
    assert!(storage().get_item(&keys::draft(&id)).unwrap().unwrap().contains("typed while the storage is full"));
    clear();
}

#[wasm_bindgen_test]
fn corrupted_values_are_set_aside_exactly_as_found() {
    clear();
    // A good draft, saved twice so it has a backup, then its main copy damaged.
    let mut s = session();
    let id = s.current().id.clone();
    s.edit(&titled(s.answers(), "first"));
    s.flush();
    s.edit(&titled(s.answers(), "second"));
    s.flush();
    drop(s);
    let ls = storage();
    let key = keys::draft(&id);
    ls.set_item(&key, "{\"version\":1,\"rev\":3,\"saved_at\":\"2026").unwrap();
    ls.set_item("cadre.draft.garbage", "\u{0}\u{1}not json").unwrap();
    ls.set_item("cadre.me", "[]").unwrap();
    ls.set_item("someone-else", "{ not ours").unwrap();

    let s = session();
    assert_eq!(s.current().id, id);
    assert_eq!(s.answers().mission.title, "first", "restored from the backup");
    let q = s.view().quarantine;
    assert_eq!(q.len(), 3, "{q:?}");
    let texts: Vec<String> = q.iter().map(|q| s.quarantined_text(&q.key).unwrap()).collect();
    assert!(texts.contains(&"{\"version\":1,\"rev\":3,\"saved_at\":\"2026".to_string()));
    assert!(texts.contains(&"\u{0}\u{1}not json".to_string()));
    assert!(texts.contains(&"[]".to_string()));
    assert_eq!(ls.get_item("cadre.draft.garbage").unwrap(), None);
    assert_eq!(ls.get_item("someone-else").unwrap().as_deref(), Some("{ not ours"), "other keys untouched");
    clear();
}

#[wasm_bindgen_test]
fn a_second_tab_with_a_stale_revision_never_overwrites() {
    clear();
    let mut a = session();
    let mut b = session();
    assert_eq!(a.current().id, b.current().id);
    a.edit(&titled(a.answers(), "A"));
    assert_eq!(a.flush(), SaveState::Saved);
    b.edit(&titled(b.answers(), "B"));
    assert_eq!(b.flush(), SaveState::Conflict);
    assert!(storage().get_item(&keys::draft(&a.current().id)).unwrap().unwrap().contains("\"title\":\"A\""));
    clear();
}

#[wasm_bindgen_test]
fn every_spelling_of_quota_exceeded_is_recognised() {
    let dom = web_sys::DomException::new_with_message_and_name("full", "QuotaExceededError").unwrap();
    assert_eq!(to_error(&dom.into()), StorageError::Quota);
    let firefox = js_sys::Error::new("full");
    firefox.set_name("NS_ERROR_DOM_QUOTA_REACHED");
    assert_eq!(to_error(&firefox.into()), StorageError::Quota);
    let old_webkit = js_sys::Object::new();
    js_sys::Reflect::set(&old_webkit, &"code".into(), &JsValue::from(22)).unwrap();
    assert_eq!(to_error(&old_webkit.into()), StorageError::Quota);
    let legacy_firefox = js_sys::Object::new();
    js_sys::Reflect::set(&legacy_firefox, &"code".into(), &JsValue::from(1014)).unwrap();
    assert_eq!(to_error(&legacy_firefox.into()), StorageError::Quota);
    let blocked = web_sys::DomException::new_with_message_and_name("denied", "SecurityError").unwrap();
    assert!(matches!(to_error(&blocked.into()), StorageError::Unavailable(_)));
    assert!(matches!(to_error(&JsValue::from_str("odd")), StorageError::Other(_)));
}
