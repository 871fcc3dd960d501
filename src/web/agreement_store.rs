//! What the agreement keeps in this browser, beside the drafts (keys the drafts' scan
//! leaves alone, `storage::keys::Kind::Other`):
//! - `cadre.agreement.<draft id>`: the last message about that draft this browser
//!   made or opened (a proposal sent, an answer, a signed contract), as its frame in
//!   base64url: where a signature is found again, and voided when the draft changes;
//! - `cadre.reply.<draft id>`: the client's answer while they write it, so that a
//!   closed tab loses nothing.
//!
//! Storage refused (a sandboxed iframe…) only means these are not kept: each screen
//! still works for the message at hand.

use super::storage::LocalStorage;
use crate::agreement::frame::{self, Opened};
use crate::agreement::Message;
use crate::storage::envelope::{decode, Decoded};
use crate::storage::{keys, Backend, DraftId, Envelope};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn key(kind: &str, id: &DraftId) -> String {
    format!("cadre.{kind}.{}", id.as_str())
}

fn put(key: &str, message: &Message) -> bool {
    let text = URL_SAFE_NO_PAD.encode(frame::seal(message));
    local().is_some_and(|s| s.set_item(key, &text).is_ok())
}

fn get(key: &str) -> Option<Message> {
    let text = local()?.get_item(key).ok().flatten()?;
    match frame::open(&URL_SAFE_NO_PAD.decode(text).ok()?) {
        Ok(Opened::Plain(m)) => Some(*m),
        _ => None,
    }
}

/// Keeps `message` as the last one about its draft. False when storage refused it.
pub fn keep(message: &Message) -> bool {
    put(&key("agreement", &message.draft.id), message)
}

/// The last message kept about draft `id`.
pub fn kept(id: &DraftId) -> Option<Message> {
    get(&key("agreement", id))
}

/// Keeps the client's answer being written (a message of kind `Answer`).
pub fn keep_reply(reply: &Message) -> bool {
    put(&key("reply", &reply.draft.id), reply)
}

/// The client's answer being written about draft `id`, if any.
pub fn reply(id: &DraftId) -> Option<Message> {
    get(&key("reply", id))
}

/// The stored draft `id` as it is now (None: not in this browser, or unreadable).
pub fn envelope(id: &DraftId) -> Option<Envelope> {
    let storage = LocalStorage::open().ok()?;
    let raw = storage.get(&keys::draft(id)).ok().flatten()?;
    match decode(&raw) {
        Ok(Decoded::Current { envelope, .. }) => Some(envelope),
        _ => None,
    }
}

/// Tells the page's app that the stored draft `id` changed under it (the agreement's
/// panel wrote its next revision): the same `storage` event another tab's write fires,
/// so the app reads it again (`Session::external_change`) and shows it.
pub fn announce_draft(id: &DraftId) {
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(&keys::draft(id)));
    if let (Some(window), Ok(event)) =
        (web_sys::window(), web_sys::StorageEvent::new_with_event_init_dict("storage", &init))
    {
        let _ = window.dispatch_event(&event);
    }
}
