//! PDF objects from finished pages: a PDF/A-2b file (ISO 19005-2), tagged towards
//! PDF/UA-1. Catalog with XMP metadata, an sRGB output intent, the structure tree and
//! its parent tree; the embedded subsets of the faces (CIDFontType2, Identity-H, one
//! CID per character used, with a ToUnicode map); one Flate-compressed content stream
//! per page, in which every line of text and every drawn signature is marked content
//! of its structure element and everything else an artifact. Numbers are written from integers (no float
//! formatting reaches the wasm binary).

use chrono::Datelike;
use pdf_writer::types::{CidFontType, FontFlags, OutputIntentSubtype, SystemInfo};
use pdf_writer::{Filter, Name, Pdf, Ref, Str, TextStr};

use super::encoding::Used;
use super::fonts::{Faces, Font};
use super::layout::{Gray, Item, Layout, Mp, Node, Role, PAGE_H, PAGE_W};
use crate::document::Document;
use crate::model::Lang;
// The XMP packet is XML: the DOCX writer's escaping, which also drops what XML forbids.
use crate::render::docx::xml::escape_into;

/// The sRGB profile of the output intent (Debian's icc-profiles-free, `sRGB.icc`, zlib
/// licence), zlib-compressed as the PDF stream holds it (`python3 -c "import zlib;
/// open('sRGB.icc.zlib','wb').write(zlib.compress(open('sRGB.icc','rb').read(), 9))"`).
const SRGB_ICC_ZLIB: &[u8] = include_bytes!("sRGB.icc.zlib");

