//! The writers a first visit does not need: PDF and DOCX, built as a second wasm module
//! (`dist/writers/`) that the app imports on the first such download (`web::writers`).
//! It receives the draft's answers as the JSON drafts are stored in, builds the same
//! document the preview shows and writes it; nothing leaves the browser.

// The browser-facing exports live with the other browser code.
#[cfg(target_arch = "wasm32")]
#[path = "../web/writers_module.rs"]
mod exports;

fn main() {}
