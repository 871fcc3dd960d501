//! The Yew interface: the interview, the live preview, downloads.

mod agreement;
mod app;
mod components;
mod hooks;
mod state;

/// The agreement's app, mounted by the `agreement` module (`src/bin/agreement.rs`).
pub use agreement::{AgreementApp, AgreementProps, Start as AgreementStart};
pub use app::App;
/// The embedding form, mounted by the `embed_setup` module (`src/bin/embed_setup.rs`).
pub use components::embed_form::{EmbedForm, EmbedFormProps};

/// Makes this module's next Yew app a different event tree from the page's others.
///
/// Yew numbers each app's tree from 1 in every wasm instance, and routes an event to
/// the tree whose number the target bears. A module loaded later (`web::later`) is a
/// second instance whose first app would also be tree 1, like the page's app around
/// it: both would take the module's events (a form's submit reached neither handler).
/// Creating and dropping `skip` empty apps first gives the module's app the number
/// `skip + 1`: the embedding form skips 1 (tree 2), the agreement 2 (tree 3).
pub fn set_tree_apart(skip: usize) {
    use yew::function_component;
    #[function_component(Nothing)]
    fn nothing() -> yew::Html {
        yew::html! {}
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    for _ in 0..skip {
        if let Ok(element) = document.create_element("div") {
            yew::Renderer::<Nothing>::with_root(element).render().destroy();
        }
    }
}