/// Serialises a finished layout with `doc`'s metadata into a complete PDF file.
pub fn write(doc: &Document, layout: &Layout, faces: &Faces) -> Vec<u8> {
    let mut next = Ref::new(1);
    let catalog_id = next.bump();
    let tree_id = next.bump();
    let info_id = next.bump();
    let metadata_id = next.bump();
    let icc_id = next.bump();
    let struct_root_id = next.bump();
    let page_ids: Vec<(Ref, Ref)> = layout.pages.iter().map(|_| (next.bump(), next.bump())).collect();
    let node_ids: Vec<Ref> = layout.nodes.iter().map(|_| next.bump()).collect();

    // Compact: the structure tree alone is a thousand small objects.
    let mut pdf = Pdf::with_settings_and_capacity(pdf_writer::Settings { pretty: false }, 128 * 1024);
    let lang = match doc.lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en-GB",
    };
    let title = clean(&doc.meta.title);
    let author = clean(&doc.meta.author);
    let date = pdf_date(doc.meta.created);

    // Page contents first: they number the marked content of each page.
    let mut marks: Vec<Vec<(usize, i32)>> = vec![Vec::new(); layout.nodes.len()];
    // Each figure's bounding box, in whole points of PDF space.
    let mut boxes: Vec<Option<[i32; 4]>> = vec![None; layout.nodes.len()];
    let mut parents: Vec<Vec<Ref>> = Vec::with_capacity(layout.pages.len());
    let mut contents = Vec::with_capacity(layout.pages.len());
    for (p, page) in layout.pages.iter().enumerate() {
        let mut ops = Ops::default();
        let mut page_parents = Vec::new();
        // One marked-content sequence per run of items of one element (the lines of
        // a paragraph on this page), and one per run of artifacts.
        let mut open: Option<Option<u32>> = None;
        for item in &page.items {
            let node = match item {
                Item::Text { node, .. } | Item::Strokes { node, .. } => *node,
                _ => None,
            };
            if let (Item::Strokes { strokes, thickness, .. }, Some(n)) = (item, node) {
                boxes[n as usize] = bounding_box(strokes, *thickness);
            }
            if open != Some(node) {
                if open.is_some() {
                    ops.raw("EMC\n");
                }
                match node {
                    Some(node) => {
                        let n = node as usize;
                        let mcid = page_parents.len() as i32;
                        page_parents.push(node_ids[n]);
                        marks[n].push((p, mcid));
                        ops.name(role_tag(layout.nodes[n].role)).raw("<</MCID ").num_int(mcid).raw(">> BDC\n");
                    }
                    None => {
                        ops.raw("/Artifact BMC\n");
                    }
                }
                open = Some(node);
            }
            ops.item(item);
        }
        if open.is_some() {
            ops.raw("EMC\n");
        }
        parents.push(page_parents);
        contents.push(miniz_oxide::deflate::compress_to_vec_zlib(&ops.buf, 3));
    }

    // Fonts: only the faces the document uses.
    let used_fonts: Vec<(Font, Ref)> =
        Font::ALL.iter().filter(|f| !layout.used[f.index()].is_empty()).map(|&f| (f, next.bump())).collect();
    for &(font, id) in &used_fonts {
        write_font(&mut pdf, &mut next, id, font, &layout.used[font.index()], faces);
    }

    let mut catalog = pdf.catalog(catalog_id);
    catalog.pages(tree_id).lang(TextStr(lang)).metadata(metadata_id);
    catalog.viewer_preferences().display_doc_title(true);
    catalog.mark_info().marked(true);
    catalog.insert(Name(b"StructTreeRoot")).primitive(struct_root_id);
    catalog
        .output_intents()
        .push()
        .subtype(OutputIntentSubtype::PDFA)
        .output_condition_identifier(TextStr("sRGB IEC61966-2.1"))
        .info(TextStr("sRGB IEC61966-2.1"))
        .dest_output_profile(icc_id);
    drop(catalog);
    pdf.pages(tree_id).kids(page_ids.iter().map(|&(page, _)| page)).count(page_ids.len() as i32);

    let mut info = pdf.document_info(info_id);
    info.title(TextStr(&title)).creator(TextStr("Cadre")).producer(TextStr("Cadre"));
    if !author.is_empty() {
        info.author(TextStr(&author));
    }
    info.pair(Name(b"CreationDate"), Str(&date));
    // A signed contract's fingerprint, where "Check a contract" reads it back.
    let keywords = doc.fingerprint.as_ref().map(|fp| format!("cadre-fingerprint:{fp}"));
    if let Some(k) = &keywords {
        info.pair(Name(b"Keywords"), TextStr(k));
    }
    drop(info);
    let xmp = xmp(&title, &author, lang, doc.meta.created, keywords.as_deref());
    pdf.metadata(metadata_id, &xmp);
    pdf.icc_profile(icc_id, SRGB_ICC_ZLIB).n(3).filter(Filter::FlateDecode);

    for (p, (content, &(page_id, content_id))) in contents.iter().zip(&page_ids).enumerate() {
        let mut writer = pdf.page(page_id);
        writer.parent(tree_id).contents(content_id);
        writer.insert(Name(b"MediaBox")).array().items([0, 0, PAGE_W / 1000, PAGE_H / 1000]);
        writer.pair(Name(b"StructParents"), p as i32);
        let mut resources = writer.resources();
        let mut fonts = resources.fonts();
        for &(font, id) in &used_fonts {
            fonts.pair(Name(font.resource()), id);
        }
        drop(fonts);
        drop(resources);
        drop(writer);
        pdf.stream(content_id, content).filter(Filter::FlateDecode);
    }

    let tree = Tree { nodes: &layout.nodes, ids: &node_ids, marks: &marks, boxes: &boxes };
    write_structure(&mut pdf, &mut next, struct_root_id, &tree, &parents, &page_ids, lang);

    pdf.set_file_id(file_id(&title, &author, &date, layout.pages.len()));
    pdf.finish()
}

/// The structure elements as the pages' contents marked them.
struct Tree<'a> {
    nodes: &'a [Node],
    ids: &'a [Ref],
    /// Per node, its marked-content sequences: page index and MCID.
    marks: &'a [Vec<(usize, i32)>],
    /// Per node, a figure's bounding box.
    boxes: &'a [Option<[i32; 4]>],
}

