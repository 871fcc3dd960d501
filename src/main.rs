//! Entry point: mounts the Yew app in the page (wasm only).

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<cadre::ui::App>::new().render();
    // After the first render: the worker caches the app for offline use.
    cadre::web::offline::register();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Cadre runs in the browser: see README.md (scripts/serve).");
}
