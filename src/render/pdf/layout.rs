//! Page layout in integer units (thousandths of a point): the `Document` becomes
//! lines of glyphs of the embedded faces, lines become units with keep-with-next rules, and units are
//! cut into A4 pages with a footer (and a signed contract's stamp) and, for drafts, a
//! mark at the top of each page.
//!
//! Nothing here writes PDF syntax; `writer` turns the finished pages into objects.

use super::encoding::{units_of, Glyph, Shaper, Used};
use super::fonts::{to_mp, Faces, Font};
use crate::agreement::signature::{GRID_H, GRID_W};
use crate::document::{Annex, Article, Block, Document, Drawn, Inline, PartyBlock, Signatures, Signer, Table};

/// A length in thousandths of a point (1 pt = 1/72 inch).
pub type Mp = i32;

const PT: Mp = 1000;
/// A4 width, rounded to whole points.
pub const PAGE_W: Mp = 595 * PT;
/// A4 height, rounded to whole points.
pub const PAGE_H: Mp = 842 * PT;
/// Left and right margins (about 22 mm).
const MARGIN_X: Mp = 62 * PT;
/// Top margin (about 21 mm).
const MARGIN_TOP: Mp = 60 * PT;
/// Bottom margin (about 25 mm); the footer sits inside it.
const MARGIN_BOTTOM: Mp = 70 * PT;
const CONTENT_W: Mp = PAGE_W - 2 * MARGIN_X;
const CONTENT_H: Mp = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM;
const FOOTER_BASELINE: Mp = PAGE_H - 36 * PT;
/// Baseline of a signed contract's stamp, under the footer.
const SIGNED_BASELINE: Mp = FOOTER_BASELINE + 11 * PT;

/// Space between paragraphs.
const PARA_GAP: Mp = 6 * PT;
/// Space between list items.
const ITEM_GAP: Mp = 3 * PT;
/// Space before an article heading.
const HEADING_GAP: Mp = 16 * PT;
/// Space between an article heading and its body (replaces the body's own gap).
const AFTER_HEADING: Mp = 4 * PT;
/// Space between an annex title and its body.
const AFTER_ANNEX_TITLE: Mp = 10 * PT;
/// Indent of a party's identity lines under its role.
const PARTY_INDENT: Mp = 12 * PT;
/// Indent of list markers.
const LIST_INDENT: Mp = 10 * PT;
/// Gap between a list marker and the item text.
const LIST_GAP: Mp = 6 * PT;
/// Horizontal and vertical padding inside table cells.
const CELL_PAD_X: Mp = 5 * PT;
const CELL_PAD_Y: Mp = 4 * PT;
/// Gap between signature columns and height of the signing box.
const SIG_GAP: Mp = 24 * PT;
const SIG_BOX_H: Mp = 72 * PT;
/// Padding between a drawn signature's frame and its strokes, and the pen's width.
const DRAWING_PAD: Mp = 6 * PT;
const PEN: Mp = 1200;
/// A hand-writing blank is this many "…".
const BLANK_DOTS: usize = 10;
/// Justification never stretches a space by more than this fraction of the font size.
const MAX_STRETCH_PER_MILLE: Mp = 500;
/// Baseline of the draft stamp, in the top margin.
const STAMP_BASELINE: Mp = 34 * PT;

/// Gray levels: 0 = black, 1000 = white.
pub type Gray = u16;

/// Size, line height and colour of a kind of text.
#[derive(Debug, Clone, Copy)]
struct Style {
    size: Mp,
    leading: Mp,
    gray: Gray,
}

const BODY: Style = Style { size: 10 * PT, leading: 14 * PT, gray: 0 };
const HEADING: Style = Style { size: 11 * PT, leading: 15 * PT, gray: 0 };
const TITLE: Style = Style { size: 20 * PT, leading: 25 * PT, gray: 0 };
const SUBTITLE: Style = Style { size: 12_500, leading: 17 * PT, gray: 250 };
const ANNEX_TITLE: Style = Style { size: 15 * PT, leading: 20 * PT, gray: 0 };
const TABLE: Style = Style { size: 9_500, leading: 13 * PT, gray: 0 };
const FOOTER: Style = Style { size: 8 * PT, leading: 10 * PT, gray: 400 };

/// A run of glyphs in one face.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub font: Font,
    pub glyphs: Vec<Glyph>,
}

/// What a structure element is (the roles of Tagged PDF the writer maps them to).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Document,
    Sect,
    Div,
    H1,
    H2,
    P,
    L,
    LI,
    Lbl,
    LBody,
    Table,
    TR,
    TH,
    TD,
    Figure,
}

/// A structure element: text items point to their element, elements to their parent.
/// Elements are numbered in reading order (a parent before its children).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub role: Role,
    pub parent: Option<u32>,
    /// Alternative text (a figure's).
    pub alt: Option<String>,
}

/// Something drawn on a page. Coordinates are from the page's top-left corner, with
/// y growing downwards; `writer` flips them into PDF space.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// One line of text: `y` is the baseline, `word_spacing` the extra width given to
    /// each U+0020 space (justification); `node` the structure element the line
    /// belongs to (`None`: an artifact, such as the footer or a repeated header).
    Text { x: Mp, y: Mp, size: Mp, gray: Gray, word_spacing: Mp, spans: Vec<Span>, node: Option<u32> },
    /// A horizontal rule centred on `y`.
    Rule { x: Mp, y: Mp, w: Mp, thickness: Mp, gray: Gray },
    /// A stroked rectangle whose top-left corner is (`x`, `y`).
    Frame { x: Mp, y: Mp, w: Mp, h: Mp, thickness: Mp, gray: Gray },
    /// A filled rectangle whose top-left corner is (`x`, `y`).
    Fill { x: Mp, y: Mp, w: Mp, h: Mp, gray: Gray },
    /// Open polylines stroked with round caps and joins (a one-point stroke is a
    /// dot): a drawn signature, the content of figure `node`.
    Strokes { strokes: Vec<Vec<(Mp, Mp)>>, thickness: Mp, gray: Gray, node: Option<u32> },
}

impl Item {
    fn shifted(mut self, dy: Mp, artifact: bool) -> Item {
        match &mut self {
            Item::Text { y, node, .. } => {
                *y += dy;
                if artifact {
                    *node = None;
                }
            }
            Item::Rule { y, .. } | Item::Frame { y, .. } | Item::Fill { y, .. } => *y += dy,
            Item::Strokes { strokes, node, .. } => {
                strokes.iter_mut().flatten().for_each(|(_, y)| *y += dy);
                if artifact {
                    *node = None;
                }
            }
        }
        self
    }
}