/// The smallest box in whole points (PDF space: y up) around `strokes` drawn `pen` wide.
fn bounding_box(strokes: &[Vec<(Mp, Mp)>], pen: Mp) -> Option<[i32; 4]> {
    let points = || strokes.iter().flatten();
    let (x0, x1) = (points().map(|p| p.0).min()?, points().map(|p| p.0).max()?);
    let (y0, y1) = (points().map(|p| p.1).min()?, points().map(|p| p.1).max()?);
    let half = pen / 2;
    let down = |v: Mp| v.div_euclid(1000);
    let up = |v: Mp| (v + 999).div_euclid(1000);
    Some([down(x0 - half), down(PAGE_H - y1 - half), up(x1 + half), up(PAGE_H - y0 + half)])
}

/// The structure tree: the root, one element per node that has content (table cells
/// are kept even when empty, so rows keep their columns), and the parent tree.
fn write_structure(
    pdf: &mut Pdf,
    next: &mut Ref,
    root_id: Ref,
    tree: &Tree,
    parents: &[Vec<Ref>],
    pages: &[(Ref, Ref)],
    lang: &str,
) {
    let Tree { nodes, ids, marks, boxes } = *tree;
    // Which nodes are written: those with content or a written child.
    let mut keep: Vec<bool> =
        nodes.iter().zip(marks).map(|(n, m)| !m.is_empty() || matches!(n.role, Role::TH | Role::TD)).collect();
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); nodes.len()];
    for i in (0..nodes.len()).rev() {
        if let Some(parent) = nodes[i].parent {
            let parent = parent as usize;
            if keep[i] {
                keep[parent] = true;
                children[parent].push(i);
            }
        }
    }
    for kids in &mut children {
        kids.reverse();
    }
    keep[0] = true;

    let parent_tree: Vec<Ref> = parents.iter().map(|_| next.bump()).collect();
    let mut root = pdf.indirect(root_id).start::<pdf_writer::writers::StructTreeRoot>();
    root.child(ids[0]);
    let mut tree = root.parent_tree();
    let mut nums = tree.nums();
    for (p, &id) in parent_tree.iter().enumerate() {
        nums.insert(p as i32, id);
    }
    drop(nums);
    drop(tree);
    root.parent_tree_next_key(parents.len() as i32);
    drop(root);
    for (&id, refs) in parent_tree.iter().zip(parents) {
        pdf.indirect(id).array().items(refs.iter().copied());
    }

    for (i, node) in nodes.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        // Written by hand, without the optional /Type: a contract has a thousand of them.
        let mut elem = pdf.indirect(ids[i]).dict();
        elem.pair(Name(b"S"), Name(role_tag(node.role)));
        match node.parent {
            Some(parent) => elem.pair(Name(b"P"), ids[parent as usize]),
            None => elem.pair(Name(b"P"), root_id).pair(Name(b"Lang"), TextStr(lang)),
        };
        if node.role == Role::TH {
            elem.insert(Name(b"A")).dict().pair(Name(b"O"), Name(b"Table")).pair(Name(b"Scope"), Name(b"Column"));
        }
        if let Some(alt) = &node.alt {
            elem.pair(Name(b"Alt"), TextStr(&clean(alt)));
        }
        if let Some(bbox) = boxes[i] {
            elem.insert(Name(b"A")).dict().pair(Name(b"O"), Name(b"Layout")).insert(Name(b"BBox")).array().items(bbox);
        }
        if !children[i].is_empty() {
            elem.insert(Name(b"K")).array().items(children[i].iter().map(|&c| ids[c]));
        } else if let Some(&(first, _)) = marks[i].first() {
            // Content on one page: the page once, then the MCIDs; otherwise a marked-
            // content reference, with its page, each.
            if marks[i].iter().all(|&(page, _)| page == first) {
                elem.pair(Name(b"Pg"), pages[first].0);
                elem.insert(Name(b"K")).array().items(marks[i].iter().map(|&(_, mcid)| mcid));
            } else {
                let mut kids = elem.insert(Name(b"K")).array();
                for &(page, mcid) in &marks[i] {
                    kids.push()
                        .dict()
                        .pair(Name(b"Type"), Name(b"MCR"))
                        .pair(Name(b"Pg"), pages[page].0)
                        .pair(Name(b"MCID"), mcid);
                }
            }
        }
    }
}

