//! The page's URL parameters (`location.search`), read once per page load, and the
//! effects they have outside Yew: the accent colour and a console warning for the
//! parameters refused. The parsing itself is `crate::embed` (pure, tested natively).

use crate::embed::{self, Parsed, Presets, Rgb};
use js_sys::{Function, Reflect};
use std::cell::OnceCell;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static PARSED: OnceCell<Parsed> = const { OnceCell::new() };
}

fn location_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The page's address (`location.href`), "" when the browser won't say.
pub fn href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// This page's presets. The first call parses, warns about refused parameters and
/// applies the accent colour; later calls return the same presets.
pub fn presets() -> Presets {
    PARSED.with(|cell| {
        cell.get_or_init(|| {
            let parsed = embed::parse(&location_search());
            warn_ignored(&parsed);
            if let Some(accent) = parsed.presets.accent {
                apply_accent(accent);
            }
            parsed
        })
        .presets
        .clone()
    })
}

/// The same page outside the iframe (`embed` dropped, other presets kept).
pub fn full_page_url() -> String {
    embed::full_page_url(&href())
}

/// Calls `target[name](args…)`, ignoring what is missing or throws.
fn call(target: &JsValue, name: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &JsValue::from_str(name)).ok()?.dyn_into().ok()?;
    let args: js_sys::Array = args.iter().copied().collect();
    f.apply(target, &args).ok()
}

fn warn_ignored(parsed: &Parsed) {
    if parsed.ignored.is_empty() {
        return;
    }
    let list: Vec<String> = parsed.ignored.iter().map(|i| format!("{} ({:?})", i.key, i.reason)).collect();
    let message = format!("Cadre: URL parameters ignored: {}", list.join(", "));
    if let Ok(console) = Reflect::get(&js_sys::global(), &JsValue::from_str("console")) {
        call(&console, "warn", &[&JsValue::from_str(&message)]);
    }
}

/// Sets `--accent` and `--accent-text` on `<html>` through the CSSOM (allowed by the
/// policy's `style-src 'self'`, unlike a `style` attribute), made readable for the
/// colour scheme in force when the page loads.
pub fn apply_accent(accent: Rgb) {
    let Some(window) = web_sys::window() else { return };
    let dark = window.match_media("(prefers-color-scheme: dark)").ok().flatten().is_some_and(|m| m.matches());
    let palette = embed::palette(accent, dark);
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let Ok(style) = Reflect::get(&root, &JsValue::from_str("style")) else { return };
    for (name, colour) in [("--accent", palette.accent), ("--accent-text", palette.accent_text)] {
        call(&style, "setProperty", &[&JsValue::from_str(name), &JsValue::from_str(&colour.css())]);
    }
}

/// Copies `text` to the clipboard; `done(true)` once copied, `done(false)` when the
/// browser refuses (no Clipboard API, no permission, a sandbox without it).
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    use wasm_bindgen::closure::Closure;
    let clipboard = web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).ok())
        .filter(|c| !c.is_undefined() && !c.is_null());
    let promise = clipboard
        .and_then(|c| call(&c, "writeText", &[&JsValue::from_str(text)]))
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let ok = {
        let done = done.clone();
        Closure::once(move |_: JsValue| done(true))
    };
    let err = Closure::once(move |_: JsValue| done(false));
    let _ = promise.then2(&ok, &err);
    ok.forget();
    err.forget();
}
