//! The properties every writer keeps on hostile input, shared by the fuzz targets
//! (`fuzz/fuzz_targets/*.rs`) and the native tests (`tests/hostile.rs` includes this
//! file), so a property is written once and checked both ways.
//!
//! - Nothing crashes: the whole pipeline (validate → build → four writers) runs.
//! - Nothing escapes: each output is parsed back and its structure (HTML elements and
//!   attributes, Markdown events, PDF objects and operators, DOCX XML elements and
//!   attributes) equals the structure of the same document whose text was made safe.
//! - Nothing is lost: every text of the document comes back from every format (with
//!   the documented losses only: control characters dropped, "?" for characters
//!   the PDF's embedded fonts do not show), and a draft round-trips through JSON.
//!
//! Each check panics with a message naming the property it breaks.

#![allow(dead_code)]

use cadre::document::{Block, Document, Inline};
use cadre::model::money::{parse_count, NumberError};
use cadre::model::{Answers, DepositKind, Field, FieldKind, Lang, Money, Percent};
use cadre::render::{docx, html, markdown, pdf, Format};
use cadre::validate::ProblemKind;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The reference missions (tests/fixtures/missions), for building hostile answers on.
pub const MISSIONS: [&str; 6] = [
    include_str!("../../tests/fixtures/missions/creative-fixed.json"),
    include_str!("../../tests/fixtures/missions/coaching-sessions.json"),
    include_str!("../../tests/fixtures/missions/free-of-charge.json"),
    include_str!("../../tests/fixtures/missions/consumer-remote.json"),
    include_str!("../../tests/fixtures/missions/english-foreign.json"),
    include_str!("../../tests/fixtures/missions/artisan-insurance.json"),
];

/// Reference mission `i` (modulo their number).
pub fn mission(i: usize) -> Answers {
    Answers::from_json_text(MISSIONS[i % MISSIONS.len()]).expect("reference mission parses")
}

/// The pinned clock of the tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).expect("a valid date")
}

/// Runs the whole pipeline on `a` and checks every property on the whole document,
/// in every format.
pub fn check_answers(a: &Answers) {
    check_answers_with(a, None, false);
}

/// `check_answers` in `only` one format (all when `None`), and with `lean` on the
/// blocks that carry the answers' text only (see `user_blocks`). The fuzz targets
/// use both to keep an execution cheap; tests/hostile.rs checks whole documents too.
pub fn check_answers_with(a: &Answers, only: Option<Format>, lean: bool) {
    // Nothing is lost: a draft reads back exactly as it was saved.
    let back = Answers::from_json_text(&a.to_json_text()).expect("saved answers read back");
    assert!(back == *a, "answers changed through a JSON round trip");

    let checked = cadre::validate::check(a);
    for p in &checked.problems {
        assert!(!p.message(Lang::Fr).is_empty() && !p.message(Lang::En).is_empty());
    }
    check_numbers_named(a, &checked);
    let doc = cadre::document::build::build(&checked, today());
    check_engine(&doc);
    let doc = if lean { user_blocks(&doc, a) } else { doc };
    match only {
        None => check_document(&doc),
        Some(Format::Html) => check_html(&doc),
        Some(Format::Markdown) => check_markdown(&doc),
        Some(Format::Pdf) => check_pdf(&doc),
        Some(Format::Docx) => check_docx(&doc),
    }
}

/// `doc` without the paragraphs and list items that hold none of the answers' free
/// text (clause text only): titles, headings, parties, tables and signatures stay.
pub fn user_blocks(doc: &Document, a: &Answers) -> Document {
    // The start of each line of each free-text answer, cleaned as the engine cleans it.
    let mut values: Vec<String> = Field::SCALARS
        .iter()
        .filter(|f| matches!(f.kind(), FieldKind::Text | FieldKind::LongText | FieldKind::Email))
        .map(|f| f.get(a))
        .chain(a.mission.deliverables.iter().map(|d| d.title.clone()))
        .chain(a.payment.milestones.iter().map(|m| m.label.clone()))
        .collect();
    values = values
        .iter()
        .flat_map(|v| {
            let clean = cadre::model::text::clean(v);
            clean.split('\n').map(|l| l.trim().chars().take(16).collect::<String>()).collect::<Vec<_>>()
        })
        .filter(|v| !v.is_empty())
        .collect();
    let holds = |inlines: &[Inline]| inlines.iter().any(|i| values.iter().any(|v| i.text().contains(v.as_str())));
    fn prune(blocks: &mut Vec<Block>, holds: &dyn Fn(&[Inline]) -> bool) {
        blocks.retain_mut(|b| match b {
            Block::Paragraph(p) => holds(p),
            Block::List { items, .. } => {
                items.retain(|i| holds(i));
                !items.is_empty()
            }
            Block::Article(art) => {
                prune(&mut art.body, holds);
                true
            }
            _ => true,
        });
    }
    let mut d = doc.clone();
    prune(&mut d.blocks, &holds);
    for annex in &mut d.annexes {
        prune(&mut annex.body, &holds);
    }
    d
}

