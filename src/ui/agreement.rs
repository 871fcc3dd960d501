//! The agreement's screens (issue #13): send the contract to the client, review it as
//! the client, see what the client changed, sign, check a contract. They are the
//! `agreement` module (`src/bin/agreement.rs`), a Yew app of its own loaded after the
//! first screen (`web::later`): mounted in the review step's panel for the open draft,
//! or over the whole of `open.html`, the page a link carrying a message opens
//! (`static/open.js`), which loads this module and not the app. The contract travels in the link's fragment or a `.cadre`
//! file (`crate::agreement`); nothing goes through a server.

mod changes;
mod check;
mod client_review;
mod draw_pad;
mod open;
mod outgoing;
mod panel;
mod sign;
mod signed_view;
mod text;

use crate::model::Lang;
use crate::storage::DraftId;
use yew::prelude::*;

/// What the app is mounted for.
#[derive(Debug, Clone, PartialEq)]
pub enum Start {
    /// The provider's tools for their open draft (the review step's panel).
    Draft(DraftId),
    /// A page opened with this fragment (`cadre=…`): the message it carries.
    Link(String),
}

#[derive(Properties, PartialEq)]
pub struct AgreementProps {
    pub lang: Lang,
    pub start: Start,
}

#[function_component(AgreementApp)]
pub fn agreement_app(p: &AgreementProps) -> Html {
    match &p.start {
        Start::Draft(id) => html! { <panel::Panel id={id.clone()} lang={p.lang} /> },
        Start::Link(fragment) => {
            html! { <open::MessagePage fragment={AttrValue::from(fragment.clone())} lang={p.lang} /> }
        }
    }
}
