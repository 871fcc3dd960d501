//! The contract as one typed tree: every output format is a writer of this tree.
//!
//! The tree holds plain Unicode text; escaping belongs to each writer in `render/`.

pub mod build;
mod clauses;
pub mod consistency;
pub mod format;
pub mod punctuation;
pub mod words;

/// French typography for fixed text (no-break spaces, typographic apostrophes): the
/// contract's rule, which the plain-words explanations beside it follow too.
pub(crate) use clauses::typo;

use crate::model::Lang;

/// A whole contract, ready to be written in any format.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub lang: Lang,
    /// Main title, e.g. "Contrat de prestation de services".
    pub title: String,
    /// The mission's title, shown under the main title.
    pub subtitle: String,
    /// Set when the answers still have blocking problems: writers mark every page
    /// "PROJET" / "DRAFT".
    pub draft_mark: Option<String>,
    /// Set on a signed contract (`agreement::signed`): its version and short
    /// fingerprint, which the PDF and DOCX print on every page, HTML and Markdown once
    /// at the top. Not part of the terms (the canonical text leaves it out).
    pub stamp: Option<String>,
    /// The full fingerprint of a signed contract's text (64 hex digits), which the PDF
    /// also records in its metadata (`cadre-fingerprint:…`) for "Check a contract".
    pub fingerprint: Option<String>,
    pub meta: Meta,
    pub blocks: Vec<Block>,
    /// Annexes follow the signatures (e.g. the consumer's withdrawal form).
    pub annexes: Vec<Annex>,
    /// Invariants of `consistency` this document breaks: a bug, shown as a problem,
    /// and the document is marked as a draft.
    pub breaches: Vec<consistency::Breach>,
}

/// Document metadata, carried into PDF / DOCX / HTML headers.
#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub title: String,
    pub author: String,
    /// ISO date `YYYY-MM-DD` of creation (a pinned clock in tests).
    pub created: chrono::NaiveDate,
    /// Short label for page footers.
    pub footer: String,
}

/// What part of the contract a block belongs to, so the UI can highlight the clause
/// that the current question changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Parties,
    Object,
    Scope,
    Schedule,
    Accompaniment,
    Beneficiary,
    Acceptance,
    Price,
    Payment,
    Rights,
    Confidentiality,
    PersonalData,
    Liability,
    Guarantees,
    Insurance,
    Termination,
    Withdrawal,
    Law,
    Signatures,
    General,
}

impl Section {
    /// Every section, in contract order.
    pub const ALL: [Section; 20] = [
        Section::Parties,
        Section::Object,
        Section::Scope,
        Section::Accompaniment,
        Section::Beneficiary,
        Section::Schedule,
        Section::Acceptance,
        Section::Price,
        Section::Payment,
        Section::Rights,
        Section::Confidentiality,
        Section::PersonalData,
        Section::Liability,
        Section::Guarantees,
        Section::Insurance,
        Section::Termination,
        Section::Withdrawal,
        Section::General,
        Section::Law,
        Section::Signatures,
    ];

    /// The section of an `id` (the inverse of `id`).
    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Stable identifier used for HTML anchors.
    pub fn id(self) -> &'static str {
        match self {
            Section::Parties => "parties",
            Section::Object => "object",
            Section::Scope => "scope",
            Section::Schedule => "schedule",
            Section::Accompaniment => "accompaniment",
            Section::Beneficiary => "beneficiary",
            Section::PersonalData => "personal-data",
            Section::Guarantees => "guarantees",
            Section::Acceptance => "acceptance",
            Section::Price => "price",
            Section::Payment => "payment",
            Section::Rights => "rights",
            Section::Confidentiality => "confidentiality",
            Section::Liability => "liability",
            Section::Insurance => "insurance",
            Section::Termination => "termination",
            Section::Withdrawal => "withdrawal",
            Section::Law => "law",
            Section::Signatures => "signatures",
            Section::General => "general",
        }
    }
}

/// A block of the contract body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A numbered article: "Article 3 – Prix".
    Article(Article),
    /// The parties' identification, before the articles.
    Parties(Vec<PartyBlock>),
    Paragraph(Vec<Inline>),
    List {
        ordered: bool,
        items: Vec<Vec<Inline>>,
    },
    Table(Table),
    Signatures(Signatures),
    /// Signatures drawn on a screen, on the signature page (`agreement::page`).
    Drawings(Vec<Drawn>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub number: u32,
    pub title: String,
    pub section: Section,
    /// Paragraphs, lists and tables; no nested articles.
    pub body: Vec<Block>,
}

