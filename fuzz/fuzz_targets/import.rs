//! Draft import: any bytes read as JSON (the app's parser checked against serde_json),
//! as a JSON draft (`Answers`) and as an imported file
//! (`storage::transfer::parse_import`: an envelope or a bundle, migrated); whatever
//! is accepted goes through validation, the document builder and a writer (picked
//! from the input's bytes, so each execution stays cheap), with every property
//! checked; whatever is refused has a message in both languages.
#![no_main]

use cadre::model::Lang;
use cadre::render::Format;
use cadre::i18n::drafts;
use cadre::storage::transfer;
use cadre_fuzz::props::{check_answers_with, check_json};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let sum = data.iter().fold(0usize, |s, &b| s.wrapping_add(usize::from(b)));
    let format = Some(Format::ALL[sum % Format::ALL.len()]);
    if let Ok(text) = std::str::from_utf8(data) {
        check_json(text);
        if let Ok(answers) = cadre::model::Answers::from_json_text(text) {
            check_answers_with(&answers, format, true);
        }
    }
    match transfer::parse_import(data) {
        Ok(drafts) => {
            for draft in &drafts {
                check_answers_with(&draft.answers, format, true);
            }
        }
        Err(e) => {
            assert!(!i18n::drafts::import_error(&e, Lang::Fr).is_empty());
            assert!(!i18n::drafts::import_error(&e, Lang::En).is_empty());
        }
    }
});
