//! PDF and DOCX come from a second wasm module (`src/bin/writers.rs`, built into
//! `dist/writers/`), imported on the first such download: the first screen does not
//! carry the PDF layout, the fonts' metrics, the DOCX parts or the ZIP compressor.
//! The module is imported once and kept (`web::later`); the service worker caches it
//! for offline use.

use super::later;
use crate::render::Format;
use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The writers could not be loaded or refused the answers (offline before the first
/// download, a blocked script…).
#[derive(Debug)]
pub struct WriteError;

impl From<later::LoadError> for WriteError {
    fn from(_: later::LoadError) -> Self {
        WriteError
    }
}

/// A written file and the characters the PDF's fonts could not show.
pub struct Written {
    pub bytes: Vec<u8>,
    pub substituted: Vec<char>,
}

/// Writes the contract of `answers_json` (the stored-draft JSON of the answers) in
/// `format`, dated `today` (YYYY-MM-DD).
pub async fn write(answers_json: &str, format: Format, today: &str) -> Result<Written, WriteError> {
    let module = later::module("writers").await?;
    let write: Function = later::get(&module, "write")?;
    // A promise: the first PDF fetches its fonts.
    let out = write
        .call3(&JsValue::NULL, &answers_json.into(), &format.extension().into(), &today.into())
        .map_err(|_| WriteError)?;
    written(out).await
}

/// Writes the signed contract of `frame` (a plain frame: `agreement::frame::seal`'s
/// bytes) in `format`, with its signature page and its version and fingerprint on
/// every page: the same bytes in both parties' browsers.
pub async fn write_signed(frame: &[u8], format: Format) -> Result<Written, WriteError> {
    let module = later::module("writers").await?;
    let write: Function = later::get(&module, "write_signed")?;
    let out = write
        .call2(&JsValue::NULL, &Uint8Array::from(frame).into(), &format.extension().into())
        .map_err(|_| WriteError)?;
    written(out).await
}

/// The file a writer's promise resolves to.
async fn written(promise: JsValue) -> Result<Written, WriteError> {
    let out = JsFuture::from(promise.unchecked_into::<Promise>()).await.map_err(|_| WriteError)?;
    let bytes: Uint8Array =
        Reflect::get(&out, &"bytes".into()).map_err(|_| WriteError)?.dyn_into().map_err(|_| WriteError)?;
    let substituted = Reflect::get(&out, &"substituted".into()).ok().and_then(|s| s.as_string()).unwrap_or_default();
    Ok(Written { bytes: bytes.to_vec(), substituted: substituted.chars().collect() })
}

/// One piece of advice, as the writers module words it (`advice`).
#[derive(Clone, PartialEq)]
pub struct AdviceView {
    pub field: crate::model::Field,
    pub title: String,
    pub why: String,
    pub fix: String,
    /// The one-click fix: its label and the answers it sets.
    pub quick: Option<(String, Vec<(crate::model::Field, String)>)>,
}

/// The advice on the contract of `answers_json`, most at stake first, in `lang`:
/// computed and worded by the writers module, which the review step loads anyway.
pub async fn advice(answers_json: &str, lang: crate::model::Lang) -> Result<Vec<AdviceView>, WriteError> {
    use crate::model::Field;
    let module = later::module("writers").await?;
    let advise: Function = later::get(&module, "advice")?;
    let out: js_sys::Array = advise
        .call2(&JsValue::NULL, &answers_json.into(), &lang.code().into())
        .map_err(|_| WriteError)?
        .dyn_into()
        .map_err(|_| WriteError)?;
    let text = |o: &JsValue, k: &str| Reflect::get(o, &k.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let field = |key: String| Field::from_key(&key).ok_or(WriteError);
    let mut views = Vec::new();
    for item in out.iter() {
        let quick = match Reflect::get(&item, &"quick".into()) {
            Ok(q) if q.is_object() => {
                let pairs: js_sys::Array = later::get(&q, "set")?;
                let set = pairs
                    .iter()
                    .map(|p| {
                        let p: js_sys::Array = p.dyn_into().map_err(|_| WriteError)?;
                        Ok((field(p.get(0).as_string().unwrap_or_default())?, p.get(1).as_string().unwrap_or_default()))
                    })
                    .collect::<Result<Vec<_>, WriteError>>()?;
                Some((text(&q, "label"), set))
            }
            _ => None,
        };
        views.push(AdviceView {
            field: field(text(&item, "field"))?,
            title: text(&item, "title"),
            why: text(&item, "why"),
            fix: text(&item, "fix"),
            quick,
        });
    }
    Ok(views)
}

/// The consistency check's findings for the contract of `answers_json` (one line each,
/// in `lang`), computed by the writers module: the first screen does not carry the check.
pub async fn breaches(answers_json: &str, today: &str, lang: crate::model::Lang) -> Result<Vec<String>, WriteError> {
    let module = later::module("writers").await?;
    let check: Function = later::get(&module, "breaches")?;
    let out = check
        .call3(&JsValue::NULL, &answers_json.into(), &today.into(), &lang.code().into())
        .map_err(|_| WriteError)?;
    let text = out.as_string().ok_or(WriteError)?;
    Ok(text.lines().map(str::to_string).collect())
}
