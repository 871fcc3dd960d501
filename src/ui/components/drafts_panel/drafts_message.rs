//! A drafts message, shown beside the control that caused it: nothing when the last
//! message belongs elsewhere.

use crate::ui::hooks::{Message, Place};
use yew::prelude::*;

/// The last message, with `id`, when it belongs at `place`.
pub fn drafts_message(message: Option<&Message>, place: Place, id: &str) -> Html {
    match message.filter(|m| m.place == place) {
        Some(m) => html! {
            <p id={id.to_string()} class={classes!("drafts-msg", m.error.then_some("error"))}>{ m.text.clone() }</p>
        },
        None => html! {},
    }
}
