//! Above the drafts list: "Select all", and "Delete selected (N)" once drafts are
//! checked, with its message beside it. One Undo brings every deleted draft back.

use super::drafts_message::drafts_message;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::DraftId;
use crate::ui::hooks::{Command, Drafts, Place};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// `selected`: the checked drafts still listed; `onselect` replaces the selection.
pub fn selection_bar(drafts: &Drafts, selected: &[DraftId], onselect: &Callback<Vec<DraftId>>, lang: Lang) -> Html {
    let t = words::ui(lang);
    let all: Vec<DraftId> = drafts.view.drafts.iter().map(|d| d.id.clone()).collect();
    let every = !all.is_empty() && selected.len() == all.len();
    let onall = onselect.reform(move |e: Event| {
        let checked = e.target_unchecked_into::<HtmlInputElement>().checked();
        if checked {
            all.clone()
        } else {
            Vec::new()
        }
    });
    let ondelete = {
        let (commands, onselect, ids) = (drafts.command.clone(), onselect.clone(), selected.to_vec());
        Callback::from(move |_: MouseEvent| {
            commands.emit(Command::DeleteMany(ids.clone()));
            onselect.emit(Vec::new());
        })
    };
    html! {
        <div class="drafts-selection" role="group" aria-label={t.selection}>
            <label class="select-all">
                <input type="checkbox" id="drafts-select-all" checked={every} onchange={onall} />
                { t.select_all }
            </label>
            <div aria-live="polite" class="selection-actions">
                if !selected.is_empty() {
                    <button type="button" class="secondary danger" id="drafts-delete-selected" onclick={ondelete}>
                        { words::delete_selected(selected.len(), lang) }
                    </button>
                }
                { drafts_message(drafts.message.as_ref(), Place::Selection, "drafts-selection-msg") }
            </div>
        </div>
    }
}