/// One party's identification: a role ("Le Prestataire") and lines of identity.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyBlock {
    pub role: String,
    pub lines: Vec<Vec<Inline>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Columns aligned to the right (amounts).
    pub right_aligned: Vec<usize>,
}

/// "Fait à …, le …" followed by one signature box per party.
#[derive(Debug, Clone, PartialEq)]
pub struct Signatures {
    pub place_and_date: String,
    pub parties: Vec<Signer>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Signer {
    pub role: String,
    pub name: String,
    /// e.g. "Gérante" or "Entrepreneur individuel".
    pub capacity: String,
    /// e.g. "Lu et approuvé" hint.
    pub mention: String,
}

/// One drawn signature: vector strokes, never a bitmap, and what it is in words (its
/// caption, and the PDF's alternative text).
#[derive(Debug, Clone, PartialEq)]
pub struct Drawn {
    /// "Signature dessinée du Client, Marc Dupont".
    pub caption: String,
    pub drawing: crate::agreement::Drawing,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Annex {
    pub title: String,
    pub body: Vec<Block>,
}

/// Inline text. User text arrives here unescaped; writers escape it.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Em(String),
    /// A space left for hand-writing (e.g. the date on the withdrawal form).
    Blank,
}

impl Inline {
    pub fn text(&self) -> &str {
        match self {
            Inline::Text(s) | Inline::Strong(s) | Inline::Em(s) => s,
            Inline::Blank => "",
        }
    }
}

/// Flattens inlines to their plain text (blanks become a dotted line).
pub fn plain(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for i in inlines {
        match i {
            Inline::Blank => out.push_str("……………………"),
            other => out.push_str(other.text()),
        }
    }
    out
}

impl Document {
    /// Every article, in order.
    pub fn articles(&self) -> impl Iterator<Item = &Article> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Article(a) => Some(a),
            _ => None,
        })
    }

    /// The whole text, one block a line: used by tests and by hostile-input checks.
    pub fn plain_text(&self) -> String {
        let mut out = format!("{}\n{}\n", self.title, self.subtitle);
        write_text(&self.blocks, &mut out);
        for a in &self.annexes {
            out.push_str(&a.title);
            out.push('\n');
            write_text(&a.body, &mut out);
        }
        out
    }
}

/// The text of blocks, one block a line (articles with their heading): what tests,
/// hostile-input checks and the consistency check read.
pub fn write_text(blocks: &[Block], out: &mut String) {
    for b in blocks {
        match b {
            Block::Article(a) => {
                out.push_str(&format!("Article {} – {}\n", a.number, a.title));
                write_text(&a.body, out);
            }
            Block::Parties(ps) => {
                for p in ps {
                    out.push_str(&p.role);
                    out.push('\n');
                    for l in &p.lines {
                        out.push_str(&plain(l));
                        out.push('\n');
                    }
                }
            }
            Block::Paragraph(p) => {
                out.push_str(&plain(p));
                out.push('\n');
            }
            Block::List { items, .. } => {
                for i in items {
                    out.push_str("- ");
                    out.push_str(&plain(i));
                    out.push('\n');
                }
            }
            Block::Table(t) => {
                out.push_str(&t.header.join(" | "));
                out.push('\n');
                for r in &t.rows {
                    out.push_str(&r.join(" | "));
                    out.push('\n');
                }
            }
            Block::Signatures(s) => {
                out.push_str(&s.place_and_date);
                out.push('\n');
                for p in &s.parties {
                    out.push_str(&format!("{} {} {}\n", p.role, p.name, p.capacity));
                }
            }
            Block::Drawings(drawings) => {
                for d in drawings {
                    out.push_str(&d.caption);
                    out.push('\n');
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Section::{self, *};

    #[test]
    fn every_section_is_listed_once_and_read_back_from_its_id() {
        // A new section does not compile here: add it to the match, and to `ALL`.
        let listed = |s: Section| match s {
            Parties | Object | Scope | Schedule | Accompaniment | Beneficiary | Acceptance | Price | Payment
            | Rights | Confidentiality | PersonalData | Liability | Guarantees | Insurance | Termination
            | Withdrawal | Law | Signatures | General => Section::ALL.iter().filter(|&&x| x == s).count(),
        };
        for s in Section::ALL {
            assert_eq!(listed(s), 1, "{s:?}");
            assert_eq!(Section::from_id(s.id()), Some(s));
        }
        assert_eq!(Section::from_id("nope"), None);
    }
}
