//! A draft's buttons: open, rename, duplicate, export, delete.

use super::on_click;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::Summary;
use crate::ui::hooks::Command;
use yew::prelude::*;

/// The buttons of draft `d` (`current`: the open one, which has no "Open"), each
/// described by the draft's title `title_id`; `onrename` opens its rename form.
pub fn draft_actions(
    d: &Summary,
    current: bool,
    title_id: &str,
    commands: &Callback<Command>,
    onrename: Callback<MouseEvent>,
    lang: Lang,
) -> Html {
    let t = words::ui(lang);
    let id = d.id.to_string();
    let title_id = title_id.to_string();
    let send = |c: Command| on_click(commands, c);
    html! {
        <div class="draft-actions" role="group" aria-labelledby={title_id.clone()}>
            if !current {
                <button type="button" class="secondary" id={format!("draft-{id}-open")} disabled={!d.openable}
                    onclick={send(Command::Open(d.id.clone()))} aria-describedby={title_id.clone()}>{ t.open }</button>
            }
            if d.newer.is_none() {
                <button type="button" class="secondary" id={format!("draft-{id}-rename")}
                    onclick={onrename} aria-describedby={title_id.clone()}>{ t.rename }</button>
            }
            <button type="button" class="secondary" id={format!("draft-{id}-duplicate")} disabled={!d.openable}
                onclick={send(Command::Duplicate(d.id.clone()))} aria-describedby={format!("{title_id} duplicate-help")}>{ t.duplicate }</button>
            <button type="button" class="secondary" id={format!("draft-{id}-export")}
                onclick={send(Command::Export(d.id.clone()))} aria-describedby={title_id.clone()}>{ t.export }</button>
            <button type="button" class="secondary danger" id={format!("draft-{id}-delete")}
                onclick={send(Command::Delete(d.id.clone()))} aria-describedby={title_id}>{ t.delete }</button>
        </div>
    }
}
