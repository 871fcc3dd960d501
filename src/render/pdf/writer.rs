//! PDF objects from finished pages: catalog, page tree, fonts, document information,
//! and one Flate-compressed content stream per page. Numbers are written from
//! integers (no float formatting reaches the wasm binary).

use chrono::Datelike;
use pdf_writer::{Filter, Name, Pdf, Ref, Str, TextStr};

use super::fonts::Font;
use super::layout::{Gray, Item, Mp, Page, PAGE_H, PAGE_W};
use crate::document::Document;
use crate::model::Lang;

/// Serialises `pages` with `doc`'s metadata into a complete PDF file.
pub fn write(doc: &Document, pages: &[Page]) -> Vec<u8> {
    let mut next = Ref::new(1);
    let catalog_id = next.bump();
    let tree_id = next.bump();
    let info_id = next.bump();
    let font_ids: Vec<(Font, Ref)> = Font::ALL.iter().map(|&f| (f, next.bump())).collect();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (next.bump(), next.bump())).collect();

    let mut pdf = Pdf::new();
    let lang = match doc.lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en-GB",
    };
    pdf.catalog(catalog_id).pages(tree_id).lang(TextStr(lang));
    pdf.pages(tree_id).kids(page_ids.iter().map(|&(page, _)| page)).count(page_ids.len() as i32);

    pdf.document_info(info_id)
        .title(TextStr(&doc.meta.title))
        .author(TextStr(&doc.meta.author))
        .creator(TextStr("Cadre"))
        .pair(Name(b"CreationDate"), Str(&pdf_date(doc.meta.created)));

    for &(font, id) in &font_ids {
        pdf.type1_font(id).base_font(Name(font.base_font())).encoding_predefined(Name(b"WinAnsiEncoding"));
    }

    for (page, &(page_id, content_id)) in pages.iter().zip(&page_ids) {
        let mut writer = pdf.page(page_id);
        writer.parent(tree_id).contents(content_id);
        writer.insert(Name(b"MediaBox")).array().items([0, 0, PAGE_W / 1000, PAGE_H / 1000]);
        let mut resources = writer.resources();
        let mut fonts = resources.fonts();
        for &(font, id) in &font_ids {
            fonts.pair(Name(font.resource()), id);
        }
        drop(fonts);
        drop(resources);
        drop(writer);
        let content = content_stream(&page.items);
        let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&content, 6);
        pdf.stream(content_id, &compressed).filter(Filter::FlateDecode);
    }
    pdf.finish()
}

/// "D:YYYYMMDD000000Z", written with integer arithmetic only (pdf-writer's `Date`
/// goes through `core::fmt`).
fn pdf_date(date: chrono::NaiveDate) -> Vec<u8> {
    let mut out = b"D:".to_vec();
    push_digits(&mut out, date.year().clamp(0, 9999) as u64, 4);
    push_digits(&mut out, u64::from(date.month()), 2);
    push_digits(&mut out, u64::from(date.day()), 2);
    out.extend_from_slice(b"000000Z");
    out
}

/// The operators drawing `items`, in order.
fn content_stream(items: &[Item]) -> Vec<u8> {
    let mut ops = Ops::default();
    for item in items {
        match item {
            Item::Text { x, y, size, gray, word_spacing, spans } => {
                ops.fill_gray(*gray);
                ops.raw("BT\n");
                ops.num(*x).num(PAGE_H - y).raw("Td\n");
                if ops.word_spacing != *word_spacing {
                    ops.word_spacing = *word_spacing;
                    ops.num(*word_spacing).raw("Tw\n");
                }
                for span in spans {
                    if ops.font != Some((span.font, *size)) {
                        ops.font = Some((span.font, *size));
                        ops.name(span.font.resource()).num(*size).raw("Tf\n");
                    }
                    ops.string(&span.bytes).raw("Tj\n");
                }
                ops.raw("ET\n");
            }
            Item::Rule { x, y, w, thickness, gray } => {
                ops.raw("q\n").num(*thickness).raw("w\n").gray(*gray).raw("G\n");
                ops.num(*x).num(PAGE_H - y).raw("m\n");
                ops.num(x + w).num(PAGE_H - y).raw("l\nS\nQ\n");
            }
            Item::Frame { x, y, w, h, thickness, gray } => {
                ops.raw("q\n").num(*thickness).raw("w\n").gray(*gray).raw("G\n");
                ops.num(*x).num(PAGE_H - y - h).num(*w).num(*h).raw("re\nS\nQ\n");
            }
            Item::Fill { x, y, w, h, gray } => {
                ops.raw("q\n").gray(*gray).raw("g\n");
                ops.num(*x).num(PAGE_H - y - h).num(*w).num(*h).raw("re\nf\nQ\n");
            }
        }
    }
    ops.buf
}

