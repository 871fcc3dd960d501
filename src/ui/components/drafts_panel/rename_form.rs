//! The rename form that replaces a draft's buttons: focused when it opens; Escape or
//! "Cancel" closes it, and the focus goes back to the draft's "Rename".

use super::focus;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::session::MAX_NAME_CHARS;
use crate::storage::DraftId;
use crate::ui::hooks::Command;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RenameFormProps {
    pub id: DraftId,
    /// The draft's name now.
    pub name: String,
    /// The last rename was refused.
    pub error: bool,
    pub lang: Lang,
    pub commands: Callback<Command>,
    pub onclose: Callback<()>,
}

#[function_component(RenameForm)]
pub fn rename_form(p: &RenameFormProps) -> Html {
    let t = words::ui(p.lang);
    let id = p.id.to_string();
    let input_id = format!("rename-{id}");
    let help_id = format!("rename-{id}-help");
    let input = use_node_ref();
    {
        let input = input.clone();
        use_effect_with((), move |_| {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let _ = el.focus();
            }
        });
    }
    let close = {
        let onclose = p.onclose.clone();
        let rename_button = format!("draft-{id}-rename");
        move || {
            onclose.emit(());
            focus(&rename_button);
        }
    };
    let onsubmit = {
        let (commands, draft, input, close) = (p.commands.clone(), p.id.clone(), input.clone(), close.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let too_long = value.trim().chars().count() > MAX_NAME_CHARS;
            commands.emit(Command::Rename(draft.clone(), value));
            if !too_long {
                close();
            }
        })
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                close();
            }
        })
    };
    let oncancel = Callback::from(move |_: MouseEvent| close());
    html! {
        <form class="rename" {onsubmit}>
            <label for={input_id.clone()}>{ t.new_name }</label>
            <input type="text" id={input_id} ref={input} value={p.name.clone()} {onkeydown} autocomplete="off"
                aria-describedby={format!("{help_id} draft-{id}-msg")} aria-invalid={p.error.to_string()} />
            <p class="hint" id={help_id}>{ t.name_help }</p>
            <div class="draft-actions">
                <button type="submit" class="primary">{ t.confirm_name }</button>
                <button type="button" class="secondary" onclick={oncancel}>{ t.cancel_rename }</button>
            </div>
        </form>
    }
}
