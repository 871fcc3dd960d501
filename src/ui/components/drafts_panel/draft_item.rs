//! One draft of the list: its checkbox, its title and tags, client, mission and last
//! change, then its actions (or the rename form), and its message.

use super::draft_actions::draft_actions;
use super::drafts_message::drafts_message;
use super::rename_form::RenameForm;
use super::title_of;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::{DraftId, Summary};
use crate::ui::hooks::{Drafts, Place};
use crate::web;
use yew::prelude::*;

/// An empty value shows as a dash.
fn dash(s: &str) -> String {
    if s.trim().is_empty() {
        "—".to_string()
    } else {
        s.to_string()
    }
}

/// How a draft's line is shown.
pub struct Line {
    /// Its rename form is open.
    pub renaming: bool,
    /// Its checkbox is checked.
    pub selected: bool,
}

/// The list item of draft `d`. `onrename` opens (`Some`) or closes (`None`) a draft's
/// rename form; `onselect` checks or unchecks a draft.
pub fn draft_item(
    d: &Summary,
    drafts: &Drafts,
    line: Line,
    onrename: &Callback<Option<DraftId>>,
    onselect: &Callback<DraftId>,
    lang: Lang,
) -> Html {
    let renaming = line.renaming;
    let t = words::ui(lang);
    let current = d.id == drafts.view.current;
    let id = d.id.to_string();
    let title_id = format!("draft-{id}-title");
    let place = Place::Item(d.id.clone());
    let message = drafts.message.as_ref().filter(|m| m.place == place);
    let when = if d.saved_at.is_empty() { String::new() } else { web::storage::local_time(&d.saved_at, lang) };
    let actions = if renaming {
        html! {
            <RenameForm id={d.id.clone()} name={d.name.clone()} error={message.is_some_and(|m| m.error)} {lang}
                commands={drafts.command.clone()} onclose={onrename.reform(|_: ()| None)} />
        }
    } else {
        let draft = d.id.clone();
        let open_form = onrename.reform(move |_: MouseEvent| Some(draft.clone()));
        draft_actions(d, current, &title_id, &drafts.command, open_form, lang)
    };
    html! {
        <li key={id.clone()} class={classes!("draft-item", current.then_some("current"))} data-draft-id={id.clone()}>
            <label class="draft-select">
                <input type="checkbox" id={format!("draft-{id}-select")} checked={line.selected}
                    onchange={onselect.reform({ let d = d.id.clone(); move |_: Event| d.clone() })} />
                <span class="visually-hidden">{ words::select_draft(&title_of(d, lang), lang) }</span>
            </label>
            <div class="draft-info">
                <h3 class="draft-title" id={title_id}>
                    { title_of(d, lang) }
                    if current { <span class="tag">{ t.is_open }</span> }
                    if d.newer.is_some() { <span class="tag warn">{ if d.openable { t.newer } else { t.unopenable } }</span> }
                </h3>
                <dl class="draft-meta">
                    <div><dt>{ t.client }</dt><dd>{ dash(&d.client) }</dd></div>
                    <div><dt>{ t.mission }</dt><dd>{ dash(&d.mission) }</dd></div>
                    <div><dt>{ t.changed }</dt><dd><time datetime={d.saved_at.clone()}>{ dash(&when) }</time></dd></div>
                </dl>
            </div>
            { actions }
            { drafts_message(message, place, &format!("draft-{id}-msg")) }
        </li>
    }
}