/// The fields that hold a typed number or date: every scalar of those kinds, the
/// deposit (a percentage or an amount), and the list items' percentages and dates.
pub fn typed_fields(a: &Answers) -> Vec<Field> {
    let mut fields: Vec<Field> = Field::SCALARS
        .iter()
        .copied()
        .filter(|f| matches!(f.kind(), FieldKind::Money | FieldKind::Percent | FieldKind::Count | FieldKind::Date))
        .collect();
    fields.push(Field::DepositValue);
    fields.extend(a.mission.deliverables.iter().map(|d| Field::DeliverableDue(d.id)));
    for m in &a.payment.milestones {
        fields.extend([Field::MilestonePercent(m.id), Field::MilestoneDue(m.id)]);
    }
    fields
}

/// How validation reads `f` in `a`: `Ok` when the value is a number or date (or
/// empty), else the problem it must report at `f`.
pub fn expected_problem(a: &Answers, f: Field) -> Result<(), ProblemKind> {
    let v = f.get(a);
    let number = |r: Result<(), NumberError>| match r {
        Ok(()) | Err(NumberError::Empty) => Ok(()),
        Err(e) => Err(ProblemKind::Number(e)),
    };
    let kind = match f {
        Field::DepositValue if a.payment.deposit == DepositKind::Amount => FieldKind::Money,
        Field::DepositValue => FieldKind::Percent,
        other => other.kind(),
    };
    match kind {
        FieldKind::Money => number(Money::parse(&v).map(|_| ())),
        FieldKind::Percent => number(Percent::parse(&v).map(|_| ())),
        FieldKind::Count => number(parse_count(&v).map(|_| ())),
        FieldKind::Date if v.trim().is_empty() => Ok(()),
        FieldKind::Date => NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").map(|_| ()).map_err(|_| ProblemKind::Date),
        _ => Ok(()),
    }
}

/// Validation names a bad number or date at its field, with the parser's reason,
/// whenever it reads that field (it reads a field when a value no parser accepts
/// gets a problem there).
pub fn check_numbers_named(a: &Answers, checked: &cadre::validate::Checked) {
    for f in typed_fields(a) {
        let Err(want) = expected_problem(a, f) else {
            continue;
        };
        let mut probe = a.clone();
        f.set(&mut probe, "x");
        if !cadre::validate::check(&probe).problems.iter().any(|p| p.field == f) {
            continue; // not read for these answers (e.g. sessions of a deliverables mission)
        }
        let got: Vec<&ProblemKind> = checked.problems.iter().filter(|p| p.field == f).map(|p| &p.kind).collect();
        assert!(got.contains(&&want), "{f:?} = {}: want {want:?} at the field, got {got:?}", excerpt(&f.get(a)));
    }
}

/// What the engine promises the writers: user text without control characters (but
/// line breaks) or bidi controls, and one-line metadata and footer.
pub fn check_engine(doc: &Document) {
    for (place, s) in texts(doc) {
        // The one list of hidden characters (cadre::model::text), line breaks aside.
        let bad = s.chars().find(|&c| c != '\n' && cadre::model::text::is_hidden(c));
        assert!(bad.is_none(), "{place:?} text keeps the control character {bad:?}: {}", excerpt(&s));
        if matches!(place, Place::MetaTitle | Place::MetaAuthor | Place::Footer | Place::Stamp) {
            assert!(!s.contains(['\n', '\u{2028}', '\u{2029}']), "{place:?} is not one line: {}", excerpt(&s));
        }
    }
}

/// Checks every writer on `doc`.
pub fn check_document(doc: &Document) {
    check_html(doc);
    check_markdown(doc);
    check_pdf(doc);
    check_docx(doc);
}

