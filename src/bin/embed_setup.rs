//! The site owner's embedding form ("Embed on your site"), built as a module of its
//! own (`dist/embed_setup/`) that the app imports the first time the panel is opened
//! (`ui::components::embed_panel`): a small Yew app mounted inside the panel.

#[cfg(target_arch = "wasm32")]
#[path = "../web/embed_setup_module.rs"]
mod exports;

fn main() {}
