//! A hidden hook for `scripts/bench-formats`: the real writers, called from
//! JavaScript on a mission's answers, so the benchmark times them in the browser.
//! The app never calls these functions, and only the benchmark's build has them
//! (cargo feature `bench`, enabled by scripts/bench-formats alone).

use crate::document::build::from_answers;
use crate::model::Answers;
use crate::render::{self, Format};
use wasm_bindgen::prelude::*;

/// A pinned date, so every run writes the same contract.
fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or_default()
}

/// The answers of a mission (as in tests/fixtures/missions), read with the drafts'
/// JSON code, so the hook adds next to nothing to the wasm.
fn answers(json: &str) -> Option<Answers> {
    Answers::from_json_text(json).ok()
}

/// The contract for `answers_json` written in `format` ("pdf", "docx", "html", "md");
/// empty when either cannot be read.
#[wasm_bindgen]
pub fn cadre_bench_render(answers_json: &str, format: &str) -> Vec<u8> {
    let (Some(answers), Some(format)) = (answers(answers_json), Format::parse(format)) else {
        return Vec::new();
    };
    let (doc, _) = from_answers(&answers, today());
    render::render(&doc, format).bytes
}

/// The same contract's plain text, one block a line (`Document::plain_text`), for the
/// JavaScript libraries it is compared with; empty when the answers cannot be read.
#[wasm_bindgen]
pub fn cadre_bench_plain_text(answers_json: &str) -> String {
    match answers(answers_json) {
        Some(answers) => from_answers(&answers, today()).0.plain_text(),
        None => String::new(),
    }
}
