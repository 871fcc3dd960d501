//! HTML writer: a fragment for the live preview and a standalone, print-ready page.
//! All user text goes through one of the two escapes below, the one place HTML
//! escaping happens: `escape_text` for element content, `escape_attribute` for
//! attribute values and `<title>`.

use crate::document::{Article, Block, Document, Drawn, Inline, Signatures};
use std::fmt::Write;
use std::rc::Rc;

/// Escapes user text for the content of an ordinary element (`<p>`, `<li>`, `<td>`,
/// `<h1>`…): `& < > " '` become entities, a line break becomes `<br>` so the user's
/// own line breaks show, tabs stay, other control characters are dropped.
///
/// Never use it for an attribute value or for `<title>`: the `<br>` it writes is
/// markup, which would break an attribute and show as the letters `<br>` in a title.
/// Use [`escape_attribute`] there.
pub fn escape_text(s: &str, out: &mut String) {
    escape(s, "<br>", out);
}

/// Escapes user text for a quoted attribute value (`content="…"`, `title='…'`) and for
/// the text-only `<title>` element: `& < > " '` become entities, a line break becomes a
/// space, tabs stay, other control characters are dropped. It never writes markup, so
/// it is safe in element content too, where it loses the line breaks.
pub fn escape_attribute(s: &str, out: &mut String) {
    escape(s, " ", out);
}

fn escape(s: &str, line_break: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str(line_break),
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
}

fn inlines(items: &[Inline], out: &mut String) {
    for i in items {
        match i {
            Inline::Text(s) => escape_text(s, out),
            Inline::Strong(s) => {
                out.push_str("<strong>");
                escape_text(s, out);
                out.push_str("</strong>");
            }
            Inline::Em(s) => {
                out.push_str("<em>");
                escape_text(s, out);
                out.push_str("</em>");
            }
            Inline::Blank => out.push_str("<span class=\"blank\">……………………</span>"),
        }
    }
}