// ---------------------------------------------------------------------------------
// The document's texts

/// Where a text sits, which tells how a format may lay it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// Running text: titles, headings, paragraphs, list items, party lines.
    Flow,
    /// A table cell or a signature field: the PDF sets cells side by side, so their
    /// wrapped lines interleave with the neighbouring cells'.
    Cell,
    /// The "PROJET" / "DRAFT" mark.
    Mark,
    MetaTitle,
    MetaAuthor,
    Footer,
    /// A signed contract's version and fingerprint, under the footer of every page.
    Stamp,
}

/// Calls `f` on every string of `doc` with where it sits.
pub fn visit(doc: &mut Document, f: &mut dyn FnMut(Place, &mut String)) {
    fn inlines(items: &mut [Inline], f: &mut dyn FnMut(Place, &mut String)) {
        for i in items {
            match i {
                Inline::Text(s) | Inline::Strong(s) | Inline::Em(s) => f(Place::Flow, s),
                Inline::Blank => {}
            }
        }
    }
    fn blocks(items: &mut [Block], f: &mut dyn FnMut(Place, &mut String)) {
        for b in items {
            match b {
                Block::Article(a) => {
                    f(Place::Flow, &mut a.title);
                    blocks(&mut a.body, f);
                }
                Block::Parties(parties) => {
                    for p in parties {
                        f(Place::Flow, &mut p.role);
                        for l in &mut p.lines {
                            inlines(l, f);
                        }
                    }
                }
                Block::Paragraph(p) => inlines(p, f),
                Block::List { items, .. } => {
                    for i in items {
                        inlines(i, f);
                    }
                }
                Block::Table(t) => {
                    for s in t.header.iter_mut().chain(t.rows.iter_mut().flatten()) {
                        f(Place::Cell, s);
                    }
                }
                Block::Signatures(s) => {
                    f(Place::Flow, &mut s.place_and_date);
                    for p in &mut s.parties {
                        for s in [&mut p.role, &mut p.name, &mut p.capacity, &mut p.mention] {
                            f(Place::Cell, s);
                        }
                    }
                }
                Block::Drawings(drawings) => {
                    for d in drawings {
                        f(Place::Cell, &mut d.caption);
                    }
                }
            }
        }
    }
    f(Place::Flow, &mut doc.title);
    f(Place::Flow, &mut doc.subtitle);
    if let Some(mark) = &mut doc.draft_mark {
        f(Place::Mark, mark);
    }
    if let Some(stamp) = &mut doc.stamp {
        f(Place::Stamp, stamp);
    }
    f(Place::MetaTitle, &mut doc.meta.title);
    f(Place::MetaAuthor, &mut doc.meta.author);
    f(Place::Footer, &mut doc.meta.footer);
    blocks(&mut doc.blocks, f);
    for a in &mut doc.annexes {
        f(Place::Flow, &mut a.title);
        blocks(&mut a.body, f);
    }
}

/// Every string of `doc` with where it sits.
pub fn texts(doc: &Document) -> Vec<(Place, String)> {
    let mut out = Vec::new();
    visit(&mut doc.clone(), &mut |place, s| out.push((place, s.clone())));
    out
}

/// `doc` with every character of every string passed through `f` (`None` drops it).
pub fn mapped(doc: &Document, f: fn(char) -> Option<char>) -> Document {
    let mut d = doc.clone();
    visit(&mut d, &mut |_, s| *s = s.chars().filter_map(f).collect());
    d
}

/// Without whitespace: formats reflow text, so only the order of the rest is kept.
fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Is `needle` a subsequence of `hay` (its characters in order, not necessarily adjacent)?
fn subsequence(needle: &str, hay: &str) -> bool {
    let mut hay = hay.chars();
    needle.chars().all(|c| hay.any(|h| h == c))
}

/// Finds the document's texts in an output's text, in reading order: each search
/// starts where the previous running text ended (so finding all of them stays linear),
/// and falls back to the whole text (signature columns read across, not down).
struct Finder<'a> {
    hay: &'a str,
    at: usize,
}

impl<'a> Finder<'a> {
    fn new(hay: &'a str) -> Self {
        Finder { hay, at: 0 }
    }

    /// Running text: a substring.
    fn flow(&mut self, want: &str) -> bool {
        if let Some(p) = self.hay[self.at..].find(want) {
            self.at += p + want.len();
            return true;
        }
        self.hay.contains(want)
    }