/// The tag of a marked-content sequence (the same name as its structure element).
fn role_tag(role: Role) -> &'static [u8] {
    match role {
        Role::Document => b"Document",
        Role::Sect => b"Sect",
        Role::Div => b"Div",
        Role::H1 => b"H1",
        Role::H2 => b"H2",
        Role::P => b"P",
        Role::L => b"L",
        Role::LI => b"LI",
        Role::Lbl => b"Lbl",
        Role::LBody => b"LBody",
        Role::Table => b"Table",
        Role::TR => b"TR",
        Role::TH => b"TH",
        Role::TD => b"TD",
        Role::Figure => b"Figure",
    }
}

/// One embedded face: Type0 font over a CIDFontType2 whose CIDs are the document's
/// characters (`used`), a CIDToGIDMap to the subset's glyphs, widths, a ToUnicode map
/// and the subset itself.
fn write_font(pdf: &mut Pdf, next: &mut Ref, id: Ref, font: Font, used: &[Used], faces: &Faces) {
    let face = faces.get(font);
    let cid_id = next.bump();
    let descriptor_id = next.bump();
    let file_id = next.bump();
    let cmap_id = next.bump();
    let map_id = next.bump();

    let mut remapper = subsetter::GlyphRemapper::new();
    let new_gids: Vec<u16> = used.iter().map(|u| remapper.remap(u.gid)).collect();
    // The faces were parsed already; a subset that still fails embeds the whole face.
    let subset = subsetter::subset(face.data, 0, &remapper);
    let (program, new_gids) = match &subset {
        Ok(bytes) => (bytes.as_slice(), new_gids),
        Err(_) => (face.data, used.iter().map(|u| u.gid).collect()),
    };

    // A subset tag from the glyphs used: six capitals, the same for the same subset.
    let mut hasher = crc32fast::Hasher::new();
    for u in used {
        hasher.update(&u.gid.to_be_bytes());
    }
    let mut tag = hasher.finalize();
    let mut name = Vec::with_capacity(32);
    for _ in 0..6 {
        name.push(b'A' + (tag % 26) as u8);
        tag /= 26;
    }
    name.push(b'+');
    name.extend_from_slice(font.postscript_name());

    let mut type0 = pdf.type0_font(id);
    type0.base_font(Name(&name)).encoding_predefined(Name(b"Identity-H")).descendant_font(cid_id);
    type0.to_unicode(cmap_id);
    drop(type0);

    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(&name))
        .system_info(SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 })
        .font_descriptor(descriptor_id)
        .cid_to_gid_map_stream(map_id);
    cid.pair(Name(b"DW"), 0);
    let mut w = cid.insert(Name(b"W")).array();
    w.item(1);
    w.push().array().items(used.iter().map(|u| i32::from(u.units)));
    drop(w);
    drop(cid);

    let ttf = &face.face;
    let milli = |v: i16| face.to_milli(i64::from(v)) as i32;
    let bbox = ttf.global_bounding_box();
    let mut flags = FontFlags::NON_SYMBOLIC;
    if font == Font::Italic {
        flags |= FontFlags::ITALIC;
    }
    let mut descriptor = pdf.font_descriptor(descriptor_id);
    descriptor.name(Name(&name)).flags(flags);
    descriptor.insert(Name(b"FontBBox")).array().items([
        milli(bbox.x_min),
        milli(bbox.y_min),
        milli(bbox.x_max),
        milli(bbox.y_max),
    ]);
    descriptor.pair(Name(b"ItalicAngle"), if font == Font::Italic { -12 } else { 0 });
    descriptor.pair(Name(b"Ascent"), milli(ttf.ascender()));
    descriptor.pair(Name(b"Descent"), milli(ttf.descender()));
    descriptor.pair(Name(b"CapHeight"), milli(ttf.capital_height().unwrap_or(1409)));
    descriptor.pair(Name(b"StemV"), if font == Font::Bold { 140 } else { 80 });
    descriptor.font_file2(file_id);
    drop(descriptor);

    let compressed = miniz_oxide::deflate::compress_to_vec_zlib(program, 6);
    let mut file = pdf.stream(file_id, &compressed);
    file.filter(Filter::FlateDecode);
    file.pair(Name(b"Length1"), program.len() as i32);
    drop(file);

    let mut map = vec![0u8; 2 * (used.len() + 1)];
    for (i, gid) in new_gids.iter().enumerate() {
        map[2 * (i + 1)..2 * (i + 2)].copy_from_slice(&gid.to_be_bytes());
    }
    let map = miniz_oxide::deflate::compress_to_vec_zlib(&map, 6);
    pdf.stream(map_id, &map).filter(Filter::FlateDecode);

    let cmap = miniz_oxide::deflate::compress_to_vec_zlib(&to_unicode(used), 6);
    pdf.cmap(cmap_id, &cmap).filter(Filter::FlateDecode);
}

