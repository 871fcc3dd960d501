//! Where envelopes are kept: a key-value `Backend` (localStorage in the browser, see
//! `web::storage`), and `MemoryBackend` for native tests and for browsers that refuse
//! storage.

use super::space::{units, ASSUMED_QUOTA};
use super::StorageError;
use std::cell::RefCell;
use std::rc::Rc;

/// A string key-value store with localStorage's semantics: a `set` is whole or nothing.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
    /// Every key, in any order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
    /// The most UTF-16 units (keys and values) the store is thought to hold: see
    /// `storage::space`.
    fn quota(&self) -> usize {
        ASSUMED_QUOTA
    }
}

/// Names a browser's refusal. Every browser's spelling of a full quota counts:
/// `QuotaExceededError` (code 22) and Firefox's `NS_ERROR_DOM_QUOTA_REACHED` (1014).
pub fn classify(name: &str, code: u32, message: &str) -> StorageError {
    match (name, code) {
        ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22 | 1014) => StorageError::Quota,
        ("SecurityError", _) | (_, 18) => StorageError::Unavailable(format!("{name}: {message}")),
        _ => StorageError::Other(format!("{name}: {message}")),
    }
}

#[derive(Debug, Default)]
struct Memory {
    /// Key-value pairs, in the order first written (a map type would add wasm for
    /// the few keys a session holds).
    map: Vec<(String, String)>,
    /// Most UTF-16 units (keys + values) held, like a browser's quota.
    quota: Option<usize>,
    /// Every call fails as if storage were blocked.
    blocked: bool,
    /// Writes to this key store something else than what was asked (the last
    /// character is lost), to test read-back checks.
    mangle: Option<String>,
    /// This many more writes succeed, then every write fails as if the quota were
    /// reached: a browser with less room than assumed.
    writes_left: Option<usize>,
}

/// An in-memory backend. Clones share the same store, like two tabs share an origin.
#[derive(Debug, Clone, Default)]
pub struct MemoryBackend(Rc<RefCell<Memory>>);

impl MemoryBackend {
    pub fn new() -> MemoryBackend {
        MemoryBackend::default()
    }

    /// A store that refuses writes beyond `units` UTF-16 code units.
    pub fn with_quota(units: usize) -> MemoryBackend {
        let m = MemoryBackend::default();
        m.set_quota(Some(units));
        m
    }

    pub fn set_quota(&self, units: Option<usize>) {
        self.0.borrow_mut().quota = units;
    }

    /// Every call fails with `Unavailable`, as in a storage-blocked iframe.
    pub fn set_blocked(&self, blocked: bool) {
        self.0.borrow_mut().blocked = blocked;
    }

    /// Writes to `key` lose their last character (`None`: writes are faithful).
    pub fn set_mangle(&self, key: Option<&str>) {
        self.0.borrow_mut().mangle = key.map(str::to_string);
    }

    /// After `n` more successful writes, every write fails with `Quota` (`None`: no
    /// such limit).
    pub fn fail_writes_after(&self, n: Option<usize>) {
        self.0.borrow_mut().writes_left = n;
    }

    /// Every key and value, in the order first written: to compare a whole store.
    pub fn snapshot(&self) -> Vec<(String, String)> {
        self.0.borrow().map.clone()
    }

    /// UTF-16 units used, counted like browsers do (keys and values).
    pub fn used(&self) -> usize {
        self.0.borrow().map.iter().map(|(k, v)| units(k) + units(v)).sum()
    }

    /// Direct access for tests: what is stored under `key`.
    pub fn peek(&self, key: &str) -> Option<String> {
        self.0.borrow().get(key).map(str::to_string)
    }

    /// Direct write for tests, bypassing quota and mangling.
    pub fn poke(&self, key: &str, value: &str) {
        self.0.borrow_mut().insert(key, value.to_string());
    }

    fn check(&self) -> Result<(), StorageError> {
        if self.0.borrow().blocked {
            Err(StorageError::Unavailable("blocked".into()))
        } else {
            Ok(())
        }
    }
}

impl Memory {
    fn get(&self, key: &str) -> Option<&str> {
        self.map.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn insert(&mut self, key: &str, value: String) {
        match self.map.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value,
            None => self.map.push((key.to_string(), value)),
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check()?;
        Ok(self.0.borrow().get(key).map(str::to_string))
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check()?;
        let mut m = self.0.borrow_mut();
        match m.writes_left {
            Some(0) => return Err(StorageError::Quota),
            Some(n) => m.writes_left = Some(n - 1),
            None => {}
        }
        if let Some(quota) = m.quota {
            let old = m.get(key).map_or(0, |v| units(key) + units(v));
            let used: usize = m.map.iter().map(|(k, v)| units(k) + units(v)).sum();
            if used - old + units(key) + units(value) > quota {
                return Err(StorageError::Quota);
            }
        }
        let mut stored = value.to_string();
        if m.mangle.as_deref() == Some(key) {
            stored.pop();
        }
        m.insert(key, stored);
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.0.borrow_mut().map.retain(|(k, _)| k != key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check()?;
        Ok(self.0.borrow().map.iter().map(|(k, _)| k.clone()).collect())
    }

    fn quota(&self) -> usize {
        self.0.borrow().quota.unwrap_or(ASSUMED_QUOTA)
    }
}

impl<B: Backend + ?Sized> Backend for Box<B> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        (**self).get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        (**self).set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        (**self).keys()
    }
    fn quota(&self) -> usize {
        (**self).quota()
    }
}
