//! Saves bytes as a file: a Blob, an object URL clicked through a temporary link, and
//! the URL revoked right after. Works inside an iframe that allows downloads.

use wasm_bindgen::JsCast;

/// The browser refused a download (the UI says so; the reason is not shown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadError;

/// Offers `bytes` for download as `name`.
pub fn download(bytes: &[u8], mime: &str, name: &str) -> Result<(), DownloadError> {
    let err = |_: wasm_bindgen::JsValue| DownloadError;
    let window = web_sys::window().ok_or(DownloadError)?;
    let document = window.document().ok_or(DownloadError)?;
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array.buffer());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_buffer_source_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let result = (|| {
        let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        a.set_href(&url);
        a.set_download(name);
        // The `hidden` attribute, not a style attribute: the CSP (style-src 'self') refuses those.
        a.set_hidden(true);
        let body = document.body().ok_or_else(|| wasm_bindgen::JsValue::from_str("no body"))?;
        body.append_child(&a)?;
        a.click();
        body.remove_child(&a)?;
        Ok::<(), wasm_bindgen::JsValue>(())
    })();
    // Revoke after the click has been handled by the browser.
    let revoke_url = url.clone();
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = web_sys::Url::revoke_object_url(&revoke_url);
    })
    .forget();
    result.map_err(err)
}
