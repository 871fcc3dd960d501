//! Cadre: answers about a freelance mission become a contract, in the browser.
//!
//! The core (everything but `ui` and `web`) is plain Rust, tested natively.

pub mod advice;
pub mod agreement;
pub mod document;
pub mod embed;
pub mod file_name;
pub mod flow;
pub mod i18n;
pub mod interview;
pub mod json;
pub mod model;
pub mod order;
pub mod render;
pub mod storage;
pub mod validate;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
