//! `word/document.xml`: the contract's blocks as WordprocessingML paragraphs and tables.

use super::wml::{
    run, BULLET_NUM, DECL, FIRST_ORDERED_NUM, FOOTER_ID, HEADER_ID, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, TEXT_WIDTH, W_NS,
};
use crate::document::{Block, Document, Inline, PartyBlock, Signatures, Table};

/// What an `Inline::Blank` prints: a dotted line to fill by hand (as in `document::plain`).
const BLANK: &str = "\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}\u{2026}";
/// Minimum height of a signature row, leaving room to sign (about 4.5 cm).
const SIGNATURE_ROW_HEIGHT: u32 = 2550;

/// The body part and what the numbering part must provide for it.
pub struct Body {
    /// The whole `word/document.xml`.
    pub xml: String,
    /// How many ordered lists the body holds (each gets its own numbering instance).
    pub ordered_lists: u32,
}

/// Writes `word/document.xml` for `doc`; `with_header` links the draft-mark header.
pub fn document(doc: &Document, with_header: bool) -> Body {
    let mut w = Writer { out: String::new(), ordered_lists: 0 };
    w.out.push_str(DECL);
    w.out.push_str("<w:document ");
    w.out.push_str(W_NS);
    w.out.push_str("><w:body>");
    if !doc.title.is_empty() {
        w.simple("Title", "", &doc.title);
    }
    if !doc.subtitle.is_empty() {
        w.simple("Subtitle", "", &doc.subtitle);
    }
    w.blocks(&doc.blocks);
    for annex in &doc.annexes {
        w.simple("Heading2", "<w:pageBreakBefore/>", &annex.title);
        w.blocks(&annex.body);
    }
    w.section(with_header);
    w.out.push_str("</w:body></w:document>");
    Body { xml: w.out, ordered_lists: w.ordered_lists }
}

/// Run properties for each kind of inline.
fn inline_rpr(inline: &Inline) -> &'static str {
    match inline {
        Inline::Strong(_) => "<w:b/><w:bCs/>",
        Inline::Em(_) => "<w:i/><w:iCs/>",
        Inline::Text(_) | Inline::Blank => "",
    }
}

struct Writer {
    out: String,
    ordered_lists: u32,
}

impl Writer {
    /// Opens a paragraph of `style` with extra paragraph properties `ppr` (already
    /// XML, in schema order, i.e. whatever follows `w:pStyle`).
    fn open(&mut self, style: &str, ppr: &str) {
        self.out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
        self.out.push_str(style);
        self.out.push_str("\"/>");
        self.out.push_str(ppr);
        self.out.push_str("</w:pPr>");
    }

    fn close(&mut self) {
        self.out.push_str("</w:p>");
    }

    /// A paragraph holding one plain run.
    fn simple(&mut self, style: &str, ppr: &str, text: &str) {
        self.styled(style, ppr, text, "");
    }

    /// A paragraph holding one run with run properties `rpr`.
    fn styled(&mut self, style: &str, ppr: &str, text: &str, rpr: &str) {
        self.open(style, ppr);
        run(&mut self.out, text, rpr);
        self.close();
    }

    /// A paragraph of inlines.
    fn para(&mut self, style: &str, ppr: &str, inlines: &[Inline]) {
        self.open(style, ppr);
        self.inlines(inlines);
        self.close();
    }

