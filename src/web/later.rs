//! Modules a first visit does not need, imported when first used: each is a second
//! wasm built from its own binary in `src/bin/` (by `scripts/lib.sh`, `build_release`)
//! into `dist/<name>/`, imported once and kept. The service worker caches them for
//! offline use. Today: `writers` (the four formats, the consistency check, the
//! advice, the signed files), `embed_setup` (the site owner's embedding form, its own
//! small Yew app) and `agreement` (send, review, sign, check: `ui::agreement`), the
//! last two mounted in a `ui::components::later_panel` by `mount`.

use js_sys::{Function, Object, Promise, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "export function import_module(url) { return import(url); }")]
extern "C" {
    fn import_module(url: &str) -> Promise;
}

thread_local! {
    static LOADED: RefCell<Vec<(&'static str, JsValue)>> = const { RefCell::new(Vec::new()) };
}

/// The module could not be imported or started (offline before its first use, a
/// blocked script…), or refused what it was given.
#[derive(Debug)]
pub struct LoadError;

fn url(path: &str) -> Result<String, LoadError> {
    let base =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).ok_or(LoadError)?;
    Ok(web_sys::Url::new_with_base(path, &base).map_err(|_| LoadError)?.href())
}

/// The module `name` (`dist/<name>/<name>.js`), imported and started once.
pub async fn module(name: &'static str) -> Result<JsValue, LoadError> {
    if let Some(m) = LOADED.with(|l| l.borrow().iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone())) {
        return Ok(m);
    }
    let module = JsFuture::from(import_module(&url(&format!("{name}/{name}.js"))?)).await.map_err(|_| LoadError)?;
    let init: Function = get(&module, "default")?;
    let options = Object::new();
    Reflect::set(&options, &"module_or_path".into(), &url(&format!("{name}/{name}_bg.wasm"))?.into())
        .map_err(|_| LoadError)?;
    let started: Promise =
        init.call1(&JsValue::NULL, &options).map_err(|_| LoadError)?.dyn_into().map_err(|_| LoadError)?;
    JsFuture::from(started).await.map_err(|_| LoadError)?;
    LOADED.with(|l| l.borrow_mut().push((name, module.clone())));
    Ok(module)
}

/// Imports the module `name` and shows it inside `root` (its export `mount(root,
/// lang, arg)`): called again, it shows it again in `lang` for `arg`.
pub async fn mount(name: &'static str, root: JsValue, lang: crate::model::Lang, arg: &str) -> Result<(), LoadError> {
    let module = module(name).await?;
    let mount: Function = get(&module, "mount")?;
    mount.call3(&JsValue::NULL, &root, &lang.code().into(), &arg.into()).map_err(|_| LoadError)?;
    Ok(())
}

/// The export `name` of a loaded module, as a function (or any other type).
pub fn get<T: JsCast>(module: &JsValue, name: &str) -> Result<T, LoadError> {
    Reflect::get(module, &name.into()).map_err(|_| LoadError)?.dyn_into().map_err(|_| LoadError)
}
