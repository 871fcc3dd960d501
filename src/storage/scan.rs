//! Reading storage into the drafts list: one line per stored draft, the values in
//! quarantine, and "my details". With `repair` (when a tab opens), what cannot be
//! read is moved to quarantine, and a draft comes back from its `.bak` when that one
//! is good; what cannot even be moved is listed as it is, where it is.

use super::backend::Backend;
use super::envelope::{decode, Decoded, Draft, DraftId, Envelope};
use super::keys::{self, Kind};
use super::profile::Profile;
use super::write::{quarantine, quarantine_origin, write_checked};
use super::StorageError;
use crate::order::sort_by;

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
    pub fn of(draft: &Draft, saved_at: &str, newer: Option<u32>) -> Summary {
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

    /// The line of a stored draft, under `id` (the key's, whatever the envelope says).
    pub fn of_stored(id: DraftId, decoded: Decoded) -> Summary {
        match decoded {
            Decoded::Current { envelope, .. } => Summary::of_envelope(id, envelope, None),
            Decoded::Newer { version, envelope: Some(e) } => Summary::of_envelope(id, e, Some(version)),
            Decoded::Newer { version, envelope: None } => Summary {
                id,
                name: String::new(),
                client: String::new(),
                mission: String::new(),
                saved_at: String::new(),
                newer: Some(version),
                openable: false,
            },
        }
    }

    fn of_envelope(id: DraftId, envelope: Envelope, newer: Option<u32>) -> Summary {
        Summary::of(&Draft { id, ..envelope.draft }, &envelope.saved_at, newer)
    }

    /// The name shown: the user's, else the mission's, else the client's.
    pub fn title(&self) -> Option<&str> {
        [&self.name, &self.mission, &self.client].into_iter().map(|s| s.trim()).find(|s| !s.is_empty())
    }
}

/// Most recently changed first; ties by id, so the order is stable.
pub fn recent_first(list: &mut Vec<Summary>) {
    sort_by(list, |a, b| b.saved_at.cmp(&a.saved_at).then_with(|| a.id.cmp(&b.id)));
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

impl Quarantined {
    /// An unreadable value that could not be moved: it stays under its own key.
    fn stuck(key: &str, raw: &str) -> Quarantined {
        Quarantined { key: key.to_string(), origin: key.to_string(), bytes: raw.len() }
    }
}

/// What one stored key gives the lists.
enum Entry {
    Line(Summary),
    Stuck(Quarantined),
    Nothing,
}

/// The drafts list (most recent first) and the unreadable values that could not be
/// moved to quarantine, from every key of `backend`; `now()` dates the quarantine.
pub fn drafts(
    backend: &mut dyn Backend,
    repair: bool,
    now: impl FnOnce() -> String,
) -> Result<(Vec<Summary>, Vec<Quarantined>), StorageError> {
    let mut all = backend.keys()?;
    sort_by(&mut all, Ord::cmp);
    let now = now();
    let mut list = Vec::new();
    let mut stuck = Vec::new();
    for key in &all {
        let entry = match keys::kind(key) {
            Kind::Draft(id) => draft(backend, key, id, repair, &now),
            Kind::Backup(_) | Kind::ProfileBackup if repair => backup(backend, key, &now),
            _ => Entry::Nothing,
        };
        match entry {
            Entry::Line(summary) => list.push(summary),
            Entry::Stuck(q) => stuck.push(q),
            Entry::Nothing => {}
        }
    }
    recent_first(&mut list);
    Ok((list, stuck))
}

/// A draft's line. With `repair`, an unreadable draft is moved to quarantine and its
/// good `.bak`, if any, takes its place.
fn draft(backend: &mut dyn Backend, key: &str, id: DraftId, repair: bool, now: &str) -> Entry {
    let Ok(Some(raw)) = backend.get(key) else { return Entry::Nothing };
    match decode(&raw) {
        Ok(decoded) => Entry::Line(Summary::of_stored(id, decoded)),
        Err(_) if repair => restore(backend, key, id, &raw, now),
        Err(_) => Entry::Nothing,
    }
}

/// Moves the unreadable `raw` out of `key`, then writes back the draft's `.bak` when
/// that one is good.
fn restore(backend: &mut dyn Backend, key: &str, id: DraftId, raw: &str, now: &str) -> Entry {
    let good = good_backup(backend, key);
    if quarantine(backend, key, raw, now).is_err() {
        return Entry::Stuck(Quarantined::stuck(key, raw));
    }
    match good {
        Some((text, envelope)) if write_checked(backend, key, &text).is_ok() => {
            Entry::Line(Summary::of_envelope(id, envelope, None))
        }
        _ => Entry::Nothing,
    }
}

/// The `.bak` of `key` when this version reads it: its text and its envelope.
fn good_backup(backend: &dyn Backend, key: &str) -> Option<(String, Envelope)> {
    let text = backend.get(&keys::backup(key)).ok().flatten()?;
    match decode(&text) {
        Ok(Decoded::Current { envelope, .. }) => Some((text, envelope)),
        _ => None,
    }
}

/// An unreadable `.bak` goes to quarantine (it is listed where it is when it cannot).
fn backup(backend: &mut dyn Backend, key: &str, now: &str) -> Entry {
    let Ok(Some(raw)) = backend.get(key) else { return Entry::Nothing };
    if decode(&raw).is_err() && quarantine(backend, key, &raw, now).is_err() {
        return Entry::Stuck(Quarantined::stuck(key, &raw));
    }
    Entry::Nothing
}

/// Every value in quarantine, by key, then the `stuck` ones and those an earlier scan
/// could not move (`earlier`) that are still there.
pub fn quarantined(backend: &dyn Backend, mut stuck: Vec<Quarantined>, earlier: &[Quarantined]) -> Vec<Quarantined> {
    let mut found: Vec<Quarantined> = backend
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| keys::kind(k) == Kind::Quarantine)
        .map(|k| {
            let bytes = backend.get(&k).ok().flatten().map_or(0, |v| v.len());
            Quarantined { origin: quarantine_origin(&k), key: k, bytes }
        })
        .collect();
    sort_by(&mut found, |a, b| a.key.cmp(&b.key));
    for q in earlier.iter().filter(|q| keys::kind(&q.key) != Kind::Quarantine) {
        if !stuck.iter().any(|s| s.key == q.key) && matches!(backend.get(&q.key), Ok(Some(_))) {
            stuck.push(q.clone());
        }
    }
    found.extend(stuck);
    found
}

/// "My details" as stored, and their revision. With `repair`, an unreadable value goes
/// to quarantine (at the time `now` gives).
pub fn profile(backend: &mut dyn Backend, repair: bool, now: impl FnOnce() -> String) -> Option<(Profile, u64)> {
    let raw = backend.get(keys::PROFILE).ok().flatten()?;
    match decode(&raw) {
        Ok(d) => d.envelope().map(|e| (Profile::from_answers(&e.draft.answers), e.rev)),
        Err(_) => {
            if repair {
                let _ = quarantine(backend, keys::PROFILE, &raw, &now());
            }
            None
        }
    }
}
