//! Every reference mission in every format, read back by independent tools:
//! `qpdf --check` and `pdftotext` for the PDF, python-docx for the DOCX, a strict
//! tag-balancing parser (below) for the HTML, and the writer's own output for a
//! hostile client name in HTML and Markdown. File names are checked too.
//!
//! The text that must come back is the document's own `plain_text()`: every article
//! title and every paragraph, whole, in order, accents included.
//!
//! Tests needing qpdf / pdftotext / python-docx fail, saying what to install, when the
//! tool is missing (skipped with a note only when `CADRE_ALLOW_MISSING_TOOLS` is set).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashSet;
use std::process::Command;

use cadre::document::build::from_answers;
use cadre::document::Document;
use cadre::model::Answers;
use cadre::render::{self, file_name, markdown, Format};

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

// ------------------------------------------------------------------ helpers

fn doc_of(answers: &Answers) -> Document {
    from_answers(answers, common::today()).0
}

/// Every reference mission with its document (no blocking problem in any).
fn missions() -> Vec<(&'static str, Answers, Document)> {
    common::MISSIONS
        .iter()
        .map(|&name| {
            let answers = common::mission(name);
            let (doc, checked) = from_answers(&answers, common::today());
            assert!(checked.problems.is_empty(), "{name} has problems: {:?}", checked.problems);
            (name, answers, doc)
        })
        .collect()
}

/// A reference mission whose client is named with markup.
fn hostile() -> (Answers, Document) {
    let mut answers = common::mission("creative-fixed");
    answers.client.name = HOSTILE.into();
    let doc = doc_of(&answers);
    (answers, doc)
}

fn bytes(doc: &Document, format: Format) -> Vec<u8> {
    render::render(doc, format).bytes
}

fn utf8(doc: &Document, format: Format) -> String {
    String::from_utf8(bytes(doc, format)).expect("UTF-8")
}

