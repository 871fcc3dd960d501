//! A page opened with a Cadre message in its fragment (`…/#cadre=…`, see
//! `agreement::link`) shows that message instead of the drafts: the `agreement`
//! module, loaded for it (`web::later`), takes the whole page.

use super::later;
use crate::agreement::link::is_message;
use crate::i18n::pick;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Shows the message the page's fragment carries, if it carries one. True when it
/// does: the app is then not started.
pub fn show() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let fragment = window.location().hash().unwrap_or_default();
    if !is_message(&fragment) {
        return false;
    }
    let (Some(document), lang) = (window.document(), super::ui_lang()) else { return false };
    let (Some(body), Ok(root)) = (document.body(), document.create_element("main")) else { return false };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", lang.code());
    }
    root.set_class_name("message-page");
    root.set_text_content(Some(pick(lang, "Ouverture du contrat…", "Opening the contract…")));
    if body.append_child(&root).is_err() {
        return false;
    }
    yew::platform::spawn_local(async move {
        if later::mount("agreement", root.clone().into(), lang, &fragment).await.is_err() {
            root.set_text_content(Some(pick(
                lang,
                "Cadre n’a pas pu ouvrir ce contrat (hors ligne\u{a0}?). Rechargez la page une fois connecté\u{a0}: le lien reste valable.",
                "Cadre could not open this contract (offline?). Reload the page once connected: the link still works.",
            )));
        }
    });
    true
}

/// A Cadre link pasted into this tab's address bar changes only the fragment, which
/// does not reload the page: reload it, so that the message is shown.
pub fn reload_on_message() {
    let Some(window) = web_sys::window() else { return };
    let on_change = Closure::<dyn Fn()>::new(|| {
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            if is_message(&location.hash().unwrap_or_default()) {
                let _ = location.reload();
            }
        }
    });
    window.set_onhashchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
}
