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
