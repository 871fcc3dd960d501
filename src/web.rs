//! Browser-only effects, each in one place: downloads, the clock, the browser's
//! language, (in `storage`) the drafts backend, and (in `crypto`) Web Crypto.

pub mod agreement_store;
#[cfg(feature = "bench")]
pub mod bench;
pub mod crypto;
pub mod download;
pub mod later;
pub mod offline;
pub mod params;
pub mod storage;
pub mod tab_memory;
pub mod writers;

use crate::model::Lang;

/// Today's date in the browser's time zone.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date()).unwrap_or_default()
}

/// Where the interface language the user chose is kept (a key no scan of drafts reads).
const UI_LANG_KEY: &str = "cadre.ui-lang";

/// The interface language the user chose last (FR/EN buttons), else the browser's.
pub fn ui_lang() -> Lang {
    let chosen = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(UI_LANG_KEY).ok().flatten());
    match chosen.as_deref() {
        Some("fr") => Lang::Fr,
        Some("en") => Lang::En,
        _ => browser_lang(),
    }
}

/// Keeps the interface language the user chose, for the next visit (best effort:
/// where storage is refused, the browser's language is used next time).
pub fn remember_ui_lang(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(UI_LANG_KEY, lang.code());
    }
}

/// French when the browser prefers French, English otherwise.
pub fn browser_lang() -> Lang {
    let lang = web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default();
    if lang.to_ascii_lowercase().starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}
