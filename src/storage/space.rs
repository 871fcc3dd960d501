//! How much room the origin's storage has. localStorage has no free-space API: the
//! space used is estimated as browsers count it (the UTF-16 length of every key and
//! value of the origin, Cadre's or not), against a quota assumed to be 5,000,000 of
//! those units — about what browsers give an origin (README, "Drafts and their
//! limits").
//! A backend that knows its own quota better says so (`Backend::quota`).

use super::backend::Backend;
use super::StorageError;

/// The quota assumed for localStorage, in UTF-16 code units (keys and values).
pub const ASSUMED_QUOTA: usize = 5_000_000;

/// A string's size in storage: its UTF-16 code units.
pub fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The units every key and value of the origin takes.
pub fn used(backend: &dyn Backend) -> Result<usize, StorageError> {
    let mut total = 0;
    for key in backend.keys()? {
        let value = backend.get(&key)?.unwrap_or_default();
        total += units(&key) + units(&value);
    }
    Ok(total)
}

/// The units still free, by that estimate.
pub fn free(backend: &dyn Backend) -> Result<usize, StorageError> {
    Ok(backend.quota().saturating_sub(used(backend)?))
}

/// The units that `(key, value)` pairs will take.
pub fn needed(entries: &[(String, String)]) -> usize {
    entries.iter().map(|(k, v)| units(k) + units(v)).sum()
}