/// Spaces of any kind (no-break, narrow no-break, newlines) become one space.
fn normalize(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The pieces of `doc.plain_text()` that must come back whole: each line (article
/// titles, paragraphs, list items, party lines, signers), table rows cell by cell.
fn units(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    for line in doc.plain_text().lines() {
        let line = line.strip_prefix("- ").unwrap_or(line);
        for piece in line.split(" | ") {
            let piece = normalize(piece);
            if !piece.is_empty() {
                out.push(piece);
            }
        }
    }
    out
}

/// Checks every unit of `doc` comes back from `extracted`, whole and in order.
fn assert_text_comes_back(what: &str, doc: &Document, extracted: &str) {
    let flat = normalize(extracted);
    let mut from = 0;
    for unit in units(doc) {
        match flat[from..].find(&unit) {
            Some(at) => from += at + unit.len(),
            None if flat.contains(&unit) => panic!("{what}: {unit:?} comes back out of order"),
            None => panic!("{what}: {unit:?} is missing from the extracted text:\n{flat}"),
        }
    }
    for a in doc.articles() {
        let heading = normalize(&format!("Article {} – {}", a.number, a.title));
        assert!(flat.contains(&heading), "{what}: heading {heading:?} is missing");
    }
}

/// The PDF's running text: page footers, page numbers and the draft stamp removed,
/// so a paragraph cut by a page break reads on.
fn pdf_body(doc: &Document, extracted: &str) -> String {
    let footer = normalize(&doc.meta.footer);
    let mark = doc.draft_mark.as_deref().map(normalize);
    let is_page_number = |l: &str| {
        let parts: Vec<&str> = l.split('/').map(str::trim).collect();
        parts.len() == 2 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    };
    extracted
        .lines()
        .map(|l| normalize(l.trim_start_matches('\u{c}')))
        .filter(|l| *l != footer && Some(l) != mark.as_ref() && !is_page_number(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One DOCX read by python-docx: body paragraphs and table cells in document order,
/// each with its style name ("cell" for table cells), and the header's text.
struct DocxReadBack {
    body: Vec<(String, String)>,
    header: String,
}

const READ_DOCX: &str = r#"
import docx, json, sys
from docx.table import Table
from docx.text.paragraph import Paragraph
d = docx.Document(sys.argv[1])
body = []
for el in d.element.body.iterchildren():
    tag = el.tag.rsplit('}', 1)[-1]
    if tag == 'p':
        p = Paragraph(el, d)
        body.append([p.style.name if p.style is not None else '', p.text])
    elif tag == 'tbl':
        for row in Table(el, d).rows:
            for cell in row.cells:
                body.append(['cell', cell.text])
header = '\n'.join(p.text for s in d.sections for p in s.header.paragraphs)
print(json.dumps({'body': body, 'header': header}))
"#;

fn read_docx(name: &str, bytes: &[u8]) -> DocxReadBack {
    let path = common::save("formats", name, bytes);
    let out = Command::new("python3").args(["-c", READ_DOCX]).arg(&path).output().expect("run python3");
    assert!(out.status.success(), "python-docx cannot read {name}: {}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON from python-docx");
    let body = v["body"]
        .as_array()
        .expect("body")
        .iter()
        .map(|p| (p[0].as_str().unwrap_or("").to_string(), p[1].as_str().unwrap_or("").to_string()))
        .collect();
    DocxReadBack { body, header: v["header"].as_str().unwrap_or("").to_string() }
}

// ------------------------------------------------------------ strict HTML

const VOID: [&str; 13] =
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// Checks text between tags: no raw `<` or `>`, every `&` starts a character reference.
fn check_html_text(text: &str, at: usize) -> Result<(), String> {
    if let Some(i) = text.find(['<', '>']) {
        return Err(format!("raw {:?} in text at byte {}", &text[i..i + 1], at + i));
    }
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        let after = &rest[i + 1..];
        let end = after.find(';').filter(|&e| e > 0 && e <= 10);
        let ok = end.is_some_and(|e| {
            let name = &after[..e];
            match name.strip_prefix('#') {
                Some(n) => match n.strip_prefix(['x', 'X']) {
                    Some(h) => !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit()),
                    None => !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()),
                },
                None => ["amp", "lt", "gt", "quot", "apos", "nbsp"].contains(&name),
            }
        });
        if !ok {
            return Err(format!(
                "bare '&' at byte {}: {:?}",
                at + text.len() - rest.len() + i,
                &after[..after.len().min(12)]
            ));
        }
        rest = &after[end.unwrap_or(0)..];
    }
    Ok(())
}

/// Parses `html` strictly: a doctype, then tags that all close in order (void
/// elements excepted), double-quoted attribute values, no duplicate attribute or id,
/// escaped text. Returns every start tag's name, in order.
fn parse_html_strictly(html: &str) -> Result<Vec<String>, String> {
    let mut rest = html.strip_prefix("<!DOCTYPE html>").ok_or("no <!DOCTYPE html> at the start")?;
    let mut stack: Vec<String> = Vec::new();
    let mut tags = Vec::new();
    let mut ids = HashSet::new();
    let pos = |r: &str| html.len() - r.len();
    while !rest.is_empty() {
        let lt = rest.find('<').unwrap_or(rest.len());
        check_html_text(&rest[..lt], pos(rest))?;
        rest = &rest[lt..];
        if rest.is_empty() {
            break;
        }
        if let Some(r) = rest.strip_prefix("<!--") {
            let end = r.find("-->").ok_or("unclosed comment")?;
            rest = &r[end + 3..];
        } else if let Some(r) = rest.strip_prefix("</") {
            let end = r.find('>').ok_or("unclosed end tag")?;
            let name = &r[..end];
            match stack.pop() {
                Some(open) if open == name => {}
                open => return Err(format!("</{name}> at byte {} closes {open:?}", pos(rest))),
            }
            rest = &r[end + 1..];
        } else {
            let r = &rest[1..];
            let name_len = r.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(r.len());
            let name = &r[..name_len];
            if name.is_empty() || name.chars().any(|c| c.is_ascii_uppercase()) {
                return Err(format!("bad tag name at byte {}: {:?}", pos(rest), &r[..r.len().min(20)]));
            }
            let mut a = &r[name_len..];
            let mut seen = HashSet::new();
            loop {
                let trimmed = a.trim_start_matches([' ', '\n']);
                if let Some(after) = trimmed.strip_prefix('>') {
                    a = after;
                    break;
                }
                if trimmed.len() == a.len() {
                    return Err(format!("<{name}>: no space before an attribute at byte {}", pos(a)));
                }
                a = trimmed;
                let key_len = a.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':')).unwrap_or(a.len());
                let key = &a[..key_len];
                if key.is_empty() {
                    return Err(format!("<{name}>: bad attribute at byte {}", pos(a)));
                }
                if !seen.insert(key.to_string()) {
                    return Err(format!("<{name}>: duplicate attribute {key}"));
                }
                a = &a[key_len..];
                if let Some(v) = a.strip_prefix("=\"") {
                    let end = v.find('"').ok_or("unclosed attribute value")?;
                    let value = &v[..end];
                    check_html_text(value, pos(v))?;
                    if key == "id" && !ids.insert(value.to_string()) {
                        return Err(format!("duplicate id {value:?}"));
                    }
                    a = &v[end + 1..];
                } else if a.starts_with('=') {
                    return Err(format!("<{name}>: unquoted value for {key}"));
                }
            }
            rest = a;
            tags.push(name.to_string());
            if name == "style" || name == "script" {
                let close = format!("</{name}>");
                let end = rest.find(&close).ok_or(format!("unclosed <{name}>"))?;
                if rest[..end].contains("</") {
                    return Err(format!("</ inside <{name}>"));
                }
                rest = &rest[end + close.len()..];
            } else if !VOID.contains(&name) {
                stack.push(name.to_string());
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements at the end: {stack:?}"));
    }
    for needed in ["html", "head", "body", "title"] {
        if !tags.iter().any(|t| t == needed) {
            return Err(format!("no <{needed}>"));
        }
    }
    Ok(tags)
}

// -------------------------------------------------------------------- tests

#[test]
fn the_strict_html_parser_rejects_broken_html() {
    let ok = "<!DOCTYPE html><html><head><title>a &amp; b</title></head><body><p id=\"x\">a<br>b</p></body></html>";
    assert!(parse_html_strictly(ok).is_ok(), "{:?}", parse_html_strictly(ok));
    for bad in [
        "<html><head><title>t</title></head><body></body></html>",
        "<!DOCTYPE html><html><head><title>t</title></head><body><p>a</b></body></html>",
        "<!DOCTYPE html><html><head><title>t</title></head><body><p>a</body></html>",
        "<!DOCTYPE html><html><head><title>a & b</title></head><body></body></html>",
        "<!DOCTYPE html><html><head><title>t</title></head><body><p class=x>a</p></body></html>",
        "<!DOCTYPE html><html><head><title>t</title></head><body><p>1 < 2</p></body></html>",
        "<!DOCTYPE html><html><head><title>t</title></head><body><p id=\"a\"></p><p id=\"a\"></p></body></html>",
    ] {
        assert!(parse_html_strictly(bad).is_err(), "accepted: {bad}");
    }
}

#[test]
fn file_names_are_ascii_slugs_of_the_client_and_the_date() {
    for (name, answers, _) in missions() {
        let prefix = match answers.contract_lang {
            cadre::model::Lang::Fr => "contrat-",
            cadre::model::Lang::En => "contract-",
        };
        let slug = cadre::file_name::slug(&answers.client.name, 40);
        assert!(!slug.is_empty(), "{name}: the client's name gives no slug");
        for format in Format::ALL {
            let file = file_name(&answers, format, common::today());
            assert_eq!(file, format!("{prefix}{slug}-2026-11-27.{}", format.extension()), "{name}");
            assert!(
                file.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
                "{name}: {file:?}"
            );
        }
    }
    let (answers, _) = hostile();
    assert_eq!(file_name(&answers, Format::Pdf, common::today()), "contrat-img-src-x-onerror-alert-1-2026-11-27.pdf");
    assert_eq!(
        file_name(&common::mission("creative-fixed"), Format::Docx, common::today()),
        "contrat-atelier-dupont-2026-11-27.docx"
    );
}

#[test]
fn every_format_is_written_for_every_mission() {
    for (name, _, doc) in missions() {
        for format in Format::ALL {
            let out = render::render(&doc, format);
            assert!(out.warnings.is_empty(), "{name}.{}: {:?}", format.extension(), out.warnings);
            assert!(out.bytes.len() > 1000, "{name}.{}: only {} bytes", format.extension(), out.bytes.len());
        }
        assert!(bytes(&doc, Format::Pdf).starts_with(b"%PDF-"), "{name}");
        assert!(bytes(&doc, Format::Docx).starts_with(b"PK\x03\x04"), "{name}");
        assert!(utf8(&doc, Format::Markdown).starts_with(&format!("# {}", doc.title)), "{name}");
    }
}

#[test]
fn pdf_passes_qpdf_check() {
    if !common::have("qpdf", "Debian: apt-get install qpdf") {
        return;
    }
    let (_, hostile) = hostile();
    let all = missions().into_iter().map(|(n, _, d)| (n, d)).chain([("hostile", hostile)]);
    for (name, doc) in all {
        let path = common::save("formats", &format!("{name}.pdf"), &bytes(&doc, Format::Pdf));
        let out = Command::new("qpdf").arg("--check").arg(&path).output().expect("run qpdf");
        assert_eq!(
            out.status.code(),
            Some(0),
            "qpdf --check {name}.pdf (0 = no error, no warning):\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn pdf_text_comes_back_whole_with_its_accents() {
    if !common::have("pdftotext", "Debian: apt-get install poppler-utils") {
        return;
    }
    for (name, _, doc) in missions() {
        let path = common::save("formats", &format!("{name}.pdf"), &bytes(&doc, Format::Pdf));
        let extracted = common::pdftotext(&path, &[]);
        assert!(
            !extracted.contains('?') || doc.plain_text().contains('?'),
            "{name}: a '?' stands for a lost character"
        );
        assert_text_comes_back(&format!("{name}.pdf"), &doc, &pdf_body(&doc, &extracted));
        // Every page carries its number and the footer.
        let pages = extracted.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
        for n in 1..=pages {
            assert!(
                normalize(&extracted).replace(" / ", "/").contains(&format!("{n}/{pages}")),
                "{name}.pdf: no page number {n}/{pages}"
            );
        }
    }
}

#[test]
fn docx_reads_back_with_python_docx_articles_as_heading_1() {
    if !common::have_python_docx() {
        return;
    }
    for (name, _, doc) in missions() {
        let back = read_docx(&format!("{name}.docx"), &bytes(&doc, Format::Docx));
        let headings: Vec<String> =
            back.body.iter().filter(|(s, _)| s == "Heading 1").map(|(_, t)| normalize(t)).collect();
        let expected: Vec<String> =
            doc.articles().map(|a| normalize(&format!("Article {} – {}", a.number, a.title))).collect();
        assert_eq!(headings, expected, "{name}.docx: the Heading 1 paragraphs");
        let text: Vec<&str> = back.body.iter().map(|(_, t)| t.as_str()).collect();
        assert_text_comes_back(&format!("{name}.docx"), &doc, &text.join("\n"));
        assert!(back.header.trim().is_empty(), "{name}.docx: a draft header on a complete contract");
    }
}

#[test]
fn html_is_well_formed_for_every_mission() {
    for (name, _, doc) in missions() {
        let html = utf8(&doc, Format::Html);
        let tags = parse_html_strictly(&html).unwrap_or_else(|e| panic!("{name}.html: {e}"));
        assert!(!tags.iter().any(|t| t == "script" || t == "img"), "{name}.html: {tags:?}");
        assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\""), "{name}.html: no CSP");
        assert_eq!(
            tags.iter().filter(|t| *t == "h2").count(),
            doc.articles().count() + doc.annexes.len(),
            "{name}.html: one h2 per article and per annex"
        );
    }
}

#[test]
fn hostile_client_name_is_escaped_in_html_and_markdown() {
    let (_, doc) = hostile();
    let html = utf8(&doc, Format::Html);
    let tags = parse_html_strictly(&html).unwrap_or_else(|e| panic!("hostile.html: {e}"));
    assert!(!tags.iter().any(|t| t == "img"), "an <img> element was made from the client's name");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the name is not shown escaped");
    assert!(!html.contains("<img"));

    let md = markdown::write(&doc);
    assert!(md.contains("\\<img src=x onerror=alert(1)\\>"), "the name is not escaped in Markdown");
    assert!(!md.replace("\\<", "").contains('<'), "a raw '<' in the Markdown");
}

#[test]
fn hostile_client_name_reads_back_literally_from_pdf_and_docx() {
    let (_, doc) = hostile();
    if common::have("pdftotext", "Debian: apt-get install poppler-utils") {
        let extracted = common::pdftotext(&common::save("formats", "hostile.pdf", &bytes(&doc, Format::Pdf)), &[]);
        assert!(extracted.contains(HOSTILE), "the PDF does not show the name as typed");
    }
    if common::have_python_docx() {
        let back = read_docx("hostile.docx", &bytes(&doc, Format::Docx));
        assert!(back.body.iter().any(|(_, t)| t.contains(HOSTILE)), "the DOCX does not show the name as typed");
    }
}

#[test]
fn a_blocking_problem_marks_every_format_as_a_draft() {
    let mut answers = common::mission("creative-fixed");
    answers.client.address = String::new();
    let (doc, checked) = from_answers(&answers, common::today());
    assert!(!checked.problems.is_empty(), "an empty client address should block");
    let mark = doc.draft_mark.clone().expect("a draft mark");
    assert_eq!(mark, "PROJET");

    assert!(utf8(&doc, Format::Html).contains(&format!("<p class=\"draft-mark\">{mark}</p>")));
    assert!(utf8(&doc, Format::Markdown).contains(&mark));
    if common::have("pdftotext", "Debian: apt-get install poppler-utils") {
        let extracted = common::pdftotext(&common::save("formats", "draft.pdf", &bytes(&doc, Format::Pdf)), &[]);
        let pages: Vec<&str> = extracted.split('\u{c}').filter(|p| !p.trim().is_empty()).collect();
        assert!(!pages.is_empty());
        for (i, page) in pages.iter().enumerate() {
            assert!(page.lines().any(|l| l.trim() == mark), "PDF page {} has no {mark}", i + 1);
        }
    }
    if common::have_python_docx() {
        let back = read_docx("draft.docx", &bytes(&doc, Format::Docx));
        assert!(back.header.to_uppercase().contains(&mark), "DOCX header: {:?}", back.header);
    }
}

#[test]
fn the_text_check_notices_a_lost_or_moved_paragraph() {
    let (_, _, doc) = missions().remove(0);
    let all = units(&doc);
    assert_text_comes_back("whole", &doc, &all.join("\n"));
    let mut lost = all.clone();
    lost.remove(all.len() / 2);
    assert!(std::panic::catch_unwind(|| assert_text_comes_back("lost", &doc, &lost.join("\n"))).is_err());
    let mut moved = all.clone();
    let last = moved.pop().expect("units");
    moved.insert(0, last);
    assert!(std::panic::catch_unwind(|| assert_text_comes_back("moved", &doc, &moved.join("\n"))).is_err());
}
