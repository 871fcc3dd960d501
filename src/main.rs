//! Entry point: mounts the Yew app in the page (wasm only).

#[cfg(target_arch = "wasm32")]
fn main() {
    // A link carrying a contract (`…/#cadre=…`) opens it; any other page, the drafts.
    if !cadre::web::message_page::show() {
        yew::Renderer::<cadre::ui::App>::new().render();
    }
    cadre::web::message_page::reload_on_message();
    // After the first render: the worker caches the app for offline use.
    cadre::web::offline::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cadre runs in the browser: see README.md (scripts/serve).");
}
