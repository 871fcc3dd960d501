//! PDF writer: A4 pages in Cadre Sans (Liberation Sans, cut to Latin, Greek and
//! Cyrillic), embedded as subsets with a ToUnicode map; PDF/A-2b, tagged towards
//! PDF/UA-1; laid out in integer units, with visible "?" for characters no face has.
//!
//! `layout` breaks lines and pages (keep-with-next, orphans and widows), `writer`
//! turns the pages into PDF objects; `encoding` (characters to glyphs) and `fonts`
//! serve both.

mod encoding;
mod fonts;
mod layout;
mod writer;

pub use fonts::{FontError, FontFiles, FILE_NAMES};

use super::{RenderWarning, Rendered};
use crate::document::Document;

/// Writes `doc` as a PDF file in the faces of `fonts`. Characters no face has are
/// shown as "?" and listed in a single [`RenderWarning::Substituted`].
pub fn write_with(doc: &Document, fonts: &FontFiles) -> Result<Rendered, FontError> {
    let faces = fonts::Faces::parse(fonts)?;
    let layout = layout::layout(doc, &faces);
    let bytes = writer::write(doc, &layout, &faces);
    let warnings = if layout.substituted.is_empty() {
        Vec::new()
    } else {
        vec![RenderWarning::Substituted { chars: layout.substituted }]
    };
    Ok(Rendered { bytes, warnings })
}

/// Writes `doc` as a PDF file in the fonts of `fonts/`, compiled in (native code and
/// the benchmark's build; the site passes the files it fetched to [`write_with`]).
#[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
pub fn write(doc: &Document) -> Rendered {
    match write_with(doc, &FontFiles::bundled()) {
        Ok(rendered) => rendered,
        Err(FontError) => unreachable!("the fonts of fonts/ parse (fonts::tests)"),
    }
}

/// Whether the fonts of `fonts/` show `c` in every face, or drop it (controls and
/// invisible characters): what is not shown is printed "?" and reported.
#[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
pub fn shows(c: char) -> bool {
    static FACES: std::sync::OnceLock<Option<fonts::Faces<'static>>> = std::sync::OnceLock::new();
    let Some(faces) = FACES.get_or_init(|| fonts::Faces::parse(&FontFiles::bundled()).ok()) else { return false };
    fonts::Font::ALL.iter().all(|&f| encoding::resolve(faces.get(f), c) != encoding::Resolved::Missing)
}
