//! The bar always shown: the drafts toggle with their number, the open draft's title,
//! and the saved state.

use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::storage::SaveState;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsBarProps {
    pub count: usize,
    pub current_title: AttrValue,
    pub state: SaveState,
    /// Whether the panel is open.
    pub open: bool,
    pub ontoggle: Callback<MouseEvent>,
    pub lang: Lang,
}

/// The saved state as the stylesheet knows it (`data-state`).
fn state_key(s: &SaveState) -> &'static str {
    match s {
        SaveState::Saved => "saved",
        SaveState::Pending => "pending",
        SaveState::MemoryOnly => "memory",
        SaveState::ReadOnly { .. } => "read-only",
        SaveState::Conflict => "conflict",
        SaveState::Failed(_) => "failed",
    }
}

#[function_component(DraftsBar)]
pub fn drafts_bar(p: &DraftsBarProps) -> Html {
    html! {
        <div class="drafts-bar">
            <button type="button" class="secondary drafts-toggle" id="drafts-toggle" onclick={p.ontoggle.clone()}
                aria-expanded={p.open.to_string()} aria-controls="drafts-panel">
                { words::drafts_count(p.count, p.lang) }
                <span aria-hidden="true" class="chevron">{ if p.open { "▴" } else { "▾" } }</span>
            </button>
            <span class="current-draft" title={p.current_title.clone()}>{ p.current_title.clone() }</span>
            <p class="save-state" id="save-state" role="status" aria-live="polite" data-state={state_key(&p.state)}>
                <span class="dot" aria-hidden="true"></span>
                { words::save_state(&p.state, p.lang) }
            </p>
        </div>
    }
}
