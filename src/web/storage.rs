//! localStorage as the drafts `Backend`, with every browser's refusals named
//! (`storage::backend::classify`), and the page's session: localStorage when the
//! browser gives it, memory otherwise (private modes, storage blocked in a third-party
//! iframe). `window.localStorage` is read here, not through gloo-storage, whose
//! `raw()` panics where storage is missing.

use crate::storage::backend::classify;
use crate::storage::{Backend, DraftId, Session, StorageError};
use wasm_bindgen::{JsCast, JsValue};

/// The browser's localStorage.
pub struct LocalStorage {
    storage: web_sys::Storage,
}

impl LocalStorage {
    /// The page's localStorage, or why there is none: `local_storage()` may throw
    /// (`SecurityError` when storage is blocked) or return null.
    pub fn open() -> Result<LocalStorage, StorageError> {
        let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(LocalStorage { storage }),
            Ok(None) => Err(StorageError::Unavailable("localStorage is null".into())),
            Err(e) => Err(match to_error(&e) {
                StorageError::Other(why) => StorageError::Unavailable(why),
                other => other,
            }),
        }
    }
}

/// Names what the browser threw: a `DOMException`'s name and code, or any error's.
pub fn to_error(e: &JsValue) -> StorageError {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        return classify(&d.name(), d.code() as u32, &d.message());
    }
    let field = |name: &str| js_sys::Reflect::get(e, &JsValue::from_str(name)).ok();
    let name = field("name").and_then(|v| v.as_string()).unwrap_or_default();
    let code = field("code").and_then(|v| v.as_f64()).unwrap_or(0.0) as u32;
    let message = field("message").and_then(|v| v.as_string()).or_else(|| e.as_string()).unwrap_or_default();
    classify(&name, code, &message)
}

impl Backend for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(|e| to_error(&e))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(|e| to_error(&e))
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(|e| to_error(&e))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let n = self.storage.length().map_err(|e| to_error(&e))?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(k) = self.storage.key(i).map_err(|e| to_error(&e))? {
                keys.push(k);
            }
        }
        Ok(keys)
    }
}

/// Now, in ISO 8601 UTC: `2026-05-04T09:30:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// A new draft id: the time and 32 random bits, in base 36 (`d-lx3k9a-1f0c2b`).
pub fn new_id() -> DraftId {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    DraftId::parse(&format!("d-{}-{}", base36(time), base36(random))).expect("a valid id")
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// The page's drafts: in localStorage when the browser allows it, else in memory.
pub fn open_session() -> Session {
    match LocalStorage::open() {
        Ok(storage) => Session::open(Box::new(storage), Box::new(now_iso), Box::new(new_id)),
        Err(why) => Session::in_memory(why, Box::new(now_iso), Box::new(new_id)),
    }
}

/// Tries localStorage again for a session kept in memory (`Session::retry_storage`).
/// True when the drafts are now stored.
pub fn retry_storage(session: &mut Session) -> bool {
    let opened = LocalStorage::open().map(|s| Box::new(s) as Box<dyn Backend>);
    session.retry_storage(opened)
}

/// A stored time shown in the reader's language and time zone ("4 mai 2026, 11:30").
pub fn local_time(iso: &str, lang: crate::model::Lang) -> String {
    let date = js_sys::Date::new(&JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    let locale = match lang {
        crate::model::Lang::Fr => "fr-FR",
        crate::model::Lang::En => "en-GB",
    };
    date.to_locale_string(locale, &options).into()
}
