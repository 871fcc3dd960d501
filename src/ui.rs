//! The Yew interface: the interview, the live preview, downloads.

mod app;
mod components;
mod hooks;
mod state;

pub use app::App;
/// The embedding form, mounted by the `embed_setup` module (`src/bin/embed_setup.rs`).
pub use components::embed_form::{EmbedForm, EmbedFormProps};