    /// A cell, whose lines may interleave with its neighbours': a subsequence.
    fn cell(&self, want: &str) -> bool {
        subsequence(want, &self.hay[self.at..]) || subsequence(want, self.hay)
    }
}

/// A short, printable excerpt of `s` for failure messages.
fn excerpt(s: &str) -> String {
    let cut: String = s.chars().take(120).collect();
    format!("{cut:?}{}", if s.chars().count() > 120 { "…" } else { "" })
}

/// Panics unless `got` and `want` are equal, showing where they first differ.
fn same_shape<T: PartialEq + std::fmt::Debug>(what: &str, got: &[T], want: &[T]) {
    if got == want {
        return;
    }
    let at = got.iter().zip(want).position(|(g, w)| g != w).unwrap_or(got.len().min(want.len()));
    panic!(
        "{what}: user text changed the structure at item {at} (hostile {} items, safe {}): hostile {:?}, safe {:?}",
        got.len(),
        want.len(),
        got.get(at.saturating_sub(1)..(at + 2).min(got.len())),
        want.get(at.saturating_sub(1)..(at + 2).min(want.len())),
    );
}

// ---------------------------------------------------------------------------------
// HTML

/// Safe text for HTML: letters stand for everything but whitespace and controls (the
/// escape turns a newline into `<br>` and drops controls, so those stay).
fn safe_html(c: char) -> Option<char> {
    Some(if c.is_whitespace() || c.is_control() { c } else { 'a' })
}

/// What the HTML shows of `s`: controls dropped (newlines become `<br>`), tabs kept.
fn html_text(s: &str) -> String {
    s.chars().filter(|&c| c == '\t' || !c.is_control()).collect()
}

/// Element names with their attributes (values too, but for `content`, which holds
/// the author), one string per element, in document order.
fn html_shape(h: &scraper::Html) -> Vec<String> {
    h.tree
        .root()
        .descendants()
        .filter_map(|n| n.value().as_element())
        .map(|e| {
            let mut item = e.name().to_string();
            for (k, v) in e.attrs() {
                item.push(' ');
                item.push_str(k);
                // The attributes that hold user text: the author, a drawing's caption.
                if k != "content" && k != "aria-label" {
                    item.push('=');
                    item.push_str(v);
                }
            }
            item
        })
        .collect()
}

/// Every text node, in document order.
fn html_all_text(h: &scraper::Html) -> String {
    h.tree.root().descendants().filter_map(|n| n.value().as_text().map(|t| t.to_string())).collect()
}

pub fn check_html(doc: &Document) {
    // The standalone page holds the fragment (the preview): one parse checks both.
    let page = scraper::Html::parse_document(&html::standalone(doc));
    let safe = scraper::Html::parse_document(&html::standalone(&mapped(doc, safe_html)));
    same_shape("HTML", &html_shape(&page), &html_shape(&safe));

    let text = html_all_text(&page);
    let mut find = Finder::new(&text);
    for (place, s) in texts(doc) {
        let want = html_text(&s);
        match place {
            Place::Flow | Place::Cell | Place::Mark | Place::Stamp => {
                assert!(find.flow(&want), "HTML lost the text {}", excerpt(&want));
            }
            Place::MetaTitle => {
                let title = page.select(&scraper::Selector::parse("title").expect("selector")).next();
                let got = title.map(|t| t.text().collect::<String>()).unwrap_or_default();
                assert_eq!(got, want, "HTML <title> is not the document's title");
            }
            Place::MetaAuthor => {
                let meta = page.select(&scraper::Selector::parse("meta[name=author]").expect("selector")).next();
                let got = meta.and_then(|m| m.value().attr("content")).unwrap_or_default();
                assert_eq!(got, want, "HTML author is not the document's author");
            }
            Place::Footer => {}
        }
    }
}

// ---------------------------------------------------------------------------------
// Markdown

/// Safe text for Markdown: letters stand for everything but whitespace and controls,
/// and a newline becomes a space (so a newline that breaks a table row is caught).
fn safe_md(c: char) -> Option<char> {
    Some(match c {
        '\n' => ' ',
        c if c.is_whitespace() || c.is_control() => c,
        _ => 'a',
    })
}

