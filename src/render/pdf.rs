//! PDF writer: A4 pages in the standard-14 Helvetica fonts (WinAnsiEncoding), laid
//! out in integer units, with selectable text and visible "?" for unsupported chars.
//!
//! `layout` breaks lines and pages (keep-with-next, orphans and widows), `writer`
//! turns the pages into PDF objects; `encoding` and `fonts` serve both.

mod encoding;
mod fonts;
mod layout;
mod writer;

use super::{RenderWarning, Rendered};
use crate::document::Document;

/// Writes `doc` as a PDF file. Characters outside WinAnsi are shown as "?" and listed
/// in a single [`RenderWarning::Substituted`].
pub fn write(doc: &Document) -> Rendered {
    let layout = layout::layout(doc);
    let bytes = writer::write(doc, &layout.pages);
    let warnings = if layout.substituted.is_empty() {
        Vec::new()
    } else {
        vec![RenderWarning::Substituted { chars: layout.substituted }]
    };
    Rendered { bytes, warnings }
}
