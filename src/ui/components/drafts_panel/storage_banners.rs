//! The alerts about the open draft's saving: storage full or refused (drafts in this
//! tab only), a write refused, a newer version's draft (read-only), another tab's
//! copy (conflict).

use super::banner::banner;
use super::on_click;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::storage::{SaveState, StorageError};
use crate::ui::hooks::{Command, Drafts};
use yew::prelude::*;

pub fn storage_banners(drafts: &Drafts, lang: Lang) -> Html {
    let t = words::ui(lang);
    let v = &drafts.view;
    let send = |c: Command| on_click(&drafts.command, c);
    let export_this = || {
        html! {
            <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
        }
    };
    // Drafts in this tab only: the site's storage is full (tried again), or refused.
    let unavailable = v.unavailable.as_ref().map(|why| {
        let id = if *why == StorageError::Quota { "banner-full" } else { "banner-unavailable" };
        let actions = html! {
            <div class="banner-actions">
                { export_this() }
                <button type="button" class="secondary" onclick={send(Command::ExportAll)}>{ t.export_all }</button>
            </div>
        };
        banner(id, false, words::memory_only(why, lang), actions)
    });
    let state = match &v.state {
        SaveState::Failed(e) => {
            let id = if *e == StorageError::Quota { "banner-quota" } else { "banner-failed" };
            banner(
                id,
                true,
                words::storage_error(e, lang),
                html! { <div class="banner-actions">{ export_this() }</div> },
            )
        }
        SaveState::ReadOnly { .. } => {
            let actions = html! {
                <div class="banner-actions">
                    <button type="button" class="primary" onclick={send(Command::SaveCopy)}>{ t.save_copy }</button>
                    { export_this() }
                </div>
            };
            banner("banner-read-only", false, t.read_only_banner, actions)
        }
        _ => html! {},
    };
    let conflict = v.conflict.is_some().then(|| {
        let actions = html! {
            <div class="banner-actions">
                <button type="button" class="primary" id="conflict-keep-mine" onclick={send(Command::KeepMine)}>{ t.keep_mine }</button>
                <button type="button" class="secondary" id="conflict-load-theirs" onclick={send(Command::LoadTheirs)}>{ t.load_theirs }</button>
            </div>
        };
        banner("banner-conflict", true, t.conflict_banner, actions)
    });
    html! {
        <>
            { for unavailable }
            { state }
            { for conflict }
        </>
    }
}
