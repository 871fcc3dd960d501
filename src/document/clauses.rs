//! The clause library: each function reads the contract and returns document nodes in
//! the contract's language. French and English stand side by side so the logic that
//! chooses a clause is written once. The articles live in one file per part of the
//! contract; this file holds what they share (the context and the paragraph builder).

mod annexes;
mod ending;
mod mission;
mod money;
mod parties;
mod protection;
mod rights;

pub use annexes::annexes;
pub use ending::{general, law, termination, withdrawal};
pub use mission::{acceptance, accompaniment, beneficiary, object, schedule, scope};
pub use money::{payment, price};
pub use parties::{client_identity, provider_identity};
pub use protection::{guarantees, insurance, liability, personal_data};
pub use rights::{confidentiality, rights};

use super::{format, words, Block, Inline, Section};
use crate::model::*;
use crate::validate::Contract;

/// The clause context: the contract, its language, and the article numbers.
pub struct Ctx<'a> {
    pub c: &'a Contract,
    pub a: &'a Answers,
    pub lang: Lang,
    /// The sections present, in order: article n is `sections[n - 1]`.
    pub sections: Vec<Section>,
}

impl Ctx<'_> {
    /// Chooses the text for the contract's language.
    pub fn tr<'s>(&self, fr: &'s str, en: &'s str) -> &'s str {
        match self.lang {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// The number of the article holding `section`.
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn num(&self, section: Section) -> String {
        match self.sections.iter().position(|s| *s == section) {
            Some(i) => (i + 1).to_string(),
            None => "?".into(),
        }
    }

    pub fn money(&self, m: Money) -> String {
        m.format(self.lang)
    }

    /// An amount as a paragraph states it, in figures and in words:
    /// "1 200,00 € (mille deux cents euros)". Tables show figures only.
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn money_words(&self, m: Money) -> String {
        format!("{} ({})", m.format(self.lang), words::money(m, self.lang))
    }

    /// " hors taxes" when French VAT is added to the prices, else nothing.
    pub fn excl_tax(&self) -> &'static str {
        if self.c.vat_rate.is_some() {
            self.tr(" hors taxes", " excluding VAT")
        } else {
            ""
        }
    }

    /// "Le Prestataire n'est tenu de…": the provider's name as a signer would read it,
    /// with "EI" for an individual entrepreneur.
    pub fn provider_name(&self) -> String {
        let name = user_text(&self.a.provider.name).trim().to_string();
        if self.a.provider.status.is_individual() && !name.is_empty() {
            format!("{name} EI")
        } else {
            name
        }
    }

    pub fn pct(&self, p: Percent) -> String {
        p.format(self.lang)
    }

    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        format::date(d, self.lang)
    }

    pub fn days(&self, n: u32) -> String {
        format::days(n, self.lang)
    }

    /// A paragraph builder in this contract's language.
    pub fn p(&self) -> P {
        P { lang: self.lang, inlines: Vec::new(), after_answer: false }
    }
}

/// Builds a paragraph: clause text (with French typography applied), emphasis, and
/// user values (kept exactly as typed; an empty one leaves a blank to fill).
pub struct P {
    lang: Lang,
    inlines: Vec<Inline>,
    /// The last inline ends with an answer: clause text after it goes through
    /// `punctuation::join`, so « 2027. » never becomes « 2027.. ».
    after_answer: bool,
}

impl P {
    /// Clause text.
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn t(mut self, s: &str) -> P {
        let s = self.after(typo(s, self.lang));
        match self.inlines.last_mut() {
            Some(Inline::Text(prev)) => prev.push_str(&s),
            _ => self.inlines.push(Inline::Text(s)),
        }
        self
    }

    /// Clause text in bold (defined terms, amounts).
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn b(mut self, s: &str) -> P {
        let s = self.after(typo(s, self.lang));
        self.strong(s);
        self
    }

    /// Clause text `s` as it follows what is already there: after an answer, one mark
    /// between them (`punctuation::join`).
    fn after(&mut self, s: String) -> String {
        if !std::mem::take(&mut self.after_answer) {
            return s;
        }
        match self.inlines.last_mut() {
            Some(Inline::Text(prev) | Inline::Strong(prev)) => super::punctuation::join(prev, &s),
            _ => s,
        }
    }

    /// Appends bold text, joined to a bold run just before it.
    fn strong(&mut self, s: String) {
        match self.inlines.last_mut() {
            Some(Inline::Strong(prev)) => prev.push_str(&s),
            _ => self.inlines.push(Inline::Strong(s)),
        }
    }

    /// A user's answer, or a blank when it is empty.
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn v(mut self, s: &str) -> P {
        let cleaned = user_text(s);
        let s = cleaned.trim();
        if s.is_empty() {
            self.inlines.push(Inline::Blank);
            self.after_answer = false;
        } else {
            match self.inlines.last_mut() {
                Some(Inline::Text(prev)) => prev.push_str(s),
                _ => self.inlines.push(Inline::Text(s.to_string())),
            }
            self.after_answer = true;
        }
        self
    }

    /// A user's answer in bold (inside a clause that must be very apparent), or a blank.
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn bv(mut self, s: &str) -> P {
        let cleaned = user_text(s);
        let s = cleaned.trim();
        if s.is_empty() {
            self.inlines.push(Inline::Blank);
            self.after_answer = false;
        } else {
            self.strong(s.to_string());
            self.after_answer = true;
        }
        self
    }

    /// A space left for hand-writing.
    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn blank(mut self) -> P {
        self.inlines.push(Inline::Blank);
        self.after_answer = false;
        self
    }

    pub fn inlines(self) -> Vec<Inline> {
        self.inlines
    }

    // Out of line: hundreds of clause call sites share one copy (wasm bytes).
    #[inline(never)]
    pub fn block(self) -> Block {
        Block::Paragraph(self.inlines)
    }
}

/// User text as the contract shows it: control characters and bidirectional overrides
/// (which can disguise a name or an amount) removed; line breaks kept.
pub fn user_text(s: &str) -> String {
    crate::model::text::clean(s)
}

/// Typography for clause text: typographic apostrophes; in French, no-break spaces
/// before : ; ! ? % € and inside « ». User text is never touched.
pub fn typo(s: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    let mut prev = '\0';
    while let Some(c) = chars.next() {
        match c {
            '\'' => out.push('’'),
            ' ' if lang == Lang::Fr => {
                let next = chars.peek().copied().unwrap_or('\0');
                if prev == '«' {
                    out.push('\u{a0}');
                } else {
                    match next {
                        ':' | '%' | '€' | '»' => out.push('\u{a0}'),
                        ';' | '!' | '?' => out.push('\u{202f}'),
                        _ => out.push(' '),
                    }
                }
            }
            c => out.push(c),
        }
        prev = c;
    }
    out
}

/// A list item from a builder.
fn item(p: P) -> Vec<Inline> {
    p.inlines()
}

/// Ends a list whose items close with ";" on a full stop, as French and English lists
/// of clauses do.
fn close_list(items: &mut [Vec<Inline>]) {
    if let Some(Inline::Text(last)) = items.last_mut().and_then(|i| i.last_mut()) {
        if let Some(stripped) = last.strip_suffix(';') {
            *last = format!("{}.", stripped.trim_end_matches([' ', '\u{a0}', '\u{202f}']));
        }
    }
}
