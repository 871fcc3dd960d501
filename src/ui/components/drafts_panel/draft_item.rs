//! One draft of the list: its title and tags, client, mission and last change, then
//! its actions (or the rename form), and its message.

use super::draft_actions::DraftActions;
use super::drafts_message::DraftsMessage;
use super::rename_form::RenameForm;
use super::title_of;
use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::storage::{DraftId, Summary};
use crate::ui::hooks::{Command, Message, Place};
use crate::web;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftItemProps {
    pub summary: Summary,
    /// The open draft.
    pub current: bool,
    /// Its rename form is open.
    pub renaming: bool,
    /// The message for this draft, if the last one is.
    pub message: Option<Message>,
    pub lang: Lang,
    pub commands: Callback<Command>,
    /// Opens (`Some`) or closes (`None`) a draft's rename form.
    pub onrename: Callback<Option<DraftId>>,
}

/// An empty value shows as a dash.
fn dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

#[function_component(DraftItem)]
pub fn draft_item(p: &DraftItemProps) -> Html {
    let t = words::ui(p.lang);
    let d = &p.summary;
    let id = d.id.to_string();
    let title_id = format!("draft-{id}-title");
    let when = if d.saved_at.is_empty() { String::new() } else { web::storage::local_time(&d.saved_at, p.lang) };
    let actions = if p.renaming {
        let error = p.message.as_ref().is_some_and(|m| m.error);
        html! {
            <RenameForm id={d.id.clone()} name={d.name.clone()} {error} lang={p.lang} commands={p.commands.clone()}
                onclose={p.onrename.reform(|_: ()| None)} />
        }
    } else {
        let draft = d.id.clone();
        html! {
            <DraftActions summary={d.clone()} current={p.current} title_id={title_id.clone()} lang={p.lang}
                commands={p.commands.clone()} onrename={p.onrename.reform(move |_: ()| Some(draft.clone()))} />
        }
    };
    html! {
        <li class={classes!("draft-item", p.current.then_some("current"))} data-draft-id={id.clone()}>
            <div class="draft-info">
                <h3 class="draft-title" id={title_id}>
                    { title_of(d, p.lang) }
                    if p.current { <span class="tag">{ t.is_open }</span> }
                    if d.newer.is_some() { <span class="tag warn">{ if d.openable { t.newer } else { t.unopenable } }</span> }
                </h3>
                <dl class="draft-meta">
                    <div><dt>{ t.client }</dt><dd>{ dash(&d.client) }</dd></div>
                    <div><dt>{ t.mission }</dt><dd>{ dash(&d.mission) }</dd></div>
                    <div><dt>{ t.changed }</dt><dd><time datetime={d.saved_at.clone()}>{ dash(&when) }</time></dd></div>
                </dl>
            </div>
            { actions }
            <DraftsMessage message={p.message.clone()} place={Place::Item(d.id.clone())} id={format!("draft-{id}-msg")} />
        </li>
    }
}