/// One finished page.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// Drawn in order: later items paint over earlier ones.
    pub items: Vec<Item>,
}

/// The laid-out document.
#[derive(Debug)]
pub struct Layout {
    pub pages: Vec<Page>,
    /// Per face (`Font::index`), what each CID stands for (CID n + 1 at index n).
    pub used: [Vec<Used>; 3],
    /// The structure elements, in reading order.
    pub nodes: Vec<Node>,
    /// Characters shown as "?", deduplicated, in order of first appearance.
    pub substituted: Vec<char>,
}

/// Lays `doc` out on A4 pages in `faces`.
pub fn layout(doc: &Document, faces: &Faces) -> Layout {
    let mut flow = Flow::new(faces);
    flow.document(doc);
    let placement = paginate(&flow.units);
    let footer = flow.shaper.glyphs(Font::Regular, &doc.meta.footer);
    let signed = doc.stamp.as_deref().map(|s| flow.shaper.glyphs(Font::Regular, s));
    let mark = doc.draft_mark.as_deref().map(|m| flow.shaper.glyphs(Font::Bold, m));
    let stamp = mark.filter(|m| !m.is_empty()).map(|m| draft_stamp(&m, &mut flow.shaper));
    let total = placement.len();
    let mut placed_once = vec![false; flow.units.len()];
    let mut pages = Vec::with_capacity(total);
    for (n, placed) in placement.iter().enumerate() {
        let mut items = Vec::new();
        if let Some(stamp) = &stamp {
            items.extend(stamp.iter().cloned());
        }
        for &(index, y) in placed {
            if let Some(unit) = flow.units.get(index) {
                let dy = MARGIN_TOP + y;
                // A table's header repeated on a later page is drawn again, but read once.
                let repeat = std::mem::replace(&mut placed_once[index], true);
                items.extend(unit.items.iter().cloned().map(|i| i.shifted(dy, repeat)));
            }
        }
        items.extend(page_footer(&footer, n + 1, total, &mut flow.shaper));
        if let Some(signed) = signed.as_deref().filter(|s| !s.is_empty()) {
            let glyphs = fit(signed, Font::Regular, FOOTER.size, CONTENT_W, &mut flow.shaper);
            items.push(footer_text(MARGIN_X, SIGNED_BASELINE, glyphs));
        }
        pages.push(Page { items });
    }
    let (used, substituted) = flow.shaper.finish();
    Layout { pages, used, nodes: flow.nodes, substituted }
}

// ---------------------------------------------------------------------------------
// Line breaking

/// Text ready for line breaking: glyphs, break opportunities (U+0020) and newlines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Piece {
    Glyph(Font, Glyph),
    Space(Font, Glyph),
    Newline,
}

/// One broken line of glyphs.
#[derive(Debug, Default, Clone)]
struct Line {
    glyphs: Vec<(Font, Glyph)>,
    /// Natural width in 1/1000 em.
    units: i64,
    /// Number of U+0020 spaces (the ones justification stretches).
    spaces: i32,
    /// Whether the line may be justified (false for the last line of a paragraph, a
    /// line ended by a newline or a hard-broken word).
    justify: bool,
}

impl Line {
    fn push(&mut self, font: Font, glyph: Glyph) {
        self.units += i64::from(glyph.units);
        if glyph.space {
            self.spaces += 1;
        }
        self.glyphs.push((font, glyph));
    }

    fn is_empty(&self) -> bool {
        self.glyphs.is_empty()
    }

    /// The glyphs grouped into runs of one font.
    fn spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        for &(font, glyph) in &self.glyphs {
            match spans.last_mut() {
                Some(span) if span.font == font => span.glyphs.push(glyph),
                _ => spans.push(Span { font, glyphs: vec![glyph] }),
            }
        }
        spans
    }
}

/// The widest line, in 1/1000 em, that fits `width` at `size`.
fn max_units(width: Mp, size: Mp) -> i64 {
    i64::from(width.max(0)) * 1000 / i64::from(size.max(1))
}

