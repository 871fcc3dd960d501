//! An answer that ends with its own mark (« devis du 4 janvier 2027. », « site web ; »)
//! never gives doubled punctuation in the contract (« 2027.. », « web ;. »): every
//! text field of every reference mission, each mark, every format (Markdown, HTML,
//! the DOCX's text, the PDF's text). The rule is `document::punctuation::join`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/src/props.rs"]
#[allow(unused)]
mod props;

mod common;

use common::marks::{doubled, sentinel, text_fields, MARKS};

use cadre::document::build::from_answers;
use cadre::model::Field;
use cadre::render::{docx, html, markdown, pdf};

fn html_text(h: &str) -> String {
    let doc = scraper::Html::parse_document(h);
    doc.root_element().text().collect::<Vec<_>>().join("")
}

/// Markdown's own escapes and emphasis are not the contract's punctuation.
fn md_text(md: &str) -> String {
    md.chars().filter(|&c| !matches!(c, '\\' | '*' | '_')).collect()
}

fn docx_text(bytes: &[u8]) -> String {
    let files = props::unzip(bytes);
    let xml = std::str::from_utf8(&files["word/document.xml"]).expect("UTF-8");
    let doc = roxmltree::Document::parse(xml).expect("well-formed");
    // Paragraphs end with a space, so one paragraph's end never runs into the next.
    let mut out = String::new();
    for n in doc.descendants() {
        if n.is_text() {
            out.push_str(n.text().unwrap_or(""));
        } else if n.is_element() && n.tag_name().name() == "p" {
            out.push(' ');
        }
    }
    out
}

/// The PDF's running text (Windows-1252 strings of its `Tj` operators), page footers
/// and the draft stamp left out: one line a line.
fn pdf_text(bytes: &[u8]) -> String {
    let file = lopdf::Document::load_mem(bytes).expect("the PDF parses");
    let mut out = String::new();
    for (_, page) in file.get_pages() {
        let content = lopdf::content::Content::decode(&file.get_page_content(page)).expect("content parses");
        let mut y = 0.0;
        for op in content.operations {
            match op.operator.as_str() {
                "Td" if op.operands.len() == 2 => {
                    y = match op.operands[1] {
                        lopdf::Object::Integer(i) => i as f32,
                        lopdf::Object::Real(r) => r,
                        _ => 0.0,
                    }
                }
                "Tj" if y > 50.0 && y < 795.0 => {
                    if let Some(lopdf::Object::String(s, _)) = op.operands.first() {
                        out.extend(s.iter().map(|&b| match b {
                            0x85 => '…',
                            0x92 => '’',
                            0xbb => '»',
                            0xab => '«',
                            b => char::from(b),
                        }));
                        out.push('\n');
                    }
                }
                _ => {}
            }
        }
    }
    out
}

#[test]
fn an_answer_ending_with_a_mark_never_doubles_it() {
    let mut seen: Vec<Field> = Vec::new();
    let mut all: Vec<Field> = Vec::new();
    let mut failures = Vec::new();
    for name in common::MISSIONS {
        let base = common::mission(name);
        let fields = text_fields(&base);
        for mark in MARKS {
            let mut a = base.clone();
            for (i, f) in fields.iter().enumerate() {
                f.set(&mut a, &format!("{}{mark}", sentinel(i)));
            }
            let (doc, _) = from_answers(&a, common::today());
            let md = md_text(&markdown::write(&doc));
            for (i, f) in fields.iter().enumerate() {
                if !all.contains(f) {
                    all.push(*f);
                }
                if md.contains(&sentinel(i)) && !seen.contains(f) {
                    seen.push(*f);
                }
            }
            let formats = [
                ("Markdown", md),
                ("HTML", html_text(&html::standalone(&doc))),
                ("DOCX", docx_text(&docx::write(&doc))),
                ("PDF", pdf_text(&pdf::write(&doc).bytes)),
            ];
            for (format, text) in formats {
                for place in doubled(&text) {
                    failures.push(format!("{name}, answers ending in {mark:?}, {format}: {place:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} doubled marks:\n{}", failures.len(), failures.join("\n"));
    // The check saw the fields: most free-text answers appear in some contract.
    assert!(seen.len() * 10 >= all.len() * 9, "only {} of {} fields appeared", seen.len(), all.len());
}

#[test]
fn the_check_catches_doubled_marks() {
    assert_eq!(doubled("le Qzxab.. suite"), ["Qzxab.. suite"]);
    assert_eq!(doubled("« Qzxab. »."), ["Qzxab. »."]);
    assert_eq!(doubled("Qzxab\u{202f}!\u{202f};"), ["Qzxab\u{202f}!\u{202f};"]);
    assert!(doubled("Qzxab. Suite, Qzxac, suite; Qzxad... fin. Qzxae?").is_empty());
}
