//! Where an answer meets the clause around it: an answer that ends with its own mark
//! (« devis du 4 janvier 2027. », « site web ; ») never gets a second one from the
//! clause (« … 2027.. »). The one rule, used by the paragraph builder and by the few
//! clauses that join answers themselves (the signature line, the annexes' list).

/// Marks that end a sentence on their own: the answer keeps them and the clause's mark
/// after them goes (« Quoi ? » then « . » gives « Quoi ? »).
fn is_strong(c: char) -> bool {
    matches!(c, '!' | '?' | '…')
}

/// Marks a clause may put after an answer.
fn is_mark(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '…')
}

/// What may stand between an answer and the clause's mark: spaces (the French no-break
/// ones too) and closing quotes or brackets (« Site web. »).
fn is_closer(c: char) -> bool {
    c.is_whitespace() || matches!(c, '»' | '”' | '"' | ')' | '’' | '\'')
}

/// The mark `value` ends with: `Some(true)` for one that ends a sentence on its own
/// ('!', '?', '…' or "..."), `Some(false)` for one the clause's mark replaces ('.',
/// ';', ',', ':'), `None` for none.
fn trailing(value: &str) -> Option<bool> {
    let v = value.trim_end();
    let last = v.chars().next_back()?;
    if v.ends_with("...") || is_strong(last) {
        Some(true)
    } else if matches!(last, '.' | ';' | ',' | ':') {
        Some(false)
    } else {
        None
    }
}

/// Joins the end of an answer (`value`, which it may shorten) to the clause text that
/// follows it (`next`, returned, perhaps without its first mark), so that exactly one
/// mark stands between them: the answer's when it ends a sentence on its own, else
/// the clause's.
pub fn join(value: &mut String, next: &str) -> String {
    let Some(strong) = trailing(value) else { return next.to_string() };
    let at = next.find(|c: char| !is_closer(c)).unwrap_or(next.len());
    let Some(mark) = next[at..].chars().next().filter(|&c| is_mark(c)) else { return next.to_string() };
    if strong {
        // The answer's mark stays; the clause's goes, with the space before it.
        let rest = &next[at + mark.len_utf8()..];
        format!("{}{}", next[..at].trim_end(), rest)
    } else {
        // The clause's mark stays; the answer's goes (« etc. » then « , » gives « etc, »).
        let keep = value.trim_end().trim_end_matches(['.', ';', ',', ':']).trim_end().len();
        value.truncate(keep);
        next.to_string()
    }
}

/// `value` then `next`, joined by `join`.
pub fn joined(value: &str, next: &str) -> String {
    let mut v = value.to_string();
    let n = join(&mut v, next);
    v + &n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_mark_between_an_answer_and_its_clause() {
        let cases = [
            ("devis du 4 janvier 2027.", ".", "devis du 4 janvier 2027."),
            ("site web.", ", au plus tard", "site web, au plus tard"),
            ("site web;", ".", "site web."),
            ("site web ;", "\u{202f};", "site web\u{202f};"),
            ("Quoi ?", ".", "Quoi ?"),
            ("Quoi ?", "\u{202f}; ensuite", "Quoi ? ensuite"),
            ("Et puis…", ".", "Et puis…"),
            ("Et puis...", ".", "Et puis..."),
            ("Site web.", " ».", "Site web »."),
            ("Site web!", "”.", "Site web!”"),
            ("site web", ".", "site web."),
            ("site web.", " EI", "site web. EI"),
            ("", ".", "."),
        ];
        for (value, next, want) in cases {
            assert_eq!(joined(value, next), want, "{value:?} + {next:?}");
        }
    }
}
