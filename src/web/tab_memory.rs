//! What this tab remembers across a reload, and nothing else: the step each draft was
//! on, in sessionStorage (gone with the tab, never in the stored draft, so no schema
//! migration). Refused storage (a sandboxed iframe) only means starting at step 1.

fn key(draft: &str) -> String {
    format!("cadre.step.{draft}")
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// Remembers that `draft` is open at the step `step` (a `flow::Step` id).
pub fn remember_step(draft: &str, step: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(&key(draft), step);
    }
}

/// The step `draft` was last open at in this tab, if any.
pub fn recalled_step(draft: &str) -> Option<String> {
    session().and_then(|s| s.get_item(&key(draft)).ok().flatten())
}