    fn inlines(&mut self, inlines: &[Inline]) {
        for inline in inlines {
            let text = match inline {
                Inline::Blank => BLANK,
                other => other.text(),
            };
            run(&mut self.out, text, inline_rpr(inline));
        }
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Article(a) => {
                    let heading = format!("Article {} \u{2013} {}", a.number, a.title);
                    self.simple("Heading1", "", &heading);
                    self.blocks(&a.body);
                }
                Block::Parties(parties) => self.parties(parties),
                Block::Paragraph(inlines) => self.para("Normal", "", inlines),
                Block::List { ordered, items } => self.list(*ordered, items),
                Block::Table(t) => self.table(t),
                Block::Signatures(s) => self.signatures(s),
                // The DOCX shows whose signature was drawn, by its caption (with the
                // signer's typed name), not the drawing: the PDF and HTML draw it.
                Block::Drawings(drawings) => {
                    for d in drawings {
                        self.styled("Normal", "", &d.caption, "<w:i/><w:iCs/>");
                    }
                }
            }
        }
    }

    fn parties(&mut self, parties: &[PartyBlock]) {
        for party in parties {
            self.simple("Heading2", "", &party.role);
            let last = party.lines.len().saturating_sub(1);
            for (i, line) in party.lines.iter().enumerate() {
                let ppr = if i == last { "<w:spacing w:after=\"160\"/>" } else { "" };
                self.para("PartyDetails", ppr, line);
            }
        }
    }

    fn list(&mut self, ordered: bool, items: &[Vec<Inline>]) {
        if items.is_empty() {
            return;
        }
        let (style, num) = if ordered {
            let num = FIRST_ORDERED_NUM.saturating_add(self.ordered_lists);
            self.ordered_lists = self.ordered_lists.saturating_add(1);
            ("ListNumber", num)
        } else {
            ("ListBullet", BULLET_NUM)
        };
        let num_pr = format!("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"{num}\"/></w:numPr>");
        let last = items.len().saturating_sub(1);
        for (i, item) in items.iter().enumerate() {
            // The last item takes the body's spacing, to set the list off what follows.
            let spacing = if i == last { "<w:spacing w:after=\"120\"/>" } else { "" };
            self.para(style, &format!("{num_pr}{spacing}"), item);
        }
    }

    /// Opens a full-width table with fixed layout and `widths.len()` columns.
    fn open_table(&mut self, tbl_pr: &str, widths: &[u32]) {
        self.out.push_str("<w:tbl><w:tblPr>");
        self.out.push_str(tbl_pr);
        self.out.push_str("</w:tblPr><w:tblGrid>");
        for w in widths {
            self.out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
        }
        self.out.push_str("</w:tblGrid>");
    }

    /// Closes a table, followed by an empty paragraph: it keeps space under the
    /// table and stops Word from merging two adjacent tables.
    fn close_table(&mut self) {
        self.out.push_str("</w:tbl><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr></w:p>");
    }

    fn open_cell(&mut self, width: u32, shade: bool) {
        self.out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"));
        if shade {
            self.out.push_str("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>");
        }
        self.out.push_str("</w:tcPr>");
    }

    fn table(&mut self, t: &Table) {
        let cols = t.rows.iter().map(Vec::len).chain([t.header.len()]).max().unwrap_or(0);
        if cols == 0 {
            return;
        }
        let widths = column_widths(t, cols);
        self.open_table(
            &format!(
                "<w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{}\" w:type=\"dxa\"/>\
<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" \
w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>",
                widths.iter().sum::<u32>()
            ),
            &widths,
        );
        if !t.header.is_empty() {
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
            self.cells(t, &t.header, &widths, true);
            self.out.push_str("</w:tr>");
        }
        for row in &t.rows {
            self.out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            self.cells(t, row, &widths, false);
            self.out.push_str("</w:tr>");
        }
        self.close_table();
    }

    /// One row's cells, padded with empty cells up to `widths.len()`.
    fn cells(&mut self, t: &Table, row: &[String], widths: &[u32], header: bool) {
        for (c, &width) in widths.iter().enumerate() {
            self.open_cell(width, header);
            let ppr = if t.right_aligned.contains(&c) { "<w:jc w:val=\"right\"/>" } else { "" };
            let ppr = if header { format!("<w:keepNext/>{ppr}") } else { ppr.to_string() };
            let text = row.get(c).map_or("", String::as_str);
            self.styled("TableText", &ppr, text, if header { "<w:b/><w:bCs/>" } else { "" });
            self.out.push_str("</w:tc>");
        }
    }

    /// "Fait à …, le …", then a borderless two-column table: one cell per signer with
    /// role, name, capacity and mention, and room to sign below.
    fn signatures(&mut self, s: &Signatures) {
        self.simple("Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/>", &s.place_and_date);
        if s.parties.is_empty() {
            return;
        }
        let width = TEXT_WIDTH / 2;
        let mut borders = String::from("<w:tblBorders>");
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            borders.push_str(&format!("<w:{side} w:val=\"nil\"/>"));
        }
        borders.push_str("</w:tblBorders>");
        self.open_table(
            &format!("<w:tblW w:w=\"{}\" w:type=\"dxa\"/>{borders}<w:tblLayout w:type=\"fixed\"/>", width * 2),
            &[width, width],
        );
        for pair in s.parties.chunks(2) {
            self.out.push_str(&format!(
                "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"{SIGNATURE_ROW_HEIGHT}\" w:hRule=\"atLeast\"/></w:trPr>"
            ));
            for i in 0..2 {
                self.open_cell(width, false);
                match pair.get(i) {
                    Some(signer) => {
                        self.styled("TableText", "", &signer.role, "<w:b/><w:bCs/>");
                        for line in [&signer.name, &signer.capacity] {
                            if !line.is_empty() {
                                self.simple("TableText", "", line);
                            }
                        }
                        if !signer.mention.is_empty() {
                            self.styled(
                                "TableText",
                                "<w:spacing w:before=\"120\"/>",
                                &signer.mention,
                                "<w:i/><w:iCs/><w:color w:val=\"595959\"/>",
                            );
                        }
                    }
                    None => self.simple("TableText", "", ""),
                }
                self.out.push_str("</w:tc>");
            }
            self.out.push_str("</w:tr>");
        }
        self.close_table();
    }

    /// The section properties: A4, margins, header (drafts) and footer.
    fn section(&mut self, with_header: bool) {
        self.out.push_str("<w:sectPr>");
        if with_header {
            self.out.push_str(&format!("<w:headerReference w:type=\"default\" r:id=\"{HEADER_ID}\"/>"));
        }
        self.out.push_str(&format!(
            "<w:footerReference w:type=\"default\" r:id=\"{FOOTER_ID}\"/>\
<w:pgSz w:w=\"{PAGE_WIDTH}\" w:h=\"{PAGE_HEIGHT}\"/>\
<w:pgMar w:top=\"{MARGIN}\" w:right=\"{MARGIN}\" w:bottom=\"{MARGIN}\" w:left=\"{MARGIN}\" \
w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/><w:cols w:space=\"708\"/></w:sectPr>"
        ));
    }
}

