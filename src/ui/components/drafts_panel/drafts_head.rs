//! The panel's heading and tools: new draft, export all, import.

use super::import_button::ImportButton;
use super::on_click;
use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::ui::hooks::{Command, Drafts, Place};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DraftsHeadProps {
    pub drafts: Drafts,
    pub lang: Lang,
}

#[function_component(DraftsHead)]
pub fn drafts_head(p: &DraftsHeadProps) -> Html {
    let t = words::ui(p.lang);
    let commands = &p.drafts.command;
    let import_error = p.drafts.message.as_ref().is_some_and(|m| m.place == Place::Import && m.error);
    html! {
        <div class="drafts-panel-head">
            <h2 id="drafts-title" tabindex="-1">{ t.drafts_title }</h2>
            <div class="drafts-tools">
                <button type="button" class="primary" id="draft-new" onclick={on_click(commands, Command::New)}>{ t.new_draft }</button>
                <button type="button" class="secondary" id="draft-export-all" onclick={on_click(commands, Command::ExportAll)}>{ t.export_all }</button>
                <ImportButton commands={commands.clone()} error={import_error} label={t.import} />
            </div>
        </div>
    }
}
