//! The export of the `agreement` module (`src/bin/agreement.rs`): mounts the
//! agreement's app in the element the page gives, for a draft or a link's message.

use cadre::model::Lang;
use cadre::storage::DraftId;
use cadre::ui::{AgreementApp, AgreementProps, AgreementStart};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<AgreementApp>>> = const { RefCell::new(None) };
}

/// Shows the agreement inside `root` in `lang` ("fr", "en", or "auto": the one the
/// user chose last, else the browser's), for `arg`: a draft's id (the review step's
/// panel) or a page's fragment `#cadre=…` (`open.html`, the page a link opens, see
/// `static/open.js`). Called again, shows it again (another language, another draft).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, lang: &str, arg: &str) {
    let lang = match lang {
        "en" => Lang::En,
        "fr" => Lang::Fr,
        _ => cadre::web::ui_lang(),
    };
    let start = match DraftId::parse(arg) {
        Some(id) if !cadre::agreement::link::is_message(arg) => AgreementStart::Draft(id),
        _ => AgreementStart::Link(arg.to_string()),
    };
    stylesheet();
    let props = AgreementProps { lang, start };
    APP.with(|app| {
        let mut app = app.borrow_mut();
        match app.as_mut() {
            // The same place (the panel, told another language): updated in place.
            Some(handle) if same_root(&root) => handle.update(props),
            _ => {
                let first = app.is_none();
                if let Some(old) = app.take() {
                    old.destroy();
                }
                if first {
                    cadre::ui::set_tree_apart(2);
                }
                root.set_text_content(None);
                let _ = root.set_attribute("data-mounted", "agreement");
                *app = Some(yew::Renderer::<AgreementApp>::with_root_and_props(root, props).render());
            }
        }
    });
}

/// True when `root` is where the app is already mounted.
fn same_root(root: &web_sys::Element) -> bool {
    root.get_attribute("data-mounted").as_deref() == Some("agreement")
}

/// The module's own stylesheet (`dist/agreement/agreement.css`, from
/// `styles/agreement.css`), linked once: the first screen does not carry it.
fn stylesheet() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.query_selector("link[data-agreement]").ok().flatten().is_some() {
        return;
    }
    let (Ok(link), Some(head)) = (document.create_element("link"), document.head()) else { return };
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "agreement/agreement.css");
    let _ = link.set_attribute("data-agreement", "");
    let _ = head.append_child(&link);
}
