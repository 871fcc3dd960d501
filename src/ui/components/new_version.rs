//! The one line that says a new version of Cadre is ready, with its "Reload" button.
//! The reload happens only when the open draft is stored; otherwise the line says
//! to export the drafts first.

use crate::i18n;
use crate::model::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NewVersionProps {
    pub lang: Lang,
    /// The user asked for the reload.
    pub onreload: Callback<()>,
    /// The last reload asked for was not done: changes are not stored.
    pub unsaved: bool,
}

#[function_component(NewVersion)]
pub fn new_version(props: &NewVersionProps) -> Html {
    let ui = i18n::ui(props.lang);
    let onreload = props.onreload.clone();
    let onclick = Callback::from(move |_| onreload.emit(()));
    html! {
        <div class="new-version" id="new-version" role="status">
            <p>
                <span class="new-version-text">{ ui.new_version }</span>
                <span class="new-version-sep">{ " — " }</span>
                <button type="button" class="primary" id="new-version-reload" {onclick}>{ ui.new_version_reload }</button>
            </p>
            if props.unsaved {
                <p class="new-version-unsaved" role="alert">{ ui.new_version_unsaved }</p>
            }
        </div>
    }
}