/// The Markdown's structure (every event but text and line breaks, which merge into
/// one "text") and its text.
fn md_parse(md: &str) -> (Vec<String>, String) {
    use pulldown_cmark::{Event, Options, Parser};
    let opts =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TASKLISTS | Options::ENABLE_FOOTNOTES;
    let mut shape: Vec<String> = Vec::new();
    let mut text = String::new();
    for event in Parser::new_ext(md, opts) {
        match event {
            Event::Text(t) => {
                text.push_str(&t);
                if shape.last().map(String::as_str) != Some("text") {
                    shape.push("text".into());
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                text.push('\n');
                if shape.last().map(String::as_str) != Some("text") {
                    shape.push("text".into());
                }
            }
            Event::Start(tag) => shape.push(format!("+{tag:?}")),
            Event::End(tag) => shape.push(format!("-{tag:?}")),
            // Code, HTML, footnote references, rules, task markers: never expected, and
            // their content makes them differ from the safe document's.
            other => shape.push(format!("{other:?}")),
        }
    }
    (shape, text)
}

pub fn check_markdown(doc: &Document) {
    let (shape, text) = md_parse(&markdown::write(doc));
    let (safe_shape, _) = md_parse(&markdown::write(&mapped(doc, safe_md)));
    same_shape("Markdown", &shape, &safe_shape);
    let text = squeeze(&text);
    let mut find = Finder::new(&text);
    for (place, s) in texts(doc) {
        if matches!(place, Place::Flow | Place::Cell | Place::Mark | Place::Stamp) {
            let want = squeeze(&html_text(&s));
            assert!(find.flow(&want), "Markdown lost the text {}", excerpt(&want));
        }
    }
}

// ---------------------------------------------------------------------------------
// PDF

/// Safe text for the PDF: the three characters a PDF string escapes (the writer
/// writes text as hex CIDs, but a regression could bring literal strings back) become
/// characters of the same width in Cadre Sans (Helvetica's metrics: "(" and ")"
/// 333/1000 em like "-", "\" 278 like "/"), so the layout, and with it the object
/// count, stays the same.
fn safe_pdf(c: char) -> Option<char> {
    Some(match c {
        '(' | ')' => '-',
        '\\' => '/',
        c => c,
    })
}

/// What the PDF shows of one character: `None` for spaces, line breaks and the
/// invisible characters it drops; "?" for characters its fonts do not show.
fn pdf_char(c: char) -> Option<char> {
    match c {
        '\t' | '\n' | ' ' | '\u{a0}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{2028}' | '\u{2029}' => {
            None
        }
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{ad}' => None,
        '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}' => None,
        '\u{3000}' => None,
        '\u{21}'..='\u{7e}' => Some(c),
        c if pdf::shows(c) => Some(c),
        _ => Some('?'),
    }
}

/// One line of text drawn: its position (points) and its characters.
struct PdfLine {
    x: f32,
    y: f32,
    text: String,
}

/// A parsed PDF: object count, per page the operators (names and operand counts) and
/// the lines of text, and the Info dictionary's title and author.
struct PdfRead {
    objects: usize,
    ops: Vec<Vec<(String, usize)>>,
    lines: Vec<Vec<PdfLine>>,
    title: String,
    author: String,
}

fn number(o: &lopdf::Object) -> f32 {
    match o {
        lopdf::Object::Integer(i) => *i as f32,
        lopdf::Object::Real(r) => *r,
        _ => f32::NAN,
    }
}

/// The ToUnicode map of a font dictionary: CID to text.
fn to_unicode(file: &lopdf::Document, font: &lopdf::Dictionary) -> BTreeMap<u16, String> {
    let mut map = BTreeMap::new();
    let Some(stream) = font
        .get(b"ToUnicode")
        .ok()
        .and_then(|r| r.as_reference().ok())
        .and_then(|r| file.get_object(r).ok())
        .and_then(|o| o.as_stream().ok())
    else {
        return map;
    };
    let data = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
    let text = String::from_utf8_lossy(&data);
    let hex = |s: &str| -> Vec<u16> {
        let s = s.trim_matches(|c| c == '<' || c == '>');
        (0..s.len() / 4).filter_map(|i| u16::from_str_radix(&s[4 * i..4 * i + 4], 16).ok()).collect()
    };
    let mut in_bfchar = false;
    for line in text.lines() {
        match line.trim() {
            l if l.ends_with("beginbfchar") => in_bfchar = true,
            "endbfchar" => in_bfchar = false,
            l if in_bfchar => {
                let mut parts = l.split_whitespace();
                if let (Some(cid), Some(uni)) = (parts.next(), parts.next()) {
                    if let Some(&cid) = hex(cid).first() {
                        map.insert(cid, String::from_utf16_lossy(&hex(uni)));
                    }
                }
            }
            _ => {}
        }
    }
    map
}

fn pdf_read(bytes: &[u8]) -> PdfRead {
    let file = lopdf::Document::load_mem(bytes).unwrap_or_else(|e| panic!("the PDF does not parse: {e}"));
    let mut read = PdfRead {
        objects: file.objects.len(),
        ops: Vec::new(),
        lines: Vec::new(),
        title: String::new(),
        author: String::new(),
    };
    for (_, page) in file.get_pages() {
        let fonts: BTreeMap<Vec<u8>, BTreeMap<u16, String>> = file
            .get_page_fonts(page)
            .unwrap_or_default()
            .into_iter()
            .map(|(name, dict)| (name, to_unicode(&file, dict)))
            .collect();
        let mut font: Option<&BTreeMap<u16, String>> = None;
        let content = file.get_page_content(page);
        let content = lopdf::content::Content::decode(&content)
            .unwrap_or_else(|e| panic!("a page's content does not parse: {e}"));
        let mut ops = Vec::new();
        let mut lines = Vec::new();
        for op in content.operations {
            match op.operator.as_str() {
                "BT" => lines.push(PdfLine { x: 0.0, y: 0.0, text: String::new() }),
                "Td" if op.operands.len() == 2 => {
                    if let Some(l) = lines.last_mut() {
                        l.x = number(&op.operands[0]);
                        l.y = number(&op.operands[1]);
                    }
                }
                "Tf" => {
                    font = op.operands.first().and_then(|n| n.as_name().ok()).and_then(|n| fonts.get(n));
                }
                "TJ" => {
                    if let (Some(l), Some(lopdf::Object::Array(items)), Some(map)) =
                        (lines.last_mut(), op.operands.first(), font)
                    {
                        for item in items {
                            if let lopdf::Object::String(s, _) = item {
                                for pair in s.chunks(2) {
                                    let cid = u16::from_be_bytes([pair[0], *pair.get(1).unwrap_or(&0)]);
                                    l.text.push_str(map.get(&cid).map_or("\u{fffd}", String::as_str));
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
            ops.push((op.operator, op.operands.len()));
        }
        read.ops.push(ops);
        read.lines.push(lines);
    }
    let info = file
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|i| file.dereference(i).ok())
        .and_then(|(_, o)| o.as_dict().ok().cloned());
    if let Some(info) = info {
        let text = |key: &[u8]| info.get(key).ok().and_then(|o| lopdf::decode_text_string(o).ok()).unwrap_or_default();
        read.title = text(b"Title");
        read.author = text(b"Author");
    }
    read
}

/// Baselines of running text lie between the margins (70 pt from the bottom, 60 pt
/// from the top of 842 pt); the footer (at 36 pt), a signed contract's stamp under it
/// (25 pt) and the draft mark (808 pt) do not.
fn in_body(l: &PdfLine) -> bool {
    l.y > 50.0 && l.y < 795.0
}

pub fn check_pdf(doc: &Document) {
    let out = pdf::write(doc);
    let read = pdf_read(&out.bytes);
    let safe = pdf_read(&pdf::write(&mapped(doc, safe_pdf)).bytes);
    assert_eq!(read.objects, safe.objects, "PDF: user text changed the object count");
    assert_eq!(read.ops.len(), safe.ops.len(), "PDF: user text changed the page count");
    for (page, (ops, safe_ops)) in read.ops.iter().zip(&safe.ops).enumerate() {
        same_shape(&format!("PDF page {} operators", page + 1), ops, safe_ops);
    }

    // The running text in reading order. A list marker is drawn after the first line
    // of its item, at the same baseline and to its left: left out so items read on.
    let mut body = String::new();
    let mut footers = Vec::new();
    let mut stamps = Vec::new();
    for lines in &read.lines {
        let mut prev: Option<&PdfLine> = None;
        for l in lines {
            if !in_body(l) {
                if l.y < 30.0 {
                    stamps.push(squeeze(&l.text));
                } else if l.y < 50.0 {
                    footers.push(squeeze(&l.text));
                }
                continue;
            }
            let marker = prev.is_some_and(|p| p.y == l.y && l.x < p.x);
            if !marker {
                body.push_str(&l.text);
            }
            prev = Some(l);
        }
    }
    let body: String = body.chars().filter(|&c| pdf_char(c).is_some()).collect();
    let mut find = Finder::new(&body);
    for (place, s) in texts(doc) {
        let want: String = s.chars().filter_map(pdf_char).collect();
        match place {
            Place::Flow => assert!(find.flow(&want), "PDF lost the text {}", excerpt(&want)),
            Place::Cell => assert!(find.cell(&want), "PDF lost the cell text {}", excerpt(&want)),
            Place::MetaTitle => {
                assert_eq!(read.title, s, "PDF Info /Title is not the document's title")
            }
            Place::MetaAuthor => {
                assert_eq!(read.author, s, "PDF Info /Author is not the document's author")
            }
            Place::Footer => {
                // The footer label, cut with "…" when too long, then "n / N".
                for f in footers.iter().filter(|f| !f.starts_with(|c: char| c.is_ascii_digit())) {
                    let shown = f.strip_suffix('…').unwrap_or(f);
                    assert!(want.starts_with(shown), "PDF footer {} is not the label {}", excerpt(f), excerpt(&want));
                }
            }
            Place::Stamp => {
                // On every page, cut with "…" when too long.
                assert_eq!(stamps.len(), read.lines.len(), "PDF: a page without the stamp");
                for f in &stamps {
                    let shown = f.strip_suffix('…').unwrap_or(f);
                    assert!(squeeze(&want).starts_with(shown), "PDF stamp {} is not {}", excerpt(f), excerpt(&want));
                }
            }
            Place::Mark => {}
        }
    }
    // Characters the fonts do not show are reported, each once.
    let substituted: Vec<char> = out
        .warnings
        .iter()
        .flat_map(|w| match w {
            cadre::render::RenderWarning::Substituted { chars } => chars.clone(),
        })
        .collect();
    let mut sorted = substituted.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), substituted.len(), "PDF: a substituted character is reported twice");
}

// ---------------------------------------------------------------------------------
// DOCX

/// Safe text for DOCX: letters stand for everything but whitespace, controls and the
/// noncharacters the escape drops (newlines and tabs become `<w:br/>` and `<w:tab/>`,
/// spaces decide `xml:space`, dropped characters can leave a run without text).
fn safe_docx(c: char) -> Option<char> {
    Some(if c.is_whitespace() || c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') { c } else { 'a' })
}

/// What the XML keeps of `s`: no character that XML 1.0 forbids, no C1 control.
fn xml_text(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r')
                || !matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
        })
        .collect()
}

/// The files of a ZIP archive (stored or deflated), read through its central directory.
pub fn unzip(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let u16_at = |at: usize| usize::from(u16::from_le_bytes([bytes[at], bytes[at + 1]]));
    let u32_at = |at: usize| u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize;
    let end = (0..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])
        .expect("ZIP end record");
    let (count, mut at) = (u16_at(end + 10), u32_at(end + 16));
    let mut files = BTreeMap::new();
    for _ in 0..count {
        assert_eq!(bytes[at..at + 4], [0x50, 0x4b, 0x01, 0x02], "ZIP central header");
        let (method, crc, size) = (u16_at(at + 10), u32_at(at + 16), u32_at(at + 20));
        let name_len = u16_at(at + 28);
        let (extra, comment, local) = (u16_at(at + 30), u16_at(at + 32), u32_at(at + 42));
        let name = String::from_utf8(bytes[at + 46..at + 46 + name_len].to_vec()).expect("ZIP name is UTF-8");
        at += 46 + name_len + extra + comment;
        let data_at = local + 30 + u16_at(local + 26) + u16_at(local + 28);
        let data = &bytes[data_at..data_at + size];
        let data = match method {
            0 => data.to_vec(),
            8 => miniz_oxide::inflate::decompress_to_vec(data)
                .unwrap_or_else(|e| panic!("{name} does not inflate: {e:?}")),
            m => panic!("{name}: unknown ZIP method {m}"),
        };
        assert_eq!(crc32fast::hash(&data) as usize, crc, "{name}: CRC");
        files.insert(name, data);
    }
    files
}

/// Parses every part strictly (well-formed XML 1.0, legal characters only) and returns
/// each part's shape (per element, its qualified name and attributes with values, in
/// order) and text (every text node, in order).
fn docx_read(bytes: &[u8]) -> BTreeMap<String, (Vec<String>, String)> {
    let mut out = BTreeMap::new();
    for (name, data) in unzip(bytes) {
        let text = std::str::from_utf8(&data).unwrap_or_else(|e| panic!("{name} is not UTF-8: {e}"));
        let xml = roxmltree::Document::parse(text).unwrap_or_else(|e| panic!("{name} is not well-formed XML: {e}"));
        let mut shape = Vec::new();
        let mut all = String::new();
        for n in xml.descendants() {
            if n.is_element() {
                let tag = n.tag_name();
                let mut item = format!("{{{}}}{}", tag.namespace().unwrap_or(""), tag.name());
                for a in n.attributes() {
                    item.push_str(&format!(" {{{}}}{}={}", a.namespace().unwrap_or(""), a.name(), a.value()));
                }
                shape.push(item);
            } else if n.is_text() {
                all.push_str(n.text().unwrap_or(""));
            }
        }
        out.insert(name, (shape, all));
    }
    out
}

pub fn check_docx(doc: &Document) {
    let parts = docx_read(&docx::write(doc));
    let safe = docx_read(&docx::write(&mapped(doc, safe_docx)));
    let names: Vec<&String> = parts.keys().collect();
    let safe_names: Vec<&String> = safe.keys().collect();
    assert_eq!(names, safe_names, "DOCX: user text changed the parts");
    for (name, (shape, _)) in &parts {
        same_shape(&format!("DOCX {name}"), shape, &safe[name].0);
    }
    let text_of = |name: &str| parts.get(name).map(|(_, t)| squeeze(t)).unwrap_or_default();
    let body = text_of("word/document.xml");
    let mut find = Finder::new(&body);
    for (place, s) in texts(doc) {
        let want = squeeze(&xml_text(&s));
        let (found, what) = match place {
            Place::Flow | Place::Cell => (find.flow(&want), "word/document.xml"),
            Place::MetaTitle | Place::MetaAuthor => (text_of("docProps/core.xml").contains(&want), "docProps/core.xml"),
            Place::Mark => (text_of("word/header1.xml").contains(&want), "word/header1.xml"),
            Place::Footer | Place::Stamp => (text_of("word/footer1.xml").contains(&want), "word/footer1.xml"),
        };
        assert!(found, "DOCX {what} lost the text {}", excerpt(&want));
    }
}

/// The app's JSON parser (`cadre::json`) agrees with serde_json on what is JSON, and
/// what it reads writes back to the same value, compact and indented. serde_json
/// refuses numbers beyond the range of f64, which cadre keeps as text: the one
/// allowed difference.
pub fn check_json(text: &str) {
    let ours = cadre::json::parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&ours, &theirs) {
        (Ok(_), Ok(_)) | (Err(_), Err(_)) => {}
        (Ok(_), Err(e)) => assert!(e.to_string().contains("out of range"), "cadre accepts, serde_json refuses: {e}"),
        (Err(e), Ok(_)) => panic!("cadre refuses what serde_json reads: {e}"),
    }
    if let (Ok(v), Ok(w)) = (&ours, &theirs) {
        assert!(same_json(v, w), "cadre and serde_json read different values");
    }
    if let Ok(v) = ours {
        assert_eq!(cadre::json::parse(&v.to_string()).as_ref(), Ok(&v), "compact round trip");
        assert_eq!(cadre::json::parse(&v.to_pretty()).as_ref(), Ok(&v), "indented round trip");
    }
}

/// The same value: same strings, same key order (serde_json keeps it with
/// `preserve_order`), same whole numbers; other numbers are only checked to be numbers.
fn same_json(ours: &cadre::json::Value, theirs: &serde_json::Value) -> bool {
    use cadre::json::Value as V;
    use serde_json::Value as S;
    match (ours, theirs) {
        (V::Null, S::Null) => true,
        (V::Bool(a), S::Bool(b)) => a == b,
        (V::Number(a), S::Number(b)) => a.as_u64().is_none_or(|a| b.as_u64() == Some(a)),
        (V::String(a), S::String(b)) => a == b,
        (V::Array(a), S::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same_json(x, y)),
        (V::Object(a), S::Object(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|((k, x), (l, y))| k == l && same_json(x, y))
        }
        _ => false,
    }
}
