//! The unreadable values set aside: each can be downloaded as it was found, then
//! deleted.

use super::drafts_message::DraftsMessage;
use super::on_click;
use crate::i18n_drafts as words;
use crate::model::Lang;
use crate::ui::hooks::{Command, Drafts, Place};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuarantineBannerProps {
    pub drafts: Drafts,
    pub lang: Lang,
}

#[function_component(QuarantineBanner)]
pub fn quarantine_banner(p: &QuarantineBannerProps) -> Html {
    let quarantine = &p.drafts.view.quarantine;
    if quarantine.is_empty() {
        return html! {};
    }
    let t = words::ui(p.lang);
    let send = |c: Command| on_click(&p.drafts.command, c);
    let items = quarantine.iter().enumerate().map(|(n, q)| {
        let downloaded = p.drafts.downloaded.contains(&q.key);
        let label_id = format!("quarantine-{n}");
        html! {
            <li key={q.key.clone()}>
                <span id={label_id.clone()}>{ format!("{} — {} ({})", t.quarantine_item, q.origin, words::size(q.bytes, p.lang)) }</span>
                <button type="button" class="secondary quarantine-download" aria-describedby={label_id.clone()}
                    onclick={send(Command::DownloadQuarantined(q.key.clone()))}>{ t.download }</button>
                if downloaded {
                    <button type="button" class="link" aria-describedby={label_id}
                        onclick={send(Command::DiscardQuarantined(q.key.clone()))}>{ t.discard_copy }</button>
                }
            </li>
        }
    });
    html! {
        <div class="banner is-warn" id="banner-quarantine">
            <p>{ t.quarantine_banner }</p>
            <ul class="quarantine-list">{ for items }</ul>
            <DraftsMessage message={p.drafts.message.clone()} place={Place::Banner} id="quarantine-msg" />
        </div>
    }
}