/// A content stream being written, with the state it last set.
#[derive(Default)]
struct Ops {
    buf: Vec<u8>,
    font: Option<(Font, Mp)>,
    word_spacing: Mp,
    /// Fill gray currently set (0 = black, the initial state).
    fill: Gray,
}

impl Ops {
    fn raw(&mut self, s: &str) -> &mut Self {
        self.buf.extend_from_slice(s.as_bytes());
        self
    }

    /// A length in thousandths of a point, written in points.
    fn num(&mut self, v: Mp) -> &mut Self {
        self.fixed(i64::from(v), 3)
    }

    /// A gray level (0–1000) written as 0–1.
    fn gray(&mut self, g: Gray) -> &mut Self {
        self.fixed(i64::from(g), 3)
    }

    fn fill_gray(&mut self, g: Gray) {
        if self.fill != g {
            self.fill = g;
            self.gray(g).raw("g\n");
        }
    }

    /// `v / 10^decimals` as a PDF number, without trailing zeros, then a space.
    fn fixed(&mut self, v: i64, decimals: u32) -> &mut Self {
        if v < 0 {
            self.buf.push(b'-');
        }
        let abs = v.unsigned_abs();
        let scale = 10u64.pow(decimals);
        push_digits(&mut self.buf, abs / scale, 1);
        let mut frac = abs % scale;
        if frac != 0 {
            let mut digits = decimals as usize;
            while frac.is_multiple_of(10) {
                frac /= 10;
                digits -= 1;
            }
            self.buf.push(b'.');
            push_digits(&mut self.buf, frac, digits);
        }
        self.buf.push(b' ');
        self
    }

    fn name(&mut self, name: &[u8]) -> &mut Self {
        self.buf.push(b'/');
        self.buf.extend_from_slice(name);
        self.buf.push(b' ');
        self
    }

    /// A literal string; `(`, `)` and `\` are escaped, other bytes pass as they are.
    fn string(&mut self, bytes: &[u8]) -> &mut Self {
        self.buf.push(b'(');
        for &b in bytes {
            if matches!(b, b'(' | b')' | b'\\') {
                self.buf.push(b'\\');
            }
            self.buf.push(b);
        }
        self.buf.extend_from_slice(b") ");
        self
    }
}

/// Writes `n` in decimal, zero-padded to at least `width` digits.
fn push_digits(buf: &mut Vec<u8>, mut n: u64, width: usize) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    while (n > 0 || len < width) && len < digits.len() {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
    }
    buf.extend(digits[..len].iter().rev());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(v: i64, d: u32) -> String {
        let mut ops = Ops::default();
        ops.fixed(v, d);
        String::from_utf8(ops.buf).unwrap_or_default()
    }

    #[test]
    fn numbers_are_written_without_floats() {
        assert_eq!(fixed(0, 3), "0 ");
        assert_eq!(fixed(12_000, 3), "12 ");
        assert_eq!(fixed(12_500, 3), "12.5 ");
        assert_eq!(fixed(-1_050, 3), "-1.05 ");
        assert_eq!(fixed(7, 3), "0.007 ");
        assert_eq!(fixed(5771, 4), "0.5771 ");
        assert_eq!(fixed(-500, 4), "-0.05 ");
    }

    #[test]
    fn dates_are_pdf_dates() {
        let date = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default();
        assert_eq!(pdf_date(date), b"D:20250301000000Z");
    }

    #[test]
    fn strings_are_escaped() {
        let mut ops = Ops::default();
        ops.string(b"a(b)c\\d");
        assert_eq!(ops.buf, b"(a\\(b\\)c\\\\d) ");
    }
}
