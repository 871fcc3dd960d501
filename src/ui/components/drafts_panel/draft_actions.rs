//! A draft's buttons: open, rename, duplicate, export, delete.

use super::on_click;
use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::storage::Summary;
use crate::ui::hooks::Command;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftActionsProps {
    pub summary: Summary,
    /// The open draft (it has no "Open").
    pub current: bool,
    /// The id of the draft's title, which names each button's draft.
    pub title_id: AttrValue,
    pub lang: Lang,
    pub commands: Callback<Command>,
    /// Opens this draft's rename form.
    pub onrename: Callback<()>,
}

#[function_component(DraftActions)]
pub fn draft_actions(p: &DraftActionsProps) -> Html {
    let t = words::ui(p.lang);
    let d = &p.summary;
    let id = d.id.to_string();
    let title_id = p.title_id.clone();
    let send = |c: Command| on_click(&p.commands, c);
    html! {
        <div class="draft-actions" role="group" aria-labelledby={title_id.clone()}>
            if !p.current {
                <button type="button" class="secondary" id={format!("draft-{id}-open")} disabled={!d.openable}
                    onclick={send(Command::Open(d.id.clone()))} aria-describedby={title_id.clone()}>{ t.open }</button>
            }
            if d.newer.is_none() {
                <button type="button" class="secondary" id={format!("draft-{id}-rename")}
                    onclick={p.onrename.reform(|_: MouseEvent| ())} aria-describedby={title_id.clone()}>{ t.rename }</button>
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