/// `SIGNED`: a signed contract's page, with its drawn signatures; the preview never
/// shows one, so its instance carries none of that code (bytes of the first screen).
fn blocks<const SIGNED: bool>(items: &[Block], out: &mut String) {
    for b in items {
        match b {
            Block::Article(a) => {
                let _ = write!(
                    out,
                    "<section class=\"article\" id=\"art-{}\" data-section=\"{}\">",
                    a.section.id(),
                    a.section.id()
                );
                article_heading(a, out);
                blocks::<SIGNED>(&a.body, out);
                out.push_str("</section>");
            }
            Block::Parties(parties) => {
                out.push_str("<div class=\"parties\" id=\"art-parties\" data-section=\"parties\">");
                for p in parties {
                    out.push_str("<div class=\"party\"><p class=\"role\"><strong>");
                    escape_text(&p.role, out);
                    out.push_str("</strong></p>");
                    for l in &p.lines {
                        out.push_str("<p>");
                        inlines(l, out);
                        out.push_str("</p>");
                    }
                    out.push_str("</div>");
                }
                out.push_str("</div>");
            }
            Block::Paragraph(p) => {
                out.push_str("<p>");
                inlines(p, out);
                out.push_str("</p>");
            }
            Block::List { ordered, items } => {
                let tag = if *ordered { "ol" } else { "ul" };
                let _ = write!(out, "<{tag}>");
                for i in items {
                    list_item(i, out);
                }
                let _ = write!(out, "</{tag}>");
            }
            Block::Table(t) => {
                out.push_str("<table><thead><tr>");
                for (i, h) in t.header.iter().enumerate() {
                    out.push_str(if t.right_aligned.contains(&i) { "<th class=\"num\">" } else { "<th>" });
                    escape_text(h, out);
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead><tbody>");
                for r in &t.rows {
                    out.push_str("<tr>");
                    for (i, cell) in r.iter().enumerate() {
                        out.push_str(if t.right_aligned.contains(&i) { "<td class=\"num\">" } else { "<td>" });
                        escape_text(cell, out);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
            }
            Block::Signatures(s) => signatures(s, out),
            Block::Drawings(_) if !SIGNED => {}
            Block::Drawings(drawings) => {
                out.push_str("<div class=\"drawings\">");
                for d in drawings {
                    drawn(d, out);
                }
                out.push_str("</div>");
            }
        }
    }
}

/// A drawn signature as an inline SVG of its strokes (the grid's 255 × 95, with room
/// for the pen's width), with its caption. Styled by attributes, so it needs nothing
/// of the page's stylesheet (nor the preview's).
fn drawn(d: &Drawn, out: &mut String) {
    out.push_str(
        "<figure class=\"drawn\" style=\"display:inline-block;margin:.5em 2em .5em 0\">\
<svg viewBox=\"-4 -4 263 103\" width=\"263\" height=\"103\" role=\"img\" aria-label=\"",
    );
    escape_attribute(&d.caption, out);
    out.push_str("\" style=\"border:1px solid #bbb\"><path d=\"");
    escape_attribute(&d.drawing.svg_path(), out);
    out.push_str(
        "\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>\
</svg><figcaption>",
    );
    escape_text(&d.caption, out);
    out.push_str("</figcaption></figure>");
}

fn article_heading(a: &Article, out: &mut String) {
    let _ = write!(out, "<h2>Article {}\u{a0}– ", a.number);
    escape_text(&a.title, out);
    out.push_str("</h2>");
}

fn list_item(item: &[Inline], out: &mut String) {
    out.push_str("<li>");
    inlines(item, out);
    out.push_str("</li>");
}

fn signatures(s: &Signatures, out: &mut String) {
    out.push_str("<section class=\"signatures\" id=\"art-signatures\" data-section=\"signatures\"><p>");
    escape_text(&s.place_and_date, out);
    out.push_str("</p><div class=\"signers\">");
    for p in &s.parties {
        out.push_str("<div class=\"signer\"><h3>");
        escape_text(&p.role, out);
        out.push_str("</h3><p>");
        escape_text(&p.name, out);
        if !p.capacity.is_empty() {
            out.push_str("<br>");
            escape_text(&p.capacity, out);
        }
        out.push_str("</p><p class=\"mention\">");
        escape_text(&p.mention, out);
        out.push_str("</p><div class=\"sign-box\"></div></div>");
    }
    out.push_str("</div></section>");
}

/// Some blocks' HTML (an article's body, the parties…): what the client's review
/// shows beside each article's questions.
pub fn blocks_html(items: &[Block]) -> String {
    let mut out = String::new();
    blocks::<true>(items, &mut out);
    out
}

/// The contract as an `<article>` fragment (the live preview).
pub fn fragment(doc: &Document) -> String {
    let mut out = String::with_capacity(32 * 1024);
    parts::<false>(doc).write(&mut out);
    out
}

/// [`fragment`] as a tree: finished HTML, or an element whose children are parts.
///
/// The preview keeps the DOM of every part whose HTML did not change: a keystroke in a
/// draft at the caps replaces one paragraph or one item of a list of 200, instead of
/// parsing and laying out the whole contract again.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// Escaped HTML.
    Html(Rc<str>),
    /// `<tag attr="value"…>children</tag>`; the values are escaped when written.
    Element { tag: &'static str, attrs: Vec<(&'static str, String)>, children: Vec<Part> },
}

impl Part {
    /// The part's HTML.
    pub fn write(&self, out: &mut String) {
        match self {
            Part::Html(html) => out.push_str(html),
            Part::Element { tag, attrs, children } => {
                let _ = write!(out, "<{tag}");
                for (name, value) in attrs {
                    let _ = write!(out, " {name}=\"");
                    escape_attribute(value, out);
                    out.push('"');
                }
                out.push('>');
                for child in children {
                    child.write(out);
                }
                let _ = write!(out, "</{tag}>");
            }
        }
    }
}

fn html(write: impl FnOnce(&mut String)) -> Part {
    let mut out = String::new();
    write(&mut out);
    Part::Html(out.into())
}

/// The `<article>` of [`fragment`]: its children are the title, the parties, each
/// article (a `<section>` of its heading and blocks, a list's items each a part), the
/// signatures and each annex.
pub fn fragment_parts(doc: &Document) -> Part {
    parts::<false>(doc)
}

/// [`fragment_parts`]; `SIGNED` adds a signed contract's stamp and drawn signatures.
fn parts<const SIGNED: bool>(doc: &Document) -> Part {
    let mut children = Vec::with_capacity(doc.blocks.len() + doc.annexes.len() + 3);
    if let Some(mark) = &doc.draft_mark {
        children.push(html(|out| {
            out.push_str("<p class=\"draft-mark\">");
            escape_text(mark, out);
            out.push_str("</p>");
        }));
    }
    if let Some(stamp) = doc.stamp.as_ref().filter(|_| SIGNED) {
        children.push(html(|out| {
            out.push_str("<p class=\"stamp\">");
            escape_text(stamp, out);
            out.push_str("</p>");
        }));
    }
    children.push(html(|out| {
        out.push_str("<h1>");
        escape_text(&doc.title, out);
        out.push_str("</h1>");
    }));
    if !doc.subtitle.is_empty() {
        children.push(html(|out| {
            out.push_str("<p class=\"subtitle\">");
            escape_text(&doc.subtitle, out);
            out.push_str("</p>");
        }));
    }
    children.extend(doc.blocks.iter().map(block_part::<SIGNED>));
    for a in &doc.annexes {
        children.push(html(|out| {
            out.push_str("<section class=\"annex\"><h2>");
            escape_text(&a.title, out);
            out.push_str("</h2>");
            blocks::<SIGNED>(&a.body, out);
            out.push_str("</section>");
        }));
    }
    Part::Element {
        tag: "article",
        attrs: vec![("class", "contract".into()), ("lang", doc.lang.code().into())],
        children,
    }
}

/// A block as a part: an article and a list are elements of parts, the rest HTML.
fn block_part<const SIGNED: bool>(b: &Block) -> Part {
    match b {
        Block::Article(a) => Part::Element {
            tag: "section",
            attrs: vec![
                ("class", "article".into()),
                ("id", format!("art-{}", a.section.id())),
                ("data-section", a.section.id().into()),
            ],
            children: std::iter::once(html(|out| article_heading(a, out)))
                .chain(a.body.iter().map(block_part::<SIGNED>))
                .collect(),
        },
        Block::List { ordered, items } => Part::Element {
            tag: if *ordered { "ol" } else { "ul" },
            attrs: Vec::new(),
            children: items.iter().map(|i| html(|out| list_item(i, out))).collect(),
        },
        b => html(|out| blocks::<SIGNED>(std::slice::from_ref(b), out)),
    }
}

/// The stylesheet of the standalone page (and of the preview, which has its own copy in
/// styles/).
const PAGE_CSS: &str = "\
@page{size:A4;margin:22mm 20mm}\
body{font:11pt/1.5 Helvetica,Arial,sans-serif;color:#1a1a1a;max-width:46em;margin:2em auto;padding:0 1em}\
h1{font-size:1.6em;text-align:center;margin:0 0 .2em}\
.subtitle{text-align:center;font-size:1.1em;margin:0 0 1.5em;color:#333}\
h2{font-size:1.05em;margin:1.4em 0 .4em;break-after:avoid}\
h3{font-size:1em;margin:.8em 0 .2em}\
.parties p,.signer p{margin:.1em 0}\
.party{margin-bottom:1em}\
table{border-collapse:collapse;width:100%;margin:.6em 0;font-size:.95em}\
th,td{border:1px solid #888;padding:.3em .5em;text-align:left}\
th{background:#eee}.num{text-align:right}\
.blank{color:#666}\
.draft-mark{text-align:center;font-weight:bold;letter-spacing:.3em;color:#a00}\
.signers{display:flex;gap:2em}.signer{flex:1}\
.sign-box{height:6em;border:1px solid #bbb;margin-top:.5em}\
.annex{break-before:page;margin-top:3em}\
@media print{body{margin:0;max-width:none}}";

/// A self-contained page: no script, no outside resource, and a CSP that allows none.
pub fn standalone(doc: &Document) -> String {
    let mut out = String::with_capacity(40 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"author\" content=\"",
        doc.lang.code()
    );
    escape_attribute(&doc.meta.author, &mut out);
    out.push_str("\">\n<title>");
    escape_attribute(&doc.meta.title, &mut out);
    out.push_str("</title>\n<style>");
    out.push_str(PAGE_CSS);
    out.push_str("</style>\n</head>\n<body>\n");
    parts::<true>(doc).write(&mut out);
    out.push_str("\n</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        let mut out = String::new();
        escape_text(s, &mut out);
        out
    }

    fn attribute(s: &str) -> String {
        let mut out = String::new();
        escape_attribute(s, &mut out);
        out
    }

    #[test]
    fn text_escapes_markup_and_shows_line_breaks() {
        assert_eq!(text("a & b <i>\"c\" 'd'"), "a &amp; b &lt;i&gt;&quot;c&quot; &#39;d&#39;");
        assert_eq!(text("one\ntwo\r\nthree"), "one<br>two<br>three");
        assert_eq!(text("tab\there\u{7}\u{1b}[0m\u{85}"), "tab\there[0m");
    }

    #[test]
    fn attribute_escapes_markup_and_never_writes_any() {
        assert_eq!(attribute("a & b <i>\"c\" 'd'"), "a &amp; b &lt;i&gt;&quot;c&quot; &#39;d&#39;");
        assert_eq!(attribute("one\ntwo\r\nthree"), "one two three");
        assert_eq!(attribute("tab\there\u{7}\u{1b}[0m\u{85}"), "tab\there[0m");
        for s in ["\n", "x\"><script>alert(1)</script>", "a\r\n\u{2028}b", "'onload='x"] {
            let out = attribute(s);
            assert!(!out.contains(['<', '>', '"', '\'', '\n', '\r']), "{s:?} -> {out:?}");
        }
    }

    #[test]
    fn the_page_title_and_author_never_hold_a_line_break_tag() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 5, 4).expect("a date");
        let (mut doc, _) = crate::document::build::from_answers(&crate::model::Answers::default(), today);
        doc.meta.title = "Contrat\n<Dupont>".into();
        doc.meta.author = "Jeanne\n\"JD\" Martin".into();
        let page = standalone(&doc);
        assert!(page.contains("<title>Contrat &lt;Dupont&gt;</title>"), "{page}");
        assert!(page.contains("<meta name=\"author\" content=\"Jeanne &quot;JD&quot; Martin\">"), "{page}");
    }
}
