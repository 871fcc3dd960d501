//! Any answers (hostile text in any field, any choices) through validation, the
//! document builder and a writer, with every property of `props` checked. The first
//! byte picks the writer (HTML, Markdown, PDF, DOCX), so that each execution stays
//! cheap; the document is checked on the blocks that carry the answers' text.
#![no_main]

use cadre::render::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let format = Format::ALL[usize::from(pick) % Format::ALL.len()];
    let mut u = arbitrary::Unstructured::new(rest);
    if let Ok(answers) = cadre_fuzz::answers(&mut u) {
        cadre_fuzz::props::check_answers_with(&answers, Some(format), true);
    }
});
