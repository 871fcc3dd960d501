//! The unreadable values set aside: each can be downloaded as it was found, then
//! deleted.

use super::banner::banner;
use super::drafts_message::drafts_message;
use super::on_click;
use crate::i18n::drafts as words;
use crate::model::Lang;
use crate::ui::hooks::{Command, Drafts, Place};
use yew::prelude::*;

pub fn quarantine_banner(drafts: &Drafts, lang: Lang) -> Html {
    let quarantine = &drafts.view.quarantine;
    if quarantine.is_empty() {
        return html! {};
    }
    let t = words::ui(lang);
    let send = |c: Command| on_click(&drafts.command, c);
    let items = quarantine.iter().enumerate().map(|(n, q)| {
        let downloaded = drafts.downloaded.contains(&q.key);
        let label_id = format!("quarantine-{n}");
        html! {
            <li key={q.key.clone()}>
                <span id={label_id.clone()}>{ format!("{} — {} ({})", t.quarantine_item, q.origin, words::size(q.bytes, lang)) }</span>
                <button type="button" class="secondary quarantine-download" aria-describedby={label_id.clone()}
                    onclick={send(Command::DownloadQuarantined(q.key.clone()))}>{ t.download }</button>
                if downloaded {
                    <button type="button" class="link" aria-describedby={label_id}
                        onclick={send(Command::DiscardQuarantined(q.key.clone()))}>{ t.discard_copy }</button>
                }
            </li>
        }
    });
    let rest = html! {
        <>
            <ul class="quarantine-list">{ for items }</ul>
            { drafts_message(drafts.message.as_ref(), Place::Banner, "quarantine-msg") }
        </>
    };
    banner("banner-quarantine", false, t.quarantine_banner, rest)
}
