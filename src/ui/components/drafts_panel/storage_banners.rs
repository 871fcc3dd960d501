//! The alerts about the open draft's saving: storage unavailable, a write refused, a
//! newer version's draft (read-only), another tab's copy (conflict).

use super::banner::Banner;
use super::on_click;
use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::storage::{SaveState, StorageError};
use crate::ui::hooks::{Command, Drafts};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StorageBannersProps {
    pub drafts: Drafts,
    pub lang: Lang,
}

#[function_component(StorageBanners)]
pub fn storage_banners(p: &StorageBannersProps) -> Html {
    let t = words::ui(p.lang);
    let v = &p.drafts.view;
    let send = |c: Command| on_click(&p.drafts.command, c);
    let export_this = html! {
        <button type="button" class="secondary" onclick={send(Command::Export(v.current.clone()))}>{ t.export_this }</button>
    };
    let unavailable = (!v.persistent).then(|| {
        let text = words::storage_error(&StorageError::Unavailable(String::new()), p.lang);
        html! {
            <Banner id="banner-unavailable" {text}>
                <div class="banner-actions">
                    { export_this.clone() }
                    <button type="button" class="secondary" onclick={send(Command::ExportAll)}>{ t.export_all }</button>
                </div>
            </Banner>
        }
    });
    let state = match &v.state {
        SaveState::Failed(e) => {
            let id = if *e == StorageError::Quota { "banner-quota" } else { "banner-failed" };
            html! {
                <Banner {id} error=true text={words::storage_error(e, p.lang)}>
                    <div class="banner-actions">{ export_this.clone() }</div>
                </Banner>
            }
        }
        SaveState::ReadOnly { .. } => html! {
            <Banner id="banner-read-only" text={t.read_only_banner}>
                <div class="banner-actions">
                    <button type="button" class="primary" onclick={send(Command::SaveCopy)}>{ t.save_copy }</button>
                    { export_this.clone() }
                </div>
            </Banner>
        },
        _ => html! {},
    };
    let conflict = v.conflict.is_some().then(|| {
        html! {
            <Banner id="banner-conflict" error=true text={t.conflict_banner}>
                <div class="banner-actions">
                    <button type="button" class="primary" id="conflict-keep-mine" onclick={send(Command::KeepMine)}>{ t.keep_mine }</button>
                    <button type="button" class="secondary" id="conflict-load-theirs" onclick={send(Command::LoadTheirs)}>{ t.load_theirs }</button>
                </div>
            </Banner>
        }
    });
    html! {
        <>
            { for unavailable }
            { state }
            { for conflict }
        </>
    }
}
