//! Offline use: registers the service worker the build writes (dist/sw.js, from
//! static/sw.js), so after a first visit the app loads with no network.
//!
//! Called once at start-up. Where service workers are unavailable (an insecure
//! origin, some private modes, a sandbox without `allow-same-origin`) or the file is
//! missing (`trunk serve`), nothing happens: the app works online as before.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The worker's address, relative to the page: the app works from any sub-path.
pub const WORKER: &str = "./sw.js";

/// Registers `WORKER`; a refusal is ignored (the promise's rejection is handled, so
/// no "uncaught" error reaches the console).
pub fn register() {
    let Some(window) = web_sys::window() else { return };
    // Reading `navigator.serviceWorker` itself throws in an opaque-origin sandbox.
    let Ok(container) = Reflect::get(&window.navigator(), &JsValue::from_str("serviceWorker")) else { return };
    if container.is_undefined() || container.is_null() {
        return;
    }
    let Some(register) =
        Reflect::get(&container, &JsValue::from_str("register")).ok().and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return;
    };
    let Ok(promise) = register.call1(&container, &JsValue::from_str(WORKER)) else { return };
    if let Ok(promise) = promise.dyn_into::<Promise>() {
        let ignore = Closure::once(|_: JsValue| {});
        let _ = promise.catch(&ignore);
        ignore.forget();
    }
}