/// Estimated width of one character of table text (11 pt), in twips; words get a
/// wider allowance so a narrow column never breaks one, whatever font replaces Calibri.
const CHAR_WIDTH: u32 = 120;
const WORD_CHAR_WIDTH: u32 = 150;
/// Left and right cell margins of the table style, in twips.
const CELL_PADDING: u32 = 2 * 108;

/// Column widths filling the text width. Each column gets at least its longest word;
/// the rest goes in proportion to how much wider its longest cell is on one line.
/// (Equal columns made a 4-character "Part" column as wide as the descriptions.)
fn column_widths(t: &Table, cols: usize) -> Vec<u32> {
    let width = |chars: usize, per_char: u32| CELL_PADDING + per_char * u32::try_from(chars.min(1000)).unwrap_or(1000);
    let cells = |c: usize| t.rows.iter().chain([&t.header]).filter_map(move |r| r.get(c));
    let min: Vec<u32> = (0..cols)
        .map(|c| {
            let word = cells(c).flat_map(|s| s.split([' ', '\n', '\t'])).map(|w| w.chars().count()).max().unwrap_or(0);
            width(word, WORD_CHAR_WIDTH)
        })
        .collect();
    let natural: Vec<u32> = (0..cols)
        .map(|c| {
            let line = cells(c).map(|s| s.chars().count()).max().unwrap_or(0);
            width(line, CHAR_WIDTH).max(min[c])
        })
        .collect();
    let scale = |w: &[u32], total: u32| -> Vec<u32> {
        let sum = u64::from(w.iter().sum::<u32>().max(1));
        w.iter().map(|&x| u32::try_from(u64::from(x) * u64::from(total) / sum).unwrap_or(0)).collect()
    };
    let min_sum: u32 = min.iter().sum();
    let natural_sum: u32 = natural.iter().sum();
    let mut widths = if natural_sum <= TEXT_WIDTH {
        scale(&natural, TEXT_WIDTH)
    } else if min_sum >= TEXT_WIDTH {
        scale(&min, TEXT_WIDTH)
    } else {
        let stretch: Vec<u32> = natural.iter().zip(&min).map(|(n, m)| n - m).collect();
        let extra = scale(&stretch, TEXT_WIDTH - min_sum);
        min.iter().zip(extra).map(|(m, e)| m + e).collect()
    };
    // Rounding leftovers go to the last column, so the table spans the text width.
    let used: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += TEXT_WIDTH.saturating_sub(used);
    }
    widths
}
