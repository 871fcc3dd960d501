//! DOCX writer: WordprocessingML parts in a small, deterministic ZIP container.
//!
//! No DOCX or ZIP crate: the container is `docx/zip.rs` (DEFLATE by `miniz_oxide`,
//! CRC by `crc32fast`), the body is `docx/body.rs`, the other parts `docx/parts.rs`,
//! what both use (ids, page geometry, runs of text) `docx/wml.rs`, and all user text
//! goes through the one escaping function in `docx/xml.rs`.

mod body;
mod parts;
mod wml;
pub(crate) mod xml;
mod zip;

use crate::document::Document;

/// Writes `doc` as a `.docx` file. Same document, same bytes.
pub fn write(doc: &Document) -> Vec<u8> {
    let mark = doc.draft_mark.as_deref().filter(|m| !m.trim().is_empty());
    let with_header = mark.is_some();
    let body = body::document(doc, with_header);

    let mut z = zip::ZipWriter::new();
    z.add("[Content_Types].xml", parts::content_types(with_header).as_bytes());
    z.add("_rels/.rels", parts::root_rels().as_bytes());
    z.add("docProps/core.xml", parts::core(&doc.meta, doc.lang).as_bytes());
    z.add("docProps/app.xml", parts::app().as_bytes());
    z.add("word/document.xml", body.xml.as_bytes());
    z.add("word/_rels/document.xml.rels", parts::document_rels(with_header).as_bytes());
    z.add("word/styles.xml", parts::styles(doc.lang).as_bytes());
    z.add("word/numbering.xml", parts::numbering(body.ordered_lists).as_bytes());
    z.add("word/settings.xml", parts::settings(doc.lang).as_bytes());
    z.add("word/footer1.xml", parts::footer(&doc.meta.footer, doc.stamp.as_deref()).as_bytes());
    if let Some(mark) = mark {
        z.add("word/header1.xml", parts::header(mark).as_bytes());
    }
    z.finish()
}
