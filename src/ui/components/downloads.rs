//! The download buttons: each format is written from the same document, in the browser.
//! HTML and Markdown are written here; PDF and DOCX by the writers module, imported on
//! the first such download (`web::writers`), so the first screen does not carry them.

use crate::document::Document;
use crate::i18n;
use crate::model::{Answers, Lang};
use crate::render::{self, Format};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub doc: Rc<Document>,
    pub answers: Rc<Answers>,
    pub lang: Lang,
    pub draft: bool,
    /// Distinguishes the two places the buttons appear.
    pub place: &'static str,
    #[prop_or_default]
    pub compact: bool,
}

fn label(format: Format) -> &'static str {
    match format {
        Format::Pdf => "PDF",
        Format::Docx => "DOCX",
        Format::Html => "HTML",
        Format::Markdown => "Markdown",
    }
}

#[function_component(Downloads)]
pub fn downloads(p: &DownloadsProps) -> Html {
    let ui = i18n::ui(p.lang);
    let status = use_state(String::new);
    let buttons = Format::ALL.iter().map(|&format| {
        let answers = p.answers.clone();
        let status = status.clone();
        let lang = p.lang;
        let onclick = Callback::from(move |_| {
            let name = render::file_name(&answers, format, web::today());
            let ui = i18n::ui(lang);
            let save = move |bytes: &[u8], substituted: &[char]| {
                if web::download::download(bytes, format.mime(), &name).is_err() {
                    // Nothing was saved: the substitution warning would be beside the point.
                    return ui.download_failed.to_string();
                }
                if substituted.is_empty() {
                    return String::new();
                }
                let list: String = substituted.iter().map(|c| format!("{c} (U+{:04X}) ", *c as u32)).collect();
                format!("{} {}", ui.substituted, list.trim())
            };
            // Every format is written by the writers module, loaded on the first
            // download: the first screen carries none of the writers (HTML and
            // Markdown included, about 1.5 KB gzipped).
            let json = answers.to_json_text();
            let today = crate::document::format::iso(web::today());
            let status = status.clone();
            yew::platform::spawn_local(async move {
                let message = match web::writers::write(&json, format, &today).await {
                    Ok(w) => save(&w.bytes, &w.substituted),
                    Err(_) => ui.writers_failed.to_string(),
                };
                status.set(message);
            });
        });
        html! {
            <button type="button" class="download" {onclick} id={format!("download-{}-{}", p.place, format.extension())}
                data-format={format.extension()}>
                { label(format) }
            </button>
        }
    });
    html! {
        <div class={classes!("downloads", p.compact.then_some("compact"))} role="group" aria-label={ui.download_title}>
            if !p.compact {
                <h3>{ ui.download_title }</h3>
                if p.draft {
                    <p class="note draft">{ ui.download_draft_note }</p>
                }
            }
            <div class="buttons">{ for buttons }</div>
            <p class="status" aria-live="polite">{ (*status).clone() }</p>
        </div>
    }
}
