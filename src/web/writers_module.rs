//! The exports of the writers module (`src/bin/writers.rs`): browser code, so it lives
//! in `web/`, but only that binary includes it; the app's own wasm does not, which
//! is what keeps the PDF and DOCX writers out of the first screen.
//!
//! The PDF's fonts (`writers/fonts/`, about 190 KB gzipped) are fetched at the first
//! PDF, from the site's own folder (the service worker keeps them for offline use),
//! and kept for the next ones.

use cadre::agreement::frame::{self, Opened};
use cadre::agreement::signed;
use cadre::document::build::from_answers;
use cadre::document::format::parse_iso;
use cadre::document::Document;
use cadre::model::{Answers, Lang};
use cadre::render::pdf::{FontFiles, FILE_NAMES};
use cadre::render::{self, Format, RenderWarning};
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen(inline_js = "export function fetch_fonts(names) {
  return Promise.all(names.map(async (name) => {
    const response = await fetch(new URL('writers/fonts/' + name, document.baseURI));
    if (!response.ok) throw new Error('font ' + name + ': HTTP ' + response.status);
    return new Uint8Array(await response.arrayBuffer());
  }));
}")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn fetch_fonts(names: Array) -> Result<JsValue, JsValue>;
}

thread_local! {
    /// The three font files, once fetched.
    static FONTS: RefCell<Option<Rc<[Vec<u8>; 3]>>> = const { RefCell::new(None) };
}

async fn fonts() -> Result<Rc<[Vec<u8>; 3]>, JsValue> {
    if let Some(fonts) = FONTS.with(|f| f.borrow().clone()) {
        return Ok(fonts);
    }
    let names: Array = FILE_NAMES.iter().map(|n| JsValue::from_str(n)).collect();
    let files: Array = fetch_fonts(names).await?.dyn_into()?;
    let bytes = |i: u32| -> Result<Vec<u8>, JsValue> { Ok(files.get(i).dyn_into::<Uint8Array>()?.to_vec()) };
    let fonts = Rc::new([bytes(0)?, bytes(1)?, bytes(2)?]);
    FONTS.with(|f| *f.borrow_mut() = Some(fonts.clone()));
    Ok(fonts)
}

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
/// "html", "md"), dated `today` (YYYY-MM-DD). A promise: the first PDF fetches the
/// fonts.
#[wasm_bindgen]
pub async fn write(answers: String, format: String, today: String) -> Result<Written, JsValue> {
    let answers = Answers::from_json_text(&answers).map_err(|e| JsValue::from_str(&e))?;
    let format = Format::parse(&format).ok_or_else(|| JsValue::from_str("unknown format"))?;
    let today = parse_iso(&today).ok_or_else(|| JsValue::from_str("bad date"))?;
    let (doc, _) = from_answers(&answers, today);
    written(&doc, format).await
}

/// Writes the signed contract of `frame` (a plain frame, `agreement::frame::seal`'s
/// bytes: the browser decrypts a sealed one first) in `format` ("pdf", "docx",
/// "html", "md"), with its signature page and its version and fingerprint on every
/// page: both parties get the same file from the same frame. A promise, as `write`.
#[wasm_bindgen]
pub async fn write_signed(frame: Vec<u8>, format: String) -> Result<Written, JsValue> {
    let format = Format::parse(&format).ok_or_else(|| JsValue::from_str("unknown format"))?;
    let message = match frame::open(&frame) {
        Ok(Opened::Plain(message)) => message,
        Ok(Opened::Encrypted(_)) => return Err(JsValue::from_str("encrypted frame: decrypt it first")),
        Err(_) => return Err(JsValue::from_str("unreadable frame")),
    };
    written(&signed::document(&message), format).await
}

/// `doc` written in `format`, the PDF in the fetched fonts.
async fn written(doc: &Document, format: Format) -> Result<Written, JsValue> {
    let fonts = if format == Format::Pdf { Some(fonts().await?) } else { None };
    let files = match &fonts {
        Some(f) => FontFiles { regular: &f[0], bold: &f[1], italic: &f[2] },
        None => FontFiles { regular: &[], bold: &[], italic: &[] },
    };
    let rendered = render::render_with(doc, format, &files).map_err(|_| JsValue::from_str("unusable font file"))?;
    let substituted =
        rendered.warnings.iter().map(|RenderWarning::Substituted { chars }| chars.iter().collect::<String>()).collect();
    Ok(Written { bytes: rendered.bytes, substituted })
}

/// The advice on the contract of `answers` (stored-draft JSON), most at stake first, in
/// `lang` ("fr", "en"): an array of `{ field, title, why, fix, quick?: { label, set:
/// [[field, value]…] } }` (plain JS values, no codec), fields by their keys. The review
/// step shows it; the first screen does not carry the advice or its words.
#[wasm_bindgen]
pub fn advice(answers: &str, lang: &str) -> Result<js_sys::Array, JsValue> {
    use js_sys::{Object, Reflect};
    let answers = Answers::from_json_text(answers).map_err(|e| JsValue::from_str(&e))?;
    let lang = if lang == "en" { Lang::En } else { Lang::Fr };
    let set = |o: &Object, k: &str, v: JsValue| Reflect::set(o, &k.into(), &v).map(|_| ());
    let out = js_sys::Array::new();
    for a in cadre::advice::advise(&cadre::validate::check(&answers).contract) {
        let t = a.text(lang);
        let item = Object::new();
        set(&item, "field", a.field.key().into())?;
        set(&item, "title", t.title.into())?;
        set(&item, "why", t.why.into())?;
        set(&item, "fix", t.fix.into())?;
        if let Some(q) = a.quick_fix(lang) {
            let quick = Object::new();
            set(&quick, "label", q.label.into())?;
            let pairs: js_sys::Array =
                q.set.iter().map(|(f, v)| js_sys::Array::of2(&f.key().into(), &(*v).into())).collect();
            set(&quick, "set", pairs.into())?;
            set(&item, "quick", quick.into())?;
        }
        out.push(&item);
    }
    Ok(out)
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
