//! The export of the `embed_setup` module (`src/bin/embed_setup.rs`): mounts the
//! embedding form in the element the app gives, in the interface's language, and
//! renders it again in another language when the app's changes.

use cadre::model::Lang;
use cadre::ui::{EmbedForm, EmbedFormProps};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<EmbedForm>>> = const { RefCell::new(None) };
}

/// Shows the form inside `root` in `lang` ("fr", "en"); called again, changes its
/// language. (`_arg`: what `web::later::mount` gives every module; the form needs none.)
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, lang: &str, _arg: &str) {
    let props = EmbedFormProps { lang: if lang == "en" { Lang::En } else { Lang::Fr } };
    APP.with(|app| {
        let mut app = app.borrow_mut();
        match app.as_mut() {
            Some(handle) => handle.update(props),
            None => {
                cadre::ui::set_tree_apart(1);
                *app = Some(yew::Renderer::<EmbedForm>::with_root_and_props(root, props).render())
            }
        }
    });
}
