//! The interface's hooks: each side effect in one place.

pub mod use_drafts;
pub mod use_new_version;

pub use use_drafts::{use_draft_session, use_drafts, Command, Drafts, Message, Place};
pub use use_new_version::use_new_version;
