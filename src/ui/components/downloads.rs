//! The downloads: one primary action (the PDF to sign), then Word to edit, the other
//! formats tucked away, and after a download what to do next. Every format is written
//! in the browser by the writers module, imported on the first download
//! (`web::writers`), so the first screen does not carry them. A draft's files are named
//! « …-projet.pdf ».

use crate::i18n;
use crate::model::{Answers, Lang};
use crate::render::{self, Format};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub answers: Rc<Answers>,
    pub lang: Lang,
    /// The contract still has problems: files are marked PROJET and named so.
    pub draft: bool,
    /// Distinguishes the two places the buttons appear (element ids).
    pub place: &'static str,
    /// The preview's head: the PDF button only, small.
    #[prop_or_default]
    pub compact: bool,
}

/// What the last download did.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    /// Saved, with a warning (characters the PDF could not hold) or none.
    Saved {
        name: String,
        warning: String,
    },
    Failed(String),
}

/// The button's words for a format.
fn label(format: Format, draft: bool, compact: bool, ui: &i18n::Ui) -> &'static str {
    match format {
        Format::Pdf if compact => "PDF",
        Format::Pdf if draft => ui.download_pdf_draft,
        Format::Pdf => ui.download_pdf,
        Format::Docx => ui.download_docx,
        Format::Html => ui.download_html,
        Format::Markdown => ui.download_md,
    }
}

#[function_component(Downloads)]
pub fn downloads(p: &DownloadsProps) -> Html {
    let ui = i18n::ui(p.lang);
    let outcome = use_state(|| Outcome::None);
    let button = |format: Format, class: &'static str| {
        let answers = p.answers.clone();
        let outcome = outcome.clone();
        let (lang, draft) = (p.lang, p.draft);
        let onclick = Callback::from(move |_| {
            let name = render::contract_file_name(&answers, format, web::today(), draft);
            let ui = i18n::ui(lang);
            let save = move |bytes: &[u8], substituted: &[char]| {
                if web::download::download(bytes, format.mime(), &name).is_err() {
                    // Nothing was saved: the substitution warning would be beside the point.
                    return Outcome::Failed(ui.download_failed.to_string());
                }
                let warning = if substituted.is_empty() {
                    String::new()
                } else {
                    let list: String = substituted.iter().map(|c| format!("{c} (U+{:04X}) ", *c as u32)).collect();
                    format!("{} {}", ui.substituted, list.trim())
                };
                Outcome::Saved { name, warning }
            };
            // Every format is written by the writers module, loaded on the first
            // download: the first screen carries none of the writers.
            let json = answers.to_json_text();
            let today = crate::document::format::iso(web::today());
            let outcome = outcome.clone();
            yew::platform::spawn_local(async move {
                let done = match web::writers::write(&json, format, &today).await {
                    Ok(w) => save(&w.bytes, &w.substituted),
                    Err(_) => Outcome::Failed(ui.writers_failed.to_string()),
                };
                outcome.set(done);
            });
        });
        html! {
            <button type="button" class={classes!("download", class)} {onclick} id={format!("download-{}-{}", p.place, format.extension())}
                data-format={format.extension()}>
                { label(format, p.draft, p.compact, ui) }
            </button>
        }
    };
    let status = match &*outcome {
        Outcome::None => String::new(),
        Outcome::Saved { name, warning } => {
            let saved = format!("{}{}{}", ui.download_saved, if p.lang == Lang::Fr { "\u{a0}: " } else { ": " }, name);
            if warning.is_empty() {
                saved
            } else {
                format!("{saved}. {warning}")
            }
        }
        Outcome::Failed(message) => message.clone(),
    };
    let status = html! { <p class="status" aria-live="polite">{ status }</p> };
    if p.compact {
        return html! {
            <div class="downloads compact" role="group" aria-label={ui.download_title}>
                <div class="buttons">{ button(Format::Pdf, "secondary") }</div>
                { status }
            </div>
        };
    }
    let saved = matches!(*outcome, Outcome::Saved { .. });
    html! {
        <div class="downloads" role="group" aria-labelledby={format!("downloads-{}-title", p.place)}>
            <h3 id={format!("downloads-{}-title", p.place)}>{ ui.download_title }</h3>
            if p.draft {
                <p class="note draft">{ ui.download_draft_note }</p>
            }
            <div class="buttons">
                { button(Format::Pdf, "primary") }
                { button(Format::Docx, "secondary") }
            </div>
            <details class="other-formats">
                <summary>{ ui.download_other }</summary>
                <p class="hint">{ ui.download_other_hint }</p>
                <div class="buttons">
                    { button(Format::Html, "secondary") }
                    { button(Format::Markdown, "secondary") }
                </div>
            </details>
            { status }
            if saved {
                <section class="next-steps" aria-labelledby={format!("next-{}-title", p.place)}>
                    <h4 id={format!("next-{}-title", p.place)}>{ ui.next_title }</h4>
                    if p.draft {
                        <p class="note draft">{ ui.next_draft }</p>
                    }
                    <ol>
                        <li>{ ui.next_send }</li>
                        <li>{ ui.next_sign }</li>
                        <li>{ ui.next_keep }</li>
                        <li>{ ui.next_lawyer }</li>
                    </ol>
                </section>
            }
        </div>
    }
}
