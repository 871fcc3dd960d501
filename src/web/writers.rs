//! PDF and DOCX come from a second wasm module (`src/bin/writers.rs`, built into
//! `dist/writers/`), imported on the first such download: the first screen does not
//! carry the PDF layout, the fonts' metrics, the DOCX parts or the ZIP compressor.
//! The module is imported once and kept; the service worker caches it for offline use.

use crate::render::Format;
use js_sys::{Function, Object, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    fn import_module(url: &str) -> Promise;
}

thread_local! {
    static MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// The writers could not be loaded or refused the answers (offline before the first
/// download, a blocked script…).
#[derive(Debug)]
pub struct WriteError;

/// A written file and the characters the PDF's fonts could not show.
pub struct Written {
    pub bytes: Vec<u8>,
    pub substituted: Vec<char>,
}

fn url(path: &str) -> Result<String, WriteError> {
    let base =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).ok_or(WriteError)?;
    Ok(web_sys::Url::new_with_base(path, &base).map_err(|_| WriteError)?.href())
}

async fn module() -> Result<JsValue, WriteError> {
    if let Some(m) = MODULE.with(|m| m.borrow().clone()) {
        return Ok(m);
    }
    let module = JsFuture::from(import_module(&url("writers/writers.js")?)).await.map_err(|_| WriteError)?;
    let init: Function =
        Reflect::get(&module, &"default".into()).map_err(|_| WriteError)?.dyn_into().map_err(|_| WriteError)?;
    let options = Object::new();
    Reflect::set(&options, &"module_or_path".into(), &url("writers/writers_bg.wasm")?.into())
        .map_err(|_| WriteError)?;
    let started: Promise =
        init.call1(&JsValue::NULL, &options).map_err(|_| WriteError)?.dyn_into().map_err(|_| WriteError)?;
    JsFuture::from(started).await.map_err(|_| WriteError)?;
    MODULE.with(|m| *m.borrow_mut() = Some(module.clone()));
    Ok(module)
}

/// Writes the contract of `answers_json` (the stored-draft JSON of the answers) in
/// `format`, dated `today` (YYYY-MM-DD).
pub async fn write(answers_json: &str, format: Format, today: &str) -> Result<Written, WriteError> {
    let module = module().await?;
    let write: Function =
        Reflect::get(&module, &"write".into()).map_err(|_| WriteError)?.dyn_into().map_err(|_| WriteError)?;
    let out = write
        .call3(&JsValue::NULL, &answers_json.into(), &format.extension().into(), &today.into())
        .map_err(|_| WriteError)?;
    let bytes: Uint8Array =
        Reflect::get(&out, &"bytes".into()).map_err(|_| WriteError)?.dyn_into().map_err(|_| WriteError)?;
    let substituted = Reflect::get(&out, &"substituted".into()).ok().and_then(|s| s.as_string()).unwrap_or_default();
    Ok(Written { bytes: bytes.to_vec(), substituted: substituted.chars().collect() })
}

/// The consistency check's findings for the contract of `answers_json` (one line each,
/// in `lang`), computed by the writers module: the first screen does not carry the check.
pub async fn breaches(answers_json: &str, today: &str, lang: crate::model::Lang) -> Result<Vec<String>, WriteError> {
    let module = module().await?;
    let check: Function =
        Reflect::get(&module, &"breaches".into()).map_err(|_| WriteError)?.dyn_into().map_err(|_| WriteError)?;
    let out = check
        .call3(&JsValue::NULL, &answers_json.into(), &today.into(), &lang.code().into())
        .map_err(|_| WriteError)?;
    let text = out.as_string().ok_or(WriteError)?;
    Ok(text.lines().map(str::to_string).collect())
}