/// Greedy line breaking: lines break only at spaces and newlines; a word wider than
/// the line is cut at the margin (at least one glyph per line, so this always ends).
/// Runs of spaces collapse, and spaces at line ends disappear.
fn break_lines(pieces: &[Piece], max: i64) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut line = Line::default();
    let mut space: Option<(Font, Glyph)> = None;
    let mut i = 0;
    while let Some(&piece) = pieces.get(i) {
        match piece {
            Piece::Newline => {
                lines.push(std::mem::take(&mut line));
                space = None;
                i += 1;
            }
            Piece::Space(font, glyph) => {
                if !line.is_empty() && space.is_none() {
                    space = Some((font, glyph));
                }
                i += 1;
            }
            Piece::Glyph(..) => {
                let start = i;
                let mut word_units = 0;
                while let Some(Piece::Glyph(_, glyph)) = pieces.get(i) {
                    word_units += i64::from(glyph.units);
                    i += 1;
                }
                let space_units = space.map_or(0, |(_, g)| i64::from(g.units));
                if !line.is_empty() && line.units + space_units + word_units > max {
                    line.justify = true;
                    lines.push(std::mem::take(&mut line));
                    space = None;
                }
                if let Some((font, glyph)) = space.take() {
                    line.push(font, glyph);
                }
                for piece in &pieces[start..i] {
                    if let Piece::Glyph(font, glyph) = *piece {
                        if !line.is_empty() && line.units + i64::from(glyph.units) > max {
                            lines.push(std::mem::take(&mut line));
                        }
                        line.push(font, glyph);
                    }
                }
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Width in thousandths of a point of the widest line of `pieces` set unbroken.
fn natural_width(pieces: &[Piece], size: Mp) -> Mp {
    let mut widest = 0;
    let mut current = 0;
    for piece in pieces {
        match *piece {
            Piece::Glyph(_, glyph) | Piece::Space(_, glyph) => current += i64::from(glyph.units),
            Piece::Newline => current = 0,
        }
        widest = widest.max(current);
    }
    to_mp(widest, size)
}

// ---------------------------------------------------------------------------------
// Units: the pieces pages are cut from

/// What a unit is, for pagination rules and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Title,
    Heading,
    Text,
    TableRow,
    Signature,
    Rule,
}

/// A horizontal slice of content that never splits across pages.
#[derive(Debug, Clone)]
struct Unit {
    kind: Kind,
    /// Space above, dropped at the top of a page.
    space_before: Mp,
    height: Mp,
    /// The page may not break between this unit and the next.
    keep_with_next: bool,
    /// This unit starts a new page.
    page_break_before: bool,
    /// For a table row: its table's header units (first index, count), repeated at
    /// the top of a page the table continues on.
    repeat_header: Option<(usize, usize)>,
    /// Items with y relative to the unit's top.
    items: Vec<Item>,
}

impl Unit {
    fn new(kind: Kind, height: Mp, items: Vec<Item>) -> Unit {
        Unit {
            kind,
            space_before: 0,
            height,
            keep_with_next: false,
            page_break_before: false,
            repeat_header: None,
            items,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    Left,
    Justify,
    Center,
    Right,
}

/// Baseline of a line of `style`, from the top of its line box (cap height centred).
fn baseline(style: Style) -> Mp {
    (style.leading + style.size * 718 / 1000) / 2
}

/// One text item for `line`, placed in a box `width` wide starting at `x`.
fn text_item(line: &Line, style: Style, x: Mp, y: Mp, width: Mp, align: Align, node: u32) -> Item {
    let natural = to_mp(line.units, style.size);
    let free = width - natural;
    let (dx, word_spacing) = match align {
        Align::Left => (0, 0),
        Align::Center => ((free / 2).max(0), 0),
        Align::Right => (free.max(0), 0),
        Align::Justify if line.justify && line.spaces > 0 && free > 0 => {
            let stretch = free / line.spaces;
            if stretch <= style.size * MAX_STRETCH_PER_MILLE / 1000 {
                (0, stretch)
            } else {
                (0, 0)
            }
        }
        Align::Justify => (0, 0),
    };
    Item::Text { x: x + dx, y, size: style.size, gray: style.gray, word_spacing, spans: line.spans(), node: Some(node) }
}

/// One unit per line.
fn line_units(lines: &[Line], style: Style, x: Mp, width: Mp, align: Align, kind: Kind, node: u32) -> Vec<Unit> {
    lines
        .iter()
        .map(|line| {
            Unit::new(kind, style.leading, vec![text_item(line, style, x, baseline(style), width, align, node)])
        })
        .collect()
}

/// Orphan and widow control: the first two and the last two lines stay together.
fn keep_lines_together(units: &mut [Unit]) {
    let n = units.len();
    if n >= 2 {
        units[0].keep_with_next = true;
        units[n - 2].keep_with_next = true;
    }
}

/// Builds the flow of units (and the structure elements) from the document tree.
struct Flow<'f, 'a> {
    units: Vec<Unit>,
    shaper: Shaper<'f, 'a>,
    nodes: Vec<Node>,
    /// The element blocks are added to: the document, or an article's section.
    container: u32,
    /// How many more units must stay with the last heading.
    keep_pending: u8,
    /// Space between the last heading and the first unit of its body.
    after_heading: Mp,
}

impl<'f, 'a> Flow<'f, 'a> {
    fn new(faces: &'f Faces<'a>) -> Self {
        Flow {
            units: Vec::new(),
            shaper: Shaper::new(faces),
            nodes: vec![Node { role: Role::Document, parent: None, alt: None }],
            container: 0,
            keep_pending: 0,
            after_heading: 0,
        }
    }

    /// A new structure element under `parent`.
    fn node(&mut self, role: Role, parent: u32) -> u32 {
        self.nodes.push(Node { role, parent: Some(parent), alt: None });
        (self.nodes.len() - 1) as u32
    }

    fn push(&mut self, mut unit: Unit) {
        if unit.kind != Kind::Heading {
            if self.units.last().is_some_and(|u| u.kind == Kind::Heading) {
                unit.space_before = self.after_heading;
            }
            if self.keep_pending > 0 {
                self.keep_pending -= 1;
                if self.keep_pending > 0 {
                    unit.keep_with_next = true;
                }
            }
        }
        self.units.push(unit);
    }

    fn push_all(&mut self, units: Vec<Unit>, space_before: Mp) {
        for (i, mut unit) in units.into_iter().enumerate() {
            if i == 0 {
                unit.space_before = space_before;
            }
            self.push(unit);
        }
    }

    /// Appends `s` in `font` to `out` as glyphs of the embedded faces.
    fn text_pieces(&mut self, s: &str, font: Font, out: &mut Vec<Piece>) {
        for c in s.chars() {
            match c {
                '\n' | '\u{2028}' | '\u{2029}' => out.push(Piece::Newline),
                ' ' | '\t' => {
                    if let Some(glyph) = self.shaper.glyph(font, ' ') {
                        out.push(Piece::Space(font, glyph));
                    }
                }
                _ => {
                    if let Some(glyph) = self.shaper.glyph(font, c) {
                        out.push(Piece::Glyph(font, glyph));
                    }
                }
            }
        }
    }

    fn pieces(&mut self, s: &str, font: Font) -> Vec<Piece> {
        let mut out = Vec::new();
        self.text_pieces(s, font, &mut out);
        out
    }

    fn inline_pieces(&mut self, inlines: &[Inline], base: Font) -> Vec<Piece> {
        let mut out = Vec::new();
        for inline in inlines {
            match inline {
                Inline::Text(s) => self.text_pieces(s, base, &mut out),
                Inline::Strong(s) => self.text_pieces(s, Font::Bold, &mut out),
                Inline::Em(s) => self.text_pieces(s, Font::Italic, &mut out),
                Inline::Blank => {
                    if let Some(dots) = self.shaper.glyph(base, '…') {
                        out.extend(std::iter::repeat_n(Piece::Glyph(base, dots), BLANK_DOTS));
                    }
                }
            }
        }
        out
    }

    fn document(&mut self, doc: &Document) {
        self.title(doc);
        self.blocks(&doc.blocks);
        for annex in &doc.annexes {
            self.annex(annex);
        }
    }

    fn title(&mut self, doc: &Document) {
        let node = self.node(Role::H1, 0);
        let pieces = self.pieces(&doc.title, Font::Bold);
        let lines = break_lines(&pieces, max_units(CONTENT_W, TITLE.size));
        let mut units = line_units(&lines, TITLE, MARGIN_X, CONTENT_W, Align::Center, Kind::Title, node);
        let pieces = self.pieces(&doc.subtitle, Font::Regular);
        if pieces.iter().any(|p| matches!(p, Piece::Glyph(..))) {
            let node = self.node(Role::P, 0);
            let lines = break_lines(&pieces, max_units(CONTENT_W, SUBTITLE.size));
            let mut sub = line_units(&lines, SUBTITLE, MARGIN_X, CONTENT_W, Align::Center, Kind::Title, node);
            if let Some(first) = sub.first_mut() {
                first.space_before = 4 * PT;
            }
            units.extend(sub);
        }
        for unit in &mut units {
            unit.keep_with_next = true;
        }
        let rule_w = 80 * PT;
        let mut rule = Unit::new(
            Kind::Rule,
            10 * PT,
            vec![Item::Rule { x: MARGIN_X + (CONTENT_W - rule_w) / 2, y: 0, w: rule_w, thickness: 800, gray: 500 }],
        );
        rule.space_before = 10 * PT;
        units.push(rule);
        self.push_all(units, 0);
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for block in blocks {
            match block {
                Block::Article(a) => self.article(a),
                Block::Parties(parties) => self.parties(parties),
                Block::Paragraph(inlines) => self.paragraph(inlines),
                Block::List { ordered, items } => self.list(*ordered, items),
                Block::Table(t) => self.table(t),
                Block::Signatures(s) => self.signatures(s),
                Block::Drawings(drawings) => self.drawings(drawings),
            }
        }
    }

    /// A heading kept with the first two units of what follows.
    fn heading(&mut self, text: &str, style: Style, align: Align, space: (Mp, Mp), new_page: bool) {
        let (space_before, space_after) = space;
        // A previous heading whose body was shorter than two lines is kept with all of
        // it, not with this heading too (that would chain the whole document).
        if self.keep_pending > 0 {
            if let Some(last) = self.units.last_mut().filter(|u| u.kind != Kind::Heading) {
                last.keep_with_next = false;
            }
            self.keep_pending = 0;
        }
        let node = self.node(Role::H2, self.container);
        let pieces = self.pieces(text, Font::Bold);
        let lines = break_lines(&pieces, max_units(CONTENT_W, style.size));
        let mut units = line_units(&lines, style, MARGIN_X, CONTENT_W, align, Kind::Heading, node);
        for unit in &mut units {
            unit.keep_with_next = true;
        }
        if let Some(first) = units.first_mut() {
            first.page_break_before = new_page;
        }
        self.push_all(units, space_before);
        self.keep_pending = 2;
        self.after_heading = space_after;
    }

    /// A section (`Sect`) holding a heading and `body`.
    fn section(&mut self, heading: &str, style: Style, align: Align, space: (Mp, Mp), new_page: bool, body: &[Block]) {
        let outer = self.container;
        self.container = self.node(Role::Sect, outer);
        self.heading(heading, style, align, space, new_page);
        self.blocks(body);
        self.container = outer;
    }

    fn article(&mut self, article: &Article) {
        let text = if article.title.trim().is_empty() {
            format!("Article {}", article.number)
        } else {
            format!("Article {} – {}", article.number, article.title)
        };
        self.section(&text, HEADING, Align::Left, (HEADING_GAP, AFTER_HEADING), false, &article.body);
    }

    fn annex(&mut self, annex: &Annex) {
        self.section(&annex.title, ANNEX_TITLE, Align::Center, (0, AFTER_ANNEX_TITLE), true, &annex.body);
    }

    fn paragraph(&mut self, inlines: &[Inline]) {
        let pieces = self.inline_pieces(inlines, Font::Regular);
        if !pieces.iter().any(|p| matches!(p, Piece::Glyph(..))) {
            return;
        }
        let node = self.node(Role::P, self.container);
        let lines = break_lines(&pieces, max_units(CONTENT_W, BODY.size));
        let mut units = line_units(&lines, BODY, MARGIN_X, CONTENT_W, Align::Justify, Kind::Text, node);
        keep_lines_together(&mut units);
        self.push_all(units, PARA_GAP);
    }

    fn parties(&mut self, parties: &[PartyBlock]) {
        for (i, party) in parties.iter().enumerate() {
            let div = self.node(Role::Div, self.container);
            let node = self.node(Role::P, div);
            let pieces = self.pieces(&party.role, Font::Bold);
            let lines = break_lines(&pieces, max_units(CONTENT_W, BODY.size));
            let mut units = line_units(&lines, BODY, MARGIN_X, CONTENT_W, Align::Left, Kind::Text, node);
            let width = CONTENT_W - PARTY_INDENT;
            for line in &party.lines {
                let node = self.node(Role::P, div);
                let pieces = self.inline_pieces(line, Font::Regular);
                let lines = break_lines(&pieces, max_units(width, BODY.size));
                let x = MARGIN_X + PARTY_INDENT;
                units.extend(line_units(&lines, BODY, x, width, Align::Left, Kind::Text, node));
            }
            let last = units.len().saturating_sub(1);
            for unit in &mut units[..last] {
                unit.keep_with_next = true;
            }
            self.push_all(units, if i == 0 { PARA_GAP } else { 12 * PT });
        }
    }

    fn list(&mut self, ordered: bool, items: &[Vec<Inline>]) {
        let markers: Vec<Vec<Glyph>> = (1..=items.len())
            .map(|n| {
                if ordered {
                    self.shaper.glyphs(Font::Regular, &format!("{n}."))
                } else {
                    self.shaper.glyphs(Font::Regular, "•")
                }
            })
            .collect();
        let marker_w = markers.iter().map(|m| to_mp(units_of(m), BODY.size)).max().unwrap_or(0);
        let text_x = MARGIN_X + LIST_INDENT + marker_w + LIST_GAP;
        let width = CONTENT_W - (text_x - MARGIN_X);
        let list = self.node(Role::L, self.container);
        for (i, (item, marker)) in items.iter().zip(markers).enumerate() {
            let li = self.node(Role::LI, list);
            let label = self.node(Role::Lbl, li);
            let body = self.node(Role::LBody, li);
            let pieces = self.inline_pieces(item, Font::Regular);
            let lines = break_lines(&pieces, max_units(width, BODY.size));
            let mut units = line_units(&lines, BODY, text_x, width, Align::Justify, Kind::Text, body);
            if let Some(first) = units.first_mut() {
                let w = to_mp(units_of(&marker), BODY.size);
                // The label is read before the item's text.
                first.items.insert(
                    0,
                    Item::Text {
                        x: text_x - LIST_GAP - w,
                        y: baseline(BODY),
                        size: BODY.size,
                        gray: BODY.gray,
                        word_spacing: 0,
                        spans: vec![Span { font: Font::Regular, glyphs: marker }],
                        node: Some(label),
                    },
                );
            }
            keep_lines_together(&mut units);
            self.push_all(units, if i == 0 { PARA_GAP } else { ITEM_GAP });
        }
    }

    fn table(&mut self, table: &Table) {
        let ncols = table.rows.iter().map(Vec::len).chain([table.header.len()]).max().unwrap_or(0);
        if ncols == 0 {
            return;
        }
        let has_header = table.header.iter().any(|h| !h.trim().is_empty());
        let mut rows: Vec<(bool, Vec<Vec<Piece>>)> = Vec::new();
        if has_header {
            let cells =
                (0..ncols).map(|c| self.pieces(table.header.get(c).map_or("", String::as_str), Font::Bold)).collect();
            rows.push((true, cells));
        }
        for row in &table.rows {
            let cells = (0..ncols).map(|c| self.pieces(row.get(c).map_or("", String::as_str), Font::Regular)).collect();
            rows.push((false, cells));
        }
        let mut natural = vec![0; ncols];
        for (_, cells) in &rows {
            for (c, cell) in cells.iter().enumerate() {
                natural[c] = natural[c].max(natural_width(cell, TABLE.size) + 2 * CELL_PAD_X);
            }
        }
        let widths = column_widths(&natural, CONTENT_W);
        let row_count = rows.len();
        let header_start = self.units.len();
        let mut header = None;
        let table_node = self.node(Role::Table, self.container);
        for (r, (is_header, cells)) in rows.iter().enumerate() {
            let row_node = self.node(Role::TR, table_node);
            let cell_role = if *is_header { Role::TH } else { Role::TD };
            let cell_nodes: Vec<u32> = (0..cells.len()).map(|_| self.node(cell_role, row_node)).collect();
            let cell_lines: Vec<Vec<Line>> = cells
                .iter()
                .zip(&widths)
                .map(|(cell, w)| break_lines(cell, max_units(w - 2 * CELL_PAD_X, TABLE.size)))
                .collect();
            let n = cell_lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
            let mut units = Vec::new();
            for k in 0..n {
                let top = if k == 0 { CELL_PAD_Y } else { 0 };
                let bottom = if k + 1 == n { CELL_PAD_Y } else { 0 };
                let height = TABLE.leading + top + bottom;
                let mut items = Vec::new();
                if *is_header {
                    items.push(Item::Fill { x: MARGIN_X, y: 0, w: CONTENT_W, h: height, gray: 920 });
                }
                if k == 0 && r == 0 {
                    items.push(Item::Rule { x: MARGIN_X, y: 0, w: CONTENT_W, thickness: 900, gray: 0 });
                }
                let mut x = MARGIN_X;
                for (c, (lines, w)) in cell_lines.iter().zip(&widths).enumerate() {
                    if let Some(line) = lines.get(k) {
                        let align = if table.right_aligned.contains(&c) { Align::Right } else { Align::Left };
                        let y = top + baseline(TABLE);
                        let node = cell_nodes[c];
                        items.push(text_item(line, TABLE, x + CELL_PAD_X, y, w - 2 * CELL_PAD_X, align, node));
                    }
                    x += w;
                }
                if k + 1 == n {
                    let (thickness, gray) = if *is_header || r + 1 == row_count { (900, 0) } else { (300, 650) };
                    items.push(Item::Rule { x: MARGIN_X, y: height, w: CONTENT_W, thickness, gray });
                }
                let mut unit = Unit::new(Kind::TableRow, height, items);
                unit.keep_with_next = k + 1 < n || *is_header;
                unit.repeat_header = header;
                units.push(unit);
            }
            self.push_all(units, if r == 0 { PARA_GAP + 2 * PT } else { 0 });
            if *is_header {
                header = Some((header_start, self.units.len() - header_start));
            }
        }
    }

    /// "Fait à …" then one column per signer (role, name, capacity, mention, each
    /// field on the same rows across columns) and a box to sign in. The block never
    /// starts a page alone: the last lines of text before it come along. Drawn row by
    /// row, read signer by signer (one `Div` each).
    fn signatures(&mut self, signatures: &Signatures) {
        if let Some(last) = self.units.last_mut() {
            last.keep_with_next = true;
        }
        let block = self.node(Role::Div, self.container);
        let pieces = self.pieces(&signatures.place_and_date, Font::Regular);
        if pieces.iter().any(|p| matches!(p, Piece::Glyph(..))) {
            let node = self.node(Role::P, block);
            let lines = break_lines(&pieces, max_units(CONTENT_W, BODY.size));
            let mut units = line_units(&lines, BODY, MARGIN_X, CONTENT_W, Align::Left, Kind::Signature, node);
            for unit in &mut units {
                unit.keep_with_next = true;
            }
            self.push_all(units, 18 * PT);
        }
        let n = signatures.parties.len() as Mp;
        if n == 0 {
            return;
        }
        let col_w = ((CONTENT_W - SIG_GAP * (n - 1)) / n).max(PT);
        let col_x = |c: usize| MARGIN_X + c as Mp * (col_w + SIG_GAP);
        let fields: [(SignerField, Font, Gray); 4] = [
            (|s| &s.role, Font::Bold, 0),
            (|s| &s.name, Font::Regular, 0),
            (|s| &s.capacity, Font::Regular, 250),
            (|s| &s.mention, Font::Italic, 350),
        ];
        // One Div per signer, with one P per field, in reading order.
        let mut field_nodes = Vec::new();
        for _ in &signatures.parties {
            let div = self.node(Role::Div, block);
            let nodes: Vec<u32> = fields.iter().map(|_| self.node(Role::P, div)).collect();
            field_nodes.push(nodes);
        }
        let mut units = Vec::new();
        for (f, (field, font, gray)) in fields.into_iter().enumerate() {
            let columns: Vec<Vec<Line>> = signatures
                .parties
                .iter()
                .map(|signer| {
                    let pieces = self.pieces(field(signer), font);
                    if pieces.iter().any(|p| matches!(p, Piece::Glyph(..))) {
                        break_lines(&pieces, max_units(col_w, BODY.size))
                    } else {
                        Vec::new()
                    }
                })
                .collect();
            let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
            let style = Style { gray, ..BODY };
            for k in 0..rows {
                let items = columns
                    .iter()
                    .enumerate()
                    .filter_map(|(c, lines)| {
                        let line = lines.get(k)?;
                        let node = field_nodes[c][f];
                        Some(text_item(line, style, col_x(c), baseline(BODY), col_w, Align::Left, node))
                    })
                    .collect();
                let mut unit = Unit::new(Kind::Signature, BODY.leading, items);
                unit.keep_with_next = true;
                units.push(unit);
            }
        }
        let boxes = (0..signatures.parties.len())
            .map(|c| Item::Frame { x: col_x(c), y: 6 * PT, w: col_w, h: SIG_BOX_H, thickness: 500, gray: 550 })
            .collect();
        units.push(Unit::new(Kind::Signature, SIG_BOX_H + 6 * PT, boxes));
        self.push_all(units, 12 * PT);
    }

    /// Drawn signatures, two to a row like the signing boxes: each its caption, then its
    /// strokes in a frame of the grid's proportions. Read drawing by drawing (a `Div`
    /// each: the caption `P`, then a `Figure` whose alternative text is the caption).
    fn drawings(&mut self, drawings: &[Drawn]) {
        let block = self.node(Role::Div, self.container);
        let col_w = (CONTENT_W - SIG_GAP) / 2;
        let col_x = |c: usize| MARGIN_X + c as Mp * (col_w + SIG_GAP);
        let inner_w = col_w - 2 * DRAWING_PAD;
        // A grid coordinate from the frame's inner corner, on one scale across and down.
        let at = |v: u16| (i64::from(v) * i64::from(inner_w) / i64::from(GRID_W - 1)) as Mp;
        let inner_h = at(GRID_H - 1);
        let frame_h = inner_h + 2 * DRAWING_PAD;
        for (row, pair) in drawings.chunks(2).enumerate() {
            let nodes: Vec<(u32, u32)> = pair
                .iter()
                .map(|d| {
                    let div = self.node(Role::Div, block);
                    let caption = self.node(Role::P, div);
                    let figure = self.node(Role::Figure, div);
                    self.nodes[figure as usize].alt = Some(d.caption.clone());
                    (caption, figure)
                })
                .collect();
            let columns: Vec<Vec<Line>> = pair
                .iter()
                .map(|d| {
                    let pieces = self.pieces(&d.caption, Font::Italic);
                    break_lines(&pieces, max_units(col_w, BODY.size))
                })
                .collect();
            let style = Style { gray: 250, ..BODY };
            let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
            let mut units = Vec::new();
            for k in 0..rows {
                let items = columns
                    .iter()
                    .enumerate()
                    .filter_map(|(c, lines)| {
                        let line = lines.get(k)?;
                        Some(text_item(line, style, col_x(c), baseline(BODY), col_w, Align::Left, nodes[c].0))
                    })
                    .collect();
                let mut unit = Unit::new(Kind::Signature, BODY.leading, items);
                unit.keep_with_next = true;
                units.push(unit);
            }
            let mut items = Vec::new();
            for (c, d) in pair.iter().enumerate() {
                let (x, y) = (col_x(c), 4 * PT);
                items.push(Item::Frame { x, y, w: col_w, h: frame_h, thickness: 500, gray: 550 });
                let strokes = d
                    .drawing
                    .strokes
                    .iter()
                    .map(|s| {
                        s.iter()
                            .map(|&(gx, gy)| (x + DRAWING_PAD + at(gx.into()), y + DRAWING_PAD + at(gy.into())))
                            .collect()
                    })
                    .collect();
                items.push(Item::Strokes { strokes, thickness: PEN, gray: 100, node: Some(nodes[c].1) });
            }
            units.push(Unit::new(Kind::Signature, frame_h + 4 * PT, items));
            self.push_all(units, if row == 0 { 14 * PT } else { 10 * PT });
        }
    }
}

/// Reads one field of a signer.
type SignerField = fn(&Signer) -> &str;

/// Column widths filling `total`: natural widths grown in proportion when they fit,
/// otherwise narrow columns keep their natural width and wide ones share the rest.
fn column_widths(natural: &[Mp], total: Mp) -> Vec<Mp> {
    let n = natural.len();
    let sum: i64 = natural.iter().map(|&w| i64::from(w)).sum();
    if n == 0 {
        return Vec::new();
    }
    let mut widths = vec![0; n];
    if sum > 0 && sum <= i64::from(total) {
        let extra = i64::from(total) - sum;
        for (w, &nat) in widths.iter_mut().zip(natural) {
            *w = nat + (extra * i64::from(nat) / sum) as Mp;
        }
    } else {
        // Water-filling: a column narrower than an equal share of what is left keeps
        // its natural width; the others share the rest equally.
        let mut open = vec![true; n];
        let mut remaining = total;
        loop {
            let count = open.iter().filter(|&&o| o).count() as Mp;
            if count == 0 {
                break;
            }
            let share = remaining / count;
            let mut fixed_any = false;
            for i in 0..n {
                if open[i] && natural[i] <= share && sum > 0 {
                    widths[i] = natural[i];
                    remaining -= natural[i];
                    open[i] = false;
                    fixed_any = true;
                }
            }
            if !fixed_any {
                for i in 0..n {
                    if open[i] {
                        widths[i] = share;
                    }
                }
                break;
            }
        }
    }
    // Rounding leftovers go to the last column so the table spans the full width.
    let used: Mp = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += total - used;
    }
    widths
}

// ---------------------------------------------------------------------------------
// Pagination

/// Cuts units into pages: returns, per page, each unit's index and top (from the top
/// of the content area). A chain of units linked by keep-with-next moves to a new page
/// as a whole when it does not fit but would fit on an empty page; a longer chain is
/// broken where it must, but never right after a heading. A table continued on a new
/// page gets its header rows again.
fn paginate(units: &[Unit]) -> Vec<Vec<(usize, Mp)>> {
    let mut pages: Vec<Vec<(usize, Mp)>> = vec![Vec::new()];
    let mut y: Mp = 0;
    let mut i = 0;
    while i < units.len() {
        let mut end = i;
        while end + 1 < units.len() && units[end].keep_with_next && !units[end + 1].page_break_before {
            end += 1;
        }
        let page_empty = pages.last().is_none_or(Vec::is_empty);
        if !page_empty {
            let at_top: Mp =
                units[i..=end].iter().map(|u| u.height + u.space_before).sum::<Mp>() - units[i].space_before;
            let here = at_top + units[i].space_before;
            if units[i].page_break_before || (y + here > CONTENT_H && at_top <= CONTENT_H) {
                y = new_page(&mut pages, units, i);
            }
        }
        for k in i..=end {
            let unit = &units[k];
            let page_empty = pages.last().is_none_or(Vec::is_empty);
            let mut space = if page_empty { 0 } else { unit.space_before };
            let next = units.get(k + 1).filter(|_| unit.kind == Kind::Heading && unit.keep_with_next);
            let next_need = next.map_or(0, |n| n.space_before + n.height);
            if !page_empty && y + space + unit.height + next_need > CONTENT_H {
                y = new_page(&mut pages, units, k);
                space = 0;
            }
            if let Some(page) = pages.last_mut() {
                page.push((k, y + space));
            }
            y += space + unit.height;
        }
        i = end + 1;
    }
    pages
}

/// Starts a page that `units[next]` will open, with its table's header rows first if
/// it is a table row; returns the height used.
fn new_page(pages: &mut Vec<Vec<(usize, Mp)>>, units: &[Unit], next: usize) -> Mp {
    let mut page = Vec::new();
    let mut y = 0;
    if let Some((start, count)) = units.get(next).and_then(|u| u.repeat_header) {
        for index in start..start + count {
            if let Some(header) = units.get(index) {
                page.push((index, y));
                y += header.height;
            }
        }
    }
    pages.push(page);
    y
}

// ---------------------------------------------------------------------------------
// Page furniture

/// "X / Y" on the right, the footer label on the left (cut with "…" if too long),
/// and a hairline above. All of it is an artifact (pagination), not content.
fn page_footer(label: &[Glyph], page: usize, total: usize, shaper: &mut Shaper) -> Vec<Item> {
    let number = shaper.glyphs(Font::Regular, &format!("{page} / {total}"));
    let number_w = to_mp(units_of(&number), FOOTER.size);
    let mut items =
        vec![Item::Rule { x: MARGIN_X, y: FOOTER_BASELINE - 11 * PT, w: CONTENT_W, thickness: 300, gray: 700 }];
    let glyphs = fit(label, Font::Regular, FOOTER.size, CONTENT_W - number_w - 16 * PT, shaper);
    if !glyphs.is_empty() {
        items.push(footer_text(MARGIN_X, FOOTER_BASELINE, glyphs));
    }
    items.push(footer_text(MARGIN_X + CONTENT_W - number_w, FOOTER_BASELINE, number));
    items
}

/// `glyphs`, cut and ended with "…" if wider than `max`.
fn fit(glyphs: &[Glyph], font: Font, size: Mp, max: Mp, shaper: &mut Shaper) -> Vec<Glyph> {
    if to_mp(units_of(glyphs), size) <= max {
        return glyphs.to_vec();
    }
    let ellipsis = shaper.glyph(font, '…');
    let room = max_units(max, size) - ellipsis.map_or(0, |g| i64::from(g.units));
    let mut used = 0;
    let mut out: Vec<Glyph> = glyphs
        .iter()
        .copied()
        .take_while(|g| {
            used += i64::from(g.units);
            used <= room
        })
        .collect();
    let blank = shaper.glyph(font, '\u{a0}').map(|g| g.cid);
    while out.last().is_some_and(|g| g.space || Some(g.cid) == blank) {
        out.pop();
    }
    out.extend(ellipsis);
    out
}

fn footer_text(x: Mp, y: Mp, glyphs: Vec<Glyph>) -> Item {
    Item::Text {
        x,
        y,
        size: FOOTER.size,
        gray: FOOTER.gray,
        word_spacing: 0,
        spans: vec![Span { font: Font::Regular, glyphs }],
        node: None,
    }
}

const STAMP: Style = Style { size: 11 * PT, leading: 11 * PT, gray: 450 };

/// The draft mark, centred in the top margin: grey bold capitals in a grey frame
/// (kept horizontal so that text extraction stays clean). Cut to the page width. An
/// artifact, repeated on every page.
fn draft_stamp(mark: &[Glyph], shaper: &mut Shaper) -> Vec<Item> {
    let pad_x = 10 * PT;
    let glyphs = fit(mark, Font::Bold, STAMP.size, CONTENT_W - 2 * pad_x, shaper);
    let w = to_mp(units_of(&glyphs), STAMP.size);
    let x = MARGIN_X + (CONTENT_W - w) / 2;
    let cap = STAMP.size * 718 / 1000;
    let pad_y = 5 * PT;
    vec![
        Item::Frame {
            x: x - pad_x,
            y: STAMP_BASELINE - cap - pad_y,
            w: w + 2 * pad_x,
            h: cap + 2 * pad_y,
            thickness: 1000,
            gray: 550,
        },
        Item::Text {
            x,
            y: STAMP_BASELINE,
            size: STAMP.size,
            gray: STAMP.gray,
            word_spacing: 0,
            spans: vec![Span { font: Font::Bold, glyphs }],
            node: None,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::super::fonts::FontFiles;
    use super::*;
    use crate::document::{Meta, Section};
    use crate::model::Lang;

    fn faces() -> Faces<'static> {
        Faces::parse(&FontFiles::bundled()).expect("fonts")
    }

    /// Pieces of `s` in the regular face; the CID of a letter is its position in "abc…".
    fn glyphs(s: &str) -> Vec<Piece> {
        let faces = faces();
        let mut shaper = Shaper::new(&faces);
        shaper.glyphs(Font::Regular, "abcdefghijklmnopqrstuvwxyz");
        s.chars()
            .map(|c| match c {
                ' ' => Piece::Space(Font::Regular, shaper.glyph(Font::Regular, ' ').expect("space")),
                '\n' => Piece::Newline,
                _ => Piece::Glyph(Font::Regular, shaper.glyph(Font::Regular, c).expect("glyph")),
            })
            .collect()
    }

    fn text(line: &Line) -> String {
        line.glyphs.iter().map(|&(_, g)| if g.space { ' ' } else { char::from(b'a' - 1 + g.cid as u8) }).collect()
    }

    #[test]
    fn breaks_only_at_spaces_and_collapses_them() {
        // "aaaa" is 2224 units; a line of 5000 fits two words and a space.
        let lines = break_lines(&glyphs("aaaa  aaaa aaaa\naa"), 5000);
        let texts: Vec<String> = lines.iter().map(text).collect();
        assert_eq!(texts, ["aaaa aaaa", "aaaa", "aa"]);
        assert!(lines[0].justify && !lines[1].justify && !lines[2].justify);
    }

    #[test]
    fn no_break_space_holds() {
        let mut pieces = glyphs("aaaa aaaa");
        let faces = faces();
        pieces[4] = Piece::Glyph(Font::Regular, Shaper::new(&faces).glyph(Font::Regular, '\u{a0}').expect("nbsp"));
        assert_eq!(break_lines(&pieces, 5000).len(), 1);
        let lines = break_lines(&pieces, 4000);
        assert_eq!(lines.len(), 2, "a no-break space is not a break: the word is cut at the margin");
        assert!(lines.iter().all(|l| l.units <= 5000));
    }

    #[test]
    fn long_word_is_cut_at_the_margin() {
        let word = "a".repeat(10_000);
        let lines = break_lines(&glyphs(&word), max_units(CONTENT_W, BODY.size));
        assert!(lines.len() > 50);
        assert!(lines.iter().all(|l| to_mp(l.units, BODY.size) <= CONTENT_W));
        assert_eq!(lines.iter().map(|l| l.glyphs.len()).sum::<usize>(), 10_000);
        // Even an impossible width makes progress.
        assert_eq!(break_lines(&glyphs("abc"), 0).len(), 3);
    }

    #[test]
    fn fit_cuts_with_an_ellipsis() {
        let faces = faces();
        let mut shaper = Shaper::new(&faces);
        let short = shaper.glyphs(Font::Regular, "short");
        assert_eq!(fit(&short, Font::Regular, 8 * PT, 100 * PT, &mut shaper), short);
        let long = shaper.glyphs(Font::Regular, &"a".repeat(400));
        let cut = fit(&long, Font::Regular, 8 * PT, 100 * PT, &mut shaper);
        let ellipsis = shaper.glyph(Font::Regular, '…');
        assert_eq!(cut.last().copied(), ellipsis);
        assert!(to_mp(units_of(&cut), 8 * PT) <= 100 * PT);
        assert_eq!(fit(&long, Font::Regular, 8 * PT, 0, &mut shaper), Vec::from_iter(ellipsis));
    }

    #[test]
    fn column_widths_fill_the_table() {
        let w = column_widths(&[10_000, 30_000], 100_000);
        assert_eq!(w.iter().sum::<Mp>(), 100_000);
        assert_eq!(w, [25_000, 75_000]);
        let w = column_widths(&[10_000, 300_000, 300_000], 100_000);
        assert_eq!(w.iter().sum::<Mp>(), 100_000);
        assert_eq!(w[0], 10_000);
    }

    fn sample(paragraphs: usize, words: usize) -> Document {
        let para = |i: usize| {
            Block::Paragraph(vec![Inline::Text(
                (0..words).map(|w| format!("mot{i}x{w}")).collect::<Vec<_>>().join(" "),
            )])
        };
        let blocks = (1..=40)
            .map(|n| {
                Block::Article(Article {
                    number: n,
                    title: format!("Titre {n}"),
                    section: Section::General,
                    body: (0..paragraphs).map(|i| para(n as usize * 100 + i)).collect(),
                })
            })
            .chain([Block::Signatures(Signatures {
                place_and_date: "Fait à Paris, le 1er mars 2025".into(),
                parties: vec![
                    Signer { role: "Le Client".into(), name: "A".into(), capacity: "B".into(), mention: "C".into() },
                    Signer {
                        role: "Le Prestataire".into(),
                        name: "D".into(),
                        capacity: "E".into(),
                        mention: "F".into(),
                    },
                ],
            })])
            .collect();
        Document {
            lang: Lang::Fr,
            title: "Contrat".into(),
            subtitle: "Mission".into(),
            draft_mark: None,
            stamp: None,
            fingerprint: None,
            meta: Meta {
                title: "Contrat".into(),
                author: "A".into(),
                created: chrono::NaiveDate::from_ymd_opt(2025, 3, 1).unwrap_or_default(),
                footer: "Contrat".into(),
            },
            blocks,
            annexes: vec![Annex { title: "Annexe".into(), body: vec![para(1)] }],
            breaches: Vec::new(),
        }
    }

    fn check_pages(doc: &Document) -> usize {
        let faces = faces();
        let mut flow = Flow::new(&faces);
        flow.document(doc);
        let pages = paginate(&flow.units);
        for (n, page) in pages.iter().enumerate() {
            let &(last, _) = page.last().expect("no empty page");
            assert_ne!(flow.units[last].kind, Kind::Heading, "page {} ends with a heading", n + 1);
            for &(i, y) in page {
                assert!(y + flow.units[i].height <= CONTENT_H, "unit {i} overflows page {}", n + 1);
            }
            // No orphan: a text unit at the bottom that starts a paragraph is never alone.
            let &(first, _) = page.first().expect("no empty page");
            if n > 0 {
                let prev = &flow.units[first - 1];
                assert!(
                    !prev.keep_with_next || flow.units[first].page_break_before,
                    "page {} starts inside a kept chain: {:?} then {:?}",
                    n + 1,
                    (prev.kind, prev.height),
                    (flow.units[first].kind, flow.units[first].height)
                );
            }
        }
        // The annex starts a page of its own.
        let annex = flow.units.iter().rposition(|u| u.page_break_before).expect("annex");
        assert!(pages.iter().any(|p| p.first().is_some_and(|&(i, _)| i == annex)));
        pages.len()
    }

    #[test]
    fn headings_are_kept_with_their_body_whatever_the_lengths() {
        for paragraphs in 1..4 {
            for words in [3, 12, 30, 45, 70, 120] {
                let pages = check_pages(&sample(paragraphs, words));
                assert!(pages >= 2);
            }
        }
    }

    #[test]
    fn a_long_table_repeats_its_header() {
        let table = Table {
            header: vec!["Échéance".into(), "Montant".into()],
            rows: (0..120).map(|i| vec![format!("Ligne {i}"), "10 €".into()]).collect(),
            right_aligned: vec![1],
        };
        let faces = faces();
        let mut flow = Flow::new(&faces);
        flow.blocks(&[Block::Table(table)]);
        let pages = paginate(&flow.units);
        assert!(pages.len() >= 3);
        for page in &pages {
            assert_eq!(page.first().map(|p| p.0), Some(0), "page without the header");
            let last = page.last().map_or(0, |&(i, y)| y + flow.units[i].height);
            assert!(last <= CONTENT_H);
        }
    }

    #[test]
    fn draft_stamp_is_centred_in_the_top_margin() {
        let faces = faces();
        let mut shaper = Shaper::new(&faces);
        let mark = shaper.glyphs(Font::Bold, "PROJET");
        let items = draft_stamp(&mark, &mut shaper);
        let Some(Item::Frame { x, y, w, h, .. }) = items.first() else { panic!("no frame") };
        assert!((x + w / 2 - PAGE_W / 2).abs() <= 1);
        assert!(*y > 0 && y + h < MARGIN_TOP);
        let mark = shaper.glyphs(Font::Bold, &"M".repeat(500));
        let long = draft_stamp(&mark, &mut shaper);
        let Some(Item::Frame { x, w, .. }) = long.first() else { panic!("no frame") };
        assert!(*x >= MARGIN_X && x + w <= MARGIN_X + CONTENT_W);
    }
}
