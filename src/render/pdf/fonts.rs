//! The three faces of Cadre Sans (`fonts/`: Liberation Sans, so Helvetica's metrics,
//! cut to Latin, Greek and Cyrillic) that the PDF embeds: which glyph shows a
//! character, and how wide it is. The files are passed in ([`FontFiles`]): the browser
//! fetches them when a PDF is made, native code reads them from `fonts/`.

use ttf_parser::{Face, GlyphId};

/// A face of the document's one family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
    Italic,
}

impl Font {
    /// Every face, in resource order.
    pub const ALL: [Font; 3] = [Font::Regular, Font::Bold, Font::Italic];

    pub fn index(self) -> usize {
        match self {
            Font::Regular => 0,
            Font::Bold => 1,
            Font::Italic => 2,
        }
    }

    /// The name of the font in the page resources.
    pub fn resource(self) -> &'static [u8] {
        match self {
            Font::Regular => b"F1",
            Font::Bold => b"F2",
            Font::Italic => b"F3",
        }
    }

    /// The PostScript name of the face (before the subset tag).
    pub fn postscript_name(self) -> &'static [u8] {
        match self {
            Font::Regular => b"CadreSans",
            Font::Bold => b"CadreSans-Bold",
            Font::Italic => b"CadreSans-Italic",
        }
    }
}

/// The TrueType files the PDF is written with: `fonts/CadreSans-{Regular,Bold,Italic}.ttf`.
#[derive(Debug, Clone, Copy)]
pub struct FontFiles<'a> {
    pub regular: &'a [u8],
    pub bold: &'a [u8],
    pub italic: &'a [u8],
}

/// The file names under `fonts/` (and `writers/fonts/` in the site), by face.
pub const FILE_NAMES: [&str; 3] = ["CadreSans-Regular.ttf", "CadreSans-Bold.ttf", "CadreSans-Italic.ttf"];

#[cfg(any(not(target_arch = "wasm32"), feature = "bench"))]
impl FontFiles<'static> {
    /// The files of `fonts/`, compiled in: for native code and the benchmark's build
    /// only (the site fetches them, `web::writers_module`).
    pub fn bundled() -> FontFiles<'static> {
        FontFiles {
            regular: include_bytes!("../../../fonts/CadreSans-Regular.ttf"),
            bold: include_bytes!("../../../fonts/CadreSans-Bold.ttf"),
            italic: include_bytes!("../../../fonts/CadreSans-Italic.ttf"),
        }
    }
}

/// A font file that is not a TrueType font the writer can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FontError;

/// One parsed face.
pub struct FaceData<'a> {
    pub data: &'a [u8],
    pub face: Face<'a>,
    upem: i64,
}

impl FaceData<'_> {
    /// Converts font units to 1/1000 em, rounded.
    pub fn to_milli(&self, v: i64) -> i64 {
        (v * 1000 + v.signum() * self.upem / 2) / self.upem
    }

    /// The glyph of `c`, if the face has one (never .notdef).
    pub fn glyph(&self, c: char) -> Option<u16> {
        self.face.glyph_index(c).map(|g| g.0).filter(|&g| g != 0)
    }

    /// Advance width of glyph `gid`, in 1/1000 em.
    pub fn advance(&self, gid: u16) -> i64 {
        self.to_milli(i64::from(self.face.glyph_hor_advance(GlyphId(gid)).unwrap_or(0)))
    }
}

/// The three faces, parsed.
pub struct Faces<'a> {
    faces: [FaceData<'a>; 3],
}

impl<'a> Faces<'a> {
    pub fn parse(files: &FontFiles<'a>) -> Result<Faces<'a>, FontError> {
        let one = |data: &'a [u8]| -> Result<FaceData<'a>, FontError> {
            let face = Face::parse(data, 0).map_err(|_| FontError)?;
            let upem = i64::from(face.units_per_em());
            if upem == 0 || face.glyph_index('?').is_none() || face.glyph_index(' ').is_none() {
                return Err(FontError);
            }
            Ok(FaceData { data, face, upem })
        };
        Ok(Faces { faces: [one(files.regular)?, one(files.bold)?, one(files.italic)?] })
    }

    pub fn get(&self, font: Font) -> &FaceData<'a> {
        &self.faces[font.index()]
    }
}

/// Converts 1/1000-em units at `size` (thousandths of a point) to thousandths of a
/// point, saturating rather than overflowing.
pub fn to_mp(units: i64, size: i32) -> i32 {
    let v = units * i64::from(size) / 1000;
    v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_helvetica_s() {
        let files = FontFiles::bundled();
        let faces = Faces::parse(&files).expect("fonts parse");
        let regular = faces.get(Font::Regular);
        let w = |f: &FaceData, c: char| f.advance(f.glyph(c).expect("glyph"));
        assert_eq!(w(regular, ' '), 278);
        assert_eq!(w(regular, 'a'), 556);
        assert_eq!(w(faces.get(Font::Bold), 'i'), 278);
        assert_eq!(w(regular, '€'), 556);
        for c in ['Ł', 'ř', 'ș', 'ğ', 'Γ', 'ώ', 'Д', 'ї'] {
            for font in Font::ALL {
                assert!(faces.get(font).glyph(c).is_some(), "{font:?} lacks {c}");
            }
        }
        assert!(regular.glyph('字').is_none());
        assert_eq!(Faces::parse(&FontFiles { regular: b"nope", ..files }).err(), Some(FontError));
    }
}
