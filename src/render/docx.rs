//! DOCX writer (WordprocessingML in a small ZIP container). Being written.
use crate::document::Document;

pub fn write(_doc: &Document) -> Vec<u8> {
    Vec::new()
}