/// The ToUnicode CMap: CID n + 1 gives back `used[n].c`.
fn to_unicode(used: &[Used]) -> Vec<u8> {
    let mut out = Vec::with_capacity(200 + used.len() * 16);
    out.extend_from_slice(
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    for (block, chunk) in used.chunks(100).enumerate() {
        push_digits(&mut out, chunk.len() as u64, 1);
        out.extend_from_slice(b" beginbfchar\n");
        for (i, u) in chunk.iter().enumerate() {
            out.push(b'<');
            push_hex(&mut out, (block * 100 + i + 1) as u16);
            out.extend_from_slice(b"> <");
            let mut units = [0u16; 2];
            for unit in u.c.encode_utf16(&mut units) {
                push_hex(&mut out, *unit);
            }
            out.extend_from_slice(b">\n");
        }
        out.extend_from_slice(b"endbfchar\n");
    }
    out.extend_from_slice(b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}

fn push_hex(out: &mut Vec<u8>, v: u16) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for shift in [12, 8, 4, 0] {
        out.push(HEX[usize::from((v >> shift) & 0xF)]);
    }
}

/// A text string fit for both the document information and the XMP (which, being
/// XML, takes no control characters).
fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

/// The XMP packet: Dublin Core title, creator and language, the dates and tool that
/// the document information also gives, the PDF/A-2b and PDF/UA-1 identification.
fn xmp(title: &str, author: &str, lang: &str, created: chrono::NaiveDate, keywords: Option<&str>) -> Vec<u8> {
    let mut x = String::with_capacity(1500);
    x.push_str("<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.push_str(
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n",
    );
    x.push_str(
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" \
xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\" \
xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" \
xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n",
    );
    // PDF/A-2 accepts only predefined XMP schemas or described ones: pdfuaid is described.
    x.push_str(
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\
<pdfaProperty:name>part</pdfaProperty:name><pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
<pdfaProperty:category>internal</pdfaProperty:category>\
<pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>\
</rdf:li></rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>\n",
    );
    x.push_str("<dc:format>application/pdf</dc:format>\n<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    escape_into(&mut x, title);
    x.push_str("</rdf:li></rdf:Alt></dc:title>\n");
    if !author.is_empty() {
        x.push_str("<dc:creator><rdf:Seq><rdf:li>");
        escape_into(&mut x, author);
        x.push_str("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    x.push_str("<dc:language><rdf:Bag><rdf:li>");
    x.push_str(lang);
    x.push_str("</rdf:li></rdf:Bag></dc:language>\n<xmp:CreatorTool>Cadre</xmp:CreatorTool>\n<xmp:CreateDate>");
    let mut date = Vec::new();
    push_digits(&mut date, created.year().clamp(0, 9999) as u64, 4);
    date.push(b'-');
    push_digits(&mut date, u64::from(created.month()), 2);
    date.push(b'-');
    push_digits(&mut date, u64::from(created.day()), 2);
    x.push_str(std::str::from_utf8(&date).unwrap_or("2000-01-01"));
    x.push_str("T00:00:00Z</xmp:CreateDate>\n<pdf:Producer>Cadre</pdf:Producer>\n");
    if let Some(k) = keywords {
        x.push_str("<pdf:Keywords>");
        escape_into(&mut x, k);
        x.push_str("</pdf:Keywords>\n");
    }
    x.push_str(
        "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n<pdfuaid:part>1</pdfuaid:part>\n",
    );
    x.push_str("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    x.into_bytes()
}

/// The file identifier PDF/A requires: 16 bytes from the document's metadata, so
/// the same contract gets the same identifier.
fn file_id(title: &str, author: &str, date: &[u8], pages: usize) -> (Vec<u8>, Vec<u8>) {
    let mut id = Vec::with_capacity(16);
    for salt in 0u8..4 {
        let mut h = crc32fast::Hasher::new();
        h.update(&[salt]);
        h.update(title.as_bytes());
        h.update(author.as_bytes());
        h.update(date);
        h.update(&(pages as u64).to_be_bytes());
        id.extend_from_slice(&h.finalize().to_be_bytes());
    }
    (id.clone(), id)
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

impl Ops {
    /// The operators drawing one item.
    fn item(&mut self, item: &Item) {
        match item {
            Item::Text { x, y, size, gray, word_spacing, spans, .. } => {
                self.fill_gray(*gray);
                self.raw("BT\n");
                self.num(*x).num(PAGE_H - y).raw("Td\n");
                // Identity-H has two-byte codes, to which Tw does not apply: a stretched
                // space is followed by a negative adjustment in the TJ array instead.
                let adjust = if *size > 0 { i64::from(*word_spacing) * 1_000_000 / i64::from(*size) } else { 0 };
                for span in spans {
                    if self.font != Some((span.font, *size)) {
                        self.font = Some((span.font, *size));
                        self.name(span.font.resource()).num(*size).raw("Tf\n");
                    }
                    // Two-byte codes as a literal string (half the bytes of hex to
                    // compress); the bytes a literal string cannot hold as they are
                    // are escaped.
                    self.raw("[(");
                    for glyph in &span.glyphs {
                        for b in glyph.cid.to_be_bytes() {
                            match b {
                                b'(' | b')' | b'\\' => self.buf.extend_from_slice(&[b'\\', b]),
                                b'\r' => self.buf.extend_from_slice(b"\\r"),
                                _ => self.buf.push(b),
                            }
                        }
                        if glyph.space && adjust != 0 {
                            self.raw(") ").fixed(-adjust, 3).raw("(");
                        }
                    }
                    self.raw(")] TJ\n");
                }
                self.raw("ET\n");
            }
            Item::Rule { x, y, w, thickness, gray } => {
                self.raw("q\n").num(*thickness).raw("w\n").gray(*gray).raw("G\n");
                self.num(*x).num(PAGE_H - y).raw("m\n");
                self.num(x + w).num(PAGE_H - y).raw("l\nS\nQ\n");
            }
            Item::Frame { x, y, w, h, thickness, gray } => {
                self.raw("q\n").num(*thickness).raw("w\n").gray(*gray).raw("G\n");
                self.num(*x).num(PAGE_H - y - h).num(*w).num(*h).raw("re\nS\nQ\n");
            }
            Item::Fill { x, y, w, h, gray } => {
                self.raw("q\n").gray(*gray).raw("g\n");
                self.num(*x).num(PAGE_H - y - h).num(*w).num(*h).raw("re\nf\nQ\n");
            }
            Item::Strokes { strokes, thickness, gray, .. } => {
                // Round caps and joins: a one-point stroke, drawn to itself, is a dot.
                self.raw("q\n1 J\n1 j\n").num(*thickness).raw("w\n").gray(*gray).raw("G\n");
                for stroke in strokes.iter().filter(|s| !s.is_empty()) {
                    for (i, &(x, y)) in stroke.iter().enumerate() {
                        self.num(x).num(PAGE_H - y).raw(if i == 0 { "m\n" } else { "l\n" });
                    }
                    if let [(x, y)] = stroke[..] {
                        self.num(x).num(PAGE_H - y).raw("l\n");
                    }
                }
                self.raw("S\nQ\n");
            }
        }
    }

    fn num_int(&mut self, v: i32) -> &mut Self {
        self.fixed(i64::from(v), 0)
    }
}

/// A content stream being written, with the state it last set.
#[derive(Default)]
struct Ops {
    buf: Vec<u8>,
    font: Option<(Font, Mp)>,
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
}
