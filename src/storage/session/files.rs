//! Files: importing drafts, exporting one draft or all, and the values in quarantine
//! (downloaded as they were found, then deleted).

use super::{ActionError, Session};
use crate::file_name::slug;
use crate::json::{self, Value};
use crate::model::{Answers, Lang};
use crate::storage::envelope::{decode, Decoded, Draft, DraftId, Envelope};
use crate::storage::keys;
use crate::storage::space;
use crate::storage::transfer::{self, ImportError};
use crate::storage::write::{quarantine_origin, write_new, Interrupted};

impl Session {
    /// Adds the drafts of a file as new drafts and opens the first; returns how many
    /// were added and the answers to show. All or nothing: the file is checked whole
    /// (`transfer::parse_import`), then the room it needs is compared with the room
    /// left (`storage::space`), then every draft is written, and a write refused midway
    /// removes what the import had written.
    pub fn import(&mut self, bytes: &[u8]) -> Result<(usize, Answers), ActionError> {
        let drafts = transfer::parse_import(bytes).map_err(ActionError::Import)?;
        self.settle()?;
        self.undo = None;
        let now = (self.clock)();
        let mut ids: Vec<DraftId> = Vec::with_capacity(drafts.len());
        let mut entries = Vec::with_capacity(drafts.len());
        for d in drafts {
            let id = self.fresh_id_besides(&ids);
            entries.push((keys::draft(&id), Envelope::new(Draft { id: id.clone(), ..d }, 1, &now).encode()));
            ids.push(id);
        }
        let first = ids.first().cloned().ok_or(ActionError::Import(ImportError::Empty))?;
        let needed = space::needed(&entries);
        let free = space::free(&*self.backend)?;
        if needed > free {
            return Err(ActionError::Import(ImportError::NoRoom { needed, free }));
        }
        write_new(&mut *self.backend, &entries)
            .map_err(|Interrupted { error, undone }| ActionError::Import(ImportError::Interrupted { error, undone }))?;
        self.scan(false);
        self.load(&first)?;
        Ok((entries.len(), self.current.answers.clone()))
    }

    /// One draft as a file: `(file name, JSON)`. The open draft is exported as shown.
    pub fn export_draft(&mut self, id: &DraftId, lang: Lang) -> Result<(String, String), ActionError> {
        let now = (self.clock)();
        if *id == self.current.id {
            self.flush();
            let envelope = self.current_envelope(|| now.clone());
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
        let mut values: Vec<(String, Value)> = self
            .list
            .iter()
            .filter(|d| d.id != self.current.id)
            .filter_map(|d| self.stored_json(&d.id, &d.saved_at))
            .collect();
        let current = self.current_envelope(|| now.clone());
        values.push((current.saved_at.clone(), current.to_json()));
        crate::order::sort_by(&mut values, |a, b| b.0.cmp(&a.0));
        let values: Vec<Value> = values.into_iter().map(|(_, v)| v).collect();
        (transfer::file_name_all(&now, lang), transfer::export_all(&values, &now))
    }

    /// A stored draft as it goes into a file of all drafts, with the time it sorts by:
    /// a newer version's exactly as stored (dated by its line, `listed_at`); `None`
    /// when unreadable.
    fn stored_json(&self, id: &DraftId, listed_at: &str) -> Option<(String, Value)> {
        let raw = self.backend.get(&keys::draft(id)).ok().flatten()?;
        match decode(&raw) {
            Ok(Decoded::Current { envelope, .. }) => Some((envelope.saved_at.clone(), envelope.to_json())),
            Ok(Decoded::Newer { .. }) => json::parse(&raw).ok().map(|v| (listed_at.to_string(), v)),
            Err(_) => None,
        }
    }

    /// The unreadable value kept under `key`, exactly as it was found.
    pub fn quarantined_text(&self, key: &str) -> Option<String> {
        self.quarantine.iter().find(|q| q.key == key)?;
        self.backend.get(key).ok().flatten()
    }

    /// File name for downloading a quarantined value.
    pub fn quarantine_file_name(&self, key: &str) -> String {
        let origin = quarantine_origin(key);
        let what = slug(origin.strip_prefix(keys::PREFIX).unwrap_or(&origin), 60);
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
}
