//! The agreement screens' words: each string in French and English where it is used
//! (as `agreement::messages` does), through these two helpers.

use crate::model::Lang;

/// The string for the interface language.
pub fn t(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    crate::i18n::pick(lang, fr, en)
}

/// A label and its text: « Version\u{a0}: 3 » in French, "Version: 3" in English.
pub fn colon(lang: Lang, label: &str, text: &str) -> String {
    match lang {
        Lang::Fr => format!("{label}\u{a0}: {text}"),
        Lang::En => format!("{label}: {text}"),
    }
}

/// A title in quotes: « Site vitrine » / “Showcase site”.
pub fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        Lang::En => format!("“{text}”"),
    }
}
