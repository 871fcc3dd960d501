//! Offline use and new versions: registers the service worker the build writes
//! (dist/sw.js, from static/sw.js), so after a first visit the app loads with no
//! network; and says when a new build's worker is installed and waiting, so the
//! page can offer « Recharger ». The page reloads only when the user asks
//! (`activate_update`): the waiting worker takes over, then `controllerchange`
//! reloads. A worker taking over for any other reason (a first install's
//! `clients.claim`, another tab's reload) never reloads this page.
//!
//! Called once at start-up. Where service workers are unavailable (an insecure
//! origin, some private modes, a sandbox without `allow-same-origin`) or the file is
//! missing (`trunk serve`), nothing happens: the app works online as before.

use gloo::events::EventListener;
use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The worker's address, relative to the page: the app works from any sub-path.
pub const WORKER: &str = "./sw.js";

#[derive(Default)]
struct Updates {
    registration: Option<JsValue>,
    /// A new build's worker is installed and waits.
    ready: bool,
    /// Told when `ready` becomes true (the page's `use_new_version` hook).
    listener: Option<Rc<dyn Fn()>>,
    /// The user asked for the reload: the next `controllerchange` reloads.
    reloading: bool,
}

thread_local! {
    static UPDATES: RefCell<Updates> = RefCell::new(Updates::default());
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &JsValue::from_str(name)).ok().filter(|v| !v.is_undefined() && !v.is_null())
}

/// `navigator.serviceWorker`, where there is one (reading it throws in an
/// opaque-origin sandbox).
fn container() -> Option<JsValue> {
    get(&web_sys::window()?.navigator(), "serviceWorker")
}

/// Registers `WORKER` and watches for a new version; a refusal is ignored (the
/// promise's rejection is handled, so no "uncaught" error reaches the console).
pub fn register() {
    let Some(container) = container() else { return };
    let Some(register) = get(&container, "register").and_then(|f| f.dyn_into::<Function>().ok()) else {
        return;
    };
    let Ok(promise) = register.call1(&container, &JsValue::from_str(WORKER)) else { return };
    let Ok(promise) = promise.dyn_into::<Promise>() else { return };
    EventListener::new(container.unchecked_ref(), "controllerchange", |_| {
        if UPDATES.with(|u| u.borrow().reloading) {
            reload();
        }
    })
    .forget();
    let registered = Closure::once(watch);
    let ignore = Closure::once(|_: JsValue| {});
    let _ = promise.then(&registered).catch(&ignore);
    registered.forget();
    ignore.forget();
}

/// Follows a registration: a worker already waiting, or one being installed now or
/// later (`updatefound`), is announced once installed — if a worker already controls
/// this page (else it is the first install, which takes over by itself).
fn watch(registration: JsValue) {
    UPDATES.with(|u| u.borrow_mut().registration = Some(registration.clone()));
    if get(&registration, "waiting").is_some() {
        announce();
    }
    if let Some(worker) = get(&registration, "installing") {
        follow(worker);
    }
    let reg = registration.clone();
    EventListener::new(registration.unchecked_ref(), "updatefound", move |_| {
        if let Some(worker) = get(&reg, "installing") {
            follow(worker);
        }
    })
    .forget();
}

fn follow(worker: JsValue) {
    let w = worker.clone();
    EventListener::new(worker.unchecked_ref(), "statechange", move |_| {
        if get(&w, "state").and_then(|s| s.as_string()).as_deref() == Some("installed") {
            announce();
        }
    })
    .forget();
}

fn announce() {
    if container().and_then(|c| get(&c, "controller")).is_none() {
        return;
    }
    let listener = UPDATES.with(|u| {
        let mut u = u.borrow_mut();
        u.ready = true;
        u.listener.clone()
    });
    if let Some(listener) = listener {
        listener();
    }
}

/// True when a new version waits for a reload.
pub fn update_ready() -> bool {
    UPDATES.with(|u| u.borrow().ready)
}

/// Calls `listener` when a new version is ready (at once if it already is).
pub fn on_update_ready(listener: Rc<dyn Fn()>) {
    let ready = UPDATES.with(|u| {
        let mut u = u.borrow_mut();
        u.listener = Some(listener.clone());
        u.ready
    });
    if ready {
        listener();
    }
}

/// Switches to the new version: the waiting worker takes over, and the page reloads
/// when it has (`controllerchange`); with no worker waiting any more (another tab
/// already switched), the page reloads at once. Call it only once the draft is saved.
pub fn activate_update() {
    let waiting = UPDATES.with(|u| {
        let mut u = u.borrow_mut();
        u.reloading = true;
        u.registration.as_ref().and_then(|r| get(r, "waiting"))
    });
    let posted = waiting
        .and_then(|w| get(&w, "postMessage").and_then(|f| f.dyn_into::<Function>().ok()).map(|f| (w, f)))
        .is_some_and(|(w, post)| post.call1(&w, &JsValue::from_str("skipWaiting")).is_ok());
    if !posted {
        reload();
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
