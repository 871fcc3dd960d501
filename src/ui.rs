//! The Yew interface: the interview, the live preview, downloads.

mod app;
mod components;
mod hooks;
mod state;

pub use app::App;
