//! What the body (`body.rs`) and the other parts (`parts.rs`) share, so neither imports
//! the other: the XML declaration and namespaces, the relationship and numbering ids
//! both sides must agree on, the page geometry, and `run`, which writes user text.

use super::xml::escape_into;

/// Every part's XML declaration.
pub const DECL: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
/// WordprocessingML namespaces, for the root element of a `word/` part.
pub const W_NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

/// Relationship id of the footer part.
pub const FOOTER_ID: &str = "rId4";
/// Relationship id of the header part (present only on drafts).
pub const HEADER_ID: &str = "rId5";

/// Numbering instance for bulleted lists.
pub const BULLET_NUM: u32 = 1;
/// Numbering instance linked to the "List Number" style; each ordered list of the
/// body gets its own instance from `FIRST_ORDERED_NUM` on, so each restarts at 1.
pub const STYLE_NUMBER_NUM: u32 = 2;
/// Numbering instance of the body's first ordered list.
pub const FIRST_ORDERED_NUM: u32 = 3;

/// A4 portrait, in twentieths of a point.
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// 2.5 cm margins on every side.
pub const MARGIN: u32 = 1417;
/// Width of the text area, in twentieths of a point.
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - 2 * MARGIN;

/// Appends one run holding `text` with run properties `rpr` (already XML).
///
/// Newlines (`\n`, `\r\n`, `\r`) become `<w:br/>` and tabs `<w:tab/>`, so user text
/// stays editable text; spaces at either end or doubled are kept with `xml:space`.
pub fn run(out: &mut String, text: &str, rpr: &str) {
    if text.is_empty() {
        return;
    }
    out.push_str("<w:r>");
    if !rpr.is_empty() {
        out.push_str("<w:rPr>");
        out.push_str(rpr);
        out.push_str("</w:rPr>");
    }
    let text = text.replace("\r\n", "\n");
    for (i, line) in text.split(['\n', '\r']).enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        for (j, piece) in line.split('\t').enumerate() {
            if j > 0 {
                out.push_str("<w:tab/>");
            }
            text_element(out, piece);
        }
    }
    out.push_str("</w:r>");
}

/// One `<w:t>`, with `xml:space="preserve"` when Word would otherwise drop spaces.
fn text_element(out: &mut String, piece: &str) {
    let mut escaped = String::with_capacity(piece.len());
    escape_into(&mut escaped, piece);
    if escaped.is_empty() {
        return;
    }
    if escaped.starts_with(' ') || escaped.ends_with(' ') || escaped.contains("  ") {
        out.push_str("<w:t xml:space=\"preserve\">");
    } else {
        out.push_str("<w:t>");
    }
    out.push_str(&escaped);
    out.push_str("</w:t>");
}
