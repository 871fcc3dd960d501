//! A drafts message, shown beside the control that caused it: nothing when the last
//! message belongs elsewhere.

use crate::ui::hooks::{Message, Place};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsMessageProps {
    pub message: Option<Message>,
    /// Where this one is shown.
    pub place: Place,
    pub id: AttrValue,
}

#[function_component(DraftsMessage)]
pub fn drafts_message(p: &DraftsMessageProps) -> Html {
    match p.message.as_ref().filter(|m| m.place == p.place) {
        Some(m) => html! {
            <p id={p.id.clone()} class={classes!("drafts-msg", m.error.then_some("error"))}>{ m.text.clone() }</p>
        },
        None => html! {},
    }
}
