//! The bar always shown: the drafts toggle with their number, the open draft's title,
//! and the saved state.

use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::SaveState;
use yew::prelude::*;

/// The saved state as the stylesheet knows it (`data-state`).
fn state_key(s: &SaveState) -> &'static str {
    match s {
        SaveState::Saved => "saved",
        SaveState::Pending => "pending",
        SaveState::MemoryOnly => "memory",
        SaveState::ReadOnly { .. } => "read-only",
        SaveState::Conflict => "conflict",
        SaveState::Deleted => "deleted",
        SaveState::Failed(_) => "failed",
    }
}

/// `count` drafts, the open one's title, its saved state; `open` says whether the
/// panel is open.
pub fn drafts_bar(
    count: usize,
    title: &str,
    state: &SaveState,
    open: bool,
    ontoggle: Callback<MouseEvent>,
    lang: Lang,
) -> Html {
    html! {
        <div class="drafts-bar">
            <button type="button" class="secondary drafts-toggle" id="drafts-toggle" onclick={ontoggle}
                aria-expanded={open.to_string()} aria-controls="drafts-panel">
                { words::drafts_count(count, lang) }
                <span aria-hidden="true" class="chevron">{ if open { "▴" } else { "▾" } }</span>
            </button>
            <span class="current-draft" title={title.to_string()}>{ title.to_string() }</span>
            <p class="save-state" id="save-state" role="status" aria-live="polite" data-state={state_key(state)}>
                <span class="dot" aria-hidden="true"></span>
                { words::save_state(state, lang) }
            </p>
        </div>
    }
}
