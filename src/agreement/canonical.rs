//! The contract's canonical text: what its fingerprint is taken of. It holds every
//! word of the terms (title, parties, articles, tables, signature blocks, annexes) and
//! nothing of the format: not emphasis, alignment, line breaks, page layout or the
//! day the file was written. Changing this text changes every fingerprint: bump
//! `VERSION` when it must change, and keep reading the old one where a signature needs it.
//!
//! The rules, version 1:
//! - the first line is `CADRE-CANONICAL 1`, then one line per block, `\n`-terminated
//!   (never `\r`), each a tag and a space and the text: `LANG`, `TITLE`, `SUBTITLE`,
//!   `DRAFT` (the "draft" mark, when the contract still has problems), `P` paragraph,
//!   `PARTY` and `L` (a party and its lines), `ARTICLE` (number, a space, title),
//!   `-` (list item; `N.` in an ordered list), `TH` and `TR` (table rows, cells joined
//!   by ` | `, a `|` or `\` inside a cell escaped by a `\`), `SIGNED` (place and date),
//!   `SIGNER` (role | name | capacity), `ANNEX`, `DRAWN` (caption | SVG path: a
//!   drawn signature, only ever on a signature page, which is not fingerprinted);
//! - in every text, each run of whitespace (any Unicode `White_Space`, so the
//!   no-break spaces of French typography too) is one ASCII space, with none at either
//!   end; the invisible format characters (soft hyphen, zero-width spaces and joiners,
//!   bidi marks, byte-order mark) are dropped; every other character is kept as it is:
//!   no Unicode normalisation, since both parties build the text from the same answers;
//! - a blank left for hand-writing is `____`.

use crate::document::build::from_answers;
use crate::document::{Block, Document, Inline};
use crate::model::Answers;
use crate::validate::Checked;
use chrono::NaiveDate;

/// The canonical form's version, its first line.
pub const VERSION: u32 = 1;

/// The day `build` dates a contract: any day does (see `build`).
pub const BUILD_DATE: NaiveDate = NaiveDate::MIN;

/// Builds the contract of `a` for its canonical text. The build's date only dates the
/// document's metadata, which the canonical text leaves out, so any day does.
pub fn build(a: &Answers) -> (Document, Checked) {
    from_answers(a, BUILD_DATE)
}

/// The canonical text of a contract.
pub fn text(doc: &Document) -> String {
    let mut out = format!("CADRE-CANONICAL {VERSION}\n");
    line(&mut out, "LANG", doc.lang.code());
    line(&mut out, "TITLE", &doc.title);
    line(&mut out, "SUBTITLE", &doc.subtitle);
    if let Some(mark) = &doc.draft_mark {
        line(&mut out, "DRAFT", mark);
    }
    blocks(&mut out, &doc.blocks);
    for annex in &doc.annexes {
        line(&mut out, "ANNEX", &annex.title);
        blocks(&mut out, &annex.body);
    }
    out
}

/// The canonical lines of some blocks (an article's body, say): what "see what
/// changed" compares.
pub fn lines(of: &[Block]) -> Vec<String> {
    let mut out = String::new();
    blocks(&mut out, of);
    out.lines().map(str::to_string).collect()
}

fn blocks(out: &mut String, of: &[Block]) {
    for b in of {
        match b {
            Block::Article(a) => {
                line(out, "ARTICLE", &format!("{} {}", a.number, a.title));
                blocks(out, &a.body);
            }
            Block::Parties(parties) => {
                for p in parties {
                    line(out, "PARTY", &p.role);
                    for l in &p.lines {
                        line(out, "L", &inlines(l));
                    }
                }
            }
            Block::Paragraph(p) => line(out, "P", &inlines(p)),
            Block::List { ordered, items } => {
                for (n, item) in items.iter().enumerate() {
                    let tag = if *ordered { format!("{}.", n + 1) } else { "-".to_string() };
                    line(out, &tag, &inlines(item));
                }
            }
            Block::Table(t) => {
                line(out, "TH", &cells(&t.header));
                for row in &t.rows {
                    line(out, "TR", &cells(row));
                }
            }
            Block::Signatures(s) => {
                line(out, "SIGNED", &s.place_and_date);
                for p in &s.parties {
                    line(out, "SIGNER", &cells(&[p.role.clone(), p.name.clone(), p.capacity.clone()]));
                }
            }
            Block::Drawings(drawings) => {
                for d in drawings {
                    line(out, "DRAWN", &cells(&[d.caption.clone(), d.drawing.svg_path()]));
                }
            }
        }
    }
}

fn inlines(parts: &[Inline]) -> String {
    parts.iter().map(|i| if let Inline::Blank = i { "____" } else { i.text() }).collect()
}

fn cells(cells: &[String]) -> String {
    let escaped: Vec<String> = cells.iter().map(|c| normal(c).replace('\\', "\\\\").replace('|', "\\|")).collect();
    escaped.join(" | ")
}

fn line(out: &mut String, tag: &str, text: &str) {
    out.push_str(tag);
    out.push(' ');
    out.push_str(&normal(text));
    out.push('\n');
}

/// Whitespace runs as one space, trimmed, invisible format characters dropped.
pub fn normal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().filter(|&c| !invisible(c)) {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Format characters that show nothing: soft hyphen, zero-width space and joiners,
/// bidi marks, embeddings and isolates, word joiner and invisible operators, BOM.
fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_runs_are_one_space_and_invisible_characters_go() {
        assert_eq!(normal("  1\u{a0}200\u{202f}€\r\n\tHT \u{200b}"), "1 200 € HT");
        assert_eq!(normal("co\u{ad}operation\u{feff}"), "cooperation");
        assert_eq!(normal("\u{2066}\u{2069}"), "");
    }

    #[test]
    fn a_cell_cannot_pass_for_two() {
        assert_ne!(cells(&["a | b".into()]), cells(&["a".into(), "b".into()]));
        assert_eq!(cells(&["a|b\\".into(), "c".into()]), "a\\|b\\\\ | c");
    }
}
