//! Answers that end with their own mark (« devis du 4 janvier 2027. », « site web ; »):
//! a distinct word per text field, and the check that finds a mark doubled after it.
//! The contract's writers (tests/punctuation.rs) and the client's explanations
//! (tests/explain.rs) are read with the same check.

use cadre::model::{Answers, Field, FieldKind};

/// The marks an answer may end with.
pub const MARKS: [&str; 6] = [".", "!", "?", "…", ";", "..."];

/// Punctuation a clause could add after an answer.
fn is_mark(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…')
}

/// What may stand between two marks and still read as doubled: spaces and closing
/// quotes or brackets (« Site web. ». is doubled too).
fn is_between(c: char) -> bool {
    c.is_whitespace() || matches!(c, '»' | '”' | '"' | ')' | '’')
}

/// Fields of free text, whose answer shows as typed.
pub fn text_fields(a: &Answers) -> Vec<Field> {
    a.fields().into_iter().filter(|f| matches!(f.kind(), FieldKind::Text | FieldKind::LongText)).collect()
}

/// A word no clause has, distinct per field: "Qzxab", "Qzxac"…
pub fn sentinel(i: usize) -> String {
    let l = |n: usize| char::from(b'a' + (n % 26) as u8);
    format!("Qzx{}{}", l(i / 26), l(i))
}

/// Each place in `text` where a sentinel is followed by more than one mark (an
/// ellipsis "..." counts as one), with what follows it.
pub fn doubled(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (at, _) in text.match_indices("Qzx") {
        let rest = &text[at + 5.min(text.len() - at)..];
        let rest = rest.replacen("...", "…", 1);
        let run: String = rest.chars().take_while(|&c| is_mark(c) || is_between(c)).collect();
        if run.chars().filter(|&c| is_mark(c)).count() > 1 {
            out.push(text[at..].chars().take(24).collect());
        }
    }
    out
}
