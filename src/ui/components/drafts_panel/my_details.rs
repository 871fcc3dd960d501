//! "My details": save the open draft's provider and usual terms, or fill the open
//! draft with them.

use super::drafts_message::drafts_message;
use super::on_click;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::ui::hooks::{Command, Drafts, Place};
use yew::prelude::*;

pub fn my_details(drafts: &Drafts, lang: Lang) -> Html {
    let t = words::ui(lang);
    let known = drafts.view.has_profile;
    let commands = &drafts.command;
    html! {
        <section class="my-details" aria-labelledby="my-details-title">
            <h3 id="my-details-title">{ t.my_details }</h3>
            <p class="hint">{ t.my_details_help }</p>
            <p class="details-state">{ if known { t.my_details_known } else { t.my_details_none } }</p>
            <div class="draft-actions">
                <button type="button" class="primary" id="save-my-details" onclick={on_click(commands, Command::SaveProfile(Place::Profile))}>{ t.save_my_details }</button>
                if known {
                    <button type="button" class="secondary" id="apply-my-details" onclick={on_click(commands, Command::ApplyProfile)}>{ t.apply_my_details }</button>
                }
            </div>
            <div aria-live="polite">{ drafts_message(drafts.message.as_ref(), Place::Profile, "my-details-msg") }</div>
        </section>
    }
}
