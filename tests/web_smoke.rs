//! Browser smoke test: the Yew app mounts and renders its heading.
//!
//! Runs in headless Chromium with `cargo test --target wasm32-unknown-unknown
//! --test web_smoke` (wasm-bindgen-test-runner, see .cargo/config.toml);
//! scripts/test runs every tests/web_*.rs this way.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
async fn app_mounts_and_renders_a_heading() {
    let root = fresh_root();
    assert!(root.query_selector("h1").unwrap().is_none(), "the root starts empty");

    let _handle = yew::Renderer::<cadre::ui::App>::with_root(root.clone()).render();

    // Yield to the event loop until the heading appears (at most ~2 s).
    let mut heading = None;
    for _ in 0..200 {
        heading = root.query_selector("main#cadre h1").unwrap();
        if heading.is_some() {
            break;
        }
        TimeoutFuture::new(10).await;
    }
    let heading = heading.expect("main#cadre h1 rendered inside the root within 2 s");
    let text = heading.text_content().unwrap_or_default();
    assert!(!text.trim().is_empty(), "the h1 has text, got {text:?}");
}
