//! A field this tab and another both changed: both values, and a choice. Fields read
//! the open draft's conflicts from a context the app provides, so no question needs a
//! new property.

use crate::i18n::conflicts as words;
use crate::model::{Field, Lang};
use crate::storage::merge::{Conflict, Part};
use crate::ui::hooks::Command;
use std::rc::Rc;
use yew::prelude::*;

/// The open draft's conflicts and the drafts panel's commands.
#[derive(Clone, PartialEq)]
pub struct Conflicts {
    pub list: Rc<Vec<Conflict>>,
    pub command: Callback<Command>,
    pub lang: Lang,
}

/// The choice for one part, or nothing when it is not in conflict.
pub fn field_conflict(conflicts: Option<&Conflicts>, field: Field) -> Html {
    let Some(ctx) = conflicts else { return html! {} };
    let part = Part::Field(field);
    match ctx.list.iter().find(|c| c.part == part) {
        Some(c) => choice(c, ctx),
        None => html! {},
    }
}

/// Both values and the two buttons (ids `<key>-keep-mine`, `<key>-take-theirs`).
pub fn choice(c: &Conflict, ctx: &Conflicts) -> Html {
    let lang = ctx.lang;
    let t = words::ui(lang);
    let key = words::field_key(c.part);
    let send = |keep_mine: bool| {
        let command = ctx.command.clone();
        let part = c.part;
        Callback::from(move |_: MouseEvent| command.emit(Command::Resolve(part, keep_mine)))
    };
    html! {
        <div class="field-conflict" id={format!("{key}-conflict")} role="group" aria-label={words::at_field(lang)}>
            <p class="field-conflict-why">{ words::at_field(lang) }</p>
            <dl>
                <dt>{ t.here }</dt>
                <dd class="mine">{ words::shown_value(c.part, &c.mine, lang) }</dd>
                <dt>{ t.there }</dt>
                <dd class="theirs">{ words::shown_value(c.part, &c.theirs, lang) }</dd>
            </dl>
            <div class="field-conflict-actions">
                <button type="button" class="secondary" id={format!("{key}-keep-mine")} onclick={send(true)}>{ t.keep_here }</button>
                <button type="button" class="secondary" id={format!("{key}-take-theirs")} onclick={send(false)}>{ t.take_there }</button>
            </div>
        </div>
    }
}
