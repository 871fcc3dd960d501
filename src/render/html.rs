//! HTML writer (being written).
use crate::document::Document;
pub fn standalone(_doc: &Document) -> String { String::new() }
