//! Drafts that are never lost: the stored envelope, its migrations, the drafts list,
//! "my details", import and export, quarantine of what cannot be read, and the rules
//! for two tabs — all plain Rust over a `Backend` trait, tested natively with
//! `MemoryBackend`. The browser's localStorage backend lives in `web::storage`; the
//! one hook that drives a `Session` lives in `ui::hooks::use_drafts`.
//!
//! Keys (all under `cadre.`):
//! - `cadre.draft.<id>`: one draft's `Envelope`, as JSON;
//! - `cadre.draft.<id>.bak`: the previous good copy of that draft;
//! - `cadre.me`: "my details", an envelope whose draft holds the provider's identity
//!   and default terms (the same shape, so one migration chain serves both);
//! - `cadre.quarantine.<origin>@<time>`: a value that could not be read, kept as it
//!   was until the user downloads and deletes it.

pub mod backend;
pub mod envelope;
pub mod merge;
pub mod migrate;
pub mod profile;
pub mod scan;
pub mod session;
pub mod space;
pub mod transfer;
pub mod write;

pub use backend::{Backend, MemoryBackend};
pub use envelope::{Decoded, Draft, DraftId, Envelope, CURRENT_VERSION};
pub use scan::Summary;
pub use session::{SaveState, Session, View};

/// Why the browser's storage refused something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all (private mode, blocked in a third-party iframe, disabled).
    Unavailable(String),
    /// The origin's quota is full: the value was not written.
    Quota,
    /// A value written and read back differs: the write cannot be trusted.
    ReadBack,
    /// Any other refusal, with the browser's words.
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable(why) => write!(f, "storage unavailable: {why}"),
            StorageError::Quota => write!(f, "storage quota exceeded"),
            StorageError::ReadBack => {
                write!(f, "the value read back differs from the value written")
            }
            StorageError::Other(why) => write!(f, "storage error: {why}"),
        }
    }
}

/// The storage keys, in one place.
pub mod keys {
    use super::envelope::DraftId;

    pub const PREFIX: &str = "cadre.";
    pub const DRAFT_PREFIX: &str = "cadre.draft.";
    pub const BACKUP_SUFFIX: &str = ".bak";
    pub const PROFILE: &str = "cadre.me";
    pub const QUARANTINE_PREFIX: &str = "cadre.quarantine.";
    /// Written and removed at start to learn whether storage accepts writes.
    pub const PROBE: &str = "cadre.probe";

    pub fn draft(id: &DraftId) -> String {
        format!("{DRAFT_PREFIX}{}", id.as_str())
    }

    pub fn backup(key: &str) -> String {
        format!("{key}{BACKUP_SUFFIX}")
    }

    /// What a key holds.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum Kind {
        Draft(DraftId),
        Backup(DraftId),
        Profile,
        ProfileBackup,
        Quarantine,
        /// Not ours, or ours but unknown: never touched.
        Other,
    }

    pub fn kind(key: &str) -> Kind {
        if key == PROFILE {
            return Kind::Profile;
        }
        if key == backup(PROFILE) {
            return Kind::ProfileBackup;
        }
        if key.starts_with(QUARANTINE_PREFIX) {
            return Kind::Quarantine;
        }
        if let Some(rest) = key.strip_prefix(DRAFT_PREFIX) {
            if let Some(id) = rest.strip_suffix(BACKUP_SUFFIX) {
                return DraftId::parse(id).map_or(Kind::Other, Kind::Backup);
            }
            return DraftId::parse(rest).map_or(Kind::Other, Kind::Draft);
        }
        Kind::Other
    }
}
