//! PDF writer (A4, standard-14 Helvetica, WinAnsiEncoding). Being written.
use super::Rendered;
use crate::document::Document;

pub fn write(_doc: &Document) -> Rendered {
    Rendered { bytes: Vec::new(), warnings: vec![] }
}
