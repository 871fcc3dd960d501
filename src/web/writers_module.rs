//! The exports of the writers module (`src/bin/writers.rs`): browser code, so it lives
//! in `web/`, but only that binary includes it; the app's own wasm does not, which
//! is what keeps the PDF and DOCX writers out of the first screen.

use cadre::document::build::from_answers;
use cadre::document::format::parse_iso;
use cadre::model::{Answers, Lang};
use cadre::render::{self, Format, RenderWarning};
use wasm_bindgen::prelude::*;

/// A written file and the characters the PDF's fonts could not show.
#[wasm_bindgen]
pub struct Written {
    bytes: Vec<u8>,
    substituted: String,
}

#[wasm_bindgen]
impl Written {
    #[wasm_bindgen(getter)]
    pub fn bytes(&self) -> Vec<u8> {
        self.bytes.clone()
    }

    /// The substituted characters, one after the other ("" when none).
    #[wasm_bindgen(getter)]
    pub fn substituted(&self) -> String {
        self.substituted.clone()
    }
}

/// Writes the contract of `answers` (stored-draft JSON) in `format` ("pdf", "docx",
/// "html", "md"), dated `today` (YYYY-MM-DD).
#[wasm_bindgen]
pub fn write(answers: &str, format: &str, today: &str) -> Result<Written, JsValue> {
    let answers = Answers::from_json_text(answers).map_err(|e| JsValue::from_str(&e))?;
    let format = Format::parse(format).ok_or_else(|| JsValue::from_str("unknown format"))?;
    let today = parse_iso(today).ok_or_else(|| JsValue::from_str("bad date"))?;
    let (doc, _) = from_answers(&answers, today);
    let rendered = render::render(&doc, format);
    let substituted =
        rendered.warnings.iter().map(|RenderWarning::Substituted { chars }| chars.iter().collect::<String>()).collect();
    Ok(Written { bytes: rendered.bytes, substituted })
}

/// What the consistency check finds in the contract of `answers` (stored-draft JSON),
/// dated `today`: one line per broken invariant, in `lang` ("fr", "en"); "" when none.
/// The first screen does not carry the check; the review step asks for it here.
#[wasm_bindgen]
pub fn breaches(answers: &str, today: &str, lang: &str) -> Result<String, JsValue> {
    let answers = Answers::from_json_text(answers).map_err(|e| JsValue::from_str(&e))?;
    let today = parse_iso(today).ok_or_else(|| JsValue::from_str("bad date"))?;
    let lang = if lang == "en" { Lang::En } else { Lang::Fr };
    let (doc, _) = from_answers(&answers, today);
    Ok(doc.breaches.iter().map(|b| b.invariant.describe(lang)).collect::<Vec<_>>().join("\n"))
}
