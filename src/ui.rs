//! The Yew interface: questionnaire, live preview, downloads.
mod app;
pub use app::App;
