//! The panel's heading and tools: new draft, export all, import.

use super::import_button::import_button;
use super::on_click;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::ui::hooks::{Command, Drafts, Place};
use yew::prelude::*;

pub fn drafts_head(drafts: &Drafts, lang: Lang) -> Html {
    let t = words::ui(lang);
    let commands = &drafts.command;
    let import_error = drafts.message.as_ref().is_some_and(|m| m.place == Place::Import && m.error);
    html! {
        <div class="drafts-panel-head">
            <h2 id="drafts-title" tabindex="-1">{ t.drafts_title }</h2>
            <div class="drafts-tools">
                <button type="button" class="primary" id="draft-new" onclick={on_click(commands, Command::New)}>{ t.new_draft }</button>
                <button type="button" class="secondary" id="draft-export-all" onclick={on_click(commands, Command::ExportAll)}>{ t.export_all }</button>
                { import_button(commands, import_error, t.import) }
            </div>
        </div>
    }
}
