//! "« Logo » deleted. Undo" (or "3 drafts deleted."): offered for a few seconds after a delete, focused when it
//! appears, and the focus goes back to the drafts heading if it leaves with it.

use super::{focus, on_click};
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::ui::hooks::Command;
use yew::prelude::*;

/// Focuses "Undo" when the toast appears; when it goes while it had the focus, gives
/// the focus to the drafts heading rather than losing it.
#[hook]
pub fn use_undo_focus(shown: bool) {
    let was_shown = use_mut_ref(|| false);
    use_effect_with(shown, move |shown| {
        let was = std::mem::replace(&mut *was_shown.borrow_mut(), *shown);
        if *shown {
            focus("draft-undo");
        } else if was {
            let lost = web_sys::window()
                .and_then(|w| w.document())
                .map(|d| d.active_element().is_none() || d.active_element() == d.body().map(Into::into));
            if lost == Some(true) {
                focus("drafts-title");
            }
        }
    });
}

/// The toast saying what was deleted (`text`), with "Undo".
pub fn undo_toast(text: &str, commands: &Callback<Command>, lang: Lang) -> Html {
    let t = words::ui(lang);
    html! {
        <div class="toast" id="draft-toast">
            <p>{ text.to_string() }</p>
            <button type="button" class="primary" id="draft-undo" onclick={on_click(commands, Command::Undo)}>{ t.undo }</button>
            <button type="button" class="link" onclick={on_click(commands, Command::DismissUndo)}>{ t.close }</button>
        </div>
    }
}
